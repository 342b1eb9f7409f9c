"""Dateline: where the body begins, ``BEIJING, May 6 (Xinhua) --``.

Three shapes are read, in this order on each line: a form of the dialect's own that a line
opens with (``新华社北京8月12日电``); a place and date before the agency tag (``BEIJING, May 6
(Xinhua) --``, ``MOSCOW, October 4. /TASS/.``, ``Riyadh, February 14, 2023, SPA --``); and, in a
dialect that allows it, a tagless dateline opening a paragraph (``    SALVADOR, Feb 26 -``).
"""

from __future__ import annotations

import datetime
import itertools
from typing import NamedTuple

import regex

from .._models import Dateline, DefectCode
from .._state import DateParts, State
from .._text import SPACE
from ..dialects import Dialect
from ..dialects._tagless import MISSPELT_DATE, TAGLESS, UNDATED, tagless_dateline

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

# Matches a place whose region is in brackets: "Damascus [Syria]", "EILAT (ISRAEL)". The city
# and the region hold no brackets; each is at most 80 characters.
BRACKETED_REGION = regex.compile(
    r"""
    (?P<city> [^()\[\]\n]{1,80}+ )
    (?: \( (?P<region> [^()\[\]\n]{1,80}+ ) \) | \[ (?P<region> [^()\[\]\n]{1,80}+ ) \] )
    \Z
    """,
    regex.VERBOSE,
)

TAGLESS_BLOCKS = 5
"""A tagless dateline opens one of the first five blocks: after a headline, a byline and meta
lines at the most."""

MAX_LOWERCASE_WORDS = 1
"""A place may hold one word in lower case ("Bandar Seri Begawan", "Rio de Janeiro"); more
than that is a sentence, not a place."""


class Found(NamedTuple):
    """A dateline found on a line: where it ends and what it says."""

    end: int
    location: str
    date: DateParts | None
    date_text: str | None
    agency: str | None


def _location_ok(location: str) -> bool:
    if not LOCATION.match(location):
        return False
    words = location.replace(",", " ").split()
    return sum(1 for w in words if w[:1].islower()) <= MAX_LOWERCASE_WORDS


def split_place(location: str) -> tuple[str, str | None]:
    """Split a dateline's place into its city and its region, if it names one.

    ``"PORTLAND, Ore."`` gives ``("PORTLAND", "Ore.")``, ``"Damascus [Syria]"`` gives
    ``("Damascus", "Syria")``, ``"EILAT (ISRAEL)"`` gives ``("EILAT", "ISRAEL")`` and
    ``"Ahmedabad/New Delhi"`` gives ``("Ahmedabad/New Delhi", None)``.
    """
    bracketed = BRACKETED_REGION.match(location)
    if bracketed is not None and bracketed["city"].strip(SPACE + ","):
        return bracketed["city"].strip(SPACE + ","), bracketed["region"].strip(SPACE)
    city, comma, region = location.partition(",")
    region = region.strip(SPACE + ",")
    return city.strip(SPACE), (region or None) if comma else None


def _date(match: regex.Match[str]) -> tuple[DateParts, str]:
    groups = match.groupdict()
    return DateParts(match["month"], match["day"], groups.get("year")), match["date"]


def _prefix(
    text: str, dialect: Dialect, start: int, end: int
) -> tuple[str, DateParts | None, str | None]:
    """Read what stands before a tag or separator: the place, then maybe a date."""
    prefix = text[start:end].rstrip(SPACE)
    date = dialect.patterns.date.search(prefix)
    if date is None:
        return prefix.rstrip(SPACE + ","), None, None
    parts, date_text = _date(date)
    return prefix[: date.start()].rstrip(SPACE + ","), parts, date_text


def _form(state: State, index: int) -> Found | None:
    forms = state.dialect.patterns.forms
    if forms is None:
        return None
    line = state.lines[index]
    match = forms.match(state.text, line.start, min(line.end, line.start + WINDOW))
    if match is None:
        return None
    groups = match.groupdict()
    date = _date(match) if groups.get("date") else None
    return Found(
        end=match.end(),
        location=groups.get("location") or "",
        date=date[0] if date else None,
        date_text=date[1] if date else None,
        agency=groups.get("agency"),
    )


