"""The models: frozen values, the article's shortcuts, and what each defect code means."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest

import wireparse
from wireparse import (
    Article,
    Dateline,
    Defect,
    DefectCode,
    Furniture,
    Heading,
    Headline,
    IdMarkers,
    MetaLine,
    Paragraph,
    Section,
    Terminator,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def small_article() -> Article:
    """A hand-made article: headline, dateline, a lead and a headed section, a terminator."""
    text = "Rain\n\nBEIJING, May 6 (Xinhua) -- Rain.\n\nMORE RAIN\n\nIt went on. Enditem"
    return Article(
        text=text,
        dialect="xinhua",
        id_markers=None,
        headline=Headline(text="Rain", kicker=None, title="Rain", span=(0, 4)),
        meta_lines=(),
        source=None,
        published=None,
        dateline=Dateline(
            text="BEIJING, May 6 (Xinhua) --",
            location="BEIJING",
            city="BEIJING",
            date_text="May 6",
            date=None,
            agency="Xinhua",
            span=(6, 32),
        ),
        sections=(
            Section(
                heading=None, paragraphs=(Paragraph(text="Rain.", span=(33, 38)),), span=(33, 38)
            ),
            Section(
                heading=Heading(text="MORE RAIN", span=(40, 49)),
                paragraphs=(Paragraph(text="It went on.", span=(51, 62)),),
                span=(40, 62),
            ),
        ),
        terminator=Terminator(text="Enditem", span=(63, 70)),
        furniture=(),
        defects=(),
    )


class TestFrozen:
    @pytest.mark.parametrize(
        ("value", "field"),
        [
            (Headline(text="Rain", kicker=None, title="Rain", span=(0, 4)), "text"),
            (Heading(text="A", span=(0, 1)), "span"),
            (Paragraph(text="A", span=(0, 1)), "text"),
            (Terminator(text="Enditem", span=(0, 7)), "text"),
            (Furniture(kind="caption", text="(Xinhua)", span=(0, 8)), "kind"),
            (MetaLine(kind="source", text="Xinhua", span=(0, 6)), "kind"),
            (Defect(code=DefectCode.EMPTY, message="empty", span=(0, 0)), "code"),
            (
                IdMarkers(start="1", end=None, start_span=(0, 1), end_span=None, span=(0, 1)),
                "end",
            ),
            (Section(heading=None, paragraphs=(), span=(0, 0)), "paragraphs"),
        ],
    )
    def test_cannot_assign(self, value: object, field: str) -> None:
        """Assigning to a field of any model raises FrozenInstanceError."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, field, None)

    def test_article_cannot_assign(self) -> None:
        """An article's fields cannot be reassigned."""
        article = small_article()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.headline = None  # type: ignore[misc]

    def test_evolve(self) -> None:
        """attrs.evolve makes a changed copy and leaves the original as it was."""
        article = small_article()
        changed = attrs.evolve(article, source="Xinhua")
        assert changed.source == "Xinhua"
        assert article.source is None
        assert changed != article

    def test_keyword_only(self) -> None:
        """Models take their fields by keyword only."""
        with pytest.raises(TypeError):
            Heading("A", (0, 1))  # type: ignore[misc]

    def test_parsed_collections_are_tuples(self) -> None:
        """A parsed article holds tuples, not lists."""
        text = (FIXTURES / "captions_and_bylines.txt").read_bytes().decode("utf-8")
        article = wireparse.parse(text)
        for value in (
            article.meta_lines,
            article.sections,
            article.furniture,
            article.defects,
            article.sections[0].paragraphs,
            article.sections[0].span,
        ):
            assert type(value) is tuple

    def test_hashable(self) -> None:
        """Equal articles hash alike, so they can be set members."""
        assert len({small_article(), small_article()}) == 1


