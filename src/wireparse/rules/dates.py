"""Dates: the dateline's date resolved against the publication or reference date."""

from __future__ import annotations

import attrs

from .. import _dates
from .._models import DefectCode
from .._state import State


def resolve_dates(state: State) -> None:
    """Resolve the dateline's printed date to a calendar date.

    A date without a year takes the year that puts it nearest the publication date (else the
    reference date): ``Dec. 31`` in a story published on 2025-01-01 is 2024-12-31. A day that
    does not exist is reported and left unresolved.
    """
    dateline, parts = state.dateline, state.dateline_date
    if dateline is None or parts is None:
        return
    dialect = state.dialect
    month = int(parts.month) if parts.month.isdecimal() else dialect.month_number(parts.month)
    day = dialect.day_number(parts.day)
    if month is None or day is None:  # pragma: no cover - the patterns admit known names only
        return
    anchor = state.published or state.reference_date
    try:
        year = int(parts.year) if parts.year else None
        resolved = _dates.resolve(month, day, year, anchor)
    except ValueError:
        state.report(
            DefectCode.INVALID_DATE,
            f"the dateline's date {dateline.date_text!r} is no day of the calendar",
            dateline.span,
        )
        return
    state.dateline = attrs.evolve(dateline, date=resolved)
