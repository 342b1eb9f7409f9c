"""The dateline rule's string tests give the answer of the patterns they stand in for."""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse import dialects
from wireparse._layout import split_lines
from wireparse.rules.dateline import (
    LOCATION,
    _agency_alone,
    _ascii_place,
    _dated_prefix,
    _marked,
    _marked_lines,
    _plain,
    _plain_date,
    _plain_tag,
)

TAGGED = [name for name in dialects.names() if dialects.get(name).patterns.tag is not None]
EVERY = list(dialects.names())


def _run(prop: Callable[..., None], *strategies: st.SearchStrategy[object]) -> None:
    """Run ``prop`` over examples drawn from ``strategies``."""
    settings(max_examples=400, deadline=None)(given(*strategies)(prop))()


def _pieces(dialect: dialects.Dialect) -> st.SearchStrategy[str]:
    """Bits of a dateline line as ``dialect`` prints it, and bits that differ from it."""
    tags = list(dialect.agency_tags) or ["Xinhua"]
    months = list(dialect.months)
    tag_forms = st.sampled_from(tags).flatmap(
        lambda tag: st.sampled_from(
            [
                f"({tag})",
                f"({tag.upper()})",
                f"( {tag} )",
                f"(tca/{tag})",
                f"({tag} afp)",
                f"/{tag}/",
            ]
        )
    )
    return st.one_of(
        st.sampled_from(["BEIJING", "WASHINGTON", "Rio de Janeiro", "EILAT (ISRAEL)", "", "1"]),
        st.sampled_from([", ", ",", " ", "  ", "\t", "\u00a0", ". ", "\u3000", "/", "("]),
        st.sampled_from(months).flatmap(lambda m: st.sampled_from([m, m.lower(), m.upper()])),
        st.sampled_from(["6", "17", "06", "123", "\u0661\u0667", "2024", "17th", "2, 2024"]),
        tag_forms,
        st.sampled_from([*dialect.separators, "---", "-0-", "x"]),
        st.sampled_from([" Rain fell.", "Rain", "\n", "\r\n"]),
        st.text(alphabet="aZ(/), -\t\u2014:", max_size=4),
    )


def _dialect_lines() -> st.SearchStrategy[tuple[str, str]]:
    return st.sampled_from(TAGGED).flatmap(
        lambda name: st.tuples(
            st.just(name), st.lists(_pieces(dialects.get(name)), max_size=12).map("".join)
        )
    )


def _typical_lines() -> st.SearchStrategy[tuple[str, str]]:
    """Lines shaped as the plain path reads them, mostly: "PLACE, Month D (Tag) -- Lead"."""

    def line(name: str) -> st.SearchStrategy[tuple[str, str]]:
        dialect = dialects.get(name)
        tag = st.sampled_from(list(dialect.agency_tags))
        return st.tuples(
            st.just(name),
            st.tuples(
                st.sampled_from(["BEIJING", "NEW YORK", "Rio", "EILAT (ISRAEL)", "X, Y"]),
                st.sampled_from(list(dialect.months)),
                st.integers(0, 99).map(str),
                tag,
                st.sampled_from(["", " ", "  ", "\t", "\u00a0", " \u3000", "\n"]),
                st.sampled_from([*dialect.separators, "", "x"]),
            ).map(lambda p: f"{p[0]}, {p[1]} {p[2]} ({p[3]}){p[4]}{p[5]} Lead"),
        )

    return st.sampled_from(TAGGED).flatmap(line)


def test_plain_tags_are_the_tag_pattern_s_matches() -> None:
    """Where the plain path reads a tag, the tag's pattern finds the same; both paths ran."""
    ran: Counter[str] = Counter()

    def prop(example: tuple[str, str], lead: str, window: int) -> None:
        name, line = example
        dialect = dialects.get(name)
        pattern = dialect.patterns.tag
        assert pattern is not None
        text = lead + line
        stop = min(len(text), len(lead) + window)
        plain = _plain_tag(text, len(lead), stop, _plain(dialect))
        if plain is None:
            ran["pattern"] += 1
            return
        ran["plain"] += 1
        match = pattern.search(text, len(lead), stop)
        assert match is not None
        assert plain == (match.start(), match.end(), match["agency"])

    lines = st.one_of(_dialect_lines(), _typical_lines())
    _run(prop, lines, st.sampled_from(["", "x\n", "AP "]), st.integers(0, 60))
    assert ran["plain"] > 0
    assert ran["pattern"] > 0


