"""Dates: the dateline's date resolved against the publication or reference date."""

from __future__ import annotations

import datetime

from .. import _dates
from .._models import DefectCode, _make_dateline
from .._state import DateParts, State
from ..dialects._dialect import Dialect


def resolve_dates(state: State) -> None:
    """Resolve the dateline's printed date to a calendar date.

    A date without a year takes the year that puts it nearest the publication date (else the
    reference date): ``Dec. 31`` in a story published on 2025-01-01 is 2024-12-31. A day that
    does not exist is reported and left unresolved.
    """
    dateline, parts = state.dateline, state.dateline_date
    if dateline is None or parts is None:
        return
    try:
        resolved = resolve_date(state.dialect, parts, state.published or state.reference_date)
    except ValueError:
        state.report(
            DefectCode.INVALID_DATE,
            f"the dateline's date {dateline.date_text!r} is no day of the calendar",
            dateline.span,
        )
        return
    state.dateline = _make_dateline(
        dateline.text,
        dateline.location,
        dateline.city,
        dateline.region,
        dateline.date_text,
        resolved,
        dateline.agency,
        dateline.span,
    )


def resolve_date(
    dialect: Dialect, parts: DateParts, anchor: datetime.date | None
) -> datetime.date | None:
    """Return the calendar date of a dateline's date in pieces, read in ``dialect``.

    Raises:
        ValueError: The day does not exist.
    """
    month = int(parts.month) if parts.month.isdecimal() else dialect.month_number(parts.month)
    day = dialect.day_number(parts.day)
    if month is None or day is None:  # pragma: no cover - the patterns admit known names only
        return None
    year = int(parts.year) if parts.year else None
    return _dates.resolve(month, day, year, anchor)
