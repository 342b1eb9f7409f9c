"""iter_articles and iter_stories: splitting dumps, sources, decoding, line numbers."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import DefectCode, ParseError, _io, iter_articles
from wireparse._pipeline import iter_stories
from wireparse._text import SPACE
from wireparse.strategies import ArticleSpec, rendered_articles

STORY = """\
{id}
Home -

Tea growers in Pu'er count on new buyers

Xinhua
| May 6, 2025
2025-05-06

PU'ER, May 6 (Xinhua) -- Tea growers in the hills of Pu'er opened their season on Tuesday.

Buyers from five provinces came to the market, traders said. Enditem
"""


def story(number: int, *, closing: bool = True) -> str:
    """One story of a dump: an opening id line, the story, and a closing one if wanted."""
    text = STORY.format(id=1000 + 2 * number)
    return text + (f"{1001 + 2 * number}\n" if closing else "")


def headlines(source: _io.Source, **options: object) -> list[str | None]:
    return [
        a.headline.text if a.headline else None
        for a in iter_articles(source, **options)  # type: ignore[arg-type]
    ]


def visible(text: str) -> str:
    """The characters of ``text`` that are not white space, in order."""
    return "".join(c for c in text if c not in SPACE)


class TestSplitting:
    def test_paired_ids(self) -> None:
        """Stories between opening and closing id lines come out one by one, ids included."""
        articles = list(iter_articles("\n".join(story(n) for n in range(3))))
        assert [(a.id_markers.start, a.id_markers.end) for a in articles if a.id_markers] == [
            ("1000", "1001"),
            ("1002", "1003"),
            ("1004", "1005"),
        ]
        assert all(not a.defects for a in articles)

    def test_opening_ids_only(self) -> None:
        """Without closing ids, the next opening id ends a story."""
        dump = "".join(story(n, closing=False) for n in range(3))
        articles = list(iter_articles(dump))
        assert [a.id_markers.start for a in articles if a.id_markers] == ["1000", "1002", "1004"]
        assert [a.terminator.text for a in articles if a.terminator] == ["Enditem"] * 3

    def test_terminators_only(self) -> None:
        """Without any id line, a line ending in the terminator ends a story."""
        body = STORY.split("\n", 1)[1]
        articles = list(iter_articles(body * 3))
        assert len(articles) == 3
        assert all(a.id_markers is None and a.terminator is not None for a in articles)

    def test_closing_id_after_terminator(self) -> None:
        """An id line after the terminator closes the story when another id line follows."""
        articles = list(iter_articles(story(0) + "\n\n" + story(1)))
        assert len(articles) == 2
        assert articles[0].text.endswith("Enditem\n1001")

    def test_last_id_closes(self) -> None:
        """An id line at the very end closes the last story."""
        (article,) = iter_articles(story(0))
        assert article.id_markers is not None
        assert article.id_markers.end == "1001"

    def test_two_ids_make_an_empty_story(self) -> None:
        """An opening id right followed by another id line is a story without text, reported."""
        articles = list(iter_articles("1000\n1001\n" + story(1)))
        assert len(articles) == 2
        assert articles[0].text == "1000\n1001"
        assert {d.code for d in articles[0].defects} >= {DefectCode.NO_HEADLINE}

    def test_stray_text_between_stories_is_kept(self) -> None:
        """Text after an id line makes that id an opening one: the stray text is a story."""
        dump = story(0) + "a stray line of page text\n" + story(1)
        articles = list(iter_articles(dump))
        assert len(articles) == 3
        assert articles[1].text == "1001\na stray line of page text"
        assert articles[1].defects
        assert articles[0].id_markers is not None
        assert articles[0].id_markers.end is None

    def test_blank_lines_between_stories(self) -> None:
        """Blank lines, however many and however white, belong to no story."""
        dump = story(0) + "\n \t\n\u00a0\n\n" + story(1)
        articles = list(iter_articles(dump))
        assert [a.text for a in articles] == [story(0).rstrip("\n"), story(1).rstrip("\n")]

    def test_same_as_parse(self) -> None:
        """Each article equals what parse gives for its story's text, but for the line."""
        dump = "\n".join(story(n) for n in range(3))
        for article in iter_articles(dump):
            assert attrs.evolve(article, start_line=1) == wireparse.parse(article.text)


