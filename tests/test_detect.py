"""Detection's shortcuts: string tests that settle most stories agree with the general reading.

The detector reads a story the general way (the combined pattern, every tagless look, every
language score) or, where plain string tests can tell, without it. Each test here draws texts,
reads them both ways, and asserts both that they agree and that both ways were taken.
"""

from __future__ import annotations

import collections
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import Dialect, dialects
from wireparse.dialects import _detect
from wireparse.dialects._detect import _UNKNOWN, _Detector
from wireparse.strategies import arbitrary_texts, dialect_stories, rendered_articles

DETECTION_FRAGMENTS = (
    # Tags, and what opens like one.
    "(Xinhua)", "(XINHUA)", "( Xinhua )", "(xinhua)", "(Xinhua/Li Xin)", "(AP)", "(ap)",
    "(tca/dpa)", "(ats afp)", "(PTI)", "(2)", "(by Wang Jinyu)", "(", ")", "/TASS/", "/",
    "(ANSA) - ROME, JUL 11 -", "(ANSA) - Roma, 11 lug -", ", SPA -- ", ", Reuter - ", ",",
    ", Reuters ", "12 AAP - ", "4 Kyodo - ", "AFP", "aap", "Kyodo", "新华社北京8月12日电",
    "法新社香港九月三十日电", "(新华社)", "(شينخوا)", "/Синьхуа/",
    # Datelines and their dates, in the services' languages.
    "NAIROBI, January 4 ", "GENEVA, May 6 ", "CHICAGO, June 2, 2024 ", "EL CAIRO, 30 junio ",
    "PARIS, 28 décembre ", "PARIS, 30 mars ", "LIMA, 1 de marzo de 2024 ", "MAINZ, 3 mai ",
    "ROMA, 4thjunio ", "Пекин, 1 марта ", "set ", "ago ", "Aprİl 2 ", "Sept. 30 ",
    # Tagless datelines, and what looks like one.
    "Home -", "NEW YORK -- ", "WASHINGTON _ ", "SALVADOR, Feb 26 - ", "    SALVADOR, Feb 26 -",
    "China-Africa", "1996-01-04", "UNDATED _ ", "TOKYO -", "Andrews, N.C. _ ", "\u2014", "\u2013",
    # Terminators, and what ends like one.
    "Enditem", " Enditem", "Enditem.", "he said.Enditem", "Fin", " Fin", "Fin...", "Fin^M",
    "Enditem^M", " -0- ", "（完）", "REUTER", " Reuter", "Reuter...", "8000001",
    # Text, white space and characters that case folding makes ASCII letters of.
    "he said.", "Rain fell.", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u00a0", "\u3000",
    "\u212a", "\u017f", "\u0130", "\u0131", "\u212ayodo", "\u017fpa",
)  # fmt: skip
"""Pieces of copy that the shortcuts read, strung together at random."""


def detection_texts() -> st.SearchStrategy[str]:
    """Text strung together from :data:`DETECTION_FRAGMENTS` and short random text."""
    piece = st.sampled_from(DETECTION_FRAGMENTS) | st.text(max_size=3)
    return st.lists(piece, max_size=30).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Stories in every dialect's conventions, rendered Xinhua stories, and any text."""
    return st.one_of(
        st.sampled_from(dialects.BUILT_IN).flatmap(dialect_stories).map(lambda s: s.text),
        rendered_articles().map(lambda pair: pair[1]),
        arbitrary_texts(),
        detection_texts(),
    )


def checked(check: Callable[[str], str], *, examples: int = 300) -> collections.Counter[str]:
    """Run ``check`` over drawn texts; return how often it named each way it took."""
    ways: collections.Counter[str] = collections.Counter()

    @settings(max_examples=examples, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(texts())
    def run(text: str) -> None:
        ways[check(text)] += 1

    run()
    return ways


def test_detection_agrees_with_the_general_reading() -> None:
    """With its shortcuts, detection names the dialect the general reading names."""
    detector = dialects._detector()

    def check(text: str) -> str:
        assert detector.detect(text) is detector.detect(text, shortcuts=False)
        return "quick" if detector._quick_first(text[: _detect.WINDOW]) is not _UNKNOWN else "not"

    ways = checked(check)
    assert ways["quick"] > 0
    assert ways["not"] > 0


def test_the_first_tag_agrees_with_the_combined_pattern() -> None:
    """Where string tests find the first tag, the combined pattern finds the same one."""
    detector = dialects._detector()

    def check(text: str) -> str:
        window = text[: _detect.WINDOW]
        quick = detector._quick_first(window)
        if quick is _UNKNOWN:
            return "unknown"
        assert quick == detector._first(window)
        return "told"

    ways = checked(check)
    assert ways["told"] > 0
    assert ways["unknown"] > 0


def test_no_tagless_dateline_above_where_string_tests_say_so() -> None:
    """Where string tests say no tagless dateline stands above the first tag (or in the
    window, without a tag), none is found."""
    detector = dialects._detector()

    def check(text: str) -> str:
        window = text[: _detect.WINDOW]
        first = detector._first(window)
        before = len(window) if first is None else first[2]
        if not detector._no_tagless_above(window[:before]):
            return "looked"
        assert detector._tagless(window, before=before, exact=True) is None
        if first is None:
            assert detector._tagless(window, exact=True) is None
        return "told"

    ways = checked(check)
    assert ways["told"] > 0
    assert ways["looked"] > 0


def test_the_first_dialect_fits_where_string_tests_say_so() -> None:
    """Where string tests say the first dialect printing a tag fits best, scoring agrees."""
    detector = dialects._detector()

    def check(text: str) -> str:
        first = detector._first(text[: _detect.WINDOW])
        if first is None:
            return "no tag"
        group, tag, start = first
        key = (group, tag.casefold())
        if len(detector.by_tag.get(key, ())) <= 1:
            return "one dialect"
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[max(line_start, start - 160) : start]
        end = _detect._story_end(text)
        quick = detector._from_tag(text, group, tag, start)
        assert quick is detector._from_tag(text, group, tag, start, shortcuts=False)
        return "told" if detector._first_fits(key, prefix, end) else "scored"

    ways = checked(check)
    assert ways["told"] > 0
    assert ways["scored"] > 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rain\n\nNAIROBI, January 4 (Xinhua) -- Rain fell. Enditem", "xinhua"),
        ("Lluvia\n\nEL CAIRO, 30 junio (Xinhua) -- Llueve. Fin", "xinhua-es"),
        ("Pluie\n\nPARIS, 30 mars (Xinhua) -- Il pleut. Enditem", "xinhua-fr"),
        ("Home -\n\nRain (2)\n\nGENEVA, May 6 (Xinhua) -- Rain fell. Enditem", "xinhua"),
        ("Rain\n\nRIYADH, May 6, SPA -- Rain fell. (Xinhua)", "spa"),
        ("SALVADOR, Feb 26 - Rain fell (Xinhua) on Tuesday.\n Reuter", "reuters-1987"),
    ],
)
def test_detect(text: str, name: str) -> None:
    """Stories the shortcuts settle, and stories they leave to the general reading."""
    detector = dialects._detector()
    found = detector.detect(text)
    assert found is not None
    assert found.name == name
    assert detector.detect(text, shortcuts=False) is found


