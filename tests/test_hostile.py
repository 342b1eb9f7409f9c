"""The hostile families of ``bench/bench_hostile.py``, small: no exception, nothing lost.

The benchmark times each family at two sizes to show the cost is linear; here each runs at a
size that takes a fraction of a second, under a timeout, and the results are checked for the
parse's invariants. No test asserts a wall-clock time.
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import wireparse
from wireparse import Article, ParseError
from wireparse._text import SPACE

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_hostile.py"
SCALE = 0.02
"""Of the benchmark's base sizes: about 25,000 characters for a run of one character."""

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hostile", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_hostile", module)
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()
FAMILIES = sorted(bench.FAMILIES)


def visible_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold more than white space, without their breaks and the
    white space that ends them (a story's text ends where its last line's text ends)."""
    return [line.rstrip(SPACE) for line in LINE_BREAK.split(text) if line.strip(SPACE)]


def assert_covered(article: Article) -> None:
    """Spans lie in the text, sorted and disjoint, and cover every non-blank character."""
    text = article.text
    covered = bytearray(len(text))
    previous = 0
    for label, (start, end) in article.spans():
        assert previous <= start <= end <= len(text), (label, start, end)
        previous = end
        covered[start:end] = b"\x01" * (end - start)
    missed = [i for i, char in enumerate(text) if not covered[i] and char not in SPACE]
    assert not missed, f"characters in no span at {missed[:10]}"


class TestHostileFamilies:
    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("name", FAMILIES)
    def test_parse(self, name: str) -> None:
        """parse covers every visible character, and strict raises exactly its first defect."""
        text = bench.build(name, SCALE)
        article = wireparse.parse(text)
        assert article.text == text
        assert_covered(article)
        if article.defects:
            with pytest.raises(ParseError) as caught:
                wireparse.parse(text, strict=True)
            assert caught.value.defect == article.defects[0]
        else:
            assert wireparse.parse(text, strict=True) == article

    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("name", FAMILIES)
    def test_iter_articles(self, name: str) -> None:
        """iter_articles puts every visible line in exactly one story, in order."""
        text = bench.build(name, SCALE)
        articles = list(wireparse.iter_articles(io.StringIO(text)))
        lines = visible_lines(text)
        assert [line for a in articles for line in visible_lines(a.text)] == lines
        assert len(articles) <= len(lines)
        assert (len(articles) == 0) == (len(lines) == 0)
        starts = [a.start_line for a in articles]
        assert starts == sorted(set(starts))
        for article in articles:
            assert_covered(article)


class TestStoryCounts:
    @pytest.mark.timeout(30)
    def test_id_lines_pair_up(self) -> None:
        """Id lines one after another open and close stories in pairs."""
        text = bench.build("id-lines", SCALE)
        assert len(list(wireparse.iter_articles(io.StringIO(text)))) == text.count("\n") // 2

    @pytest.mark.timeout(30)
    def test_each_id_opens_a_story(self) -> None:
        """An id line followed by text opens a story: one story per id."""
        text = bench.build("alternating-id-and-text", SCALE)
        articles = list(wireparse.iter_articles(io.StringIO(text)))
        assert len(articles) == text.count("\n") // 2
        assert all(a.id_markers is not None and a.id_markers.end is None for a in articles)

    @pytest.mark.timeout(30)
    def test_each_terminator_ends_a_story(self) -> None:
        """Each line ending in Enditem ends a story."""
        text = bench.build("enditem-lines", SCALE)
        articles = list(wireparse.iter_articles(io.StringIO(text)))
        assert len(articles) == text.count("\n")
        assert all(a.terminator is not None for a in articles)

    @pytest.mark.timeout(30)
    @pytest.mark.parametrize("name", ["spaces", "blank-lines", "crs-and-lfs"])
    def test_blank_text_holds_no_story(self, name: str) -> None:
        """Text of white space only holds no story, and parses as the empty story."""
        text = bench.build(name, SCALE)
        assert list(wireparse.iter_articles(io.StringIO(text))) == []
        assert [d.code.value for d in wireparse.parse(text).defects] == ["empty"]

    @pytest.mark.timeout(30)
    def test_long_story_is_whole(self) -> None:
        """A story of many paragraphs is one story, with every paragraph and no defect."""
        text = bench.build("long-story", SCALE)
        (article,) = wireparse.iter_articles(io.StringIO(text))
        assert article.defects == ()
        assert len(article.paragraphs) == text.count("\n\n")
