"""Properties of the parse, checked on generated stories and on arbitrary text."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from hypothesis import given

import wireparse
from wireparse import Article, DefectCode, ParseError
from wireparse._text import SPACE
from wireparse.strategies import ArticleSpec, arbitrary_texts, rendered_articles

LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""A line break as the parser counts them: CRLF, a lone CR, or LF."""

SPACE_RUN = f"[{re.escape(SPACE)}]*"


def parse_spec(spec: ArticleSpec, text: str, *, strict: bool = False) -> Article:
    """Parse ``text``, rendered from ``spec``, with the spec's reference date."""
    return wireparse.parse(text, strict=strict, reference_date=spec.reference_date)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``, counted afresh."""
    breaks = list(LINE_BREAK.finditer(text, 0, offset))
    line_start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - line_start + 1


def joined_lines(piece: str) -> str:
    """Join the lines of ``piece`` with one space, dropping the white space around each break."""
    return re.sub(SPACE_RUN + r"(?:\r\n|\r|\n)" + SPACE_RUN, " ", piece)


def assert_spans_cover(article: Article) -> None:
    """Assert that the article's spans are sorted, disjoint and cover every visible character."""
    text = article.text
    covered = [False] * len(text)
    previous_end = 0
    for label, (start, end) in article.spans():
        assert 0 <= start <= end <= len(text), (label, start, end)
        assert start >= previous_end, f"{label} span {(start, end)} overlaps the one before it"
        previous_end = end
        covered[start:end] = [True] * (end - start)
    missed = [i for i, char in enumerate(text) if char not in SPACE and not covered[i]]
    assert not missed, f"characters in no span at offsets {missed[:10]}: {text[missed[0]]!r}"


def assert_texts_match_spans(article: Article) -> None:
    """Assert that each element's stored text is what the input holds at its span."""
    text = article.text

    def at(span: tuple[int, int]) -> str:
        return text[span[0] : span[1]]

    if article.id_markers is not None:
        markers = article.id_markers
        assert (markers.start is None) == (markers.start_span is None)
        assert (markers.end is None) == (markers.end_span is None)
        if markers.start_span is not None:
            assert markers.start == at(markers.start_span)
        if markers.end_span is not None:
            assert markers.end == at(markers.end_span)
    if article.headline is not None:
        assert article.headline.text == at(article.headline.span)
    for meta in article.meta_lines:
        assert meta.text == at(meta.span)
    for furniture in article.furniture:
        assert furniture.text == at(furniture.span)
    if article.dateline is not None:
        assert article.dateline.text == at(article.dateline.span)
    for heading in article.headings:
        assert heading.text == at(heading.span)
    for paragraph in article.paragraphs:
        assert paragraph.text == joined_lines(at(paragraph.span))
    if article.terminator is not None:
        assert article.terminator.text == at(article.terminator.span)


class TestRoundTrip:
    """Parsing a rendered story gives back what the story was made of."""

    @given(rendered_articles())
    def test_id_markers(self, case: tuple[ArticleSpec, str]) -> None:
        """The opening and closing id lines are found as printed, and only they."""
        spec, text = case
        markers = parse_spec(spec, text).id_markers
        if spec.start_id is None and spec.end_id is None:
            assert markers is None
        else:
            assert markers is not None
            assert (markers.start, markers.end) == (spec.start_id, spec.end_id)

    @given(rendered_articles())
    def test_headline(self, case: tuple[ArticleSpec, str]) -> None:
        """The headline is found with its kicker and title split as printed."""
        spec, text = case
        headline = parse_spec(spec, text).headline
        if spec.headline is None:
            assert headline is None
        else:
            assert headline is not None
            expected = (spec.headline.text, spec.headline.kicker, spec.headline.title)
            assert (headline.text, headline.kicker, headline.title) == expected

    @given(rendered_articles())
    def test_meta_lines(self, case: tuple[ArticleSpec, str]) -> None:
        """Source and date lines are found in order, with the source and publication date."""
        spec, text = case
        article = parse_spec(spec, text)
        assert tuple((m.kind, m.text) for m in article.meta_lines) == spec.meta_lines
        assert article.source == spec.expected_source
        assert article.published == spec.expected_published

    @given(rendered_articles())
    def test_dateline(self, case: tuple[ArticleSpec, str]) -> None:
        """The dateline is found with its place, date as printed, agency and resolved date."""
        spec, text = case
        dateline = parse_spec(spec, text).dateline
        if spec.dateline is None:
            assert dateline is None
        else:
            assert dateline is not None
            assert dateline.text == spec.dateline.text
            assert dateline.location == spec.dateline.location
            assert dateline.date_text == spec.dateline.date_text
            assert dateline.agency == "Xinhua"
            assert dateline.date == spec.expected_dateline_date

    @given(rendered_articles())
    def test_sections(self, case: tuple[ArticleSpec, str]) -> None:
        """Each section comes back with its heading and its paragraphs' texts, in order."""
        spec, text = case
        article = parse_spec(spec, text)
        found = [
            (s.heading.text if s.heading else None, tuple(p.text for p in s.paragraphs))
            for s in article.sections
        ]
        expected = [(s.heading, tuple(p.text for p in s.paragraphs)) for s in spec.sections]
        assert found == expected

    @given(rendered_articles())
    def test_plain_text(self, case: tuple[ArticleSpec, str]) -> None:
        """The body, paragraph texts and title are the story's headings, paragraphs and
        headline title as written, the body's blocks one blank line apart."""
        spec, text = case
        article = parse_spec(spec, text)
        blocks = []
        for section in spec.sections:
            if section.heading is not None:
                blocks.append(section.heading)
            blocks.extend(p.text for p in section.paragraphs)
        assert article.body == "\n\n".join(blocks)
        assert article.paragraph_texts == tuple(p.text for s in spec.sections for p in s.paragraphs)
        assert article.title == (None if spec.headline is None else spec.headline.title)

    @given(rendered_articles())
    def test_terminator(self, case: tuple[ArticleSpec, str]) -> None:
        """The terminator is found wherever it stands, and is absent when none is printed."""
        spec, text = case
        terminator = parse_spec(spec, text).terminator
        if spec.terminator is None:
            assert terminator is None
        else:
            assert terminator is not None
            assert terminator.text == "Enditem"

    @given(rendered_articles())
    def test_furniture(self, case: tuple[ArticleSpec, str]) -> None:
        """The breadcrumb and the photo captions are found as furniture, in order."""
        spec, text = case
        furniture = parse_spec(spec, text).furniture
        assert tuple((f.kind, f.text) for f in furniture) == spec.expected_furniture

    @given(rendered_articles())
    def test_defects(self, case: tuple[ArticleSpec, str]) -> None:
        """The defects reported are exactly the parts the story lacks."""
        spec, text = case
        defects = parse_spec(spec, text).defects
        assert tuple(sorted((d.code for d in defects), key=lambda c: c.value)) == (
            spec.expected_defects
        )


