"""Calendar dates from what copy prints: the year filled in, the day checked."""

from __future__ import annotations

import datetime

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from wireparse import _dates
from wireparse._dates import nearest, parse_iso, resolve

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


def _nearest_or_error(month: int, day: int, anchor: datetime.date) -> datetime.date | str:
    try:
        return nearest(month, day, anchor)
    except ValueError as error:
        return str(error)


def _resolved_or_error(month: int, day: int, anchor: datetime.date) -> datetime.date | str:
    try:
        resolved = resolve(month, day, None, anchor)
    except ValueError as error:
        return str(error)
    assert resolved is not None
    return resolved


class TestKept:
    @settings(max_examples=300, deadline=None)
    @given(
        month=st.integers(1, 13),
        day=st.integers(0, 32),
        anchor=st.dates(D(1980, 1, 1), D(2040, 12, 31)),
    )
    def test_kept_dates_are_the_nearest(self, month: int, day: int, anchor: D) -> None:
        """A date resolved afresh, then resolved again from what was kept, is the nearest; a
        day that does not exist raises each time."""
        expected = _nearest_or_error(month, day, anchor)
        kept_before = (month, day, anchor) in _dates._NEAREST
        assert _resolved_or_error(month, day, anchor) == expected
        assert _resolved_or_error(month, day, anchor) == expected
        kept_after = (month, day, anchor) in _dates._NEAREST
        # A day that exists is kept once resolved; one that does not, never.
        assert kept_after == (not isinstance(expected, str))
        if kept_after and not kept_before:
            assert _dates._NEAREST[month, day, anchor] == expected

    def test_both_paths_run(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The first resolution reads the calendar, the second the kept date."""
        calls: list[tuple[int, int, D]] = []

        def counted(month: int, day: int, anchor: D) -> D:
            calls.append((month, day, anchor))
            return nearest(month, day, anchor)

        monkeypatch.setattr(_dates, "nearest", counted)
        monkeypatch.setattr(_dates, "_NEAREST", {})
        assert resolve(12, 31, None, D(2025, 1, 2)) == D(2024, 12, 31)
        assert resolve(12, 31, None, D(2025, 1, 2)) == D(2024, 12, 31)
        assert calls == [(12, 31, D(2025, 1, 2))]

    def test_at_most_kept(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A full table is emptied and filled again."""
        monkeypatch.setattr(_dates, "KEPT", 2)
        monkeypatch.setattr(_dates, "_NEAREST", {})
        for day in range(1, 6):
            assert resolve(5, day, None, D(2025, 5, 6)) == D(2025, 5, day)
            assert len(_dates._NEAREST) <= 2


class TestParseIso:
    def test_valid(self) -> None:
        """An ISO date string gives its date."""
        assert parse_iso("2025-05-06") == D(2025, 5, 6)

    @pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "May 6, 2025", ""])
    def test_invalid(self, text: str) -> None:
        """A string that is no real ISO date gives None."""
        assert parse_iso(text) is None