class TestStartLine:
    def test_line_numbers(self) -> None:
        """Each article knows the line of the source where its story starts."""
        dump = story(0) + "\n\n" + story(1) + story(2)
        starts = [a.start_line for a in iter_articles(dump)]
        lines = dump.split("\n")
        assert [lines[n - 1] for n in starts] == ["1000", "1002", "1004"]

    @pytest.mark.parametrize("line_end", ["\r\n", "\r"])
    def test_other_line_ends(self, line_end: str) -> None:
        """CRLF and CR count as one line break each, as LF does."""
        dump = (story(0) + "\n" + story(1)).replace("\n", line_end)
        assert [a.start_line for a in iter_articles(dump)] == [1, 15]
        binary = io.BytesIO(dump.encode())
        assert [a.start_line for a in iter_articles(binary)] == [1, 15]

    def test_strict_error_names_the_source_line(self) -> None:
        """In strict mode the error's line is the line of the source, not of the story."""
        dump = story(0) + "1010\nno dateline here at all.\n1011\n"
        stories = iter_articles(dump, strict=True)
        assert next(stories).id_markers is not None
        with pytest.raises(ParseError) as error:
            next(stories)
        assert error.value.line == 15
        assert "line 15," in str(error.value)


class TestSources:
    def test_path_and_pathlike(self, tmp_path: Path) -> None:
        """A path is read from disk, given as a str or a path-like."""
        path = tmp_path / "dump.txt"
        path.write_text(story(0) + story(1), encoding="utf-8")
        assert len(headlines(path)) == 2
        assert len(headlines(str(path))) == 2

    @pytest.mark.parametrize(
        ("suffix", "compress"),
        [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
    )
    def test_compressed(self, tmp_path: Path, suffix: str, compress: object) -> None:
        """.gz, .bz2 and .xz files are decompressed by their extension."""
        path = tmp_path / f"dump.txt{suffix}"
        path.write_bytes(compress((story(0) + story(1)).encode()))  # type: ignore[operator]
        assert len(headlines(path)) == 2

    def test_streams(self) -> None:
        """Binary and text streams are read, and left open for their owner to close."""
        binary = io.BytesIO((story(0) + story(1)).encode())
        text = io.StringIO(story(0) + story(1))
        assert len(headlines(binary)) == len(headlines(text)) == 2
        assert not binary.closed
        assert not text.closed

    def test_missing_file(self, tmp_path: Path) -> None:
        """A path that does not exist raises the OSError that says so."""
        with pytest.raises(FileNotFoundError):
            list(iter_articles(tmp_path / "nothing.txt"))

    def test_not_a_source(self) -> None:
        """Anything else is a TypeError that names what it got."""
        with pytest.raises(TypeError, match="int"):
            list(iter_articles(42))  # type: ignore[arg-type]

    def test_empty_source(self) -> None:
        """An empty source has no stories."""
        assert list(iter_articles(io.BytesIO(b""))) == []

    def test_bad_reference_date(self) -> None:
        """reference_date must be a date, and is checked before reading."""
        with pytest.raises(TypeError, match="reference_date"):
            list(iter_articles(story(0), reference_date="2025-05-06"))  # type: ignore[arg-type]


class TestDecoding:
    def test_byte_order_mark(self) -> None:
        """A UTF-8 byte order mark at the start is no text."""
        (article,) = iter_articles(io.BytesIO(b"\xef\xbb\xbf" + story(0).encode()))
        assert article.text.startswith("1000")
        assert not article.defects

    def test_cp1252_fallback(self) -> None:
        """A line that is not UTF-8 is read as cp1252, and the story says so."""
        raw = story(0).replace("opened", "\u201copened\u201d").encode("cp1252")
        (article,) = iter_articles(io.BytesIO(raw))
        assert "\u201copened\u201d" in article.paragraphs[0].text
        (defect,) = article.defects
        assert defect.code is DefectCode.NOT_UTF8
        assert article.text[slice(*defect.span)] == "\u201c"

    def test_latin1_where_cp1252_fails(self) -> None:
        """A byte cp1252 has no character for (0x81) is read as Latin-1: nothing is lost."""
        raw = story(0).encode().replace(b"opened", b"op\x81ned")
        (article,) = iter_articles(io.BytesIO(raw))
        assert "op\x81ned" in article.text
        assert [d.code for d in article.defects] == [DefectCode.NOT_UTF8]

    def test_only_the_bad_story_is_marked(self) -> None:
        """Stories that decode carry no defect for their neighbour's bytes."""
        raw = story(0).encode() + story(1).replace("opened", "op\xe9ned").encode("latin-1")
        first, second = iter_articles(io.BytesIO(raw))
        assert not first.defects
        assert [d.code for d in second.defects] == [DefectCode.NOT_UTF8]
        assert second.start_line == 14

    def test_strict_raises_on_bad_bytes(self) -> None:
        """Undecodable bytes are a defect like any other in strict mode."""
        raw = story(0).encode().replace(b"opened", b"op\xe9ned")
        with pytest.raises(ParseError, match="not-utf8"):
            list(iter_articles(io.BytesIO(raw), strict=True))


class TestChunks:
    """Stories, line breaks and characters cut between two reads come out whole."""

    @pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
    def test_small_reads(self, monkeypatch: pytest.MonkeyPatch, size: int) -> None:
        dump = (story(0) + "\n" + story(1, closing=False) + story(2)).replace("\n", "\r\n")
        dump = dump.replace("opened", "\u00e9\u4e2d\U0001f600")
        expected = list(iter_articles(io.BytesIO(dump.encode())))
        monkeypatch.setattr(_io, "CHUNK", size)
        assert list(iter_articles(io.BytesIO(dump.encode()))) == expected
        assert list(iter_articles(io.StringIO(dump, newline=""))) == expected
        assert len(expected) == 3


class TestNothingLost:
    @given(st.lists(st.text(alphabet="1234 \n\rEndit.m\u00a0ab(Xinhua)", max_size=40), max_size=8))
    def test_every_visible_character_in_one_story(self, pieces: list[str]) -> None:
        """Whatever the text, its visible characters are spread over the stories, in order."""
        text = "\n".join(pieces) + "\n"
        stories = [s.text for s in iter_stories(io.StringIO(text, newline=""))]
        assert "".join(map(visible, stories)) == visible(text)
        assert all(visible(s) for s in stories)

    @given(st.lists(rendered_articles(), min_size=1, max_size=3))
    def test_dump_of_generated_stories(self, drawn: list[tuple[ArticleSpec, str]]) -> None:
        """Stories with both id lines, run together into a dump, come back one for one."""
        texts = [text for spec, text in drawn if spec.start_id and spec.end_id]
        dump = "\n".join(texts)
        articles = list(iter_articles(io.StringIO(dump, newline="")))
        assert len(articles) == len(texts)
        for article, text in zip(articles, texts, strict=True):
            assert visible(article.text) == visible(text)
            assert article.defects == wireparse.parse(article.text).defects


def test_parser_dialect_is_used() -> None:
    """A parser made for one dialect reads every story of the dump in that dialect."""
    parser = wireparse.Parser(dialect="ap")
    articles = list(iter_articles(story(0) + story(1), parser=parser))
    assert [a.dialect for a in articles] == ["ap", "ap"]
    assert [a.dialect for a in iter_articles(story(0) + story(1))] == ["xinhua", "xinhua"]