class TestLenient:
    """Lenient parsing accepts any string."""

    @given(arbitrary_texts())
    def test_never_raises(self, text: str) -> None:
        """Parsing any text in lenient mode returns an article and raises nothing."""
        assert isinstance(wireparse.parse(text), Article)

    def test_empty_text_is_a_defect(self) -> None:
        """Text of white space only parses to an article whose one defect is ``empty``."""
        article = wireparse.parse(" \r\n\t\u00a0\ufeff\n")
        assert [d.code for d in article.defects] == [DefectCode.EMPTY]


class TestSpans:
    """Every visible character of the input belongs to exactly one element."""

    @given(rendered_articles())
    def test_spans_cover_stories(self, case: tuple[ArticleSpec, str]) -> None:
        """On a rendered story, spans are disjoint and cover every non-white-space character."""
        spec, text = case
        assert_spans_cover(parse_spec(spec, text))

    @given(arbitrary_texts())
    def test_spans_cover_any_text(self, text: str) -> None:
        """On any text, spans are disjoint and cover every non-white-space character."""
        assert_spans_cover(wireparse.parse(text))

    @given(rendered_articles())
    def test_texts_match_spans_in_stories(self, case: tuple[ArticleSpec, str]) -> None:
        """On a rendered story, each element's text is the input at its span."""
        spec, text = case
        assert_texts_match_spans(parse_spec(spec, text))

    @given(arbitrary_texts())
    def test_texts_match_spans_in_any_text(self, text: str) -> None:
        """On any text, each element's text is the input at its span."""
        assert_texts_match_spans(wireparse.parse(text))


def assert_strict_agrees(text: str, reference_date: datetime.date | None = None) -> None:
    """Assert that strict parsing fails exactly when lenient parsing reports a defect."""
    lenient = wireparse.parse(text, reference_date=reference_date)
    if not lenient.defects:
        assert wireparse.parse(text, strict=True, reference_date=reference_date) == lenient
        return
    with pytest.raises(ParseError) as caught:
        wireparse.parse(text, strict=True, reference_date=reference_date)
    first = lenient.defects[0]
    assert caught.value.defect == first
    assert (caught.value.line, caught.value.column) == line_column(text, first.span[0])


class TestStrict:
    """Strict parsing raises exactly when lenient parsing finds a defect."""

    @given(rendered_articles())
    def test_strict_agrees_on_stories(self, case: tuple[ArticleSpec, str]) -> None:
        """On a rendered story, strict raises the first defect, at its line and column, or none."""
        spec, text = case
        assert_strict_agrees(text, spec.reference_date)

    @given(arbitrary_texts())
    def test_strict_agrees_on_any_text(self, text: str) -> None:
        """On any text, strict raises the first defect, at its line and column, or none."""
        assert_strict_agrees(text)


class TestJson:
    """Articles survive a trip through JSON."""

    @given(rendered_articles())
    def test_round_trip_of_stories(self, case: tuple[ArticleSpec, str]) -> None:
        """A rendered story's article, through to_dict, JSON and from_dict, comes back equal."""
        spec, text = case
        article = parse_spec(spec, text)
        data = json.loads(json.dumps(wireparse.to_dict(article)))
        assert wireparse.from_dict(data) == article

    @given(arbitrary_texts())
    def test_round_trip_of_any_text(self, text: str) -> None:
        """Any text's article, through to_dict, JSON and from_dict, comes back equal."""
        article = wireparse.parse(text)
        data = json.loads(json.dumps(wireparse.to_dict(article)))
        assert wireparse.from_dict(data) == article


class TestDeterminism:
    """A parse depends on its input alone."""

    @given(rendered_articles())
    def test_same_story_same_article(self, case: tuple[ArticleSpec, str]) -> None:
        """Parsing a rendered story twice gives equal articles, each holding the input as text."""
        spec, text = case
        first, second = parse_spec(spec, text), parse_spec(spec, text)
        assert first == second
        assert first.text == text

    @given(arbitrary_texts())
    def test_same_text_same_article(self, text: str) -> None:
        """Parsing any text twice gives equal articles, each holding the input as text."""
        first, second = wireparse.parse(text), wireparse.parse(text)
        assert first == second
        assert first.text == text
