"""Dialects: the registry, and a dialect made by a user for an agency of their own."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Dialect, dialects
from wireparse.rules.dateline import TAGLESS, tagless_openings

WIREX = Dialect(
    name="wirex",
    agency="Wirex",
    agency_tags=("Wirex",),
    terminators=("(ENDS)",),
    source_names=("Wirex",),
    kickers=("Insight",),
)

WIREX_STORY = (
    "Insight: Harbour pilots walk out over night shifts\n"
    "Wirex\n"
    "| March 2, 2025\n"
    "\n"
    "PORTSMOUTH, March 2 (Wirex) -- Harbour pilots at the port stopped work on Sunday in a"
    " dispute over the number of night shifts they are asked to cover.\n"
    "\n"
    "Talks between the pilots and the port are set to resume on Tuesday. (ENDS)\n"
)


BUILT_IN_NAMES = tuple(d.name for d in dialects.BUILT_IN)
KNOWN = ", ".join(sorted(BUILT_IN_NAMES))


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give each test its own copy of the registry, so that what it registers goes away."""
    monkeypatch.setattr(dialects, "_REGISTRY", dict(dialects._REGISTRY))


class TestRegistry:
    def test_names(self) -> None:
        """Every built-in agency is registered out of the box, names sorted."""
        assert dialects.names() == tuple(sorted(d.name for d in dialects.BUILT_IN))
        assert {"xinhua", "xinhua-es", "reuters", "reuters-1987", "ap", "yonhap", "aap"} <= set(
            dialects.names()
        )

    def test_get(self) -> None:
        """get returns the registered dialect."""
        assert dialects.get("xinhua") is dialects.XINHUA

    def test_default(self) -> None:
        """The default dialect is Xinhua."""
        assert dialects.DEFAULT is dialects.XINHUA

    def test_unknown_name(self) -> None:
        """get of an unknown name raises KeyError listing the known names."""
        with pytest.raises(KeyError) as caught:
            dialects.get("wirex")
        assert caught.value.args[0] == f"unknown dialect 'wirex'; known dialects: {KNOWN}"

    def test_unknown_name_lists_registered(self) -> None:
        """The KeyError lists a newly registered dialect too, sorted."""
        dialects.register(WIREX)
        with pytest.raises(KeyError) as caught:
            dialects.get("zzz")
        assert caught.value.args[0].startswith("unknown dialect 'zzz'; known dialects: ")
        assert caught.value.args[0].endswith(
            "upi, wam, wirex, xinhua, xinhua-ar, xinhua-es, xinhua-fr, xinhua-ru, xinhua-zh, yonhap"
        )

    def test_register(self) -> None:
        """A registered dialect is found by name and listed, sorted."""
        assert dialects.register(WIREX) is WIREX
        assert dialects.get("wirex") is WIREX
        assert dialects.names() == tuple(sorted((*BUILT_IN_NAMES, "wirex")))

    def test_register_again(self) -> None:
        """Registering an equal dialect again is allowed."""
        dialects.register(WIREX)
        copy = attrs.evolve(WIREX)
        assert copy is not WIREX
        dialects.register(copy)
        assert dialects.names() == tuple(sorted((*BUILT_IN_NAMES, "wirex")))

    def test_register_conflict(self) -> None:
        """Registering a different dialect under a taken name raises ValueError."""
        other = Dialect(name="xinhua", agency="Other", agency_tags=("Other",))
        with pytest.raises(ValueError, match="a dialect named 'xinhua' is already registered"):
            dialects.register(other)
        assert dialects.get("xinhua") is dialects.XINHUA

    def test_register_replace(self) -> None:
        """replace=True replaces a dialect of the same name."""
        other = Dialect(name="wirex", agency="Wirex", agency_tags=("WX",))
        dialects.register(WIREX)
        dialects.register(other, replace=True)
        assert dialects.get("wirex") is other

    def test_register_non_dialect(self) -> None:
        """Registering something that is no Dialect raises TypeError."""
        with pytest.raises(TypeError, match="register\\(\\) expects a Dialect, got str"):
            dialects.register("wirex")  # type: ignore[arg-type]

    def test_resolve(self) -> None:
        """resolve takes None, a Dialect or a name."""
        dialects.register(WIREX)
        assert dialects.resolve(None) is dialects.XINHUA
        assert dialects.resolve(WIREX) is WIREX
        assert dialects.resolve("wirex") is WIREX

    def test_resolve_unregistered_dialect(self) -> None:
        """resolve passes a Dialect through even when it is not registered."""
        assert dialects.resolve(WIREX) is WIREX
        assert dialects.names() == tuple(sorted(BUILT_IN_NAMES))

    def test_resolve_wrong_type(self) -> None:
        """resolve of anything else raises TypeError."""
        with pytest.raises(TypeError, match="dialect must be a Dialect, a name or None, not int"):
            dialects.resolve(3)  # type: ignore[arg-type]

    def test_resolve_unknown_name(self) -> None:
        """resolve of an unknown name raises KeyError."""
        with pytest.raises(KeyError, match="unknown dialect 'wirex'"):
            dialects.resolve("wirex")