def _tagged(state: State, index: int) -> Found | None:
    line = state.lines[index]
    return tagged_dateline(state.text, state.dialect, line.start, line.end)


def tagged_dateline(
    text: str, dialect: Dialect, start: int, end: int, tag: regex.Match[str] | None = None
) -> Found | None:
    """Read a dateline with an agency tag opening ``text[start:end]``, a line, if one does.

    ``tag`` is the first match of the dialect's tag pattern in the line's first
    :data:`WINDOW` characters, when the caller has looked for it already.
    """
    if tag is None:
        tag_pattern = dialect.patterns.tag
        if tag_pattern is None:
            return None
        tag = tag_pattern.search(text, start, min(end, start + WINDOW))
        if tag is None:
            return None
    location, date, date_text = _prefix(text, dialect, start, tag.start())
    if location and not _location_ok(location):
        return None
    if not location and date is None:
        return None
    return Found(tag.end(), location, date, date_text, tag["agency"])


def _tagless(state: State, index: int) -> Found | None:
    lines = state.lines
    line = lines[index]
    if not state.dialect.tagless or (index and lines[index - 1].block == line.block):
        return None  # a tagless dateline opens a paragraph
    if line.block >= TAGLESS_BLOCKS:
        return None  # ... near the top: below, "Council _ which took over" is prose
    match = TAGLESS.match(state.text, line.start, line.end)
    if match is None:
        return None
    location, date, date_text = _prefix(state.text, state.dialect, line.start, match.end("prefix"))
    if date is None and (misspelt := MISSPELT_DATE.search(location)) is not None:
        date_text = misspelt["date"]  # "NEW YORK, Narch 2": a date, its month misspelt
        location = location[: misspelt.start()].rstrip(SPACE + ",")
    rest = state.text[match.end() : line.end]
    first = index == next(state.unclaimed(), None)
    dated = date_text is not None
    separator = match["separator"]
    if not tagless_dateline(location, dated=dated, rest=rest, first=first, separator=separator):
        return None
    if first and not dated and state.dialect.dated:
        alone = index + 1 == len(lines) or lines[index + 1].block != line.block
        if alone:
            return None  # "ECONOMIC SPOTLIGHT - U.S. DEFICIT" heads a dated dialect's story
    if UNDATED.match(location):
        location = ""  # "UNDATED _": a dateline that names no place
    if location and not location.islower() and not _location_ok(location):
        return None  # a place in lower case, "omaha", was vetted by tagless_dateline
    return Found(match.end(), location, date, date_text, state.dialect.implied_agency)


def dateline_end(text: str, start: int, found: Found) -> int:
    """Where the dateline found on the line starting at ``start`` ends: white space left out."""
    end = found.end
    while end > start and text[end - 1] in SPACE:
        end -= 1
    return end


def build_dateline(
    text: str, start: int, found: Found, date: datetime.date | None = None
) -> Dateline:
    """Make the dateline found on the line starting at ``start``, its date resolved to ``date``."""
    end = dateline_end(text, start, found)
    city, region = split_place(found.location) if found.location else (None, None)
    return Dateline(
        text=text[start:end],
        location=found.location or None,
        city=city,
        region=region,
        date_text=found.date_text,
        date=date,
        agency=found.agency,
        span=(start, end),
    )


def find_dateline(state: State) -> None:
    """Find the first line, near the top, that opens with a dateline; claim the dateline.

    The rest of that line, if any, stays unclaimed: it is the lead paragraph. The dateline's
    line becomes the start of the body. Its date is resolved later, once the publication date
    is known (see :func:`wireparse.rules.dates.resolve_dates`).
    """
    lines = state.lines
    for index in itertools.islice(state.unclaimed(), SCAN_LINES):
        found = _form(state, index) or _tagged(state, index) or _tagless(state, index)
        if found is None:
            continue
        state.dateline = build_dateline(state.text, lines[index].start, found)
        state.dateline_date = found.date
        state.dateline_line = index
        state.body_start = index
        state.trim_start(index, state.dateline.span[1], "dateline")
        return
    # Point at the first line that could have held it: the headline, usually.
    first = next(state.unclaimed(), None)
    at = lines[first].start if first is not None else state.end_of_text()[0]
    state.report(
        DefectCode.NO_DATELINE,
        f"no line near the top opens with a {state.dialect.agency} dateline",
        (at, at),
    )
