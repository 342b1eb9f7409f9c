"""Datelines without an agency tag: ``    SALVADOR, Feb 26 -``, ``WASHINGTON _``.

A sentence can look like one (``The company - which ...``), so a tagless dateline must open a
paragraph, name its city in capitals, and have white space on both sides of its separator.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Matches the start of a line up to a tagless dateline's separator: "    SALVADOR, Feb 26 - ",
# "WASHINGTON _ ", "PORTLAND, Ore., Feb 26 - ", "NEW YORK -- ", "MONTREAL, Feb 26-",
# "omaha, april 7 - ", "(UNDATED) _ ". At most twelve characters of indentation; the part
# before the separator (at most 100 characters, searched lazily within that bound) starts with
# a letter or a bracket; white space or a date's last digit stands before the separator. What
# may follow it is left to tagless_dateline.
TAGLESS = regex.compile(
    r"""
    (?<= (?: \A | [\r\n] ) [^\S\r\n]{0,12}+ )
    (?P<prefix> [\p{L}(] [^\r\n]{0,100}? ) (?: [^\S\r\n]++ | (?<= [0-9] ) )
    (?P<separator> -- | \u2014 | \u2013 | _ | - )
    """,
    regex.VERBOSE,
)

_INLINE_SPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\r\n") | {
    "\u205f"
}
"""What ``[^\\S\r\n]`` matches in TAGLESS: white space, line breaks aside."""


def tagless_openings(text: str, end: int | None = None) -> Iterator[regex.Match[str]]:
    """Yield the matches of TAGLESS in ``text[:end]``, as ``TAGLESS.finditer(text, 0, end)``
    does, but faster.

    A match can only start at a line's first character that is no white space, with at most
    twelve white space characters before it, and a separator must follow on the same line; so
    TAGLESS is matched at the start of such lines alone, instead of being tried at every
    character.
    """
    stop = len(text) if end is None else min(end, len(text))
    start = 0
    carriage = text.find("\r", 0, stop)  # the next CR, looked for again once passed
    while start < stop:
        if 0 <= carriage < start:
            carriage = text.find("\r", start, stop)
        newline = text.find("\n", start, stop)
        line_end = stop
        if 0 <= newline < line_end:
            line_end = newline
        if 0 <= carriage < line_end:
            line_end = carriage
        at = start
        while at < line_end and at - start <= 12 and text[at] in _INLINE_SPACE:
            at += 1
        # A match opens with a letter or a bracket, and has a separator after it.
        if at < line_end and at - start <= 12 and (text[at].isalpha() or text[at] == "("):
            line = text[at:line_end]
            if "-" in line or "_" in line or "\u2014" in line or "\u2013" in line:
                match = TAGLESS.match(text, at, stop)
                if match is not None:
                    yield match
        start = line_end + 1


# Matches a date whose month is misspelt at the end of a tagless dateline's prefix:
# "NEW YORK, Narch 2", "ALBANY, N.Y., Marc 3". A capitalised word of three to nine letters,
# maybe a period, then a day; after a comma.
MISSPELT_DATE = regex.compile(
    r", [^\S\n]*+ (?P<date> \p{Lu} \p{L}{2,8}+ \.?+ [^\S\n]*+ [0-9]{1,2}+ ) [^\S\n]*+ \Z",
    regex.VERBOSE,
)

# Matches the place of a dateline that names none, as the AP and the New York Times print it
# on a story from many places: "UNDATED", "(UNDATED)", "Undated".
UNDATED = regex.compile(r"\(?+ (?i: undated ) \)?+ \Z", regex.VERBOSE)

# Matches what may lead a word of a place in capitals in lower case: "d'" in "COEUR d'ALENE",
# "l'" in "l'AQUILA", "Mc" in "McALLEN".
PARTICLE = regex.compile(r"\A (?: \p{Ll}{1,2}+ ['\u2019] | Mc | Mac (?= \p{Lu} ) )", regex.VERBOSE)

MAX_PLACE_PARTS = 3
"""A tagless place has at most a city, a region and a country: ``PORTLAND, Ore.``."""

MAX_PART_WORDS = 4
"""... each of at most four words: ``ELK GROVE VILLAGE, ILL.``."""


def city_in_capitals(place: str) -> bool:
    """Tell whether ``place`` reads as a tagless dateline's place: a city in capitals first.

    Every word of the city (the part before the first comma) has at least one letter and no
    lower-case one, and the city has two letters at least; other parts (a state, a country)
    are short and start with a capital; no digit or bracket stands anywhere. So ``SALVADOR``,
    ``NEW YORK``, ``PORTLAND, Ore.`` and ``WEST HARTFORD, Conn.`` are places, and
    ``IBM Corp said``, ``A spokesman`` or ``OSLO, May 6 (Wirex)`` are not.
    """
    if any(c.isdigit() or c in "()[]" for c in place):
        return False  # a date or a tag left over: "PORTSMOUTH, March 2 (Wirex)"
    parts = [part.strip() for part in place.split(",")]
    if not parts[0] or len(parts) > MAX_PLACE_PARTS:
        return False
    city = parts[0].split()
    if len(city) > MAX_PART_WORDS or sum(c.isalpha() for c in parts[0]) < 2:
        return False
    for word in city:
        # A particle or "Mc" may lead a word in capitals: "COEUR d'ALENE", "McALLEN".
        word = PARTICLE.sub("", word)  # noqa: PLW2901 - the word without its particle
        if not any(c.isalpha() for c in word) or any(c.islower() for c in word):
            return False
    for part in parts[1:]:
        words = part.split()
        if not words or len(words) > MAX_PART_WORDS or not words[0][:1].isupper():
            return False
    return True


def _capitalised(place: str) -> bool:
    """Tell whether ``place`` starts with a capital and has at most one word in lower case:
    ``Toronto``, ``New York``, ``New york``, ``Rio de Janeiro``; parts and words as few as in a
    place in capitals."""
    words = place.replace(",", " ").split()
    parts = place.split(",")
    if len(parts) > MAX_PLACE_PARTS or any(len(p.split()) > MAX_PART_WORDS for p in parts):
        return False
    return place[:1].isupper() and sum(1 for w in words if w[:1].islower()) <= 1


SENTENCE_OPENERS = frozenset(
    ("The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I")
)
"""Words that open a sentence and no place in mixed case: before the wire's ``_``, ``The SLORC
_ State Law ...`` is prose (a place called "The ..." is printed in capitals, ``THE HAGUE``)."""


def _opens_sentence(place: str) -> bool:
    words = place.split()
    return bool(words) and words[0] in SENTENCE_OPENERS


def tagless_dateline(
    place: str, *, dated: bool, rest: str, first: bool, separator: str = "-"
) -> bool:
    """Tell whether a line opening with ``place``, a date or not, then a separator, has a
    tagless dateline.

    Args:
        place: What stands before the date (or before the separator, without a date).
        dated: Whether a date stands between the place and the separator.
        rest: What follows the separator on the line.
        first: Whether the line is the first of the story, where a headline stands.
        separator: The separator.

    A date makes a capitalised place enough (``Toronto, March 2 -``, ``New york, March 2 -``),
    or a short one in lower case in copy in lower case (``omaha, april 7 - barrow and gilt
    prices rose``), and the lead may then follow the separator without a space
    (``March 5 -President``). Without a date the city must be in capitals
    (:func:`city_in_capitals`), or capitalised before the wire's ``_`` (``Andrews, N.C. _``,
    a mark prose never uses so), and a space must follow the separator. On the first line, where
    the headline stands, or without a date, a lead in capitals only is a headline's rest:
    ``ECONOMIC SPOTLIGHT - JAPAN EYEING STOCKS``; the first line of a story without a date
    needs a lead. ``UNDATED`` or ``(UNDATED)``, which the AP and the New York Times print on a
    story from many places, stands for the place before a lead.
    """
    letters = any(c.isalpha() for c in rest)
    if (first or not dated) and letters and not any(c.islower() for c in rest):
        return False
    if not dated:
        if rest[:1] and not rest[:1].isspace():
            return False
        if UNDATED.match(place):
            return bool(rest.strip())  # "UNDATED _ Rain fell across the plains."
        place_ok = city_in_capitals(place) or (
            separator == "_" and _capitalised(place) and not _opens_sentence(place)
        )
        return place_ok and not (first and not rest.strip())
    if not place:
        return True
    if any(c.isdigit() or c in "()[]" for c in place):
        return False
    if place.islower():
        return len(place.split()) <= MAX_PART_WORDS - 1 and not any(c.isupper() for c in rest)
    return city_in_capitals(place) or _capitalised(place)
