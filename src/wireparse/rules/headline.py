"""Headline: the first line of the story, with its kicker split off."""

from __future__ import annotations

import regex

from .._models import DefectCode, Headline, Span, _make_headline
from .._state import State
from ..dialects._dialect import Dialect
from .meta import meta_reader

MAX_LENGTH = 300
"""Without a dateline, a line longer than this is a paragraph, not a headline."""

# Matches the end of a sentence: "... said.", "... he said.\"", "(... in 2024.)".
SENTENCE_END = regex.compile(r"\. [\"'\u201d\u2019)\]]{0,3}+ \Z", regex.VERBOSE)

# Matches a take marker ending a headline: "Xi meets Putin (2)", "... (12)". One or two
# digits in parentheses, after white space.
TAKE = regex.compile(r"\s++ \( (?P<take> [0-9]{1,2}+ ) \) \Z", regex.VERBOSE)

# Matches initials ending a line: "U.S.", "N.C.", "D.C.". Two capitals at least, each with its
# period; whatever is before them.
INITIALS_END = regex.compile(r"(?<! \p{L} ) (?: \p{Lu} \. ){2,}+ \Z", regex.VERBOSE)


# Matches a month's abbreviation ending a line: "... by Sept.", "... due Jan.". A headline
# ends in one when it says by when (the AP and the New York Times: "Fed to name chief by
# Sept."); a sentence does not, since a date in one ends in its day or year.
MONTH_ABBREVIATION_END = regex.compile(
    r"(?<! \p{L} ) (?: Jan | Feb | Mar | Apr | Aug | Sept? | Oct | Nov | Dec ) \. \Z", regex.VERBOSE
)

ABBREVIATION_TAIL = 6
"""How many characters from a line's end hold the abbreviation and the boundary before it."""


def ends_sentence(text: str) -> bool:
    """Tell whether the line ``text`` ends a sentence: a period (maybe in quotes or brackets)
    after no initials (``U.S.``) and no month's abbreviation (``Sept.``)."""
    tail = max(0, len(text) - 5)
    return bool(
        SENTENCE_END.search(text, tail)
        and not INITIALS_END.search(text, tail)
        and not MONTH_ABBREVIATION_END.search(text, max(0, len(text) - ABBREVIATION_TAIL))
    )


def is_meta(dialect: Dialect, text: str) -> bool:
    """Tell whether ``text`` is a source or publication-date line of ``dialect``.

    The line is read afresh, not looked up among the meta lines kept: the lines asked about
    here are headlines and the first lines of paragraphs, which a dump seldom repeats.
    """
    return meta_reader(dialect).read(text) is not None


def in_capitals(text: str) -> bool:
    """Tell whether ``text`` has letters in capitals and none in lower case."""
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


def _reads_like_headline(state: State, index: int, following: int | None) -> bool:
    """Without a dateline, tell whether line ``index`` reads like a headline."""
    line = state.lines[index]
    text = line.text
    capitals = in_capitals(text)
    if following is not None:
        after = state.lines[following]
        if after.block == line.block and not is_meta(state.dialect, after.text):
            return False  # the first line of a wrapped paragraph
    if len(text) > MAX_LENGTH:
        return False
    # A line in capitals is no sentence, whatever ends it ("... EXPORTS TO U.S."); nor is one
    # ending in initials ("Trade talks with U.S.") or a month's abbreviation ("... by Sept.").
    # A story of one line that is no sentence is a wire brief, its headline alone ("Qantas
    # says will buy four Boeing 747s").
    if not capitals and ends_sentence(text):
        return False
    terminator = state.dialect.patterns.terminator
    return terminator is None or terminator.search(text) is None


def claim_headline(state: State) -> None:
    """Claim the first unclaimed line above the dateline as the headline.

    Without a dateline, the first line is taken only if it reads like a headline: no line
    follows it in its own block (save source and date lines); it is not too long; and it ends
    neither a sentence (a line in capitals never does) nor the story. So a story of one line
    that is no sentence is a brief, a headline alone. A source or date line is never a
    headline.
    """
    lines, owner, dateline_line = state.lines, state.owner, state.dateline_line
    stop = len(owner) if dateline_line is None else dateline_line
    # The first line above ``stop`` that no rule claimed: ``owner`` holds None for it, and
    # ``list.index`` finds it without a loop in Python.
    index: int | None
    try:
        index = owner.index(None, 0, stop)
    except ValueError:
        index = None
    if index is not None:
        text = state.content(index)  # a line of wire copy may have lost its control characters
        plausible = dateline_line is not None or _reads_like_headline(
            state, index, next(state.unclaimed(index + 1), None)
        )
        if plausible and not is_meta(state.dialect, text):
            state.claim(index, "headline")
            state.headline_line = index
            state.headline = make_headline(state.dialect, text, state.span(index))
            return
    if index is not None:
        at = lines[index].start
    elif state.dateline is not None:  # the story opens with its dateline
        at = state.dateline.span[0]
    else:
        at = state.end_of_text()[0]
    state.report(DefectCode.NO_HEADLINE, "the story has no headline", (at, at))


WIRE_CLOSE = ("<", "=")
"""Marks ending a headline on the wire that are no part of its title: ANPA's ``<`` (``^For
Argentine chemo patients, mirrors can hurt <``) and IPTC 7901's ``=``, which ends the heading
(``Peace talks on Yemen to take place in Sweden next month, Mattis says =``)."""


def unframed(dialect: Dialect, text: str) -> str:
    """Return headline ``text`` without the marks framing it on the wire.

    A caret opening it (ANPA's headline line), then one of :data:`WIRE_CLOSE` or of the
    dialect's :attr:`~wireparse.dialects.Dialect.headline_marks` ending it (Kyodo's ``+``),
    are cut off with the white space beside them; ``==`` is no mark. A headline of marks alone
    is kept whole.
    """
    core = text[1:].lstrip() if text.startswith("^") else text
    own = dialect.headline_marks
    # One look for the marks of every dialect, one for the dialect's own (most have none):
    # most headlines end in none.
    if core.endswith(WIRE_CLOSE) or (own and core.endswith(own)):
        for mark in (*WIRE_CLOSE, *own):
            if core.endswith(mark) and not core.endswith(mark * 2):
                core = core[: -len(mark)].rstrip()
                break
    return core or text


def make_headline(dialect: Dialect, text: str, span: Span) -> Headline:
    """Make the headline of the line ``text`` at ``span``: its kicker and take split off, and
    the marks framing it on the wire (:func:`unframed`)."""
    core = unframed(dialect, text)
    pattern = dialect.patterns.kicker
    match = pattern.match(core) if pattern is not None else None
    kicker, title = (None, core) if match is None else (match["kicker"], match["title"])
    take = TAKE.search(title, max(0, len(title) - 8)) if title.endswith(")") else None
    if take is not None and take.start() > 0:
        return _make_headline(text, kicker, title[: take.start()], take["take"], span)
    return _make_headline(text, kicker, title, None, span)