class TestUserDialect:
    def check(self, article: wireparse.Article) -> None:
        """Assert that ``article`` is WIREX_STORY read with the Wirex dialect."""
        assert article.dialect == "wirex"
        assert article.headline is not None
        assert (article.headline.kicker, article.headline.title) == (
            "Insight",
            "Harbour pilots walk out over night shifts",
        )
        assert article.source == "Wirex"
        assert article.published == datetime.date(2025, 3, 2)
        assert article.dateline == wireparse.Dateline(
            text="PORTSMOUTH, March 2 (Wirex) --",
            location="PORTSMOUTH",
            city="PORTSMOUTH",
            date_text="March 2",
            date=datetime.date(2025, 3, 2),
            agency="Wirex",
            span=(WIREX_STORY.index("PORTSMOUTH"), WIREX_STORY.index(" Harbour pilots at")),
        )
        assert [p.text[:24] for p in article.paragraphs] == [
            "Harbour pilots at the po",
            "Talks between the pilots",
        ]
        assert article.paragraphs[-1].text.endswith("resume on Tuesday.")
        assert article.terminator is not None
        assert article.terminator.text == "(ENDS)"
        assert WIREX_STORY[slice(*article.terminator.span)] == "(ENDS)"
        assert article.defects == ()

    def test_parse_with_dialect_value(self) -> None:
        """parse(text, dialect=Dialect) reads the agency's tag and terminator."""
        self.check(wireparse.parse(WIREX_STORY, dialect=WIREX))

    def test_parse_by_name(self) -> None:
        """A registered dialect is used by name."""
        dialects.register(WIREX)
        self.check(wireparse.parse(WIREX_STORY, dialect="wirex"))

    def test_registered_dialect_is_detected(self) -> None:
        """Once registered, the dialect is detected without being named."""
        dialects.register(WIREX)
        self.check(wireparse.parse(WIREX_STORY))
        assert dialects.detect(WIREX_STORY) is WIREX

    def test_detector_follows_the_registry(self) -> None:
        """The detector is built again when a dialect is registered."""
        before = dialects._detector()
        assert dialects._detector() is before
        dialects.register(WIREX)
        assert dialects._detector() is not before
        assert WIREX in dialects._detector().dialects

    def test_parser_with_dialect(self) -> None:
        """A Parser fixed to the dialect reads the story too."""
        self.check(wireparse.Parser(dialect=WIREX).parse(WIREX_STORY))

    def test_call_overrides_parser_dialect(self) -> None:
        """A dialect given to Parser.parse wins over the parser's own."""
        article = wireparse.Parser(dialect=WIREX).parse(WIREX_STORY, dialect="xinhua")
        assert article.dialect == "xinhua"
        assert article.dateline is None

    def test_default_dialect_does_not_read_it(self) -> None:
        """Read as Xinhua, the story has no dateline, source or terminator.

        Nor a headline: without a dateline, a first line that shares its block with a line
        that is neither a source nor a date reads as the start of a paragraph.
        """
        article = wireparse.parse(WIREX_STORY)
        assert (article.dateline, article.source, article.terminator) == (None, None, None)
        assert [d.code.value for d in article.defects] == [
            "no-dateline",
            "no-headline",
            "no-terminator",
        ]

    def test_unknown_name_in_parse(self) -> None:
        """parse with an unregistered name raises KeyError, in both modes."""
        for strict in (False, True):
            with pytest.raises(KeyError, match="known dialects: aap, afp"):
                wireparse.parse(WIREX_STORY, dialect="wirex", strict=strict)

    def test_dialect_is_frozen(self) -> None:
        """A dialect cannot be changed after it is made."""
        with pytest.raises(AttributeError):
            WIREX.name = "other"  # type: ignore[misc]

    def test_month_number(self) -> None:
        """Month names are looked up in any case, with or without a full stop."""
        assert [WIREX.month_number(m) for m in ("Sept.", "SEPT", "september", "Dec", "Smarch")] == [
            9,
            9,
            9,
            12,
            None,
        ]

    def test_no_terminators(self) -> None:
        """A dialect without terminators does not ask for one."""
        bare = Dialect(name="bare", agency="Bare", agency_tags=("Bare",))
        article = wireparse.parse("Rain\n\nOSLO, May 6 (Bare) -- Rain fell.", dialect=bare)
        assert article.terminator is None
        assert article.defects == ()
        assert [p.text for p in article.paragraphs] == ["Rain fell."]


