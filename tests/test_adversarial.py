"""Adversarial input: every pattern and every rule on long, hostile strings, without hanging.

Each test carries a timeout, so that a pattern or rule that goes super-linear fails instead of
hanging the run. No test asserts a wall-clock time.
"""

from __future__ import annotations

import importlib
import pkgutil

import attrs
import pytest
import regex

import wireparse
from wireparse import DefectCode, ParseError, dialects
from wireparse._layout import split_lines
from wireparse._text import SPACE
from wireparse.dialects import BUILT_IN, XINHUA
from wireparse.dialects._dialect import _DialectPatterns
from wireparse.rules import looks_like_heading

N = 200_000
DATELINE = "BEIJING, May 6 (Xinhua) --"

ADVERSARIAL: dict[str, str] = {
    "open-parens": "(" * N,
    "close-parens": ")" * N,
    "hyphens": "-" * N,
    "em-dashes": "\u2014" * N,
    "spaces": " " * N,
    "no-break-spaces-and-tabs": "\u00a0\t" * (N // 2),
    "digits": "7" * N,
    "caps-words": "A " * (N // 2),
    "home-then-junk": "Home -" + "x|>/" * (N // 4),
    "home-repeated": "Home - " * (N // 7),
    "unclosed-tag": "BEIJING, May 6 (Xinhua" * (N // 22),
    "open-paren-then-spaces": "(" + " " * N,
    "tag-then-spaces": "(Xinhua)" + " " * N + "x",
    "commas": ", " * (N // 2),
    "month-days": "May 6, " * (N // 7),
    "sept-periods": "Sept." * (N // 5),
    "enditem-glued": "Enditem" * (N // 7),
    "kickers": "Feature: " * (N // 9),
    "kicker-then-spaces": "Feature:" + " " * N,
    "slashes-in-parens": "(" + "/" * N + ")",
    "xinhua-slashes": "(Xinhua/" * (N // 8),
    "by-bylines": "(by " * (N // 4),
    "editors": "Web editor: " * (N // 12),
    "pipes": "| " * (N // 2),
    "iso-like": "2025-05-0" * (N // 9),
    "colons": ":" * N,
    "brackets": "[\n " * (N // 3),
    "letters-no-space": "a" * N,
    "dateline-one-line": (DATELINE + " ") * 20_000,
    "dateline-many-lines": (DATELINE + "\n") * 20_000,
    "dateline-many-blocks": (DATELINE + "\n\n") * 20_000,
    "newlines": "\n" * 1_000_000,
    "carriage-returns": "\r" * 1_000_000,
    "crlf-and-lf": "\r\n\n" * (N // 2),
    "control-characters": "\x01\x02\x03\x04\x1c\x1d\x1e\x1f\x0b\x0c" * (N // 10),
    "invisible": "\ufeff\u200b\u200c\u200d\u2060" * (N // 5),
    "id-lines": "7156699\n" * 20_000,
    "caps-line-blocks": "GOLD MEDAL\n\n" * 20_000,
    "tagless-datelines": "    SALVADOR, Feb 26 - Rain\n" * 8_000,
    "tagless-no-separator": "    SALVADOR, Feb 26 " * 10_000,
    "indented-and-flush": "    Indented line\nflush line\n" * 7_000,
    "slash-tags": "/TASS/. " * (N // 8),
    "bare-tags": "12 AAP - " * (N // 9),
    "comma-tags": ", SPA -- " * (N // 9),
    "reporting-by": "(Reporting by " * (N // 14),
    "associated-press": "Associated Press writer " * (N // 24),
    "initials": "ab/" * (N // 3),
    "chinese-agency": "\u65b0\u534e\u793e" * (N // 3),
    "full-width-digits": "\uff18\u6708" * (N // 2),
    "lead-tags": "(2nd LD, " * (N // 9),
    "update-kickers": "UPDATE 1-" * (N // 9),
    "emails": "a@b." * (N // 4),
    "control-lines": "\x01\r\n\x02\r\n" * (N // 6),
}


def _module_patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled pattern at module level in the package, by dotted name."""
    found: dict[str, regex.Pattern[str]] = {}
    for info in pkgutil.walk_packages(wireparse.__path__, "wireparse."):
        if info.name.endswith("__main__"):
            continue  # running it would start the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found[f"{info.name}.{name}"] = value
    return found


def _dialect_patterns() -> dict[str, regex.Pattern[str]]:
    """Every distinct compiled pattern of the built-in dialects, and the detector's.

    Dialects share most patterns (all English ones have the same date pattern, say); each
    distinct one is tested once, under the name of the first dialect that has it.
    """
    found: dict[str, regex.Pattern[str]] = {}
    seen: set[tuple[str, str]] = set()
    for dialect in BUILT_IN:
        for field in attrs.fields(_DialectPatterns):
            value = getattr(dialect.patterns, field.name)
            if isinstance(value, regex.Pattern) and (field.name, value.pattern) not in seen:
                seen.add((field.name, value.pattern))
                found[f"{dialect.name}.{field.name}"] = value
    detector = dialects._detector().pattern
    assert detector is not None
    found["detector"] = detector
    return found


PATTERNS = {**_module_patterns(), **_dialect_patterns()}


class TestPatternDiscovery:
    def test_patterns_found(self) -> None:
        """The patterns the parse depends on are among those tested below."""
        assert {
            "wireparse._text.LINE_BREAK",
            "wireparse.rules.ids.ID_LINE",
            "wireparse.rules.dateline.LOCATION",
            "xinhua.tag",
            "xinhua.date",
            "xinhua.kicker",
            "xinhua.terminator",
            "xinhua.source",
            "xinhua.published",
            "xinhua.furniture",
            "xinhua.trailer",
            "xinhua-zh.forms",
            "xinhua-zh.date",  # the date pattern with day words (Chinese numerals, Arabic's)
            "tass.tag",
            "aap.tag",
            "spa.tag",
            "reuters.kicker",
            "yonhap.kicker",
            "wireparse.rules.dateline.TAGLESS",
            "detector",
            "wireparse.rules.wire.IPTC_HEADER",
        } <= set(PATTERNS)


class TestPatterns:
    @pytest.mark.timeout(20)
    @pytest.mark.parametrize("pattern_name", sorted(PATTERNS))
    @pytest.mark.parametrize("input_name", sorted(ADVERSARIAL))
    def test_search_and_match(self, pattern_name: str, input_name: str) -> None:
        """search, match and finditer finish on every adversarial string."""
        pattern = PATTERNS[pattern_name]
        text = ADVERSARIAL[input_name]
        found = pattern.search(text)
        matched = pattern.match(text)
        assert matched is None or found is not None
        count = sum(1 for _ in pattern.finditer(text[:20_000]))
        assert count >= (1 if found is not None and found.end() <= 20_000 else 0)

    @pytest.mark.timeout(20)
    def test_tag_never_closed(self) -> None:
        """A tag that is never closed is no tag."""
        assert XINHUA.patterns.tag.search(ADVERSARIAL["unclosed-tag"]) is None

    @pytest.mark.timeout(20)
    def test_id_line_of_many_digits(self) -> None:
        """A line of 200,000 digits is no id line."""
        assert PATTERNS["wireparse.rules.ids.ID_LINE"].match(ADVERSARIAL["digits"]) is None

    @pytest.mark.timeout(20)
    def test_location_of_many_capitals(self) -> None:
        """A place of 200,000 characters is no place."""
        location = PATTERNS["wireparse.rules.dateline.LOCATION"]
        assert location.match(ADVERSARIAL["caps-words"]) is None

    @pytest.mark.timeout(20)
    def test_breadcrumb_then_junk(self) -> None:
        """ "Home -" followed by 200,000 characters is no furniture line."""
        assert XINHUA.patterns.furniture.match(ADVERSARIAL["home-then-junk"]) is None

    @pytest.mark.timeout(20)
    def test_line_breaks_counted(self) -> None:
        """LINE_BREAK finds each CR, LF and CRLF once in a long run."""
        line_break = PATTERNS["wireparse._text.LINE_BREAK"]
        assert sum(1 for _ in line_break.finditer(ADVERSARIAL["crlf-and-lf"])) == N
        assert sum(1 for _ in line_break.finditer(ADVERSARIAL["carriage-returns"])) == 1_000_000

    @pytest.mark.timeout(20)
    def test_terminator_at_end_of_long_run(self) -> None:
        """ "Enditem" glued 28,000 times is found only at the very end, and not as a word part."""
        match = XINHUA.patterns.terminator.search(ADVERSARIAL["enditem-glued"])
        assert match is None

    @pytest.mark.timeout(20)
    def test_looks_like_heading_on_long_text(self) -> None:
        """A line of 200,000 capitals is no heading."""
        assert looks_like_heading(ADVERSARIAL["caps-words"].strip()) is False


class TestLayout:
    @pytest.mark.timeout(20)
    def test_million_newlines(self) -> None:
        """A million line breaks hold no line."""
        assert split_lines(ADVERSARIAL["newlines"]) == []
        assert split_lines(ADVERSARIAL["carriage-returns"]) == []

    @pytest.mark.timeout(20)
    def test_lines_between_million_newlines(self) -> None:
        """Two lines a million line breaks apart are numbered and blocked correctly."""
        lines = split_lines("first" + "\n" * 1_000_000 + "last")
        assert [(line.text, line.number, line.block) for line in lines] == [
            ("first", 1, 0),
            ("last", 1_000_001, 1),
        ]


class TestParse:
    @pytest.mark.timeout(20)
    @pytest.mark.parametrize("input_name", sorted(ADVERSARIAL))
    def test_lenient_never_raises(self, input_name: str) -> None:
        """Lenient parse returns an Article whose spans cover the input, whatever it is."""
        text = ADVERSARIAL[input_name]
        article = wireparse.parse(text)
        assert isinstance(article, wireparse.Article)
        assert article.text is text
        covered = 0
        for _, (start, end) in article.spans():
            assert start >= covered
            assert not text[covered:start].strip(SPACE)
            covered = end
        assert not text[covered:].strip(SPACE)

    @pytest.mark.timeout(20)
    @pytest.mark.parametrize("input_name", sorted(ADVERSARIAL))
    def test_strict_raises_only_parse_error(self, input_name: str) -> None:
        """Strict parse returns the lenient article or raises its first defect."""
        text = ADVERSARIAL[input_name]
        lenient = wireparse.parse(text)
        if lenient.defects:
            with pytest.raises(ParseError) as caught:
                wireparse.parse(text, strict=True)
            assert caught.value.defect == lenient.defects[0]
        else:
            assert wireparse.parse(text, strict=True) == lenient

    @pytest.mark.timeout(20)
    @pytest.mark.parametrize(
        "input_name", ["spaces", "no-break-spaces-and-tabs", "newlines", "invisible"]
    )
    def test_blank_inputs_are_empty(self, input_name: str) -> None:
        """Long white space is the empty story."""
        article = wireparse.parse(ADVERSARIAL[input_name])
        assert [d.code for d in article.defects] == [DefectCode.EMPTY]

    @pytest.mark.timeout(20)
    def test_dateline_repeated_on_one_line(self) -> None:
        """The first of 20,000 datelines on one line is the dateline; the rest is the lead."""
        text = ADVERSARIAL["dateline-one-line"]
        article = wireparse.parse(text)
        assert article.dateline is not None
        assert article.dateline.span == (0, len(DATELINE))
        assert len(article.paragraphs) == 1
        assert article.paragraphs[0].span == (len(DATELINE) + 1, len(text) - 1)
        assert [d.code for d in article.defects] == [
            DefectCode.NO_HEADLINE,
            DefectCode.NO_TERMINATOR,
        ]

    @pytest.mark.timeout(20)
    def test_dateline_repeated_on_many_lines(self) -> None:
        """The first of 20,000 dateline lines in a block is the dateline, the rest a paragraph."""
        article = wireparse.parse(ADVERSARIAL["dateline-many-lines"])
        assert article.dateline is not None
        assert article.dateline.span == (0, len(DATELINE))
        assert len(article.paragraphs) == 1
        assert article.paragraphs[0].text == " ".join([DATELINE] * 19_999)

    @pytest.mark.timeout(20)
    def test_dateline_repeated_in_many_blocks(self) -> None:
        """Of 20,000 dateline blocks, the first is the dateline and each other a paragraph."""
        article = wireparse.parse(ADVERSARIAL["dateline-many-blocks"])
        assert article.dateline is not None
        assert len(article.paragraphs) == 19_999
        assert article.headings == ()

    @pytest.mark.timeout(20)
    def test_many_caps_blocks(self) -> None:
        """20,000 ALL-CAPS blocks in a row make no heading."""
        article = wireparse.parse(DATELINE + " Rain.\n\n" + ADVERSARIAL["caps-line-blocks"])
        assert article.headings == ()
        assert len(article.paragraphs) == 20_001

    @pytest.mark.timeout(20)
    def test_many_id_lines(self) -> None:
        """Of 20,000 id lines, the first and last are markers and the rest is body."""
        article = wireparse.parse(ADVERSARIAL["id-lines"])
        assert article.id_markers is not None
        assert (article.id_markers.start, article.id_markers.end) == ("7156699", "7156699")
        assert article.id_markers.span == (0, 20_000 * 8 - 1)

    @pytest.mark.timeout(20)
    def test_control_characters(self) -> None:
        """A long line of control characters is one wire line, the transmission's framing."""
        text = ADVERSARIAL["control-characters"]
        article = wireparse.parse(text)
        assert article.paragraphs == ()
        assert [w.kind for w in article.wire_lines] == ["control"]
        # The line ends in six characters that are white space: \x1c to \x1f, \x0b and \x0c.
        assert article.wire_lines[0].span == (0, len(text) - 6)

    @pytest.mark.timeout(20)
    def test_long_story(self) -> None:
        """A story of 20,000 paragraphs under 2,000 headings parses into all of them."""
        parts = ["Rain in the north", "", DATELINE + " Rain fell."]
        for number in range(2_000):
            parts += ["", f"PART {number}"]
            parts += [p for n in range(10) for p in ("", f"Paragraph {n} of part {number}.")]
        text = "\n".join(parts) + " Enditem"
        article = wireparse.parse(text)
        assert article.defects == ()
        assert len(article.headings) == 2_000
        assert len(article.paragraphs) == 20_001
        assert article.terminator is not None
