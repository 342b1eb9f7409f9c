"""Calendar dates from what copy prints: a year where one is missing, a day checked to exist."""

from __future__ import annotations

import datetime

# A date printed without a year lies within half a year of the day the story was published.
_HALF_YEAR = datetime.timedelta(days=183)

KEPT = 4096
"""How many dates without a year :func:`resolve` keeps, with the anchor each was read near;
when that many are kept, it forgets them all and starts again."""

_NEAREST: dict[tuple[int, int, datetime.date], datetime.date] = {}
"""The date each ``(month, day, anchor)`` resolved to. The stories of a dump published on one
day print the same few dates in their datelines (``BEIJING, May 6``), so most are read once."""


def resolve(
    month: int, day: int, year: int | None, anchor: datetime.date | None
) -> datetime.date | None:
    """Return the calendar date for ``month`` and ``day``.

    Args:
        month: 1 to 12.
        day: The day of the month as printed.
        year: The year as printed, or None.
        anchor: A date near the one meant (the publication date), used for a missing year.

    Returns:
        The date; None when no year is printed and there is no anchor.

    Raises:
        ValueError: The day does not exist in that month (``Feb. 30``).
    """
    if year is not None:
        return datetime.date(year, month, day)
    if anchor is None:
        # Still reject a day that no year has, such as April 31.
        datetime.date(2000, month, day)
        return None
    key = (month, day, anchor)
    date = _NEAREST.get(key)
    if date is None:
        date = nearest(month, day, anchor)
        if len(_NEAREST) >= KEPT:
            _NEAREST.clear()
        _NEAREST[key] = date
    return date


def nearest(month: int, day: int, anchor: datetime.date) -> datetime.date:
    """Return the date of ``month`` and ``day`` nearest ``anchor``, within half a year of it.

    Raises:
        ValueError: No such day lies within half a year of ``anchor`` (``Feb. 30``, or
            ``Feb. 29`` far from a leap year).
    """
    for candidate_year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = datetime.date(candidate_year, month, day)
        except ValueError:
            continue  # Feb. 29 outside a leap year: try the neighbours
        if abs(candidate - anchor) <= _HALF_YEAR:
            return candidate
    # Feb. 29 with no leap year within half a year of the anchor.
    raise ValueError(f"day {day} of month {month} does not exist near {anchor.isoformat()}")


def parse_iso(text: str) -> datetime.date | None:
    """Return the date of an ISO ``YYYY-MM-DD`` string, or None when it is no real date."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None
