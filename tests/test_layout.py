"""Layout: lines, blocks and spans, whatever the line ends and white space of the input."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import wireparse
from wireparse._layout import Line, split_lines
from wireparse._text import SPACE, line_column, line_starts

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_fixture(name: str) -> str:
    """Return a fixture's text with its line ends and byte-order mark as stored."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def element_texts(article: wireparse.Article) -> list[tuple[str, str, tuple[int, int]]]:
    """Return (label, text, span) for every element that has a text, in the order of spans."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    if article.id_markers is not None:
        ids = article.id_markers
        if ids.start is not None and ids.start_span is not None:
            found.append(("id", ids.start, ids.start_span))
        if ids.end is not None and ids.end_span is not None:
            found.append(("id", ids.end, ids.end_span))
    if article.headline is not None:
        found.append(("headline", article.headline.text, article.headline.span))
    found += [("meta", m.text, m.span) for m in article.meta_lines]
    found += [("furniture", f.text, f.span) for f in article.furniture]
    if article.dateline is not None:
        found.append(("dateline", article.dateline.text, article.dateline.span))
    found += [("heading", h.text, h.span) for h in article.headings]
    found += [("paragraph", p.text, p.span) for p in article.paragraphs]
    if article.terminator is not None:
        found.append(("terminator", article.terminator.text, article.terminator.span))
    return sorted(found, key=lambda item: item[2])


ALL_FIXTURES = sorted(p.name for p in FIXTURES.glob("*.txt"))


class TestSplitLines:
    def test_empty(self) -> None:
        """The empty string has no lines."""
        assert split_lines("") == []

    def test_only_white_space(self) -> None:
        """Text made only of white space, line breaks and invisible characters has no lines."""
        assert split_lines(" \t\n\u00a0\r\n\u3000\r\ufeff\u200b\n") == []

    def test_lf(self) -> None:
        """LF lines are numbered from 1 and blank lines start a new block."""
        assert split_lines("one\ntwo\n\nthree\n") == [
            Line("one", 0, 3, 1, 0),
            Line("two", 4, 7, 2, 0),
            Line("three", 9, 14, 4, 1),
        ]

    def test_crlf(self) -> None:
        """CRLF counts as one line break, and the CR is in no line's content."""
        assert split_lines("one\r\ntwo\r\n\r\nthree") == [
            Line("one", 0, 3, 1, 0),
            Line("two", 5, 8, 2, 0),
            Line("three", 12, 17, 4, 1),
        ]

    def test_lone_cr(self) -> None:
        """A lone CR is a line break, as in old Mac copy."""
        assert split_lines("one\rtwo\r\rthree") == [
            Line("one", 0, 3, 1, 0),
            Line("two", 4, 7, 2, 0),
            Line("three", 9, 14, 4, 1),
        ]

    def test_mixed_line_ends(self) -> None:
        """LF, CRLF and CR in one text are each one line break."""
        assert [(line.text, line.number) for line in split_lines("a\nb\r\nc\rd")] == [
            ("a", 1),
            ("b", 2),
            ("c", 3),
            ("d", 4),
        ]

    def test_content_is_trimmed(self) -> None:
        """Tabs, no-break and other Unicode spaces around a line are not in its content."""
        text = "\t\u00a0 Crowds cheered.\u2009\u3000\u00a0\n"
        assert split_lines(text) == [Line("Crowds cheered.", 3, 18, 1, 0)]

    def test_inner_spaces_are_kept(self) -> None:
        """White space inside a line stays in its content."""
        assert split_lines("June\u00a09\tnoon")[0].text == "June\u00a09\tnoon"

    def test_byte_order_mark(self) -> None:
        """A byte-order mark at the start belongs to no line's content."""
        assert split_lines("\ufeff8200301\nHome -") == [
            Line("8200301", 1, 8, 1, 0),
            Line("Home -", 9, 15, 2, 0),
        ]

    def test_blank_line_of_unicode_spaces_separates_blocks(self) -> None:
        """A line holding only a no-break space, a tab or an ideographic space is blank."""
        lines = split_lines("a\n\u00a0\t\nb\n\u3000\nc")
        assert [(line.text, line.block) for line in lines] == [("a", 0), ("b", 1), ("c", 2)]

    def test_leading_blank_lines_do_not_start_a_block(self) -> None:
        """The first non-blank line is in block 0 even after blank lines."""
        assert split_lines("\n\n  \nfirst")[0] == Line("first", 5, 10, 4, 0)

    def test_control_characters_are_not_line_breaks(self) -> None:
        """Form feed, vertical tab and the file separators are white space, not line breaks."""
        lines = split_lines("\x0cone\x0btwo\x1c\nthree")
        assert [(line.text, line.number) for line in lines] == [("one\x0btwo", 1), ("three", 2)]

    def test_unicode_line_separators_are_not_line_breaks(self) -> None:
        """NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR do not end a line."""
        assert [line.text for line in split_lines("a\x85b\u2028c\u2029d")] == [
            "a\x85b\u2028c\u2029d"
        ]

    def test_spans_slice_to_content(self) -> None:
        """Each line's span, sliced from the input, is its content."""
        text = "\ufeff 8200101\r\n\tHome -\r\rBEIJING, May 6 (Xinhua) -- Rain.\u00a0\n"
        for line in split_lines(text):
            assert text[line.start : line.end] == line.text