def test_plain_dates_are_the_date_pattern_s_reading() -> None:
    """Where the plain path reads a prefix's date, the date's pattern reads the same; both
    paths ran."""
    ran: Counter[str] = Counter()

    def prop(name: str, prefix: str) -> None:
        dialect = dialects.get(name)
        plain = _plain_date(prefix, _plain(dialect).months)
        ran["plain" if plain is not None else "pattern"] += 1
        if plain is not None:
            assert plain == _dated_prefix(dialect, prefix)

    def prefixes(name: str) -> st.SearchStrategy[tuple[str, str]]:
        dialect = dialects.get(name)
        plain = st.tuples(
            st.sampled_from(["BEIJING", "Rio de Janeiro", "X, Y", "", "A.", "EILAT (ISRAEL)"]),
            st.sampled_from(list(dialect.months)),
            st.sampled_from(["1", "17", "123", "\u0661\u0667", "2024", "17,", "17th"]),
        ).map(lambda p: f"{p[0]}, {p[1]} {p[2]}")
        pieces = st.lists(_pieces(dialect), max_size=8).map("".join)
        return st.tuples(st.just(name), st.one_of(plain, pieces))

    def both(example: tuple[str, str]) -> None:
        prop(*example)

    _run(both, st.sampled_from(EVERY).flatmap(prefixes))
    assert ran["plain"] > 0
    assert ran["pattern"] > 0


@pytest.mark.parametrize("name", EVERY)
def test_every_plain_month_reads_as_the_pattern_reads_it(name: str) -> None:
    """Each month the plain path reads, after each place and with each day, reads as the
    date's pattern reads it; a dialect whose months hold white space has none."""
    dialect = dialects.get(name)
    months = _plain(dialect).months
    for month in months:
        for place in ("BEIJING", "Rio de Janeiro", "X, Y", "", "May", "A. B"):
            for day in ("1", "09", "31"):
                prefix = f"{place}, {month} {day}"
                plain = _plain_date(prefix, months)
                assert plain is not None
                assert plain == _dated_prefix(dialect, prefix)
    if any(c.isspace() for month in dialect.months for c in month):
        assert not months


def test_ascii_places_are_the_location_pattern_s() -> None:
    """The string tests of an ASCII place answer as LOCATION does; places of both answers
    were asked about."""
    seen: Counter[bool] = Counter()

    def prop(place: str) -> None:
        answer = _ascii_place(place)
        seen[answer] += 1
        assert answer == bool(LOCATION.match(place))

    alphabet = string.ascii_uppercase + "ab09 .,'()[]/&-\t\n_:\x7f"
    _run(prop, st.one_of(st.text(alphabet, max_size=90), st.text(string.printable, max_size=5)))
    assert seen[True] > 0
    assert seen[False] > 0


def test_marked_lines_are_the_lines_marked() -> None:
    """The lines whose marks are looked for once are the lines :func:`_marked` tells."""
    sizes: Counter[bool] = Counter()

    def prop(text: str, marks: str, drop: int) -> None:
        lines = split_lines(text, indented=False)
        scanned = list(range(len(lines)))[drop:]
        expected = [i for i in scanned if _marked(text, lines[i], marks)]
        assert list(_marked_lines(text, lines, scanned, marks)) == expected
        sizes[bool(expected)] += 1

    lines = st.lists(st.text("ab(/, ", max_size=200), max_size=8).map("\n".join)
    _run(prop, lines, st.sampled_from(["(", "/(", "(,", ",/("]), st.integers(0, 3))
    assert sizes[True] > 0
    assert sizes[False] > 0


@pytest.mark.parametrize(
    ("tag", "alone"),
    [
        ("Xinhua", True),
        ("Jiji Press", True),
        ("ANTARA News", True),
        ("ats afp", False),  # "afp" may be read as a partner's code
        ("tca/dpa", False),
        ("AP)", False),
        (" AP", False),
        ("", False),
    ],
)
def test_agencies_read_without_the_pattern(tag: str, alone: bool) -> None:
    """A tag is read without the pattern only where the pattern reads it as one agency."""
    assert _agency_alone(tag) is alone


def test_dialects_with_bare_tags_are_left_to_the_pattern() -> None:
    """A bare tag (``BRISBANE, Oct 12 AAP -``) opens with no mark, so a dialect that may print
    one reads every tag with the pattern; a dialect whose months hold a space reads every date
    with it."""
    assert not _plain(dialects.get("aap")).agencies
    assert _plain(dialects.get("xinhua")).agencies == {"Xinhua"}
    assert _plain(dialects.get("tass")).other_marks == "/"
    assert not _plain(dialects.get("xinhua-ar")).months
