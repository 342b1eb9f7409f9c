"""Dateline: where the body begins, ``BEIJING, May 6 (Xinhua) --``.

Three shapes are read, in this order on each line: a form of the dialect's own that a line
opens with (``新华社北京8月12日电``); a place and date before the agency tag (``BEIJING, May 6
(Xinhua) --``, ``MOSCOW, October 4. /TASS/.``, ``Riyadh, February 14, 2023, SPA --``); and, in a
dialect that allows it, a tagless dateline opening a paragraph (``    SALVADOR, Feb 26 -``).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from itertools import compress, islice, repeat
from operator import is_
from typing import NamedTuple

import regex

from .._layout import Line
from .._models import DefectCode, _make_dateline
from .._patterns import groups_getter
from .._state import DateParts, State
from .._text import SPACE
from ..dialects._dialect import Dialect, PerDialect
from .headline import ends_sentence, in_capitals

_SPACE_COMMA = SPACE + ","
"""White space and the comma, which a place's edges shed: ``BEIJING, `` of ``BEIJING, May 6``."""

SCAN_LINES = 12
"""How many unclaimed lines from the top are searched for the dateline."""

WINDOW = 160
"""How far into a line the agency tag may stand. Bounding it keeps the search short on any
line, however long."""

# Matches a place as printed: "BEIJING", "CARBONDALE, United States", "EILAT (ISRAEL)",
# "Ahmedabad/New Delhi", "Damascus [Syria]". It starts with a capital (or a letter of a script
# without case) and holds letters, marks, digits, spaces and the punctuation of place names.
LOCATION = regex.compile(
    r"""
    [\p{Lu}\p{Lt}\p{Lo}]
    [\p{L}\p{M}\p{N}\ .,'\u2019()\[\]/&\-]{0,79}+
    \Z
    """,
    regex.VERBOSE,
)

# Matches a place whose region is in brackets: "Damascus [Syria]", "EILAT (ISRAEL)". The city
# and the region hold no brackets; each is at most 80 characters.
BRACKETED_REGION = regex.compile(
    r"""
    (?P<city> [^()\[\]\n]{1,80}+ )
    (?: \( (?P<region> [^()\[\]\n]{1,80}+ ) \) | \[ (?P<region> [^()\[\]\n]{1,80}+ ) \] )
    \Z
    """,
    regex.VERBOSE,
)

TAGLESS_BLOCKS = 5
"""A tagless dateline opens one of the first five blocks: after a headline, a byline and meta
lines at the most."""

MAX_LOWERCASE_WORDS = 1
"""A place may hold one word in lower case ("Bandar Seri Begawan", "Rio de Janeiro"); more
than that is a sentence, not a place."""

# -- Datelines without an agency tag: "    SALVADOR, Feb 26 -", "WASHINGTON _" --------------------
#
# A sentence can look like one ("The company - which ..."), so a tagless dateline must open a
# paragraph, name its city in capitals, and have white space on both sides of its separator.
# Detection (wireparse.dialects.detect) reads them with the same functions.

# Matches the start of a line up to a tagless dateline's separator: "    SALVADOR, Feb 26 - ",
# "WASHINGTON _ ", "PORTLAND, Ore., Feb 26 - ", "NEW YORK -- ", "MONTREAL, Feb 26-",
# "omaha, april 7 - ", "(UNDATED) _ ", "COLUMBUS, Ohio--". At most twelve characters of
# indentation; the part before the separator (at most 100 characters, searched lazily within
# that bound) starts with a letter or a bracket; white space or a date's last digit stands
# before the separator, or nothing before a dash that no word holds (``--``, an em dash). What
# may follow it is left to tagless_dateline.
TAGLESS = regex.compile(
    r"""
    (?<= (?: \A | [\r\n] ) [^\S\r\n]{0,12}+ )
    (?P<prefix> [\p{L}(] [^\r\n]{0,100}? ) (?: [^\S\r\n]++ | (?<= [0-9] ) | (?= -- | \u2014 ) )
    (?P<separator> -- | \u2014 | \u2013 | _ | - )
    """,
    regex.VERBOSE,
)

