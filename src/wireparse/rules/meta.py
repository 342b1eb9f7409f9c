"""Meta lines: the source and publication date printed between the headline and the body."""

from __future__ import annotations

import datetime

import regex

from .._dates import parse_iso
from .._models import DefectCode, _make_meta_line
from .._patterns import groups_getter, line_match
from .._state import State
from ..dialects._dialect import Dialect


def claim_meta_lines(state: State) -> None:
    """Claim source and date lines after the headline; fix where the body starts.

    With a dateline, every line between the headline and the dateline is looked at (what is
    not a source or a date is left for :func:`~wireparse.rules.leftover.report_unclaimed`).
    Without one, the body starts at the first line after the headline that is neither.
    """
    patterns = state.dialect.patterns
    match_source = None if patterns.source is None else line_match(patterns.source)
    match_published = line_match(patterns.published)
    lines, owner, meta_lines = state.lines, state.owner, state.meta_lines
    start = 0 if state.headline_line is None else state.headline_line + 1
    dateline_line = state.dateline_line
    body_start = len(lines)
    for index in range(start, body_start if dateline_line is None else dateline_line):
        if owner[index] is not None:
            continue
        line = lines[index]
        text = line.text
        span = (line.start, line.end)
        if match_source is not None and (match := match_source(text)):
            meta_lines.append(_make_meta_line("source", text, span))
            if state.source is None:
                state.source = match["source"]
        elif match := match_published(text):
            meta_lines.append(_make_meta_line("date", text, span))
            published = published_date(state.dialect, match)
            if published is None:
                state.report(
                    DefectCode.INVALID_DATE,
                    f"the publication date {text!r} is no day of the calendar",
                    span,
                )
            elif state.published is None:
                state.published = published
        elif dateline_line is None:
            body_start = index
            break
        else:
            continue
        owner[index] = "meta"
    state.body_start = body_start if dateline_line is None else dateline_line


_PUBLISHED_GROUPS = ("iso", "month", "month_second", "day", "day_first", "year", "year_second")


def published_date(dialect: Dialect, match: regex.Match[str]) -> datetime.date | None:
    """The date a match of ``dialect``'s publication-date pattern names; None for no real day."""
    iso, month_name, month_second, day, day_first, year, year_second = groups_getter(
        match.re, _PUBLISHED_GROUPS
    )(match)
    if iso:
        return parse_iso(iso)
    month_name = month_name or month_second
    day = day or day_first
    year = year or year_second
    month = dialect.month_number(month_name)
    if month is None:  # pragma: no cover - the pattern admits only the dialect's months
        return None
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None
