"""The meta rule's reader: each kept verdict is the one the dialect's patterns give."""

from __future__ import annotations

import datetime

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from wireparse import dialects
from wireparse.dialects._dialect import Dialect
from wireparse.rules import meta
from wireparse.rules.meta import MetaReader, Verdict, meta_reader, published_date

# Source and date lines as scraped pages print them, some naming no day, and lines that are
# neither (prose, a headline, an opening shared with a month's name).
LINES = [
    "Xinhua",
    "Source: Xinhua",
    "XINHUA NEWS AGENCY",
    "english.news.cn",
    "| May 6, 2025",
    "| Sept. 30, 2025",
    "2025-05-06",
    "2025-02-30",
    "Feb 30, 2025",
    "Updated: 2025-05-06 14:03:12",
    "6 May 2025",
    "30 June, 2025",
    "May 6, 2025 10:31 GMT",
    "Majority of EU citizens favour single currency",
    "Mayors meet in Beijing",
    "Xinhua Headlines: rain falls",
    "",
    "ß",
]

_PIECES = st.sampled_from([*LINES, " ", ",", ":", "|", "-", "1", "12", "2025", "May", "Sept."])

# Dialects with a source line and without; months in English, French, Spanish and Russian.
DIALECTS = ["xinhua", "xinhua-fr", "xinhua-es", "xinhua-ru", "reuters", "ap"]


def _from_patterns(dialect: Dialect, text: str) -> Verdict | None:
    """The verdict read with the dialect's patterns alone, each matched on the whole line."""
    patterns = dialect.patterns
    if patterns.source is not None and (match := patterns.source.match(text)):
        return ("source", match["source"], None)
    if match := patterns.published.match(text):
        return ("date", None, published_date(dialect, match))
    return None


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.lists(_PIECES, min_size=1, max_size=4), max_size=8),
    name=st.sampled_from(DIALECTS),
)
def test_kept_verdicts_are_the_patterns(pieces: list[list[str]], name: str) -> None:
    """Read twice, each line gets the patterns' verdict, read afresh or kept."""
    dialect = dialects.get(name)
    reader = MetaReader(dialect)
    # A date line that every dialect reads, and the dialect's source line, so that both paths
    # run: each is read afresh first, then told by the kept verdict.
    texts = ["".join(p) for p in pieces] + ["2025-05-06", *dialect.source_names[:1]]
    read_afresh = kept = 0
    for text in texts * 2:
        was_kept = text in reader._kept
        assert reader(text) == _from_patterns(dialect, text), text
        kept += was_kept
        read_afresh += not was_kept
    assert kept
    assert read_afresh


def test_verdicts() -> None:
    """Source, date, a day of no calendar, and neither."""
    read = meta_reader(dialects.get("xinhua"))
    assert read("Source: Xinhua") == ("source", "Xinhua", None)
    assert read("| Sept. 30, 2025") == ("date", None, datetime.date(2025, 9, 30))
    assert read("2025-05-06 14:03") == ("date", None, datetime.date(2025, 5, 6))
    assert read("Feb 30, 2025") == ("date", None, None)
    assert read("Majority of EU citizens favour single currency") is None


def test_only_meta_lines_are_kept_and_at_most_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines that are neither are not kept; a full table is emptied and filled again."""
    monkeypatch.setattr(meta, "KEPT", 2)
    reader = MetaReader(dialects.get("xinhua"))
    assert reader("Mayors meet in Beijing") is None
    assert reader._kept == {}
    days = [f"2025-05-0{day}" for day in range(1, 6)]
    for day in days:
        assert reader(day) == ("date", None, datetime.date.fromisoformat(day))
        assert len(reader._kept) <= 2
    assert days[-1] in reader._kept


def test_one_reader_per_dialect() -> None:
    """A dialect's reader is made once; another dialect, even an equal one, has its own."""
    xinhua = dialects.get("xinhua")
    assert meta_reader(xinhua) is meta_reader(xinhua)
    assert meta_reader(xinhua) is not meta_reader(dialects.get("xinhua-fr"))


def test_a_dialects_own_month_numbers() -> None:
    """The date is read with the months of the reader's dialect."""
    roman = Dialect(name="roman", agency="Roman", months={"Ianuarius": 1, "Sextilis": 8})
    read = meta_reader(roman)
    assert read("1 Sextilis 2025") == ("date", None, datetime.date(2025, 8, 1))
    assert read("1 August 2025") is None
