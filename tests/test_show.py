"""The HTML page of a parse: the story printed once and in order, every element labelled."""

from __future__ import annotations

import gzip
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import wireparse
from wireparse._cli import main
from wireparse.strategies import arbitrary_texts, rendered_articles

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "kunming-flower-market.txt"
STORIES = sorted(FIXTURES.glob("*.txt"))

# The class of the page element that shows each label of Article.spans().
CLASS_OF_LABEL = {"defect": "unknown"}


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


class Page(HTMLParser):
    """What a page holds: the text of its story, and the text inside each labelled span."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.story: list[str] = []
        self.in_story = False
        self.depth = 0
        # Open spans of the story: (class, label, attributes, parts of their text).
        self.open: list[tuple[str, str, dict[str, str | None], list[str]]] = []
        self.spans: list[tuple[str, str, dict[str, str | None], str]] = []
        self.tags: list[str] = []
        self.feed(page)
        self.close()
        assert not self.in_story, "the story element is not closed"

    @property
    def text(self) -> str:
        return "".join(self.story)

    def texts(self, css: str) -> list[str]:
        """The texts of the story's spans of class ``css``, in order."""
        return [text for c, _, _, text in self.spans if c == css]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "pre" and values.get("id") == "story":
            self.in_story = True
            self.depth = 0
        elif self.in_story and tag != "br":  # br is void: it has no end tag
            self.depth += 1
            if tag == "span":
                self.open.append((values["class"] or "", values["data-label"] or "", values, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.in_story:
            return
        if self.depth == 0:
            assert tag == "pre"
            self.in_story = False
            return
        self.depth -= 1
        if tag == "span":
            css, label, values, parts = self.open.pop()
            self.spans.append((css, label, values, "".join(parts)))

    def handle_data(self, data: str) -> None:
        if self.in_story:
            self.story.append(data)
            for *_, parts in self.open:
                parts.append(data)


class Stories(HTMLParser):
    """The texts of the stories of a page of several, from their ``<pre class="story">``."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.depth = 0
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre" and dict(attrs).get("class") == "story":
            self.texts.append("")
            self.depth = 1
        elif self.depth and tag != "br":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def page_of(text: str, **options: object) -> Page:
    return Page(wireparse.render_html(wireparse.parse(text), **options))  # type: ignore[arg-type]


class TestStoryText:
    @pytest.mark.parametrize("path", [EXAMPLE, *STORIES], ids=lambda p: p.name)
    def test_every_character_once(self, path: Path) -> None:
        """The story element's text is the input, character for character, in order."""
        text = read(path)
        assert page_of(text).text == text

    @given(arbitrary_texts())
    def test_any_text(self, text: str) -> None:
        """Any text, control characters and damaged stories included, comes back exactly."""
        assert page_of(text).text == text

    @given(rendered_articles())
    def test_any_story(self, drawn: tuple[object, str]) -> None:
        """A story in any layout, line ends and stray spaces included, comes back exactly."""
        _, text = drawn
        assert page_of(text).text == text

    def test_markup_is_escaped(self) -> None:
        """Markup in the story is text, not markup: no tag of the input reaches the page."""
        text = 'BEIJING (Xinhua) -- <script>alert("x")</script> &amp; <b>bold</b> Enditem'
        raw = wireparse.render_html(wireparse.parse(text))
        page = Page(raw)
        assert page.text == text
        assert "script" not in page.tags
        assert "b" not in page.tags
        assert "&lt;script&gt;" in raw
        assert "&amp;amp;" in raw

    def test_carriage_returns(self) -> None:
        """A carriage return is written as a character reference, so a browser keeps it; a lone
        one also breaks the line on the page."""
        text = "Rain\r\n\r\nBEIJING (Xinhua) -- Rain fell.\rMore rain. Enditem\r"
        raw = wireparse.render_html(wireparse.parse(text))
        assert "\r" not in raw
        assert raw.count("&#13;") == 4
        assert raw.count("<br>") == 2
        assert f"<tr><th>Characters</th><td>{len(text)} on 4 lines</td></tr>" in raw
        assert Page(raw).text == text

    def test_invisible_characters_named(self) -> None:
        """Invisible and control characters are wrapped in a span naming them."""
        text = "\ufeffRain\n\nBEIJING (Xinhua) -- Rain\u00a0fell.\x00\u200b Enditem"
        page = page_of(text)
        assert page.text == text
        shown = {label: values["title"] for css, label, values, _ in page.spans if css == "ch"}
        assert shown == {
            "BOM": "U+FEFF ZERO WIDTH NO-BREAK SPACE",
            "NBSP": "U+00A0 NO-BREAK SPACE",
            "NUL": "U+0000",
            "ZWSP": "U+200B ZERO WIDTH SPACE",
        }


class TestLabels:
    @pytest.mark.parametrize("path", [EXAMPLE, *STORIES], ids=lambda p: p.name)
    def test_every_element_labelled(self, path: Path) -> None:
        """Each piece Article.spans() lists is a span of its kind holding exactly its text."""
        text = read(path)
        article = wireparse.parse(text)
        page = page_of(text)
        found = [(css, inner) for css, _, _, inner in page.spans]
        for label, span in article.spans():
            assert (CLASS_OF_LABEL.get(label, label), text[slice(*span)]) in found

    def test_example_parts(self) -> None:
        """The example's kicker, title, dateline parts and sections are labelled as such."""
        article = wireparse.parse(read(EXAMPLE))
        page = page_of(article.text)
        assert page.texts("kicker") == ["Feature"]
        assert page.texts("title") == ["Kunming flower traders bet on overnight deliveries"]
        assert page.texts("location") == ["KUNMING"]
        assert page.texts("date") == ["March 14"]
        assert page.texts("agency") == ["Xinhua"]
        assert page.texts("id") == ["8100001", "8100002"]
        assert page.texts("terminator") == ["Enditem"]
        sections = [(label, inner) for css, label, _, inner in page.spans if css == "section"]
        assert [label for label, _ in sections] == ["section 1", "section 2", "section 3"]
        assert [inner for _, inner in sections] == [
            article.text[slice(*s.span)] for s in article.sections
        ]
        labels = {label for css, label, _, _ in page.spans if css == "furniture"}
        assert labels == {"furniture: breadcrumb", "furniture: caption"}

    def test_missing_terminator_marked(self) -> None:
        """A defect with an empty span is an empty mark at its place, linked from the list."""
        text = read(FIXTURES / "terminator_missing.txt")
        article = wireparse.parse(text)
        raw = wireparse.render_html(article)
        page = Page(raw)
        marks = [(label, v, inner) for css, label, v, inner in page.spans if css == "defect"]
        assert [(label, inner) for label, _, inner in marks] == [("no-terminator", "")]
        assert marks[0][1]["id"] == "defect-1"
        assert '<a href="#defect-1">' in raw
        assert article.defects[0].message in raw

    def test_defect_lines_count_from_start_line(self) -> None:
        """The defect list gives the source's line for a story read from a dump."""
        story = "Rain in town\n\nBEIJING (Xinhua) -- Rain fell.\n"
        _, second = wireparse.iter_articles(f"{story}Enditem\n\n{story}")
        assert second.start_line == 6
        raw = wireparse.render_html(second)
        assert '<a href="#defect-1">line 8, column 31</a>' in raw

    def test_unknown_line(self) -> None:
        """A line no rule placed is highlighted as an unknown line."""
        text = "Rain in town\n\n12 boxes ~~\n\nBEIJING (Xinhua) -- Rain fell. Enditem"
        article = wireparse.parse(text)
        assert [d.code for d in article.defects] == [wireparse.DefectCode.UNKNOWN_LINE]
        assert page_of(text).texts("unknown") == ["12 boxes ~~"]

    def test_other_elements(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An element the page has no colour for is still drawn, labelled with its name."""
        article = wireparse.parse(read(EXAMPLE))
        breadcrumb = article.furniture[0]
        article = attrs.evolve(article, furniture=article.furniture[1:])
        spans = wireparse.Article.spans

        def more_spans(self: wireparse.Article) -> Iterator[tuple[str, wireparse.Span]]:
            yield from sorted([*spans(self), ("slug", breadcrumb.span)], key=lambda s: s[1])

        monkeypatch.setattr(wireparse.Article, "spans", more_spans)
        page = Page(wireparse.render_html(article))
        assert page.text == article.text
        found = [(label, inner) for css, label, _, inner in page.spans if css == "other"]
        assert found == [("slug", "Home -")]

    def test_overlapping_spans_still_nest(self) -> None:
        """An article whose spans do not nest (made by hand) still renders, text intact."""
        article = wireparse.parse(read(EXAMPLE))
        assert article.headline is not None
        start, end = article.headline.span
        broken = attrs.evolve(
            article,
            headline=attrs.evolve(article.headline, span=(start + 3, end + 40)),
            terminator=None,
            defects=(
                wireparse.Defect(code=wireparse.DefectCode.EMPTY, message="odd", span=(-5, 10**6)),
            ),
        )
        assert Page(wireparse.render_html(broken)).text == article.text


class TestPage:
    def test_self_contained(self) -> None:
        """The page loads nothing: no script, stylesheet link, image or remote URL."""
        raw = wireparse.render_html(wireparse.parse(read(EXAMPLE)))
        page = Page(raw)
        assert not {"script", "link", "img", "iframe"} & set(page.tags)
        for needle in ("http:", "https:", "url(", "@import", "src="):
            assert needle not in raw
        assert raw.startswith("<!DOCTYPE html>\n")
        assert '<meta charset="utf-8">' in raw

    def test_title(self) -> None:
        """The title is the headline by default, or the one given, escaped."""
        article = wireparse.parse(read(EXAMPLE))
        raw = wireparse.render_html(article)
        assert "<title>Feature: Kunming flower traders bet on overnight deliveries</title>" in raw
        raw = wireparse.render_html(article, title="<Flowers> & trade")
        assert "<title>&lt;Flowers&gt; &amp; trade</title>" in raw

    def test_summary(self) -> None:
        """The summary table names the headline, dateline, counts and defects."""
        raw = wireparse.render_html(wireparse.parse(read(EXAMPLE)))
        assert "<tr><th>Location</th><td>KUNMING</td></tr>" in raw
        assert "<tr><th>Date</th><td>March 14 (2026-03-14)</td></tr>" in raw
        assert "<tr><th>Sections</th><td>3: FASTER ROUTES, NEW BUYERS</td></tr>" in raw
        assert "<tr><th>Paragraphs</th><td>6</td></tr>" in raw
        assert "<tr><th>Defects</th><td>0</td></tr>" in raw
        assert "<h2>Defects</h2>" not in raw

    def test_rejects_non_article(self) -> None:
        """Anything but an Article is a TypeError."""
        with pytest.raises(TypeError, match="expects an Article"):
            wireparse.render_html("BEIJING (Xinhua) -- Rain.")  # type: ignore[arg-type]


class TestShowCommand:
    def test_stdout(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``wireparse show FILE`` writes the page to stdout."""
        assert main(["show", str(EXAMPLE)]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        (article,) = wireparse.iter_articles(EXAMPLE)
        assert out == wireparse.render_html(article)

    def test_output_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``-o FILE`` writes the page to FILE as UTF-8, and nothing to stdout."""
        target = tmp_path / "page.html"
        assert main(["show", "-o", str(target), "--dialect", "xinhua", str(EXAMPLE)]) == 0
        assert capsys.readouterr().out == ""
        (article,) = wireparse.iter_articles(EXAMPLE, dialect="xinhua")
        assert Page(target.read_text(encoding="utf-8")).text == article.text
        assert read(EXAMPLE).startswith(article.text)

    def test_unreadable(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that cannot be read is reported on stderr with status 1."""
        assert main(["show", str(tmp_path / "missing.txt")]) == 1
        err = capsys.readouterr().err
        assert err == f"{tmp_path / 'missing.txt'}:1:1: cannot read: No such file or directory\n"
        (tmp_path / "a.txt").write_text("Rain\n", encoding="utf-8")
        assert main(["show", str(tmp_path)]) == 1
        assert capsys.readouterr().err == f"{tmp_path}:1:1: cannot read: Is a directory\n"

    def test_latin1_and_compressed(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file is read as iter_articles reads it: a Latin-1 line is kept, with a not-utf8
        defect, and a .gz file is decompressed."""
        text = "Rain in town\n\nBEIJING (Xinhua) -- Rain fell on Caf\xe9 Street. Enditem\n"
        latin = tmp_path / "latin.txt"
        latin.write_bytes(text.encode("latin-1"))
        packed = tmp_path / "story.txt.gz"
        packed.write_bytes(gzip.compress(text.encode("latin-1")))
        for path in (latin, packed):
            assert main(["show", str(path)]) == 0
            page = capsys.readouterr().out
            assert Page(page).text == text.rstrip("\n")
            assert "<code>not-utf8</code>" in page

    def test_dump_is_one_page_with_each_story(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A dump is drawn as one page, each story in turn in its own element, each story's
        text recoverable from it, each read with the dialect the library detects."""
        xinhua = "101\nRain in town\n\nBEIJING (Xinhua) -- Rain fell. Enditem\n102\n"
        kyodo = (
            "103\nQuake shakes Chiba\n\nTOKYO, June 5 Kyodo - A quake shook Chiba on"
            " Thursday.\n==Kyodo\n104\n"
        )
        path = tmp_path / "dump.txt"
        path.write_text(xinhua + kyodo + xinhua, encoding="utf-8")
        articles = list(wireparse.iter_articles(path))
        assert len(articles) == 3
        assert main(["show", str(path)]) == 0
        page = capsys.readouterr().out
        stories = Stories(page)
        assert stories.texts == [a.text for a in articles]
        for number, article in enumerate(articles, 1):
            assert f'<pre class="story" data-story="{number}"' in page
            assert f"<code>{article.dialect}</code> dialect" in page
        assert [a.dialect for a in articles] == ["xinhua", "kyodo", "xinhua"]
        assert page.count("<h2>Legend</h2>") == 1
        ids = re.findall(r'id="([^"]+)"', page)
        assert len(ids) == len(set(ids))  # anchors of the stories' defects do not clash

    def test_empty_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file with no story is said on stderr, with status 3 and no page."""
        empty = tmp_path / "empty.txt"
        empty.write_text("\n\n", encoding="utf-8")
        assert main(["show", str(empty)]) == 3
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"{empty}:1:1: no story")

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``-`` reads standard input."""
        data = read(EXAMPLE).encode("utf-8")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        assert main(["show", "-"]) == 0
        (article,) = wireparse.iter_articles(EXAMPLE)
        assert capsys.readouterr().out == wireparse.render_html(article)

    def test_help_lists_only_its_options(self, capsys: pytest.CaptureFixture[str]) -> None:
        """show's help names its own options and none of parse's."""
        with pytest.raises(SystemExit):
            main(["show", "--help"])
        out = capsys.readouterr().out
        assert "--dialect" in out
        assert "--output" in out
        for other in ("--strict", "--jobs", "--glob", "--summary", "--fields", "decoded"):
            assert other not in out

    def test_unwritable(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An output that cannot be written is reported on stderr with status 1."""
        target = tmp_path / "no" / "such" / "page.html"
        assert main(["show", "-o", str(target), str(EXAMPLE)]) == 1
        assert capsys.readouterr().err.startswith(f"{target}: cannot write:")


BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found is not None:
            return found
    pytest.skip(f"no headless browser on PATH (looked for {', '.join(BROWSERS)})")


class TestInBrowser:
    def test_chromium_renders_the_story(self, tmp_path: Path) -> None:
        """Headless Chromium loads the page without console errors, and its DOM holds the
        story exactly, carriage returns, markup characters and no-break spaces included."""
        browser = _browser()
        text = read(EXAMPLE).replace("\n", "\r\n").replace("Li Mei", "Li\u00a0Mei <&> Co")
        page = tmp_path / "page.html"
        page.write_text(wireparse.render_html(wireparse.parse(text)), encoding="utf-8")
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--v=0",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        # Bytes, not text mode: text mode would turn the DOM's carriage returns into line feeds.
        log = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 0, log
        assert "CONSOLE" not in log, log
        assert Page(result.stdout.decode("utf-8")).text == text