class TestArticle:
    def test_paragraphs(self) -> None:
        """Article.paragraphs lists the paragraphs of all sections in order."""
        assert [p.text for p in small_article().paragraphs] == ["Rain.", "It went on."]

    def test_headings(self) -> None:
        """Article.headings lists the headings, skipping the lead section's None."""
        assert small_article().headings == (Heading(text="MORE RAIN", span=(40, 49)),)

    def test_spans(self) -> None:
        """Article.spans lists every element's span with its label, in order."""
        assert list(small_article().spans()) == [
            ("headline", (0, 4)),
            ("dateline", (6, 32)),
            ("paragraph", (33, 38)),
            ("heading", (40, 49)),
            ("paragraph", (51, 62)),
            ("terminator", (63, 70)),
        ]

    def test_spans_of_ids_meta_furniture_and_unknown_lines(self) -> None:
        """Article.spans labels ids, meta lines, furniture and unknown lines too."""
        text = (
            "81\nHome -\nRain\nXinhua\nStray line\n\nBEIJING, May 6 (Xinhua) -- Rain. Enditem\n82"
        )
        article = wireparse.parse(text)
        assert [label for label, _ in article.spans()] == [
            "id",
            "furniture",
            "headline",
            "meta",
            "defect",
            "dateline",
            "paragraph",
            "terminator",
            "id",
        ]

    def test_spans_skip_defects_that_are_not_lines(self) -> None:
        """A missing element's empty defect span is not listed among the spans."""
        article = wireparse.parse("Rain\n\nBEIJING, May 6 (Xinhua) -- Rain.")
        assert [d.code for d in article.defects] == [DefectCode.NO_TERMINATOR]
        assert [label for label, _ in article.spans()] == ["headline", "dateline", "paragraph"]

    def test_empty_article(self) -> None:
        """The empty story has no paragraphs, headings or spans."""
        article = wireparse.parse("")
        assert article.paragraphs == ()
        assert article.headings == ()
        assert list(article.spans()) == []

    def test_dialect_name(self) -> None:
        """An article records the name of the dialect it was read with."""
        assert wireparse.parse("").dialect == "xinhua"

    def test_text_is_input(self) -> None:
        """An article keeps the input exactly, line ends and all."""
        text = "\ufeffRain\r\n\r\nBEIJING, May 6 (Xinhua) -- Rain.\r"
        assert wireparse.parse(text).text == text

    def test_equality(self) -> None:
        """Two parses of one text are equal."""
        text = (FIXTURES / "crlf.txt").read_bytes().decode("utf-8")
        assert wireparse.parse(text) == wireparse.parse(text)

    def test_date_fields_are_dates(self) -> None:
        """published and the dateline's date are datetime.date values."""
        text = (FIXTURES / "year_end.txt").read_bytes().decode("utf-8")
        article = wireparse.parse(text)
        assert type(article.published) is datetime.date
        assert article.dateline is not None
        assert type(article.dateline.date) is datetime.date


class TestConveniences:
    """The article's plain-text shortcuts and its repr, computed from its fields."""

    def test_paragraph_texts(self) -> None:
        """Article.paragraph_texts is the text of each paragraph of every section, in order."""
        assert small_article().paragraph_texts == ("Rain.", "It went on.")

    def test_body(self) -> None:
        """Article.body is the headings and paragraphs, one blank line between two of them,
        without the headline, dateline or terminator."""
        assert small_article().body == "Rain.\n\nMORE RAIN\n\nIt went on."

    def test_body_of_empty_article(self) -> None:
        """An article without sections has an empty body and no paragraph texts."""
        article = wireparse.parse("")
        assert (article.body, article.paragraph_texts) == ("", ())

    def test_title_without_kicker(self) -> None:
        """Article.title is the headline's title, kicker and take marker left out."""
        article = attrs.evolve(
            small_article(),
            headline=Headline(
                text="Feature: Rain (2)", kicker="Feature", title="Rain", take="2", span=(0, 17)
            ),
        )
        assert article.title == "Rain"

    def test_title_without_headline(self) -> None:
        """Article.title is None for a story without a headline."""
        assert attrs.evolve(small_article(), headline=None).title is None

    def test_repr(self) -> None:
        """repr() names the dialect, title, dateline's place and the counts."""
        assert repr(small_article()) == (
            "<Article dialect='xinhua' title='Rain' dateline='BEIJING' paragraphs=2 defects=0>"
        )

    def test_repr_does_not_print_the_input(self) -> None:
        """A long story's repr stays short: a long title is cut, the text is not shown."""
        title = "Rain " * 40
        text = f"{title}\n\nBEIJING, May 6 (Xinhua) -- {'It rained. ' * 5000}Enditem"
        article = wireparse.parse(text)
        assert article.title == title.strip()
        shown = repr(article)
        assert len(shown) < 160
        assert f"title={(title[:57] + '...')!r}" in shown
        assert "It rained" not in shown

    def test_conveniences_are_no_state(self) -> None:
        """The shortcuts are properties, not fields: the fields and JSON form are unchanged."""
        names = {field.name for field in attrs.fields(Article)}
        assert not names & {"body", "paragraph_texts", "title"}
        assert not {"body", "paragraph_texts", "title"} & set(wireparse.to_dict(small_article()))


class TestDefectCode:
    def test_codes(self) -> None:
        """The defect codes are the ten documented ones, by value."""
        assert [code.value for code in DefectCode] == [
            "empty",
            "no-headline",
            "no-dateline",
            "no-terminator",
            "early-terminator",
            "unpaired-id-marker",
            "unknown-line",
            "invalid-date",
            "not-utf8",
            "cut",
        ]

    @pytest.mark.parametrize("code", list(DefectCode))
    def test_description(self, code: DefectCode) -> None:
        """Every defect code has a description of its own: one sentence, capitalised."""
        description = code.description
        assert description[0].isupper()
        assert description.endswith(".")
        others = [c.description for c in DefectCode if c is not code]
        assert description not in others

    def test_code_is_a_string(self) -> None:
        """A code compares equal to its value, as JSON shows it."""
        assert DefectCode("no-dateline") is DefectCode.NO_DATELINE
        assert DefectCode.NO_DATELINE == "no-dateline"
