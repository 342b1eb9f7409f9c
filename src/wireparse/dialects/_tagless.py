"""Datelines without an agency tag: ``    SALVADOR, Feb 26 -``, ``WASHINGTON _``.

A sentence can look like one (``The company - which ...``), so a tagless dateline must open a
paragraph, name its city in capitals, and have white space on both sides of its separator.
"""

from __future__ import annotations

import regex

# Matches the start of a line up to a tagless dateline's separator: "    SALVADOR, Feb 26 - ",
# "WASHINGTON _ ", "PORTLAND, Ore., Feb 26 - ", "NEW YORK -- ". At most twelve characters of
# indentation; the part before the separator (at most 100 characters, searched lazily within
# that bound) starts with a capital; the separator has white space or the line's end after it.
TAGLESS = regex.compile(
    r"""
    (?<= (?: \A | [\r\n] ) [^\S\r\n]{0,12}+ )
    (?P<prefix> \p{Lu} [^\r\n]{0,100}? ) [^\S\r\n]++
    (?P<separator> -- | \u2014 | \u2013 | _ | - )
    (?= \s | \Z )
    """,
    regex.VERBOSE,
)

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
        if not any(c.isalpha() for c in word) or any(c.islower() for c in word):
            return False
    for part in parts[1:]:
        words = part.split()
        if not words or len(words) > MAX_PART_WORDS or not words[0][:1].isupper():
            return False
    return True


def _title_case(place: str) -> bool:
    """Tell whether every word of ``place`` starts with a capital: ``Toronto``, ``New York``."""
    return all(word[:1].isupper() for word in place.replace(",", " ").split())


def tagless_dateline(place: str, *, dated: bool, rest: str, first: bool) -> bool:
    """Tell whether a line opening with ``place``, a date or not, then a separator, has a
    tagless dateline.

    Args:
        place: What stands before the date (or before the separator, without a date).
        dated: Whether a date stands between the place and the separator.
        rest: What follows the separator on the line.
        first: Whether the line is the first of the story, where a headline stands.

    A date makes a place in title case enough (``Toronto, March 2 -``); without one the city
    must be in capitals (:func:`city_in_capitals`), and the first line needs a lead after the
    separator. What follows the separator must not be in capitals only: ``ECONOMIC SPOTLIGHT -
    JAPAN EYEING STOCKS`` is a headline.
    """
    if any(c.isalpha() for c in rest) and not any(c.islower() for c in rest):
        return False
    if not dated:
        return city_in_capitals(place) and not (first and not rest.strip())
    if not place:
        return True
    if any(c.isdigit() or c in "()[]" for c in place):
        return False
    return city_in_capitals(place) or _title_case(place)