def test_case_folding_twins() -> None:
    """The ASCII letters a character matches case-insensitively: the Kelvin sign is a k."""
    assert _detect._ascii_twins("K") == {"k"}
    assert _detect._ascii_twins("\u212a") == {"k"}
    assert _detect._ascii_twins("\u017f") == {"s"}
    assert _detect._ascii_twins("新") == set()
    assert _detect._ascii_key("\u212ayodo") == "kyodo"
    assert _detect._ascii_key("ТАСС") is None


@pytest.mark.parametrize(
    ("source", "literal"),
    [
        (r"(?P<agency> 新华社 ) [^\S\n]*+ (?P<location> \p{Han}{1,12}? ) 电", "新华社"),
        (r"\( [^\S\n]*+ (?P<agency> ANSA ) [^\S\n]*+ \)", "("),
        (r"ANSA\ Roma", "ANSA Roma"),
        (r"(?: AB ) C", "AB"),
        (r"ANSA? -", "ANS"),
        (r"(?P<agency> ANSA | AFP ) -", None),
        (r"(?P<agency> ANSA )? -", None),
        (r"ANSA | AFP", None),
        (r"[(|] ANSA", None),
        (r"\p{Lu} ANSA", None),
        ("# a comment (\n ANSA", "ANSA"),
        (r"(?i: ANSA )", None),
    ],
)
def test_leading_literal(source: str, literal: str | None) -> None:
    """The literal a verbose pattern opens with, where its source shows one."""
    assert _detect._leading_literal(source) == literal


def test_no_shortcuts_for_a_form_without_a_literal() -> None:
    """A dialect form whose source opens with no literal leaves every story to the general
    reading, which still finds it."""
    wirex = Dialect(
        name="wirex-form", agency="Wirex", dateline_forms=(r"(?P<location> \p{Lu}{3,} ) \s*+ ::",)
    )
    detector = _Detector.build((dialects.XINHUA, wirex))
    assert detector.shortcuts is None
    text = "OSLO :: Rain fell (Xinhua)."
    assert detector.detect(text) is wirex
    assert detector.detect(text, shortcuts=False) is wirex


def test_registry_changes_reach_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    """The detector is built again when a dialect is registered, removed, or the registry
    replaced; not otherwise."""
    monkeypatch.setattr(dialects, "_REGISTRY", dict(dialects._REGISTRY))
    before = dialects._detector()
    assert dialects._detector() is before
    wirex = Dialect(name="wirex-registry", agency="Wirex", agency_tags=("Wirex",))
    dialects.register(wirex)
    with_wirex = dialects._detector()
    assert wirex in with_wirex.dialects
    dialects._REGISTRY.pop(wirex.name)
    assert wirex not in dialects._detector().dialects
    assert dialects._detector() is not with_wirex


@pytest.mark.parametrize(
    "window",
    [
        "(tca/dpa)",
        "BERLIN, May 6 (tca/dpa) - Rain fell.",
        "X (aa/AP) --",
        "(ap/AP)",
        "(abcdefgh/dpa)",  # eight letters: no partner's code, no tag
        "(Ab/dpa)",  # a capital: no partner's code
        "(ab/d\u00e9pa)",
    ],
)
def test_a_partners_code_before_the_tag_is_read_as_the_pattern_reads_it(window: str) -> None:
    """A tag with a partner's code before it, as dpa moves a partner's story, is the first
    tag by string tests as by the combined pattern."""
    detector = dialects._detector()
    quick = detector._quick_first(window)
    if quick is not _UNKNOWN:
        assert quick == detector._first(window)


def test_a_partners_tag_is_told_by_string_tests() -> None:
    detector = dialects._detector()
    assert detector._quick_first("BERLIN, May 6 (tca/dpa) - Rain fell.") == ("paren", "dpa", 14)


def test_a_story_with_a_partners_tag_is_read_in_the_agencys_dialect() -> None:
    article = wireparse.parse("BERLIN, May 6 (tca/dpa) - Rain fell in the north.\n")
    assert article.dialect == "dpa"
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("BERLIN", "dpa")
    assert article.paragraphs[0].text == "Rain fell in the north."
