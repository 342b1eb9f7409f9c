"""Calendar dates from what copy prints: the year filled in, the day checked."""

from __future__ import annotations

import datetime

import pytest

from wireparse._dates import parse_iso, resolve

D = datetime.date


class TestResolve:
    def test_same_year(self) -> None:
        """A date near the anchor takes the anchor's year."""
        assert resolve(5, 6, None, D(2025, 5, 6)) == D(2025, 5, 6)

    def test_year_end(self) -> None:
        """Dec. 31 anchored on Jan. 1 is in the year before."""
        assert resolve(12, 31, None, D(2025, 1, 1)) == D(2024, 12, 31)

    def test_new_year(self) -> None:
        """Jan. 1 anchored on Dec. 31 is in the year after."""
        assert resolve(1, 1, None, D(2024, 12, 31)) == D(2025, 1, 1)

    def test_half_year_boundary(self) -> None:
        """A date 183 days after the anchor keeps its year; 184 days goes to the year before."""
        assert resolve(7, 3, None, D(2025, 1, 1)) == D(2025, 7, 3)
        assert resolve(7, 4, None, D(2025, 1, 1)) == D(2024, 7, 4)

    def test_printed_year_wins(self) -> None:
        """A printed year is used whatever the anchor."""
        assert resolve(12, 31, 2020, D(2025, 1, 1)) == D(2020, 12, 31)
        assert resolve(5, 6, 2025, None) == D(2025, 5, 6)

    def test_no_anchor(self) -> None:
        """Without a year or an anchor there is no date."""
        assert resolve(5, 6, None, None) is None

    def test_feb_29_without_anchor(self) -> None:
        """Feb. 29 without a year or anchor is a possible day, so no error and no date."""
        assert resolve(2, 29, None, None) is None

    def test_feb_29_in_leap_year(self) -> None:
        """Feb. 29 near a leap year's anchor resolves to that year."""
        assert resolve(2, 29, None, D(2024, 3, 1)) == D(2024, 2, 29)

    def test_feb_29_before_leap_year(self) -> None:
        """Feb. 29 anchored late in the year before a leap year is in the leap year."""
        assert resolve(2, 29, None, D(2027, 12, 1)) == D(2028, 2, 29)

    def test_feb_29_far_from_leap_year(self) -> None:
        """Feb. 29 with no leap year within half a year of the anchor raises ValueError."""
        with pytest.raises(ValueError, match="does not exist near 2025-06-01"):
            resolve(2, 29, None, D(2025, 6, 1))

    def test_feb_29_printed_in_common_year(self) -> None:
        """Feb. 29 with a printed common year raises ValueError."""
        with pytest.raises(ValueError, match="day is out of range"):
            resolve(2, 29, 2023, None)

    @pytest.mark.parametrize(
        ("month", "day"), [(2, 30), (4, 31), (6, 31), (9, 31), (11, 31), (1, 32), (5, 0)]
    )
    def test_invalid_day(self, month: int, day: int) -> None:
        """A day no year has raises ValueError, with or without an anchor."""
        with pytest.raises(ValueError, match="day"):
            resolve(month, day, None, None)
        with pytest.raises(ValueError, match="day"):
            resolve(month, day, None, D(2025, 5, 6))

    def test_invalid_month(self) -> None:
        """Month 13 raises ValueError."""
        with pytest.raises(ValueError, match="month"):
            resolve(13, 1, None, None)


class TestParseIso:
    def test_valid(self) -> None:
        """An ISO date string gives its date."""
        assert parse_iso("2025-05-06") == D(2025, 5, 6)

    @pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "May 6, 2025", ""])
    def test_invalid(self, text: str) -> None:
        """A string that is no real ISO date gives None."""
        assert parse_iso(text) is None
