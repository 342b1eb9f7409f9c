"""Layout: text in, lines with spans and block numbers out.

A block is a run of non-blank lines; blank lines (white space only) separate blocks. Rules see
each non-blank line with the offsets of its content, white space trimmed, in the input string.

Hard-wrapped wire copy (Reuters-21578, AP's wire) has no blank lines between paragraphs: a
paragraph starts at a line indented (by a tab or two spaces at least) and goes on in lines that
are not indented. When a text
is laid out so (some block goes on both in indented and in flush lines), or its dialect says
its paragraphs start so, every indented line starts a block of its own too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ._text import LINE_BREAK, SPACE

_ONE_MORE = (1).__add__


class Line(NamedTuple):
    """One non-blank line of the input.

    Attributes:
        text: The line's content, white space trimmed at both ends.
        start: Offset of the content's first character in the input.
        end: Offset just after its last character.
        number: The 1-based line number in the input.
        block: The index of the block (run of non-blank lines) the line belongs to.
    """

    text: str
    start: int
    end: int
    number: int
    block: int


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(start, line)`` for each line of ``text``, line break excluded."""
    pos = 0
    for match in LINE_BREAK.finditer(text):
        yield pos, text[pos : match.start()]
        pos = match.end()
    yield pos, text[pos:]


def split_lines(text: str, *, indented: bool = False) -> list[Line]:
    """Split ``text`` into its non-blank lines, numbering lines and blocks.

    With ``indented``, every indented line starts a block, as in a dialect whose paragraphs
    start so (Reuters' 1987 wire); without, only in a text laid out so.
    """
    lines: list[Line] = []
    append = lines.append
    new_line = tuple.__new__  # Line(...) less the call of its generated __new__: a hot loop
    block = 0
    after_blank = False
    indents: list[int] = []  # 0 for a flush line, 1 for one space, 2 for more or a tab
    mark = indents.append
    if "\r" in text:
        pieces: Iterable[tuple[int, str]] = _pieces(text)
    else:  # the common case, and a fast one: LF only, every break one character long
        raws = text.split("\n")
        # Each line starts one past the end of the one before: its length plus one, summed
        # (one start more than lines, the last unused).
        starts = itertools.accumulate(map(_ONE_MORE, map(len, raws)), initial=0)
        pieces = zip(starts, raws)  # noqa: B905
    number = 0
    for start, raw in pieces:
        number += 1
        if not raw:  # most blank lines are empty
            after_blank = True
            continue
        content = raw.strip(SPACE)
        if content is raw:
            if after_blank:
                after_blank = False
                if lines:
                    block += 1
            mark(0)
            append(new_line(Line, (content, start, start + len(content), number, block)))
            continue
        if not content:
            after_blank = True
            continue
        if after_blank:
            after_blank = False
            if lines:
                block += 1
        # Everything stripped from the front is white space and the content's first character
        # is not, so its first occurrence is where the content starts.
        lead = raw.find(content[0])
        mark(2 if lead > 1 or (lead == 1 and raw[0] == "\t") else lead)
        begin = start + lead
        append(new_line(Line, (content, begin, begin + len(content), number, block)))
    if not any(indents):  # nothing indented: neither a dialect's paragraphs nor hard wraps
        return lines
    if indented:
        return _paragraph_blocks(lines, indents, 1)
    if _hard_wrapped(lines, indents):
        return _paragraph_blocks(lines, indents, 2)
    return lines


def _hard_wrapped(lines: list[Line], indents: list[int]) -> bool:
    """Tell whether some block holds two paragraphs of hard-wrapped copy: an indented line
    going on in a flush one, then another indented line. Indented means by a tab or two
    spaces at least; one space is a stray."""
    opened = -1  # the block in which an indented line went on in a flush one
    for index in range(1, len(lines)):
        block = lines[index].block
        if block != lines[index - 1].block:
            continue
        if indents[index] > 1:
            if opened == block:
                return True
        elif indents[index - 1] > 1:
            opened = block
    return False


def _paragraph_blocks(lines: list[Line], indents: list[int], least: int) -> list[Line]:
    """Number blocks again, starting one at each line indented by ``least`` or more (see
    ``indents``) as well as after blank lines."""
    result: list[Line] = []
    block = -1
    previous = -1
    for line, indent in zip(lines, indents, strict=True):
        if line.block != previous or indent >= least:
            block += 1
        previous = line.block
        result.append(line._replace(block=block))
    return result