TAGLESS_PIECES = st.sampled_from(
    ["\n", "\r", "\r\n", " ", "\t", "\u3000", "\x1c", "A", "NEW YORK", "(", "- ", "-", "_ ",
     "--", "7", "x", ", Feb 26 ", "\u2014 ", " " * 12]
)  # fmt: skip


@given(st.lists(TAGLESS_PIECES, max_size=16).map("".join), st.none() | st.integers(0, 80))
def test_tagless_openings_are_the_pattern_s_matches(text: str, end: int | None) -> None:
    """Trying TAGLESS at each line's start finds what a search for it finds."""
    stop = len(text) if end is None else min(end, len(text))
    expected = [m.span() for m in TAGLESS.finditer(text, 0, stop)]
    assert [m.span() for m in tagless_openings(text, end)] == expected


@given(st.text(min_size=1, max_size=1))
def test_furniture_last_chars_tell_the_lines_a_last_word_may_end(char: str) -> None:
    """A line's last character is in ``furniture_last_chars`` (beyond ASCII: case-folded)
    exactly when it case-folds to the last letter of a word that tells furniture."""
    for name in dialects.names():
        patterns = dialects.get(name).patterns
        letters = {word[-1:] for word, _, _ in patterns.furniture_by_last_word}
        ends = patterns.furniture_last_chars
        told = char in ends if char.isascii() else char.casefold()[-1:] in ends
        assert told == (char.casefold()[-1:] in letters)


def test_what_is_kept_per_dialect_is_made_once_and_bounded() -> None:
    from wireparse.dialects._dialect import PerDialect

    made: list[str] = []

    def make(dialect: Dialect) -> str:
        made.append(dialect.name)
        return dialect.name.upper()

    class Small(PerDialect[str]):
        MAX = 2

    kept = Small(make)
    xinhua, afp, ap = dialects.get("xinhua"), dialects.get("afp"), dialects.get("ap")
    assert kept(xinhua) == kept(xinhua) == "XINHUA"
    assert made == ["xinhua"]  # made once
    assert (kept(afp), kept(ap)) == ("AFP", "AP")  # the third forgets the first two
    assert len(kept._kept) == 1
    assert kept(xinhua) == "XINHUA"
    assert made == ["xinhua", "afp", "ap", "xinhua"]  # made anew once forgotten
