"""Cheap ways to ask the regex module: a line's opening refuses it, groups read at once."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
import regex
from hypothesis import given, settings

from wireparse import dialects
from wireparse._patterns import (
    KEPT,
    OPENING,
    _ByOpening,
    groups_getter,
    kept_openings,
    line_match,
)

# Lines a rule meets: furniture, meta lines, prose, and their openings cut or glued.
LINES = [
    "Home > World",
    "Home prices rose.",
    "(Xinhua/Li Ming)",
    "(by Wang Jinyu)",
    "Editor: Liu Yang",
    "Web editor: Xu Yan",
    "FOR RELEASE SUNDAY, JUNE 3",
    "FOR WEDNESDAY AMs",
    "For the first time, rain fell.",
    "Xinhua News Agency",
    "Source: Xinhua",
    "June 1, 2000",
    "2000-06-01",
    "Updated: 2000-06-01 10:12",
    "1 June 2000",
    "The mayor spoke on Tuesday.",
    "A",
    "",
    "ß",
    "Straße",
    "HOLD FOR RELEASE UNTIL 6 P.M. EDT",
    "Scripps Howard News Service",
]

_PIECES = st.sampled_from([*LINES, " ", ":", "(", ")", "/", "-", ">", "|", "1", "Xi", "Ho", "Ed"])


def _whole_line_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found = []
    for name in dialects.names():
        patterns = dialects.get(name).patterns
        for attr in ("furniture", "source", "published", "kicker", "trailer"):
            pattern = getattr(patterns, attr)
            if pattern is not None:
                found.append((f"{name}.{attr}", pattern))
    return found


PATTERNS = _whole_line_patterns()


def _same(got: regex.Match[str] | None, expected: regex.Match[str] | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return got.span() == expected.span() and got.groups() == expected.groups()


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_every_dialect_pattern_answers_as_itself(name: str, pattern: regex.Pattern[str]) -> None:
    match = line_match(pattern)
    for line in LINES:
        assert _same(match(line), pattern.match(line)), (name, line)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=6), which=st.integers(0, len(PATTERNS) - 1))
def test_glued_lines_answer_as_the_pattern(pieces: list[str], which: int) -> None:
    _, pattern = PATTERNS[which]
    text = "".join(pieces)
    assert _same(line_match(pattern)(text), pattern.match(text))


def test_the_opening_path_runs_and_refuses() -> None:
    """The built-in furniture is answered by openings, and prose is refused by its opening."""
    furniture = dialects.get("xinhua").patterns.furniture
    match = line_match(furniture)
    assert isinstance(match, _ByOpening)
    assert match("The mayor spoke on Tuesday.") is None
    assert match("The rain fell.") is None  # refused by the opening kept the first time
    assert match.can_open["Th"] is False
    assert match("(Xinhua/Li Ming)") is not None
    assert match.can_open["(X"] is True


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"c(?!\Z)", "cd"),  # the lookahead fails at the opening's end, holds in the line
        (r"a\B b", "ab"),  # no boundary after "a" in "ab"; at the end of "a", one
        (r"a \s \b b", "a b"),  # a boundary before "b", none at the end of "a "
        (r"(?: ab ){e<=1} \Z", "xb"),  # fuzzy: the opening "xb" is an error away
        (r"(?r) ab", "ab"),
    ],
)
def test_patterns_their_openings_cannot_answer_for_are_matched_whole(
    source: str, text: str
) -> None:
    pattern = regex.compile(source, regex.VERBOSE)
    match = line_match(pattern)
    assert not isinstance(match, _ByOpening)
    assert _same(match(text), pattern.match(text))
    assert match(text) is not None


def test_kept_openings_are_the_answers_a_rule_may_look_up() -> None:
    """A rule looking a line's opening up in the kept answers refuses what the match refuses."""
    match = line_match(dialects.get("xinhua").patterns.furniture)
    match("The mayor spoke on Tuesday.")
    kept = kept_openings(match)
    assert kept["Th"] is False
    assert kept is kept_openings(match)  # the table itself: it grows as lines are asked about
    match("Editor: Liu Yang")
    assert kept["Ed"] is True
    # A pattern its openings cannot answer for has no kept answers: every line is matched.
    assert kept_openings(line_match(regex.compile(r"a\B b", regex.VERBOSE))) == {}


def test_openings_kept_are_bounded() -> None:
    pattern = regex.compile(r"(?P<x> [\u4e00-\u9fff]{2} ) \Z", regex.VERBOSE)
    match = line_match(pattern)
    assert isinstance(match, _ByOpening)
    lines = [chr(0x4E00 + k // 200) + chr(0x4E00 + k % 200) for k in range(KEPT + 500)]
    for line in lines:
        assert _same(match(line), pattern.match(line))
    assert len(match.can_open) == KEPT
    assert all(len(opening) <= OPENING for opening in match.can_open)
    assert match(lines[-1]) is not None  # past the bound, still the pattern's answer


def test_groups_getter_is_match_group() -> None:
    published = dialects.get("xinhua").patterns.published
    names = ("iso", "month", "day", "year", "day_first")
    for line in ("June 1, 2000", "2000-06-01", "1 June 2000"):
        match = published.match(line)
        assert match is not None
        assert groups_getter(published, names)(match) == match.group(*names)


def test_groups_getter_gives_none_for_a_name_the_pattern_lacks() -> None:
    pattern = regex.compile(r"(?P<month> [A-Z][a-z]+ ) \s (?P<day> [0-9]+ )", regex.VERBOSE)
    match = pattern.match("May 6")
    assert match is not None
    assert groups_getter(pattern, ("day", "year", "month"))(match) == ("6", None, "May")
    assert groups_getter(pattern, ("year",))(match) == (None,)
