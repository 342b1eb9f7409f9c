"""Layout: text in, lines with spans and block numbers out.

A block is a run of non-blank lines; blank lines (white space only) separate blocks. Rules see
each non-blank line with the offsets of its content, white space trimmed, in the input string.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def _raw_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line, line break excluded."""
    pos = 0
    if "\r" not in text:
        for piece in text.split("\n"):
            end = pos + len(piece)
            yield pos, end
            pos = end + 1
        return
    for match in LINE_BREAK.finditer(text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into its non-blank lines, numbering lines and blocks."""
    lines: list[Line] = []
    block = 0
    after_blank = False
    for number, (start, end) in enumerate(_raw_lines(text), 1):
        raw = text[start:end]
        content = raw.strip(SPACE)
        if not content:
            after_blank = True
            continue
        if after_blank and lines:
            block += 1
        after_blank = False
        lead = len(raw) - len(raw.lstrip(SPACE))
        lines.append(Line(content, start + lead, start + lead + len(content), number, block))
    return lines
