"""Layout: text in, lines with spans and block numbers out.

A block is a run of non-blank lines; blank lines (white space only) separate blocks. Rules see
each non-blank line with the offsets of its content, white space trimmed, in the input string.

Hard-wrapped wire copy (Reuters-21578, AP's wire) has no blank lines between paragraphs: a
paragraph starts at an indented line and goes on in lines that are not indented. When a text
is laid out so (some block goes on both in indented and in flush lines), every indented line
starts a block of its own too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ._text import LINE_BREAK, SPACE


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


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into its non-blank lines, numbering lines and blocks."""
    lines: list[Line] = []
    append = lines.append
    block = 0
    after_blank = False
    indented: list[bool] = []  # whether each line starts with white space
    mark = indented.append
    if "\r" in text:
        pieces: Iterable[tuple[int, str]] = _pieces(text)
    else:  # the common case, and a fast one: LF only, every break one character long
        pieces = _lf_pieces(text)
    for number, (start, raw) in enumerate(pieces, 1):
        content = raw.strip(SPACE)
        if not content:
            after_blank = True
            continue
        if after_blank and lines:
            block += 1
        after_blank = False
        # Everything stripped from the front is white space and the content's first character
        # is not, so its first occurrence is where the content starts.
        lead = 0 if content is raw else raw.find(content[0])
        mark(lead > 0)
        append(Line(content, start + lead, start + lead + len(content), number, block))
    if _hard_wrapped(lines, indented):
        return _paragraph_blocks(lines, indented)
    return lines


def _hard_wrapped(lines: list[Line], indented: list[bool]) -> bool:
    """Tell whether some block goes on both in indented and in flush lines."""
    indented_seen = flush_seen = -1  # the last block seen going on in each kind of line
    for index in range(1, len(lines)):
        block = lines[index].block
        if block != lines[index - 1].block:
            continue
        if indented[index]:
            if flush_seen == block:
                return True
            indented_seen = block
        else:
            if indented_seen == block:
                return True
            flush_seen = block
    return False


def _paragraph_blocks(lines: list[Line], indented: list[bool]) -> list[Line]:
    """Number blocks again, starting one at each indented line as well as after blank lines."""
    result: list[Line] = []
    block = -1
    previous = -1
    for line, indent in zip(lines, indented, strict=True):
        if line.block != previous or indent:
            block += 1
        previous = line.block
        result.append(line._replace(block=block))
    return result


def _lf_pieces(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for raw in text.split("\n"):
        yield pos, raw
        pos += len(raw) + 1
