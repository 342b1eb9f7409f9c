"""The seed story, the Xinhua article the project was created from, parsed field by field."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import wireparse

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_113f3f2605a1e54b.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    """The seed story as stored, line ends untouched."""
    if not SEED.is_file():
        pytest.skip(f"the seed story is not at {SEED}; it lives in ../shared beside the clone")
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def article(seed_text: str) -> wireparse.Article:
    """The seed story parsed leniently."""
    return wireparse.parse(seed_text)


class TestSeed:
    def test_id_markers(self, article: wireparse.Article, seed_text: str) -> None:
        """The opening and closing id lines are read as the story's id markers."""
        ids = article.id_markers
        assert ids is not None
        assert (ids.start, ids.end) == ("7156699", "7156726")
        assert ids.start_span == (0, 7)
        closing = seed_text.rindex("7156726")
        assert ids.end_span == (closing, closing + 7)
        assert ids.span == (0, closing + 7)

    def test_headline(self, article: wireparse.Article) -> None:
        """The headline's kicker is "Xinhua Headlines" and its title is the rest of the line."""
        headline = article.headline
        assert headline is not None
        assert headline.kicker == "Xinhua Headlines"
        assert headline.title == (
            "Xi's upcoming visit to deepen China-Russia ties, bolster global peace"
        )
        assert headline.text == f"Xinhua Headlines: {headline.title}"

    def test_source_and_published(self, article: wireparse.Article) -> None:
        """The source line names Xinhua and the date lines give 2025-05-06."""
        assert article.source == "Xinhua"
        assert article.published == datetime.date(2025, 5, 6)
        assert [(m.kind, m.text) for m in article.meta_lines] == [
            ("source", "Xinhua"),
            ("date", "|\u00a0May 6, 2025"),
            ("date", "2025-05-06"),
        ]

    def test_dateline(self, article: wireparse.Article) -> None:
        """The dateline is read with its place, printed date, resolved date and agency."""
        dateline = article.dateline
        assert dateline is not None
        assert dateline.text == "BEIJING, May 6 (Xinhua) --"
        assert dateline.location == "BEIJING"
        assert dateline.date_text == "May 6"
        assert dateline.date == datetime.date(2025, 5, 6)
        assert dateline.agency == "Xinhua"

    def test_sections(self, article: wireparse.Article) -> None:
        """The body has the lead section and three headed sections of 4, 6, 6 and 8 paragraphs."""
        shape = [
            (s.heading.text if s.heading is not None else None, len(s.paragraphs))
            for s in article.sections
        ]
        assert shape == [
            (None, 4),
            ("LONG-LASTING FRIENDSHIP", 6),
            ("INDELIBLE CONTRIBUTION", 6),
            ("SPEARHEADING PROGRESS", 8),
        ]

    def test_lead_paragraph_excludes_dateline(self, article: wireparse.Article) -> None:
        """The lead paragraph starts after the dateline, at "At the invitation"."""
        lead = article.paragraphs[0]
        assert lead.text.startswith("At the invitation of Russian President")
        assert "(Xinhua)" not in lead.text
        assert article.dateline is not None
        assert lead.span[0] == article.dateline.span[1] + 1

    def test_last_paragraph_excludes_terminator(self, article: wireparse.Article) -> None:
        """The last paragraph stops before "Enditem", which is the terminator."""
        last = article.paragraphs[-1]
        assert "Enditem" not in last.text
        assert last.text.endswith("far more promising, he said.")
        assert article.terminator is not None
        assert article.terminator.text == "Enditem"
        assert article.terminator.span[0] == last.span[1] + 1

    def test_furniture(self, article: wireparse.Article) -> None:
        """The breadcrumb "Home -" is the only furniture."""
        assert [(f.kind, f.text) for f in article.furniture] == [("breadcrumb", "Home -")]

    def test_no_defects(self, article: wireparse.Article) -> None:
        """The seed parses without a defect."""
        assert article.defects == ()

    def test_strict(self, seed_text: str, article: wireparse.Article) -> None:
        """A strict parse succeeds and gives the same article as a lenient one."""
        assert wireparse.parse(seed_text, strict=True) == article

    def test_json_round_trip(self, article: wireparse.Article) -> None:
        """from_dict(to_dict(article)) gives the article back."""
        assert wireparse.from_dict(wireparse.to_dict(article)) == article

    def test_spans_give_back_text(self, article: wireparse.Article, seed_text: str) -> None:
        """Every element's span, sliced from the input, is the element's text."""
        assert article.text == seed_text
        ids, headline = article.id_markers, article.headline
        dateline, terminator = article.dateline, article.terminator
        assert ids is not None
        assert ids.start_span is not None
        assert ids.end_span is not None
        assert headline is not None
        assert dateline is not None
        assert terminator is not None
        elements = [
            ("7156699", ids.start_span),
            ("7156726", ids.end_span),
            (headline.text, headline.span),
            (dateline.text, dateline.span),
            (terminator.text, terminator.span),
        ]
        elements += [(m.text, m.span) for m in article.meta_lines]
        elements += [(f.text, f.span) for f in article.furniture]
        elements += [(h.text, h.span) for h in article.headings]
        elements += [(p.text, p.span) for p in article.paragraphs]
        for text, (start, end) in elements:
            assert seed_text[start:end] == text

    def test_spans_cover_every_non_blank_character(self, article: wireparse.Article) -> None:
        """The spans do not overlap and leave out only white space."""
        covered = 0
        pieces = []
        for _, (start, end) in article.spans():
            assert start >= covered
            pieces.append(article.text[covered:start])
            covered = end
        pieces.append(article.text[covered:])
        assert "".join(pieces).strip() == ""
        assert len(list(article.spans())) == 36
