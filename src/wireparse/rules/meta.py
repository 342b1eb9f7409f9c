"""Meta lines: the source and publication date printed between the headline and the body."""

from __future__ import annotations

import datetime

import regex

from .._dates import parse_iso
from .._models import DefectCode, MetaLine
from .._state import State
from ..dialects import Dialect


def claim_meta_lines(state: State) -> None:
    """Claim source and date lines after the headline; fix where the body starts.

    With a dateline, every line between the headline and the dateline is looked at (what is
    not a source or a date is left for :func:`~wireparse.rules.leftover.report_unclaimed`).
    Without one, the body starts at the first line after the headline that is neither.
    """
    patterns = state.dialect.patterns
    lines = state.lines
    start = 0 if state.headline_line is None else state.headline_line + 1
    body_start = len(lines)
    for index in state.unclaimed(start, state.dateline_line):
        text = lines[index].text
        span = (lines[index].start, lines[index].end)
        if patterns.source is not None and (match := patterns.source.match(text)):
            state.meta_lines.append(MetaLine(kind="source", text=text, span=span))
            if state.source is None:
                state.source = match["source"]
        elif match := patterns.published.match(text):
            state.meta_lines.append(MetaLine(kind="date", text=text, span=span))
            published = published_date(state.dialect, match)
            if published is None:
                state.report(
                    DefectCode.INVALID_DATE,
                    f"the publication date {text!r} is no day of the calendar",
                    span,
                )
            elif state.published is None:
                state.published = published
        elif state.dateline_line is None:
            body_start = index
            break
        else:
            continue
        state.claim(index, "meta")
    state.body_start = body_start if state.dateline_line is None else state.dateline_line


def published_date(dialect: Dialect, match: regex.Match[str]) -> datetime.date | None:
    """The date a match of ``dialect``'s publication-date pattern names; None for no real day."""
    if match["iso"]:
        return parse_iso(match["iso"])
    month_name = match["month"] or match["month_second"]
    day = match["day"] or match["day_first"]
    year = match["year"] or match["year_second"]
    month = dialect.month_number(month_name)
    if month is None:  # pragma: no cover - the pattern admits only the dialect's months
        return None
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None
