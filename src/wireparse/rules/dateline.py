"""Dateline: where the body begins, ``BEIJING, May 6 (Xinhua) --``."""

from __future__ import annotations

import itertools

import regex

from .._models import Dateline, DefectCode
from .._state import State
from .._text import SPACE

SCAN_LINES = 12
"""How many unclaimed lines from the top are searched for the dateline."""

WINDOW = 160
"""How far into a line the agency tag may stand. Bounding it keeps the search short on any
line, however long."""

# Matches a place as printed: "BEIJING", "CARBONDALE, United States", "EILAT (ISRAEL)",
# "Ahmedabad/New Delhi", "Damascus [Syria]". It starts with a capital (or a letter of a script
# without case) and holds letters, marks, digits, spaces and the punctuation of place names.
LOCATION = regex.compile(
    r"""
    [\p{Lu}\p{Lt}\p{Lo}]
    [\p{L}\p{M}\p{N}\ .,'\u2019()\[\]/&\-]{0,79}+
    \Z
    """,
    regex.VERBOSE,
)

MAX_LOWERCASE_WORDS = 1
"""A place may hold one word in lower case ("Bandar Seri Begawan", "Rio de Janeiro"); more
than that is a sentence, not a place."""


def _location_ok(location: str) -> bool:
    if not LOCATION.match(location):
        return False
    words = location.replace(",", " ").split()
    return sum(1 for w in words if w[:1].islower()) <= MAX_LOWERCASE_WORDS


def find_dateline(state: State) -> None:
    """Find the first line, near the top, that opens with a dateline; claim the dateline.

    The rest of that line, if any, stays unclaimed: it is the lead paragraph. The dateline's
    line becomes the start of the body. Its date is resolved later, once the publication date
    is known (see :func:`wireparse.rules.dates.resolve_dates`).
    """
    patterns = state.dialect.patterns
    lines = state.lines
    for index in itertools.islice(state.unclaimed(), SCAN_LINES):
        line = lines[index]
        tag = patterns.tag.search(state.text, line.start, min(line.end, line.start + WINDOW))
        if tag is None:
            continue
        prefix = state.text[line.start : tag.start()].rstrip(SPACE)
        date = patterns.date.search(prefix)
        if date is None:
            location = prefix.rstrip(SPACE + ",")
            date_text = None
        else:
            location = prefix[: date.start()].rstrip(SPACE + ",")
            date_text = date["date"]
        if location and not _location_ok(location):
            continue
        if not location and date_text is None:
            continue
        end = tag.end()
        while end > tag.start() and state.text[end - 1] in SPACE:
            end -= 1
        state.dateline = Dateline(
            text=state.text[line.start : end],
            location=location or None,
            date_text=date_text,
            date=None,
            agency=tag["agency"],
            span=(line.start, end),
        )
        state.dateline_line = index
        state.body_start = index
        state.trim_start(index, end, "dateline")
        return
    # Point at the first line that could have held it: the headline, usually.
    first = next(state.unclaimed(), None)
    at = lines[first].start if first is not None else state.end_of_text()[0]
    state.report(
        DefectCode.NO_DATELINE,
        f"no line near the top opens with a {state.dialect.agency} dateline",
        (at, at),
    )