class TestText:
    def test_space_holds_invisible_characters(self) -> None:
        """SPACE holds the byte-order mark and zero-width space besides str.isspace()."""
        assert {"\ufeff", "\u200b", "\u00a0", "\t", "\u3000"} <= set(SPACE)
        assert "x" not in SPACE

    def test_line_starts(self) -> None:
        """line_starts counts CRLF, CR and LF as one break each."""
        assert line_starts("a\r\nb\rc\nd") == [0, 3, 5, 7]

    def test_line_column(self) -> None:
        """line_column is 1-based in lines and columns."""
        text = "ab\r\ncd\ref"
        assert line_column(text, 0) == (1, 1)
        assert line_column(text, 5) == (2, 2)
        assert line_column(text, 8) == (3, 2)


class TestLineEnds:
    def test_crlf_fixture(self) -> None:
        """A CRLF story parses cleanly, with no CR in any element's text."""
        article = wireparse.parse(read_fixture("crlf.txt"))
        assert article.defects == ()
        assert "\r\n" in article.text
        for _, text, _ in element_texts(article):
            assert "\r" not in text
        assert [h.text for h in article.headings] == ["ICE FROM THE RIVER"]
        assert len(article.paragraphs) == 3

    def test_crlf_fixture_matches_lf(self) -> None:
        """A CRLF story gives the same elements as the story with LF line ends."""
        text = read_fixture("crlf.txt")
        crlf = wireparse.parse(text)
        lf = wireparse.parse(text.replace("\r\n", "\n"))
        assert [(label, t) for label, t, _ in element_texts(crlf)] == [
            (label, t) for label, t, _ in element_texts(lf)
        ]
        assert crlf.published == lf.published == datetime.date(2025, 1, 5)

    def test_cr_fixture(self) -> None:
        """A story with lone CR line ends parses cleanly into its elements."""
        article = wireparse.parse(read_fixture("cr.txt"))
        assert article.defects == ()
        assert "\n" not in article.text
        ids = article.id_markers
        assert ids is not None
        assert (ids.start, ids.end) == ("8200201", "8200202")
        assert article.headline is not None
        assert article.headline.text == "Rail link cuts travel time between Kunming and Vientiane"
        assert article.published == datetime.date(2025, 3, 18)
        assert article.dateline is not None
        assert article.dateline.text == "VIENTIANE, March 18 (Xinhua) --"
        assert [p.text[:20] for p in article.paragraphs] == [
            "Passenger trains bet",
            "A new timetable adds",
            "Station staff said m",
        ]
        assert article.terminator is not None
        assert article.terminator.text == "Enditem"

    def test_cr_fixture_strict_error_counts_cr_lines(self) -> None:
        """In a CR story, a strict error names the line counted by CRs."""
        text = read_fixture("cr.txt").replace(" Enditem", "")
        with pytest.raises(wireparse.ParseError) as caught:
            wireparse.parse(text, strict=True)
        assert (caught.value.line, caught.value.column) == (13, 8)


