"""Calendar dates from what copy prints: a year where one is missing, a day checked to exist."""

from __future__ import annotations

import datetime

# A date printed without a year lies within half a year of the day the story was published.
_HALF_YEAR = datetime.timedelta(days=183)


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