_INLINE_SPACE = "".join(
    sorted({c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\r\n"} | {"\u205f"})
)
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
    head = text[:stop]
    if "\r" in head:
        head = head.replace("\r", "\n")  # TAGLESS breaks lines at CR too; CRLF is two breaks
    pos = 0
    for line in head.split("\n"):
        # A match opens with a letter or a bracket, and has a separator after it.
        if "-" in line or "_" in line or "\u2014" in line or "\u2013" in line:
            content = line.lstrip(_INLINE_SPACE)
            lead = len(line) - len(content)
            if lead <= 12 and content and (content[0].isalpha() or content[0] == "("):
                match = TAGLESS.match(text, pos + lead, stop)
                if match is not None:
                    yield match
        pos += len(line) + 1


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


GLUED_SEPARATORS = ("--", "\u2014")
"""The separators a lead may follow without a space, since no word holds them: American
papers print ``COLUMBUS, Ohio--John McCain said`` and ``ATLANTA --If the rain holds``."""


def _glued_lead(rest: str, separator: str) -> bool:
    """Tell whether ``rest``, right after ``separator``, is a lead glued to it: a capital or
    an opening quote after a double hyphen or an em dash (``--John``, ``--"We``)."""
    return separator in GLUED_SEPARATORS and (rest[:1].isupper() or rest[:1] in "\"'\u201c`")


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
    a mark prose never uses so), and a space must follow the separator, or a capital after a
    double hyphen or an em dash (``COLUMBUS, Ohio--John``, ``ATLANTA --If``). On the first
    line, where the headline stands, or without a date, a lead in capitals only is a headline's
    rest:
    ``ECONOMIC SPOTLIGHT - JAPAN EYEING STOCKS``; the first line of a story without a date
    needs a lead. ``UNDATED`` or ``(UNDATED)``, which the AP and the New York Times print on a
    story from many places, stands for the place before a lead.
    """
    letters = any(c.isalpha() for c in rest)
    if (first or not dated) and letters and not any(c.islower() for c in rest):
        return False
    if not dated:
        if rest[:1] and not rest[:1].isspace() and not _glued_lead(rest, separator):
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


class Found(NamedTuple):
    """A dateline found on a line: where it ends and what it says."""

    end: int
    location: str
    date: DateParts | None
    date_text: str | None
    agency: str | None
    last: int | None = None
    """The last line the dateline covers, when it runs past its first: a byline wrapped."""


_PLACE_ASCII = string.ascii_letters + string.digits + " .,'()[]/&-"
"""The ASCII characters :data:`LOCATION` accepts after a place's first."""


_PLACE_LENGTH = 80
"""The longest place :data:`LOCATION` matches."""


def _ascii_place(location: str) -> bool:
    """Tell whether :data:`LOCATION` matches ``location``, made of ASCII characters only, with
    string tests: a capital, then at most 79 of the characters it accepts."""
    if not "A" <= location[:1] <= "Z" or len(location) > _PLACE_LENGTH:
        return False
    return not location.strip(_PLACE_ASCII)


def _location_ok(location: str) -> bool:
    if not (_ascii_place(location) if location.isascii() else LOCATION.match(location)):
        return False
    if location.isupper():  # "BEIJING", "PORTLAND, ORE.": no word in lower case
        return True
    words = location.replace(",", " ").split()
    return sum(1 for w in words if w[:1].islower()) <= MAX_LOWERCASE_WORDS


def split_place(location: str) -> tuple[str, str | None]:
    """Split a dateline's place into its city and its region, if it names one.

    ``"PORTLAND, Ore."`` gives ``("PORTLAND", "Ore.")``, ``"Damascus [Syria]"`` gives
    ``("Damascus", "Syria")``, ``"EILAT (ISRAEL)"`` gives ``("EILAT", "ISRAEL")`` and
    ``"Ahmedabad/New Delhi"`` gives ``("Ahmedabad/New Delhi", None)``.
    """
    bracketed = None
    if "(" in location or "[" in location:
        bracketed = BRACKETED_REGION.match(location)
    if bracketed is not None and bracketed["city"].strip(_SPACE_COMMA):
        return bracketed["city"].strip(_SPACE_COMMA), bracketed["region"].strip(SPACE)
    city, comma, region = location.partition(",")
    region = region.strip(_SPACE_COMMA)
    return city.strip(SPACE), (region or None) if comma else None


_DATE_GROUPS = ("date", "month", "day", "year")


def _date(match: regex.Match[str]) -> tuple[DateParts, str]:
    # A dialect's date may print no year: its pattern may have no group for one.
    date, month, day, year = groups_getter(match.re, _DATE_GROUPS)(match)
    return DateParts(month, day, year), date


DATE_TAIL = 48
"""How many characters from the end of a dateline's prefix a date is looked for first."""


def search_date(dialect: Dialect, prefix: str) -> regex.Match[str] | None:
    """Search ``prefix`` for the date ``dialect`` prints at its end (``BEIJING, May 6``).

    The date pattern is anchored at the end, but a search tries it at every character: in its
    last :data:`DATE_TAIL` characters first, which hold the whole date unless long runs of
    white space stretch it. A date found there is the date of the whole prefix, since no date
    is the tail of a longer one (``May 6`` of ``May 6, 2024`` is followed by more than white
    space and commas, and ``6, 2024`` is none); when there is none, the whole prefix is
    searched.
    """
    pattern = dialect.patterns.date
    if len(prefix) > DATE_TAIL:
        found = pattern.search(prefix, len(prefix) - DATE_TAIL)
        if found is not None:
            return found
    return pattern.search(prefix)


# -- The plain dateline, read with string tests: "WASHINGTON, November 17 (Xinhua) --" -------------
#
# Most agencies that print their tag in parentheses (Xinhua, AP, Reuters, PTI, ...) open nearly
# every story the same way: a place, a comma, a month as the dialect spells it, a day in ASCII
# digits, the tag as the dialect lists it, a separator. On such a line the tag's search and the
# date's are answered with a few string tests (:func:`_plain_tag`, :func:`_plain_date`); any
# line that differs in the least (another case, other white space, a year, a tag with a partner)
# is left to the patterns, so these give the patterns' own answer or none.


class _Plain(NamedTuple):
    """What a dialect's plain datelines are read with (see :func:`_plain`)."""

    agencies: frozenset[str]
    """The agency tags read in parentheses without the pattern; empty when the dialect may
    print a bare tag, which no mark announces."""
    other_marks: str
    """The marks of the dialect's other tag styles, none of which may stand before the
    parenthesis: ``/`` for ``/TASS/``, ``,`` for ``, SPA --``."""
    separators: tuple[str, ...]
    """The dialect's separators, longest first, as the tag's pattern tries them."""
    months: frozenset[str]
    """The month names read after a comma without the date's pattern."""


_PLAIN_MONTH = DATE_TAIL - len(",  99")
"""The longest month read without the pattern: ", November 17" then lies in the
:data:`DATE_TAIL` characters that :func:`search_date` searches first."""


def _agency_alone(tag: str) -> bool:
    """Tell whether ``(tag)`` can only match the tag's pattern with ``tag`` as its agency: it
    holds no bracket or slash, and no word after its first is in lower case, which the pattern
    could read as a partner's code (``(ats afp)``)."""
    if not tag or any(c in "()/" for c in tag) or tag != tag.strip():
        return False
    return not any(word.islower() for word in tag.split()[1:])


def _make_plain(dialect: Dialect) -> _Plain:
    """Tell what of ``dialect``'s datelines string tests can read as its patterns do: its tags
    unless it may print one bare, or a tag or separator the patterns could read otherwise than
    as printed; its months unless one holds white space or a comma."""
    styles = dialect.tag_styles
    tags = dialect.agency_tags
    readable = "paren" in styles and "bare" not in styles and all(map(_agency_alone, tags))
    separators = tuple(sorted(dialect.separators, key=len, reverse=True))
    if any(c.isalnum() or c.isspace() for s in separators for c in s):
        readable = False  # a separator that case or white space could change is the pattern's
    months = tuple(dialect.months)
    plain_months: frozenset[str] = frozenset()
    if not any(c.isspace() or c == "," for m in months for c in m):  # none spans ", "
        plain_months = frozenset(m for m in months if m.isalpha() and len(m) <= _PLAIN_MONTH)
    return _Plain(
        agencies=frozenset(tags) if readable else frozenset(),
        other_marks="".join(m for s in styles if s != "paren" for m in _OTHER_MARKS[s]),
        separators=separators,
        months=plain_months,
    )


_OTHER_MARKS = {"slash": "/", "comma": ",", "bare": ""}
"""The mark each tag style other than ``paren`` opens with (see ``tag_marks``)."""


_plain: PerDialect[_Plain] = PerDialect(_make_plain)
"""The :class:`_Plain` of a dialect, made once."""


def _plain_tag(text: str, start: int, stop: int, plain: _Plain) -> tuple[int, int, str] | None:
    """The start, end and agency of the first match of the dialect's tag pattern in
    ``text[start:stop]`` when it is a plain tag, ``(Xinhua) --``; None when the pattern must
    tell.

    Every style of tag opens with its mark, so no match starts before the first parenthesis
    when no other style's mark stands before it. There, a tag the dialect lists, exactly as it
    lists it, between the brackets matches as itself; then come spaces, and maybe a separator,
    tried longest first. White space other than a space after the bracket is left to the
    pattern, as is any other tag.
    """
    if not plain.agencies:
        return None
    opening = text.find("(", start, stop)
    if opening < 0:
        return None
    for mark in plain.other_marks:
        if text.find(mark, start, opening) >= 0:
            return None  # "MOSCOW, May 6 /TASS/ (photo)": the slash's tag may come first
    closing = text.find(")", opening, stop)
    if closing < 0:
        return None
    agency = text[opening + 1 : closing]
    if agency not in plain.agencies:
        return None
    end = closing + 1
    while end < stop and text[end] == " ":
        end += 1
    if end < stop:
        if text[end].isspace():
            return None  # a tab, a line break: the pattern's white space is its own to tell
        for separator in plain.separators:
            if text.startswith(separator, end, stop):
                end += len(separator)
                break
    return opening, end, agency


_DIGITS = "0123456789"


def _plain_date(prefix: str, months: frozenset[str]) -> tuple[str, DateParts, str] | None:
    """Read ``prefix`` as :func:`_prefix` does when it ends with a plain date: a comma, a
    space, one of ``months``, a space and a day of one or two ASCII digits (``WASHINGTON,
    November 17``); None when the date's pattern must tell.

    The date's pattern then matches from the comma, and only there or at the month: the last
    digits are the day (a year has four, and a date opening with its day ends with a month or
    a year), so the month ends before the space; it starts where it is printed, since no
    date's opening ends inside a word of letters and no month name of such a dialect holds a
    space (see :func:`_make_plain`).
    """
    size = len(prefix)
    if size < len(", M 1") or prefix[-1] not in _DIGITS:
        return None
    day = size - 2 if prefix[-2] in _DIGITS else size - 1
    if prefix[day - 1] != " ":
        return None
    comma = prefix.rfind(", ", 0, day - 1)
    if comma < 0:
        return None
    month = prefix[comma + 2 : day - 1]
    if month not in months:
        return None
    return (
        prefix[:comma].rstrip(_SPACE_COMMA),
        DateParts._make((month, prefix[day:], None)),  # _make: half the cost of the call
        prefix[comma + 2 :],
    )


def _prefix(
    text: str, dialect: Dialect, start: int, end: int
) -> tuple[str, DateParts | None, str | None]:
    """Read what stands before a tag or separator: the place, then maybe a date."""
    prefix = text[start:end].rstrip(SPACE)
    return _plain_date(prefix, _plain(dialect).months) or _dated_prefix(dialect, prefix)


def _dated_prefix(dialect: Dialect, prefix: str) -> tuple[str, DateParts | None, str | None]:
    """Read ``prefix`` as :func:`_prefix` does, with the date's pattern."""
    date = search_date(dialect, prefix)
    if date is None:
        return prefix.rstrip(_SPACE_COMMA), None, None
    parts, date_text = _date(date)
    return prefix[: date.start()].rstrip(_SPACE_COMMA), parts, date_text


# Matches the transmission stamp that opens a paragraph before a dateline in a dialect's own
# form, as Gigaword's Chinese copy prints it: "10/01/00 02:13:01 法新社香港九月三十日电".
FORM_STAMP = regex.compile(
    r"\A [0-9]{2}+ / [0-9]{2}+ / [0-9]{2}+ [^\S\n]++ [0-9]{2}+ : [0-9]{2}+ : [0-9]{2}+ [^\S\n]*+",
    regex.VERBOSE,
)


def _form(state: State, index: int) -> Found | None:
    forms = state.dialect.patterns.forms
    if forms is None:
        return None
    line = state.lines[index]
    stop = min(line.end, line.start + WINDOW)
    match = forms.match(state.text, line.start, stop)
    if match is None and state.text[line.start : line.start + 1].isdigit():
        # A stamp first: the dateline's text and span start at the stamp
        stamp = FORM_STAMP.match(state.text[line.start : stop])
        if stamp is not None:
            match = forms.match(state.text, line.start + stamp.end(), stop)
    if match is None:
        return None
    groups = match.groupdict()
    date = _date(match) if groups.get("date") else None
    return Found(
        end=match.end(),
        location=groups.get("location") or "",
        date=date[0] if date else None,
        date_text=date[1] if date else None,
        agency=groups.get("agency"),
    )


def _tagged(state: State, index: int) -> Found | None:
    """Read a dateline with an agency tag opening line ``index``, if one does, the tag in the
    line's first :data:`WINDOW` characters; with the tail after the tag (:func:`_with_tail`)."""
    text, dialect = state.text, state.dialect
    tag_pattern = dialect.patterns.tag
    if tag_pattern is None:
        return None
    line = state.lines[index]
    start = line.start
    stop = min(line.end, start + WINDOW)
    tag = _plain_tag(text, start, stop, _plain(dialect))
    if tag is None:
        match = tag_pattern.search(text, start, stop)
        if match is None:
            return None
        tag = match.start(), match.end(), match["agency"]
    tag_start, tag_end, agency = tag
    location, date, date_text = _prefix(text, dialect, start, tag_start)
    if location and not _location_ok(location):
        return None
    if not location and date is None:
        return None
    # _make, the fields in order, costs half what the call does
    found = Found._make((tag_end, location, date, date_text, agency, None))
    return _with_tail(state, index, found)


def _date_range(dialect: Dialect, text: str, match: regex.Match[str], rest: str) -> bool:
    """Tell whether a single hyphen after a date, glued to its day, joins it to a second day
    or date: ``Jan. 1-6``, ``Jan. 30-Feb. 4``, as sports listings and calendars print the dates
    of an event (``Jan. 1-6 -- Mondial Australian Women's Hardcourts``)."""
    if not rest[:1] or rest[:1].isspace() or not text[match.start("separator") - 1].isdigit():
        return False
    if rest[:1].isdigit():
        return True
    word = rest.split(None, 1)[0].rstrip(".,")
    return word[:1].isalpha() and dialect.month_number(word) is not None


def _tagless(state: State, index: int) -> Found | None:
    lines = state.lines
    line = lines[index]
    if not state.dialect.tagless or (index and lines[index - 1].block == line.block):
        return None  # a tagless dateline opens a paragraph
    if line.block >= TAGLESS_BLOCKS:
        return None  # ... near the top: below, "Council _ which took over" is prose
    match = TAGLESS.match(state.text, line.start, line.end)
    if match is None:
        return None
    location, date, date_text = _prefix(state.text, state.dialect, line.start, match.end("prefix"))
    if date is None and (misspelt := MISSPELT_DATE.search(location)) is not None:
        date_text = misspelt["date"]  # "NEW YORK, Narch 2": a date, its month misspelt
        location = location[: misspelt.start()].rstrip(_SPACE_COMMA)
    rest = state.text[match.end() : line.end]
    first = index == next(state.unclaimed(), None)
    dated = date_text is not None
    separator = match["separator"]
    if dated and separator == "-" and _date_range(state.dialect, state.text, match, rest):
        return None  # "Jan. 1-6 -- Mondial Open": a listing's dates, no dateline
    if not tagless_dateline(location, dated=dated, rest=rest, first=first, separator=separator):
        return None
    if first and not dated and state.dialect.dated:
        alone = index + 1 == len(lines) or lines[index + 1].block != line.block
        if alone:
            return None  # "ECONOMIC SPOTLIGHT - U.S. DEFICIT" heads a dated dialect's story
    if UNDATED.match(location):
        location = ""  # "UNDATED _": a dateline that names no place
    if location and not location.islower() and not _location_ok(location):
        return None  # a place in lower case, "omaha", was vetted by tagless_dateline
    return Found(match.end(), location, date, date_text, state.dialect.implied_agency)


# -- A dateline on a line of its own above the lead: "JERUSALEM", "JERUSALEM (AP)" ----------------
#
# The Gigaword copy of the AP, the New York Times, the LA Times-Washington Post and CNA (as the
# LDC stores it) sets the dateline as a paragraph of its own between the headline and the lead,
# with no separator: a bare place ("JERUSALEM", "CHATTANOOGA, Tenn."), a place and the time the
# story was sent ("SEMARANG, Indonesia 2007-01-03 04:54:59 UTC"), the whole dateline with its
# tag ("NAIROBI, Jan. 1 (Xinhua)"), or CNA's, a stamp and a byline after the tag ("Taipei,
# Jan. 1 (CNA) 01/01/07 16:21:22 (By Jo Lin)"). A line in capitals above the lead can also be
# a kicker or a subheading, so the place must be one as a tagless dateline prints it (a city in
# capitals) unless a date or a known agency tag stands after it, and a paragraph must follow.

ALONE_LENGTH = 200
"""The longest line read as a dateline alone: the patterns below then run on a bounded line."""

# Matches what may end a dateline alone, after its place and date: an agency tag in brackets,
# a transmission stamp (``2007-01-03 04:54:59 UTC``, CNA's ``01/01/07 16:21:22``), a byline in
# brackets (``(By Jo Lin)``); each optional, in that order. It is searched for, so it starts
# after no white space: a search tries each run of white space once.
ALONE_TAIL = regex.compile(
    r"""
    (?<! [^\S\n] )  # at the start of a run of white space: tried once a run, linear
    (?: [^\S\n]++ \(
        (?P<agency> \p{Lu} [\p{L}\-]{0,20}+ (?: [ ] \p{Lu} [\p{L}\-]{0,20}+ ){0,3}+ ) \) )?+
    (?P<stamp> [^\S\n]++
        (?: [0-9]{4}+ - [0-9]{2}+ - [0-9]{2}+ [^\S\n]++ [0-9]{2}+ : [0-9]{2}+ (?: : [0-9]{2}+ )?+
            [^\S\n]++ UTC
        | [0-9]{2}+ / [0-9]{2}+ / [0-9]{2}+ [^\S\n]++ [0-9]{2}+ : [0-9]{2}+ : [0-9]{2}+ ) )?+
    (?P<byline> [^\S\n]++ \( By [^\S\n] [^()\n]{1,120}+ \) )?+
    [^\S\n]*+ \Z
    """,
    regex.VERBOSE,
)


def _known_tag(tag: str) -> bool:
    """Tell whether ``tag`` is the tag of a registered dialect (``AP``, ``Xinhua``, ``CNA``),
    so that ``EILAT (ISRAEL)`` keeps its region and ``JERUSALEM (AP)`` names its agency."""
    from .. import dialects  # noqa: PLC0415 - the registry imports the rules

    folded = tag.casefold()
    return any(
        folded == known.casefold()
        for name in dialects.names()
        for known in dialects.get(name).agency_tags
    )


def _blank_around(state: State, index: int) -> bool:
    """Tell whether line ``index`` has a blank line (or the text's edge) above and below it:
    a paragraph of one line, whether or not the dialect starts a block at an indent."""
    lines, text = state.lines, state.text
    line = lines[index]
    above = text[lines[index - 1].end : line.start] if index else "\n\n"
    below = text[line.end : lines[index + 1].start] if index + 1 < len(lines) else "\n\n"
    return all(gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2 for gap in (above, below))


def _alone(state: State, index: int) -> Found | None:
    """Read line ``index`` as a dateline alone above the lead, if it is one."""
    lines = state.lines
    line = lines[index]
    if index and lines[index - 1].block == line.block:
        return None  # a paragraph of its own ...
    if index + 1 >= len(lines) or lines[index + 1].block == line.block:
        return None  # ... one line long, with the lead after it
    if line.end - line.start > ALONE_LENGTH or not _blank_around(state, index):
        return None
    above = list(state.unclaimed(0, index))
    for before in above:
        # Above it stand a headline and a byline, each a line of its own, not the lead of a
        # story whose subheadings are in capitals ("Winners of the awards:", "MOTION PICTURES").
        text_above = lines[before].text
        if not _blank_around(state, before) or text_above.endswith(":"):
            return None
        if ends_sentence(text_above) and not in_capitals(text_above):
            return None  # a lead of one line: "The mayor spoke." above "LONG-LASTING"
    text = state.text[line.start : line.end]
    tail = ALONE_TAIL.search(text)
    if tail is None:  # pragma: no cover - the pattern matches the empty tail of every line
        return None
    agency = tail["agency"]
    cut = tail.start()
    if agency is not None and not _known_tag(agency):
        # "EILAT (ISRAEL)": the brackets hold the region, part of the place
        if tail["stamp"] or tail["byline"]:
            return None
        agency, cut = None, len(text)
    if not above and agency is None and not tail["stamp"]:
        return None  # a first line in capitals is a headline ("BOSNIA"), unless it is stamped
    location, date, date_text = _prefix(text, state.dialect, 0, cut)
    if UNDATED.match(location) and above:
        # "UNDATED" alone, as the New York Times sets a story from many places: no place
        return Found(line.end, "", date, date_text, agency)
    if not location or not _location_ok(location):
        return None
    city, region = split_place(location)
    # "EILAT (ISRAEL)" is vetted as "EILAT, ISRAEL": a city, then its region
    place = location if region is None or "," in location else f"{city}, {region}"
    if not city_in_capitals(place) and not (
        (agency is not None or date is not None) and _capitalised(place)
    ):
        return None
    return Found(line.end, location, date, date_text, agency)


TAIL_LOOK = 16
"""How many characters after a tag are looked at for the opening of a tail (see
:func:`_with_tail`); past a longer run of white space, the tail's pattern is tried."""

TAIL_OPENINGS = "(0123456789"
"""The characters that may open what :data:`ALONE_TAIL` matches after white space: an agency
tag's or a byline's bracket, a stamp's first digit."""


def _with_tail(state: State, index: int, found: Found) -> Found:
    """Extend a tagged dateline over the transmission stamp and byline that fill the rest of
    its line, as CNA prints them after the tag: ``Taipei, Jan. 1 (CNA) 01/01/07 16:21:22 (By
    Jo Lin)``; the lead is then the next paragraph."""
    lines, text = state.lines, state.text
    line = lines[index]
    after = found.end
    if after >= line.end:
        return found
    # The tail opens with a bracket or a stamp's first digit, after white space; the lead's
    # first word (``BEIJING, May 6 (Xinhua) -- Rain fell``) opens with neither. A line ends
    # with no white space, so one space has a character after it on the line.
    first = text[after + 1] if text[after] == " " else text[after]
    if not first.isspace() and first not in TAIL_OPENINGS:
        return found  # most leads: one space, then a word
    head = text[after : min(line.end, after + TAIL_LOOK)].lstrip()
    if head and head[0] not in TAIL_OPENINGS:
        return found
    # The byline may wrap onto the block's next lines: "(By Ramon Huang\nand Elisa Kao)".
    last = index
    while last + 1 < len(lines) and lines[last + 1].block == line.block:
        last += 1
    end = lines[last].end
    if end - line.start > ALONE_LENGTH or (last > index and last + 1 >= len(lines)):
        return found  # a wrapped dateline has the lead below it
    rest = state.text[found.end : end].replace("\r", " ").replace("\n", " ")
    tail = ALONE_TAIL.match(" " + rest)  # the tag's end stands for the space before the tail
    if tail is None or tail["agency"] is not None or not (tail["stamp"] or tail["byline"]):
        return found
    return found._replace(end=end, last=last if last > index else None)


def _marked(text: str, line: Line, marks: str) -> bool:
    """Tell whether one of ``marks`` stands where an agency tag may, in ``line``'s first
    :data:`WINDOW` characters.

    A tag in parentheses, slashes or after a comma needs that mark there: a look for each
    spares the tag's search on most lines above the dateline.
    """
    stop = min(line.end, line.start + WINDOW)
    for mark in marks:  # noqa: SIM110 - a loop, not a generator: a hot path
        if text.find(mark, line.start, stop) >= 0:
            return True
    return False


def _opening(state: State, index: int) -> Found | None:
    """Read a dateline opening line ``index``: in the dialect's form, with its tag, or tagless."""
    patterns = state.dialect.patterns
    found = _form(state, index) if patterns.forms is not None else None
    if found is None and patterns.tag is not None:
        marks = patterns.tag_marks
        if marks is None or _marked(state.text, state.lines[index], marks):
            found = _tagged(state, index)
    if found is None and state.dialect.tagless:
        found = _tagless(state, index)
    return found


def _next_mark(text: str, marks: str, start: int, limit: int) -> int:
    """Where the first of ``marks`` stands in ``text[start:limit]``; ``limit`` if none does."""
    first = limit
    for mark in marks:
        at = text.find(mark, start, first)  # only before the first mark found so far
        if at >= 0:
            first = at
    return first


def _marked_lines(text: str, lines: list[Line], scanned: list[int], marks: str) -> Iterator[int]:
    """Yield the lines of ``scanned`` that :func:`_marked` tells hold one of ``marks``.

    The marks are looked for once up to the next line that holds one, not once a line: most
    of the lines above a dateline (a headline, a source, a date) hold no parenthesis, and are
    passed over with a comparison.
    """
    if not scanned:
        return
    limit = lines[scanned[-1]].end
    at = _next_mark(text, marks, lines[scanned[0]].start, limit)  # the first mark not passed
    for index in scanned:
        line = lines[index]
        if at >= line.end:
            continue  # no mark on this line
        start = line.start
        if at < start:  # the mark stands between the lines scanned: look on from this one
            at = _next_mark(text, marks, start, limit)
            if at >= line.end:
                continue
        if at < start + WINDOW:
            yield index


# -- A digest whose first item's dateline stands alone ------------------------------------------
#
# A news digest (Xinhua's "world news summary", AP's "news in brief") runs several items, each
# opening with its own dateline; the LDC's Gigaword copy may set the first item's dateline as a
# paragraph of its own ("SAN JOSE", then the item's text) and the later ones opening their
# paragraphs ("VIENNA -- The agency said ..."). The story's dateline is the first item's: the
# later items' datelines stay in the body, each opening its item's first paragraph.


DIGEST_ITEM_WORDS = 6
"""A digest's item between two datelines holds a line of prose this many words long at least:
the meta lines and kickers between a headline and its dateline are shorter."""


def _prose(text: str) -> bool:
    """Tell whether a line reads as prose: some words, some in lower case."""
    return text.count(" ") >= DIGEST_ITEM_WORDS - 1 and not in_capitals(text)


def _digest_first_item(state: State, scanned: list[int], opening: int) -> tuple[int, Found] | None:
    """The dateline alone of a digest's first item above the dateline opening line
    ``opening``, with its line, or None.

    It counts only when a paragraph of prose (:func:`_prose`) stands between the two: a kicker
    or a meta line right above the lead is no item. The prose is looked for first, so that a
    story without it costs a few string tests.
    """
    lines = state.lines
    below = lines[opening].block
    # The item's dateline stands on a scanned line after the headline, two blocks at least
    # above the opening line (blocks only grow down the story): a story whose second scanned
    # line is nearer, most stories, has no digest's item.
    if len(scanned) < 2 or below - lines[scanned[1]].block < 2:
        return None
    owner = state.owner
    prose = [
        k for k in range(scanned[0] + 1, opening) if owner[k] is None and _prose(lines[k].text)
    ]
    if not prose:
        return None
    for index in scanned[1:]:  # the first unclaimed line is the headline
        if index >= prose[-1]:
            return None
        block = lines[index].block
        if below - block < 2:  # no paragraph between this line and the dateline opening one
            return None
        found = _alone(state, index)
        if found is None:
            continue
        if any(k > index and lines[k].block != block for k in prose):
            return index, found
        return None
    return None


def find_dateline(state: State) -> None:
    """Find the first line, near the top, that opens with a dateline; claim the dateline.

    The rest of that line, if any, stays unclaimed: it is the lead paragraph. The dateline's
    line becomes the start of the body. A dateline on a line of its own (``_alone``) is
    looked for only where no line opens with one, so that a byline or a kicker in capitals
    above a dateline keeps its place, or above a line opening with one when prose stands
    between them: the first item of a digest (``_digest_first_item``). Its date is resolved
    later, once the publication date is known (see :func:`wireparse.rules.dates.resolve_dates`).
    """
    lines, text = state.lines, state.text
    owner = state.owner
    scanned = list(islice(compress(range(len(owner)), map(is_, owner, repeat(None))), SCAN_LINES))
    patterns = state.dialect.patterns
    # Where only a tag can open a dateline, the lines without its marks are passed over with
    # a look for each mark, not read.
    tags_only = patterns.forms is None and not state.dialect.tagless
    marks = patterns.tag_marks if tags_only else None
    found: Found | None = None
    reader = _opening
    if patterns.tag is None and tags_only:
        candidates: Iterable[int] = ()
    elif marks is not None:
        candidates = _marked_lines(text, lines, scanned, marks)
    else:
        candidates = scanned
    opener = _tagged if tags_only else _opening
    for index in candidates:
        found = opener(state, index)
        if found is not None:
            break
    else:
        reader = _alone
        for index in scanned:
            found = _alone(state, index)
            if found is not None:
                break
    if found is not None and reader is _opening:
        first_item = _digest_first_item(state, scanned, index)
        if first_item is not None:
            index, found = first_item
    if found is None:
        # Point at the first line that could have held it: the headline, usually.
        first = next(state.unclaimed(), None)
        at = lines[first].start if first is not None else state.end_of_text()[0]
        state.report(
            DefectCode.NO_DATELINE,
            f"no line near the top opens with a {state.dialect.agency} dateline",
            (at, at),
        )
        return
    start, end = lines[index].start, found.end
    while end > start and text[end - 1] in SPACE:
        end -= 1
    location = found.location
    city, region = split_place(location) if location else (None, None)
    state.dateline = _make_dateline(
        text[start:end],
        location or None,
        city,
        region,
        found.date_text,
        None,
        found.agency,
        (start, end),
    )
    state.dateline_date = found.date
    state.dateline_line = index
    state.body_start = index
    state.trim_start(index, end, "dateline")
    for covered in range(index + 1, (found.last or index) + 1):
        state.claim(covered, "dateline")
