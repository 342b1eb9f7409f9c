"""White space, line breaks and positions: the few facts about text every module shares."""

from __future__ import annotations

import bisect

import regex

SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    # Not white space to str.isspace(), but invisible and found in scraped copy: the
    # byte-order mark and the zero-width space, joiners and word joiner.
    "\ufeff\u200b\u200c\u200d\u2060"
)
"""Every character wireparse treats as white space: what :meth:`str.isspace` accepts, plus the
byte-order mark and zero-width characters. Text made only of these belongs to no element."""

# A line break as editors count them: CRLF, a lone CR (old Mac copy) or LF.
LINE_BREAK = regex.compile(r"\r\n?+|\n")


def line_starts(text: str) -> list[int]:
    """Return the offset at which each line of ``text`` starts, the first being 0."""
    return [0, *(m.end() for m in LINE_BREAK.finditer(text))]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based ``(line, column)`` of ``offset`` in ``text``."""
    starts = line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