class TestBom:
    def test_bom_fixture(self) -> None:
        """A byte-order mark before the opening id line is in no element."""
        text = read_fixture("bom.txt")
        assert text.startswith("\ufeff8200301")
        article = wireparse.parse(text)
        assert article.defects == ()
        ids = article.id_markers
        assert ids is not None
        assert ids.start == "8200301"
        assert ids.start_span == (1, 8)
        assert ids.span[0] == 1
        assert [f.text for f in article.furniture] == ["Home -"]
        assert article.headline is not None
        assert article.headline.text == (
            "Tea growers begin spring harvest in hills west of Hangzhou"
        )

    def test_bom_before_dateline(self) -> None:
        """A byte-order mark before a bare dateline does not hide it."""
        article = wireparse.parse("\ufeffBEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
        assert article.dateline is not None
        assert article.dateline.text == "BEIJING, May 6 (Xinhua) --"
        assert article.dateline.span == (1, 27)


class TestUnicodeSpaces:
    def test_fixture(self) -> None:
        """No-break, thin and ideographic spaces and tabs are read as white space."""
        article = wireparse.parse(read_fixture("unicode_spaces.txt"))
        assert article.defects == ()
        assert article.headline is not None
        assert article.headline.text == "Dragon boat crews race on Pearl River ahead of festival"
        assert [(m.kind, m.text) for m in article.meta_lines] == [
            ("source", "Xinhua"),
            ("date", "|\u00a0June 9, 2025"),
            ("date", "2025-06-09"),
        ]
        assert article.published == datetime.date(2025, 6, 9)

    def test_no_break_space_in_dateline(self) -> None:
        """A no-break space between month and day is kept in the dateline's date text."""
        dateline = wireparse.parse(read_fixture("unicode_spaces.txt")).dateline
        assert dateline is not None
        assert dateline.text == "GUANGZHOU, June\u00a09 (Xinhua) --"
        assert dateline.date_text == "June\u00a09"
        assert dateline.date == datetime.date(2025, 6, 9)

    def test_paragraphs_are_trimmed(self) -> None:
        """Paragraphs lose leading tabs and trailing no-break spaces but keep inner spaces."""
        article = wireparse.parse(read_fixture("unicode_spaces.txt"))
        texts = [p.text for p in article.paragraphs]
        assert texts[0].startswith("Sixty dragon boat crews")
        assert texts[1] == "Crowds lined both banks\u2009of the river to cheer the rowers."
        assert texts[2] == "The fastest crew came from a village in the city's Panyu District."
        assert len(texts) == 3

    def test_publication_date_after_no_break_space(self) -> None:
        """ "|" then a no-break space then the date is a publication-date line."""
        article = wireparse.parse(
            "Rain in the north\nXinhua\n|\u00a0May 6, 2025\n\n"
            "BEIJING, May 6 (Xinhua) -- Rain fell. Enditem"
        )
        assert article.published == datetime.date(2025, 5, 6)
        assert article.defects == ()


class TestFixtureSpans:
    @pytest.mark.parametrize("name", ALL_FIXTURES)
    def test_spans_slice_to_text(self, name: str) -> None:
        """In every fixture, each element's span sliced from the input is its text."""
        article = wireparse.parse(read_fixture(name))
        for label, text, (start, end) in element_texts(article):
            assert article.text[start:end] == text, label

    @pytest.mark.parametrize("name", ALL_FIXTURES)
    def test_spans_cover_the_input(self, name: str) -> None:
        """In every fixture, spans do not overlap and leave out only white space."""
        article = wireparse.parse(read_fixture(name))
        covered = 0
        for _, (start, end) in article.spans():
            assert start >= covered
            assert not article.text[covered:start].strip(SPACE)
            covered = end
        assert not article.text[covered:].strip(SPACE)

    def test_fixtures_are_present(self) -> None:
        """The fixtures folder holds the 27 stories the tests read."""
        assert len(ALL_FIXTURES) == 27
