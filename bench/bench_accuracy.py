"""Measure how much of each story the parser gets right, against the corpora's own markup.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_accuracy.py                        # the table, every corpus
    python bench/bench_accuracy.py --corpus aquaint-xie   # one corpus (repeat for more)
    python bench/bench_accuracy.py --failures location --limit 20
    python bench/bench_accuracy.py --show 5               # one document: text, truth, parse
    python bench/bench_accuracy.py --json                 # machine-readable

``--dialect NAME`` parses every corpus with that dialect, ``--dialect CORPUS=NAME`` one corpus
(repeatable); the parser's default is used otherwise. ``--shared DIR`` says where the shared
folder is (``../shared`` beside the clone by default). When the corpora are absent (a clone
without ``../shared``) the script says so and exits with status 0.

The corpora, read with :mod:`wireparse.readers`, each story's markup taken as the truth and only
its plain text (``Document.text``) handed to the parser, with the story's date as reference:

- ``reuters21578``: ``reuters21578/reut2-*.sgm``, the 1987 Reuters wire;
- ``aquaint-apw``, ``aquaint-nyt``, ``aquaint-xie``: ``aquaint/APW*``, ``NYT*``, ``XIE*``, the
  AP, New York Times and Xinhua English stories of AQUAINT;
- ``kbp2010-afp``, ``-apw``, ``-cna``, ``-ltw``, ``-nyt``, ``-xin``: ``kbp2010/AFP_*`` and so on,
  the TAC KBP 2010 source documents (English Gigaword, 3rd and 4th editions), by agency: the
  source code opening each file's name (AFP, AP, CNA, LA Times-Washington Post, NYT, Xinhua).

For each field, a document counts only where its truth is defined; ``n`` is that count, and the
accuracy is the share of those documents where what the parser found equals the truth. Strings
are compared with white space runs made one space and trimmed at both ends; None (nothing found,
or nothing there) equals only None.

Where a document's markup is malformed for a field (the element is not what the field means),
the document is excluded from that field's ``n``: no truth is made up for it. The exclusions are
counted, with their reasons, in notes under the table (``"excluded"`` in JSON), and each is a
generic check on the markup, never on a document's id or on what the parser found (see
"Excluded as malformed markup" below).

How the truth is derived, field by field:

headline
    Reuters: the ``TITLE`` on one line (briefs included). AQUAINT: the ``HEADLINE`` on one line.
    Undefined when the markup has none or it is blank (Reuters ``UNPROC`` stories; some NYT
    stories, whose ``HEADLINE`` holds only tabs). Compared with ``article.headline.text``.
location, date_text, agency (the dateline)
    Reuters: read from the ``DATELINE`` element, which Reuters printed as ``PLACE, Month D - ``:
    ``"    SALVADOR, Feb 26 - "`` gives location ``SALVADOR`` and date text ``Feb 26``;
    ``"PORTLAND, Ore., Feb 26 - "`` gives ``PORTLAND, Ore.``; ``"TOKYO - "`` gives no date text
    (None) and ``"APRIL 7 - "`` no location. The separator may be glued to the day
    (``"MONTREAL, Feb 26-"``), and a comma left after the date is dropped (``"CHICAGO, March
    4, -"``). The agency is ``Reuters``: the 1987 wire printed no
    tag, but its dialect implies it; a tag the dateline does print (``"WASHINGTON, March 12,
    Reuter - "``) is expected as printed. Undefined for stories with no ``DATELINE`` (briefs,
    ``UNPROC``).
    AQUAINT: the files have no dateline element; the dateline is the opening of the first
    ``P``, white space made single, when it has the form ``PLACE[, Month D] [(AGENCY)] SEP ``
    with SEP one of ``--``, ``_``, an em or en dash or ``-`` (``--`` and dashes may lack their
    spaces: ``(Xinhua)-- ``), and PLACE capitalised words, with
    an optional bracketed part and up to two comma-separated parts (``NAIROBI, January 4
    (Xinhua) --``, ``NEW DELHI, India (AP) _``, ``COLUMBIA, Md. (AP) --``, NYT's ``WASHINGTON
    _``, ``STOCKTON, Calif. _``). The date text is None when no date is printed (AP, NYT), and
    the agency is the tag as printed, None without one (NYT). Undefined when the first ``P``
    has no such opening (features, a byline ``(by ...)`` first, ``(UNDATED) _``, ``UNDATED -``,
    a slug such as ``WOLF KILLED (Undated) -``).
    TAC KBP 2010: the first ``P`` when it is a dateline and nothing else (:func:`kbp_dateline`):
    a bare place (``JERUSALEM``, ``CHATTANOOGA, Tenn.``), with the agency (``GAZA CITY, Gaza
    Strip (AP)``), with a UTC time stamp (``SEMARANG, Indonesia 2007-01-03 04:54:59 UTC``), the
    whole dateline (``NAIROBI, Jan. 1 (Xinhua)``), CNA's with its stamp and byline (``Taipei,
    Jan. 1 (CNA) 01/01/07 16:21:22 (By Jo Lin)``); a byline (``By ...``) or a news service's name
    (``States News Service``) is none, and ``UNDATED`` alone names no place (the fields are
    undefined, and that ``P`` is no paragraph). Otherwise as AQUAINT, from the opening of the
    first ``P``.
    Compared with ``article.dateline.location``, ``.date_text`` and ``.agency``.
terminator
    Reuters: the sign-off ``Reuter`` (``REUTER``, ``Reuters``, ``REUTER...``, in any case) that
    ends the ``BODY``, on its own line or glued to the last sentence; a literal ``^M`` after it,
    a transcription artefact in a few stories, is not part of it. None when the body ends
    otherwise (``MORE`` on continued stories, a table). Undefined without a ``BODY``.
    AQUAINT: the LDC removed the agencies' end marks, so the truth is None, except for the AP
    desk initials that end some APW stories on a line of their own (``(jai/mr)``, ``(gb)``,
    ``jk-kl``), which are the terminator. Undefined for a story without paragraphs. TAC KBP
    2010, Gigaword copy the LDC cleaned the same way: as AQUAINT, AP's desk initials for APW.
    Compared with ``article.terminator.text``.
paragraphs
    The body as a flat list: each subheading and paragraph in order, white space made single,
    compared as a whole list per document (a document counts when the lists are equal).
    Reuters: the ``BODY`` split where a line is blank or indented (``Fields.paragraphs``; an
    ALL-CAPS subhead such as ``    SUBPRODUCTS`` is an item of its own), without the
    terminator. AQUAINT: each ``P`` (or indented paragraph of a ``TEXT`` without ``P``), the
    first without its dateline (an ``UNDATED _`` one too, which names no place), the last
    without its terminator, empty ones dropped. Undefined without a body. The parse gives
    TAC KBP 2010: as AQUAINT, without the first ``P`` when it is the dateline alone.
    ``heading.text`` and ``paragraph.text`` of each section, in order.

Excluded as malformed markup:

Reuters ``DATELINE`` that is no dateline (:func:`reuters_malformed`)
    location, date text, agency and paragraphs (the split between dateline and lead is then
    the markup's guess): a table row, whose separator only empty cells follow (``"MAR8  --
    --"``); an element giving neither a place nor a date (``"--"``); one whose place is no place
    name (:data:`REUTERS_PLACE`: a digit, a sign or a run of spaces in it, as in
    ``"****WASHINGTON"``, ``"ME}LBOURNE"``, ``"c    CHICAGO"``, a misprinted date such as
    ``"NEW YORK, March 119"`` or a table's ``"us        7.8015"``).
Reuters ``DATELINE`` that swallowed the lead's first words (:func:`reuters_swallowed`)
    paragraphs only: ``"HAMBURG, March 4 - Vereins-"`` leaves the ``BODY``, and so the truth's
    lead, starting mid-word; the dateline fields, read before the separator, stay measured.
AQUAINT ``P`` elements holding front matter (:func:`aquaint_front_matter`)
    paragraphs only: a dateline opening a ``P`` below the first (the ones above hold a
    headline, a byline or a copyright line); a ``P`` that is a byline (``By NAME``), a
    copyright line (``C. 1998 Cox News Service``, ``(c) 1999 ...``) or an AP credit line
    (``Associated Press writer ... contributed to this report.``); a note to editors in a
    ``P`` (``(To publish ...``, ``(For use by ...``, ``(Distributed by ...``, ``EDITORS:``);
    and, in a story whose markup has no headline, a first ``P`` that is a title (at most 15
    words, no sentence); a writer's title (``Times Columnist``, ``Staff Writer``), the name of
    the news service that moved the story (``Cox News Service``) and a release or embargo
    line (``FOR WEDNESDAY AMs``, ``EMBARGOED FOR TUESDAY, MAY 15, 2007``) in a ``P``.
    Agencies print these as furniture, not as paragraphs of the story.
TAC KBP first ``P`` of capitalised words that is no dateline (:func:`kbp_no_dateline`)
    location, date text, agency and paragraphs: a release line (``FOR WEDNESDAY AMs``) and a
    writer's title (``Times Columnist``) have the shape of a place; and where the
    ``HEADLINE`` ends on a word no headline ends on (``... FOR EDITIONS OF``), the LDC cut it
    and the first ``P`` holds its rest (``Indiana.``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

import wireparse
from wireparse import readers

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""``../shared`` beside the clone: where the corpora live."""

FIELDS = ("headline", "location", "date_text", "agency", "terminator", "paragraphs")
"""The fields measured, in the order of the table's columns."""

UNDEFINED = object()
"""The truth of a field the document's markup says nothing about: left out of the count."""

Value = str | None | tuple[str, ...]


@attrs.frozen
class Excluded:
    """The truth of a field the document's markup gets wrong: left out of the count, and
    counted apart, with the reason."""

    reason: str


@attrs.frozen(kw_only=True)
class Corpus:
    """One corpus: where its files are and how to read them."""

    name: str
    pattern: str
    read: Callable[..., Iterator[readers.Document]]
    truth: Callable[[readers.Document], dict[str, Any]]


def normal(text: str) -> str:
    """``text`` with each run of white space made one space, trimmed at both ends."""
    return " ".join(text.split())


# -- Reuters-21578 ------------------------------------------------------------------------------

# Finds the separator that ends a Reuters dateline: the " - " of "SALVADOR, Feb 26 - ", the
# "  --" of "MAY7    --", the "-" glued to the day of "MONTREAL, Feb 26- ". The first one
# counts: a few DATELINE elements run on into the story.
REUTERS_SEPARATOR = regex.compile(
    r"(?: \A | (?<= \s ) | (?<= [0-9] ) ) -++ (?= \s | \Z )", regex.VERBOSE
)

# Finds the date that ends a Reuters dateline, separator removed: "Feb 26", "MARCH 11",
# "april 7", "MAR8", and after a comma any word and day as printed ("Narch 2", "2 March").
REUTERS_DATE = regex.compile(
    r"""
    (?:
        (?<= , ) \s*+
        (?P<date> [A-Za-z]{3,9}+ \.?+ \s*+ [0-9]{1,2}+ | [0-9]{1,2}+ \s++ [A-Za-z]{3,9}+ )
    |
        (?<! \S )
        (?P<date>
            (?i: jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov | dec ) [a-z]{0,7}+
            \.?+ \s*+ [0-9]{1,2}+
        )
    )
    \s*+ \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Matches an agency tag printed in a Reuters dateline: "Reuter", "REUTERS".
REUTERS_TAG = regex.compile(r"reuters?+", regex.IGNORECASE)

# Finds the sign-off ending a Reuters body: "\n Reuter", " said. REUTER", "REUTER...^M". It
# starts the body's last line or follows the last sentence's closing punctuation.
REUTERS_SIGNOFF = regex.compile(
    r"""
    (?: (?<= \A | \n ) | (?<= [.!?"')\]] [^\S\n]{0,20} ) )
    (?P<terminator> reuters?+ (?: \.{1,3}+ )?+ ) (?: \^M )?+ \s*+ \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# Matches a place as a Reuters dateline prints it: "SALVADOR", "PORTLAND, Ore.", "WINSTON-SALEM,
# N.C.", "COEUR d'ALENE, Idaho", "sioux falls", "OAKLAND , N.J.": words of letters (a period,
# an apostrophe, "&" or "/" inside, a hyphen between letters) one space apart, parts after
# commas. No digit, no other sign, no run of spaces: "****WASHINGTON", "ME}LBOURNE",
# "NEW YORK, March 119", "c    CHICAGO" and the table row "us        7.8015" are no places.
_WORD = r"\p{L}++ (?: [.'&/]++ \p{L}++ | - \p{L}++ )*+ \.?+"
REUTERS_PLACE = regex.compile(
    # The word is written out, not called as a subroutine: the regex module runs a run of
    # subroutine calls in quadratic time ("A A A ...").
    rf"""
    {_WORD} (?: [ ] {_WORD} )*+
    (?: [ ]?+ , [ ]?+ {_WORD} (?: [ ] {_WORD} )*+ )*+
    [.,]*+
    """,
    regex.VERBOSE,
)

# Matches what a table row holds after its first separator: more separators, the empty cells
# of "MAR8  --     --" and "Jun      ---    ---     ---".
REUTERS_EMPTY_CELLS = regex.compile(r"(?: \s*+ -++ )++ \s*+", regex.VERBOSE)


def _split_separator(dateline: str) -> tuple[str, str]:
    """What a ``DATELINE`` holds before its first separator, and after it."""
    separator = REUTERS_SEPARATOR.search(dateline)
    if separator is None:
        return dateline.strip(), ""
    return dateline[: separator.start()].strip(), dateline[separator.end() :].strip()


def reuters_dateline(dateline: str) -> tuple[str | None, str | None, str]:
    """Split a Reuters ``DATELINE`` into location, date text and agency (see the docstring)."""
    core, _ = _split_separator(dateline)
    agency = "Reuters"
    head, comma, tail = core.rpartition(",")
    if comma and REUTERS_TAG.fullmatch(tail.strip()):
        agency, core = tail.strip(), head.strip()
    core = core.rstrip(" ,")  # "CHICAGO, March 4, -": a comma left after the date
    date = None
    found = REUTERS_DATE.search(core)
    if found is not None:
        date, core = found.group("date"), core[: found.start()]
    core = core.rstrip(" ,")
    return core or None, date, agency


def reuters_malformed(dateline: str) -> str | None:
    """Why a ``DATELINE`` element is no dateline at all, or None when it is one.

    A table row (``"MAR8  --     --"``: only empty cells after the separator), an element
    giving neither a place nor a date (``"--"``), and one whose place is no place name
    (:data:`REUTERS_PLACE`) are not: the story's dateline fields and paragraphs are then not
    measured.
    """
    _, rest = _split_separator(dateline)
    if rest and REUTERS_EMPTY_CELLS.fullmatch(rest):
        return "a table row, not a dateline"
    location, date, _ = reuters_dateline(dateline)
    if location is None and date is None:
        return "neither a place nor a date"
    if location is not None and not REUTERS_PLACE.fullmatch(location):
        return "no place name before the date"
    return None


def reuters_swallowed(dateline: str) -> bool:
    """Tell whether a ``DATELINE`` element holds the story's first words after its separator
    (``"HAMBURG, March 4 - Vereins-"``), which the ``BODY``, and so the truth's lead, lacks.
    A date there (``"CHEVY CHASE, Md., - March 4 -"``) is no such text."""
    _, rest = _split_separator(dateline)
    if not rest or REUTERS_EMPTY_CELLS.fullmatch(rest):
        return False
    date = REUTERS_DATE.search(rest.rstrip(" -"))
    return date is None or date.start() > 0


def _without_terminator(
    paragraphs: Sequence[str], pattern: regex.Pattern[str]
) -> tuple[str | None, tuple[str, ...]]:
    """Find the terminator at the end of the last paragraph; return it and the paragraphs
    without it, white space made single and empty ones dropped."""
    items = list(paragraphs)
    terminator = None
    if items:
        match = pattern.search(items[-1])
        if match is not None:
            terminator = match.group("terminator")
            items[-1] = items[-1][: match.start()]
    return terminator, tuple(n for n in (normal(p) for p in items) if n)


def reuters_truth(document: readers.Document) -> dict[str, Any]:
    """The truth of each field for a Reuters-21578 story."""
    fields = document.fields
    truth: dict[str, Any] = dict.fromkeys(FIELDS, UNDEFINED)
    if fields.title is not None:
        truth["headline"] = normal(fields.title)
    malformed = None
    if fields.dateline is not None:
        truth["location"], truth["date_text"], truth["agency"] = reuters_dateline(fields.dateline)
        malformed = reuters_malformed(fields.dateline)
        if malformed is not None:
            for field in ("location", "date_text", "agency"):
                truth[field] = Excluded(malformed)
    if fields.kind != "UNPROC" and fields.paragraphs:
        truth["terminator"], truth["paragraphs"] = _without_terminator(
            fields.paragraphs, REUTERS_SIGNOFF
        )
        if malformed is not None:
            truth["paragraphs"] = Excluded(malformed)
        elif fields.dateline is not None and reuters_swallowed(fields.dateline):
            truth["paragraphs"] = Excluded("the dateline holds the lead's first words")
    return truth


# -- AQUAINT ------------------------------------------------------------------------------------

_MONTH = (
    r"(?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Sept | Oct | Nov | Dec )"
    r" [a-z]{0,6}+ \.?+"
)

# The place of a dateline, white space made single, and maybe its date, as the groups
# "location" and "date": "NAIROBI, January 4", "EILAT (ISRAEL), April 30", "COLUMBIA, Md.". A
# word is capitalised (or a short lower-case prefix with an apostrophe), and holds no double
# hyphen, which is a separator glued to it (NYT and LTW: "COLUMBUS, Ohio--John"); a bracketed
# part of the place is followed by a comma, so that it is not the agency tag; a comma part may
# not be the date. The words are defined by _WORDS, which a pattern using this one must hold.
_PLACE_AND_DATE = (
    r"""
    (?P<location>
        (?&word) (?: [ ] (?&word) ){0,5}+
        (?: [ ] \( (?&word) (?: [ ] (?&word) ){0,3}+ \) (?= , ) )?+
        (?: , [ ] (?! """
    + _MONTH
    + r""" [ ] [0-9] ) (?&word) (?: [ ] (?&word) ){0,3}+ ){0,2}+
    )
    (?: , [ ] (?P<date> """
    + _MONTH
    + r""" [ ] [0-9]{1,2}+ ) )?+
    """
)
_WORDS = r"""
    (?(DEFINE)
        (?P<word> [A-Z] (?&letters) | [a-z]{1,3}+ ' [A-Z] (?&letters) )
        (?P<letters> (?: [A-Za-z'.&] | - (?! - ) ){0,30}+ )
    )
"""

# Matches a dateline opening an AQUAINT paragraph, white space made single:
# "NAIROBI, January 4 (Xinhua) -- ", "NEW DELHI, India (AP) _ ", "COLUMBIA, Md. (AP) -- ",
# "WASHINGTON _ ", "EILAT (ISRAEL), April 30 (Xinhua) -- ", "COEUR d'ALENE, Idaho _ ",
# "PARIS, February 13 (Xinhua)-- ". A double hyphen or a dash may lack the spaces around it.
AQUAINT_DATELINE = regex.compile(
    r"""
    \A
    (?! (?i: undated ) \b )  # NYT's "UNDATED _" names no place
    """
    + _PLACE_AND_DATE
    + r"""
    (?: [ ] \( [ ]?+
        (?! (?i: undated ) \b )
        (?P<agency> [A-Z] [A-Za-z]{0,20}+ (?: [ ] [A-Z] [A-Za-z]{0,20}+ ){0,3}+ )
    [ ]?+ \) )?+
    (?:
        [ ]?+ (?P<separator> -- | \u2014 | \u2013 ) [ ]?+  # "(Xinhua)-- ", "(Xinhua) --The"
    |
        [ ] (?P<separator> _ | - ) (?: [ ] | \Z )
    )
    """
    + _WORDS
    + r"""
    """,
    regex.VERBOSE,
)

# Finds AP desk initials on the last line of a story: "(jai/mr)", "(gb)", "jk-kl", "(dmc/sl)".
AP_DESK = regex.compile(
    r"""
    (?: \A | \n ) [^\S\n]*+
    (?P<terminator>
        \( [a-z]{1,5}+ (?: [/\-] [a-z]{1,5}+ ){0,4}+ \)
    |
        [a-z]{1,5}+ (?: [/\-] [a-z]{1,5}+ ){1,4}+
    )
    \s*+ \Z
    """,
    regex.VERBOSE,
)

# Matches the opening of a paragraph whose dateline names no place, as the AP and the New York
# Times print it: "UNDATED _ ", "(UNDATED) -- ", "UNDATED - ", "Undated --".
UNDATED = regex.compile(
    r"\A \(?+ (?i: undated ) \)?+ [ ]?+ (?: -- | _ | - | \u2014 | \u2013 ) [ ]?+", regex.VERBOSE
)

FRONT_MATTER_PARAGRAPHS = 5
"""How many paragraphs from the top may hold front matter above a story's dateline."""

# Matches a paragraph that is a byline alone: "By John Doe", "*By JANE Q. DOE", "By Ana de Souza".
AQUAINT_BYLINE = regex.compile(
    r"\A \*?+ By [ ] \p{Lu} [\p{L}.'\-]*+ (?: [ ] [\p{L}.'\-]++ ){0,5}+ \Z", regex.VERBOSE
)

# Matches a paragraph opening with a copyright line: "C. 1998 Cox News Service",
# "(c) 1999 The Hartford Courant", "c.2000 N.Y. Times News Service", "c 1999, Houston Chronicle".
AQUAINT_COPYRIGHT = regex.compile(
    r"\A (?: \( c \) | \u00a9 | c \.?+ ) [ ]?+ (?: 19 | 20 ) [0-9]{2}+ \b",
    regex.VERBOSE | regex.IGNORECASE,
)

# Matches a paragraph that is an AP credit line: "Associated Press writer Jo Kent in Lima
# contributed to this report."
AQUAINT_CREDIT = regex.compile(
    r"""\A (?: the [ ] )?+ associated [ ] press [ ] writers?+ [ ] [^()]{1,300}?
        contributed [ ] to [ ] this [ ] (?: report | story ) \.?+ \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)

# Finds a note to editors: "(To publish this article ...", "(For use by New York Times News
# Service clients)", "(Distributed by ...)", "EDITORS: ...", "EDITOR: Visit ...",
# "NONSUBSCRIBERS: ...".
AQUAINT_EDITOR_NOTE = regex.compile(
    r"\( (?: To [ ] publish | For [ ] use [ ] by | Distributed [ ] by ) \b"
    r" | \b (?: EDITORS?+ | NONSUBSCRIBERS ) [ ]?+ :",
    regex.VERBOSE,
)

# Matches a paragraph that is a writer's title, the second line of a byline: "Times
# Columnist", "Staff Writer", "Associated Press Writer".
AQUAINT_WRITER = regex.compile(
    r"""\A (?: [A-Z] [A-Za-z.&'\-]*+ [ ] ){0,4}+
    (?: Columnist | Writer | Correspondent | Reporter | Critic ) s?+ \Z""",
    regex.VERBOSE,
)

# Matches a paragraph that names the news service that moved the story: "Cox News Service",
# "COX NEWS SERVICE", "States News Service". Syndicated American copy prints it under the
# headline, as a source, not as a paragraph.
AQUAINT_SERVICE = regex.compile(
    r"\A (?: [A-Z] [A-Za-z.&'\-]*+ [ ] (?! (?i: news [ ] service ) \Z ) ){0,5}+"
    r" [A-Z] [A-Za-z.&'\-]*+ [ ] (?i: news [ ] service ) \Z",
    regex.VERBOSE,
)

# Matches a release or embargo line, which tells editors when a story may run: "FOR WEDNESDAY
# AMs", "FOR RELEASE SUNDAY, JUNE 3", "EMBARGOED FOR TUESDAY, MAY 15, 2007", "HOLD FOR
# RELEASE", "ADVANCE FOR SUNDAY".
AQUAINT_RELEASE = regex.compile(
    r"""\A (?: (?: HOLD [ ] )?+ FOR [ ] (?: IMMEDIATE [ ] )?+ RELEASE \b
    | (?: EMBARGOED | ADVANCE ) [ ] (?: FOR | UNTIL | TILL ) [ ]
    | FOR [ ] (?: MON | TUES | WEDNES | THURS | FRI | SATUR | SUN ) DAY [ ]
        (?: [AP] \.?+ M \.?+ s | [AP] M S | PAPERS | EDITIONS ) \Z )""",
    regex.VERBOSE,
)

# Matches the end of a paragraph holding a sentence: "... said.", "... he asked?", "... over.''",
# "... (AP)." with closing quotes or brackets after the stop.
SENTENCE_END = regex.compile(r"[.!?:;] [\"')\]`\u2019\u201d]{0,4}+ \Z", regex.VERBOSE)

TITLE_WORDS = 15
"""A paragraph of at most this many words and no sentence is a title."""


def aquaint_front_matter(
    paragraphs: Sequence[str], *, headline: bool, dated: bool = False
) -> str | None:
    """Why the ``P`` elements of an AQUAINT story hold more than its paragraphs, or None.

    Front matter set in ``P`` elements is no paragraph: a dateline opening a ``P`` below the
    first (the ones above it hold a headline, a byline, a copyright line), unless the story's
    dateline stands above them (``dated``: the first ``P`` opens with it, or is it): then the
    story is a digest, whose items each open with their own; a ``P`` that is a byline, a
    copyright line or an AP credit line; a note to editors in any ``P``; and, in a story whose
    markup has no headline, a first ``P`` that is a title (no sentence, a few words).
    """
    texts = [normal(p) for p in paragraphs]
    texts = [t for t in texts if t]
    if not texts:
        return None
    dated = dated or AQUAINT_DATELINE.match(texts[0]) is not None
    if not dated and any(AQUAINT_DATELINE.match(t) for t in texts[1:FRONT_MATTER_PARAGRAPHS]):
        return "front matter above the dateline"
    for text in texts:
        if AQUAINT_SERVICE.match(text) or AQUAINT_RELEASE.match(text):
            return "a news service's name or a release line as a paragraph"
        if AQUAINT_BYLINE.match(text) or AQUAINT_COPYRIGHT.match(text):
            return "a byline or copyright line as a paragraph"
        if AQUAINT_WRITER.match(text):
            return "a byline or copyright line as a paragraph"
        if AQUAINT_CREDIT.match(text) or AQUAINT_EDITOR_NOTE.search(text):
            return "a credit line or note to editors as a paragraph"
    first = texts[0]
    if not headline and not SENTENCE_END.search(first) and len(first.split()) <= TITLE_WORDS:
        return "the headline as a paragraph"
    return None


NO_TERMINATOR = regex.compile(r"(?!)")
"""A pattern that never matches: the terminator of sources whose end marks the LDC removed."""


def aquaint_truth(
    document: readers.Document, signoff: regex.Pattern[str], *, dated: bool = False
) -> dict[str, Any]:
    """The truth of each field for an AQUAINT story whose terminator ``signoff`` finds;
    ``dated`` when its dateline stood above its ``P`` elements (see
    :func:`aquaint_front_matter`)."""
    fields = document.fields
    truth: dict[str, Any] = dict.fromkeys(FIELDS, UNDEFINED)
    if fields.title is not None:
        truth["headline"] = normal(fields.title)
    paragraphs = list(fields.paragraphs)
    if paragraphs:
        front_matter = aquaint_front_matter(
            paragraphs, headline=fields.title is not None, dated=dated
        )
        match = AQUAINT_DATELINE.match(normal(paragraphs[0]))
        if match is not None:
            truth["location"] = match.group("location")
            truth["date_text"] = match.group("date")
            truth["agency"] = match.group("agency")
            paragraphs[0] = normal(paragraphs[0])[match.end() :]
        elif (undated := UNDATED.match(normal(paragraphs[0]))) is not None:
            paragraphs[0] = normal(paragraphs[0])[undated.end() :]
        truth["terminator"], truth["paragraphs"] = _without_terminator(paragraphs, signoff)
        if front_matter is not None:
            truth["paragraphs"] = Excluded(front_matter)
    return truth


def aquaint_truth_for(signoff: regex.Pattern[str]) -> Callable[[readers.Document], dict[str, Any]]:
    """The truth function of an AQUAINT source whose terminator ``signoff`` finds."""

    def truth_of(document: readers.Document) -> dict[str, Any]:
        return aquaint_truth(document, signoff)

    return truth_of


# -- TAC KBP 2010 (Gigaword 3rd and 4th editions) ---------------------------------------------

_STAMP = (
    r"(?: [0-9]{4}+ - [0-9]{2}+ - [0-9]{2}+ [ ] [0-9]{2}+ : [0-9]{2}+ (?: : [0-9]{2}+ )?+ [ ] UTC"
    r" | [0-9]{2}+ / [0-9]{2}+ / [0-9]{2}+ [ ] [0-9]{2}+ : [0-9]{2}+ : [0-9]{2}+ )"
)

# Matches a paragraph that is a dateline and nothing else, white space made single, as the
# Gigaword copy of TAC KBP sets it above the lead: a bare place ("JERUSALEM", "CHATTANOOGA,
# Tenn."), with the agency ("JERUSALEM (AP)"), with a UTC time stamp ("SEMARANG, Indonesia
# 2007-01-03 04:54:59 UTC"), the whole dateline ("NAIROBI, Jan. 1 (Xinhua)"), or CNA's, with its
# stamp and byline after the tag ("Taipei, Jan. 1 (CNA) 01/01/07 16:21:22 (By Jo Lin)").
KBP_DATELINE = regex.compile(
    r"""
    \A
    (?! (?i: undated ) \b | By [ ] )  # no place: NYT's "UNDATED", a byline "By Jo Lin"
    """
    + _PLACE_AND_DATE
    + r"""
    (?: [ ] \( (?P<agency> [A-Z] [A-Za-z]{0,20}+ (?: [ ] [A-Z] [A-Za-z]{0,20}+ ){0,3}+ ) \) )?+
    (?: [ ] """
    + _STAMP
    + r""" )?+
    (?: [ ] \( By [ ] [^()]{1,200}+ \) )?+
    \Z
    """
    + _WORDS
    + r"""
    """,
    regex.VERBOSE,
)

# Finds the name of a news service or of its budget, which a paragraph of capitalised words may
# be without being a place: "States News Service", "COX NEWS SERVICE FEATURES BUDGET".
NEWS_SERVICE = regex.compile(r"\b (?: service | budget | wire ) \b", regex.VERBOSE | regex.I)


def kbp_dateline(paragraph: str) -> regex.Match[str] | None:
    """The dateline a paragraph is, alone (:data:`KBP_DATELINE`), or None: a news service's
    name (:data:`NEWS_SERVICE`) is none."""
    text = normal(paragraph)
    if NEWS_SERVICE.search(text):
        return None
    return KBP_DATELINE.match(text)


# Matches a paragraph that is the dateline of a story from no one place and nothing else:
# "UNDATED", "(UNDATED)", as the New York Times sets it above the lead, or the AP's stamp of
# the time the story was sent without a place, "2024-09-19 14:23:10 UTC".
PLACELESS_ALONE = regex.compile(
    r"\A (?: \(?+ (?i: undated ) \)?+ | " + _STAMP + r" ) \Z", regex.VERBOSE
)

# Matches the last word of a headline that runs on into the next element, cut where the LDC
# ended the HEADLINE: "... FOR EDITIONS OF", "... PLANS TO".
RUN_ON_HEADLINE = regex.compile(
    r"\b (?i: of | for | to | the | a | an | and | in | on | at | by | with | from ) \Z",
    regex.VERBOSE,
)


def kbp_no_dateline(paragraph: str, headline: str | None) -> str | None:
    """Why a first ``P`` that :data:`KBP_DATELINE` would read as a dateline alone is none, or
    None.

    A release line (``FOR WEDNESDAY AMs``) and a writer's title (``Times Columnist``) are
    capitalised words as a place is; and where the ``HEADLINE`` ends on a word that cannot
    end one (``... FOR EDITIONS OF``), the first ``P`` is the headline's rest (``Indiana.``).
    The story's dateline and paragraphs are then not measured.
    """
    text = normal(paragraph)
    if kbp_dateline(text) is None:
        return None
    if AQUAINT_RELEASE.match(text):
        return "a release line, not a dateline"
    if AQUAINT_WRITER.match(text):
        return "a writer's title, not a dateline"
    if headline is not None and RUN_ON_HEADLINE.search(normal(headline)):
        return "the headline runs on into the first P"
    return None


def kbp_truth_for(signoff: regex.Pattern[str]) -> Callable[[readers.Document], dict[str, Any]]:
    """The truth function of a TAC KBP source whose terminator ``signoff`` finds.

    The dateline is the first ``P`` when it is a dateline and nothing else
    (:func:`kbp_dateline`); that ``P`` is then no paragraph. Otherwise the first ``P`` is read
    as an AQUAINT one, which opens with its dateline where it has one.
    """

    def truth_of(document: readers.Document) -> dict[str, Any]:
        paragraphs = [p for p in document.fields.paragraphs if normal(p)]
        rest = attrs.evolve(document.fields, paragraphs=tuple(paragraphs[1:]))
        if paragraphs and PLACELESS_ALONE.match(normal(paragraphs[0])):
            # "UNDATED" or a stamp alone: a dateline naming no place, so no paragraph, and no
            # location
            return aquaint_truth(attrs.evolve(document, fields=rest), signoff, dated=True)
        reason = kbp_no_dateline(paragraphs[0], document.fields.title) if paragraphs else None
        if reason is not None:
            truth = aquaint_truth(document, signoff)
            for field in ("location", "date_text", "agency", "paragraphs"):
                truth[field] = Excluded(reason)
            return truth
        match = kbp_dateline(paragraphs[0]) if paragraphs else None
        if match is None:
            return aquaint_truth(document, signoff)
        truth = aquaint_truth(attrs.evolve(document, fields=rest), signoff, dated=True)
        truth["location"] = match.group("location")
        truth["date_text"] = match.group("date")
        truth["agency"] = match.group("agency")
        return truth

    return truth_of


KBP_AGENCIES = {"AFP": AP_DESK, "APW": AP_DESK, "CNA": None, "LTW": None, "NYT": None, "XIN": None}
"""The agencies of the TAC KBP 2010 copy, by the source code that opens each file's name, and
the terminator each signs off with: the LDC removed the end marks but AP's desk initials."""


CORPORA = (
    Corpus(
        name="reuters21578",
        pattern="reuters21578/reut2-*.sgm",
        read=readers.reuters21578,
        truth=reuters_truth,
    ),
    Corpus(
        name="aquaint-apw",
        pattern="aquaint/APW*",
        read=readers.aquaint,
        truth=aquaint_truth_for(AP_DESK),
    ),
    Corpus(
        name="aquaint-nyt",
        pattern="aquaint/NYT*",
        read=readers.aquaint,
        truth=aquaint_truth_for(NO_TERMINATOR),
    ),
    Corpus(
        name="aquaint-xie",
        pattern="aquaint/XIE*",
        read=readers.aquaint,
        truth=aquaint_truth_for(NO_TERMINATOR),
    ),
    *(
        Corpus(
            name=f"kbp2010-{agency.lower()}",
            pattern=f"kbp2010/{agency}_*",
            read=readers.aquaint,
            truth=kbp_truth_for(signoff or NO_TERMINATOR),
        )
        for agency, signoff in KBP_AGENCIES.items()
    ),
)


# -- What the parser found ----------------------------------------------------------------------


def observed(article: wireparse.Article) -> dict[str, Any]:
    """What the parse gives for each field, normalised as the truth is."""
    dateline = article.dateline

    def text(value: str | None) -> str | None:
        return normal(value) if value is not None else None

    items: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            items.append(section.heading.text)
        items.extend(p.text for p in section.paragraphs)
    return {
        "headline": text(article.headline.text) if article.headline is not None else None,
        "location": text(dateline.location) if dateline is not None else None,
        "date_text": text(dateline.date_text) if dateline is not None else None,
        "agency": text(dateline.agency) if dateline is not None else None,
        "terminator": text(article.terminator.text) if article.terminator is not None else None,
        "paragraphs": tuple(n for n in (normal(i) for i in items) if n),
    }


# -- Scoring ------------------------------------------------------------------------------------


@attrs.define
class Score:
    """The running count of one field in one corpus."""

    n: int = 0
    correct: int = 0
    excluded: dict[str, int] = attrs.Factory(dict)
    """How many documents were left out as malformed markup, by reason."""

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


@attrs.frozen(kw_only=True)
class Failure:
    """One document where the parser's value differs from the truth."""

    corpus: str
    field: str
    id: str | None
    where: str
    expected: Value
    got: Value
    defects: tuple[str, ...]


def run(
    corpus: Corpus,
    shared: Path,
    *,
    dialect: str | None,
    failures_of: str | None,
    show: str | None,
) -> tuple[int, dict[str, Score], list[Failure]]:
    """Score every document of ``corpus``; collect the failures of the field ``failures_of``."""
    scores = {field: Score() for field in FIELDS}
    failures: list[Failure] = []
    count = 0
    for path in sorted((shared / "corpora").glob(corpus.pattern)):
        for document in corpus.read(path, dialect=dialect):
            count += 1
            assert document.article is not None
            truth = corpus.truth(document)
            got = observed(document.article)
            if show is not None and document.id == show:
                print_document(corpus, document, truth, got)
            for field in FIELDS:
                if truth[field] is UNDEFINED:
                    continue
                score = scores[field]
                if isinstance(truth[field], Excluded):
                    reason = truth[field].reason
                    score.excluded[reason] = score.excluded.get(reason, 0) + 1
                    continue
                score.n += 1
                if truth[field] == got[field]:
                    score.correct += 1
                elif field == failures_of:
                    failures.append(
                        Failure(
                            corpus=corpus.name,
                            field=field,
                            id=document.id,
                            where=f"{Path(document.source).name}:{document.line}",
                            expected=truth[field],
                            got=got[field],
                            defects=tuple(d.code.value for d in document.article.defects),
                        )
                    )
    return count, scores, failures


# -- Output -------------------------------------------------------------------------------------


def _cell(score: Score) -> str:
    if score.accuracy is None:
        return "- (n=0)"
    return f"{100 * score.accuracy:.1f}% (n={score.n})"


def markdown_table(results: dict[str, tuple[int, dict[str, Score]]]) -> str:
    """The corpus by field table: accuracy and n in each cell."""
    header = ["corpus", "docs", *FIELDS]
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    for name, (count, scores) in results.items():
        cells = [name, str(count), *(_cell(scores[field]) for field in FIELDS)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def excluded_lines(results: dict[str, tuple[int, dict[str, Score]]]) -> list[str]:
    """One line per corpus and field with documents excluded as malformed markup: how many,
    and why."""
    lines = []
    for name, (_, scores) in results.items():
        for field in FIELDS:
            excluded = scores[field].excluded
            if excluded:
                reasons = "; ".join(f"{reason}: {k}" for reason, k in sorted(excluded.items()))
                score = scores[field]
                left_out = sum(excluded.values())
                strict = score.correct / (score.n + left_out)
                lines.append(
                    f"- {name} {field}: {left_out} ({reasons}); counting each as a failure:"
                    f" {strict:.1%}"
                )
    return lines


def _clip(value: object, width: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def describe(failure: Failure) -> str:
    """A failure as a few lines: id, where, expected and got (for paragraphs, the first
    difference)."""
    head = f"- {failure.id} ({failure.where}) defects: {', '.join(failure.defects) or 'none'}"
    if failure.field != "paragraphs":
        return (
            f"{head}\n    expected: {_clip(failure.expected)}\n    got:      {_clip(failure.got)}"
        )
    expected = tuple(failure.expected or ())
    got = tuple(failure.got or ())
    index = next(
        (i for i, (e, g) in enumerate(zip(expected, got, strict=False)) if e != g),
        min(len(expected), len(got)),
    )
    first_expected = expected[index] if index < len(expected) else "(end)"
    first_got = got[index] if index < len(got) else "(end)"
    return (
        f"{head}\n    {len(expected)} expected, {len(got)} got; first difference at item {index}:"
        f"\n    expected: {_clip(first_expected)}\n    got:      {_clip(first_got)}"
    )


def print_document(
    corpus: Corpus, document: readers.Document, truth: dict[str, Any], got: dict[str, Any]
) -> None:
    """Print one document: where it is, its plain text, then truth and parse, field by field."""
    assert document.article is not None
    print(f"== {corpus.name} {document.id} ({document.source}:{document.line}) {document.date}")
    print("-- text handed to the parser:")
    print(document.text, end="")
    print("-- field: truth | parse")
    for field in FIELDS:
        value = truth[field]
        if value is UNDEFINED:
            expected = "(undefined)"
        elif isinstance(value, Excluded):
            expected = f"(excluded: {value.reason})"
        else:
            expected = _clip(value, 1000)
        unmeasured = value is UNDEFINED or isinstance(value, Excluded)
        mark = "  " if unmeasured or value == got[field] else "X "
        print(f"{mark}{field}:\n      truth: {expected}\n      parse: {_clip(got[field], 1000)}")
    defects = ", ".join(f"{d.code.value} {d.span}" for d in document.article.defects)
    print(f"-- defects: {defects or 'none'}")
    if document.issues:
        print(f"-- markup issues: {[i.message for i in document.issues]}")
    print()


def dialect_choices(values: Sequence[str]) -> dict[str, str]:
    """Map corpus names to dialect names from ``--dialect NAME`` and ``--dialect CORPUS=NAME``."""
    chosen: dict[str, str] = {}
    for value in values:
        corpus, equals, name = value.partition("=")
        if equals:
            if corpus not in {c.name for c in CORPORA}:
                raise SystemExit(f"--dialect {value}: no corpus named {corpus!r}")
            chosen[corpus] = name
        else:
            chosen.update({c.name: value for c in CORPORA if c.name not in chosen})
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument(
        "--corpus",
        action="append",
        choices=[c.name for c in CORPORA],
        help="measure this corpus only (repeatable; all by default)",
    )
    parser.add_argument(
        "--dialect",
        action="append",
        default=[],
        metavar="[CORPUS=]NAME",
        help="parse with this dialect (every corpus, or CORPUS only)",
    )
    parser.add_argument("--failures", choices=FIELDS, help="list the documents this field fails")
    parser.add_argument(
        "--limit", type=int, default=20, help="list at most this many failures per corpus"
    )
    parser.add_argument("--show", metavar="ID", help="print this document's text, truth and parse")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args(argv)

    corpora_dir = args.shared / "corpora"
    if not corpora_dir.is_dir():
        print(f"skipped: {corpora_dir} is absent (the corpora live in ../shared beside the clone)")
        return 0
    dialects = dialect_choices(args.dialect)
    selected = [c for c in CORPORA if args.corpus is None or c.name in args.corpus]

    results: dict[str, tuple[int, dict[str, Score]]] = {}
    failures: dict[str, list[Failure]] = {}
    for corpus in selected:
        count, scores, found = run(
            corpus,
            args.shared,
            dialect=dialects.get(corpus.name),
            failures_of=args.failures,
            show=args.show,
        )
        results[corpus.name] = (count, scores)
        failures[corpus.name] = found

    if args.json:
        report: dict[str, Any] = {
            "wireparse": wireparse.__version__,
            "corpora": {
                name: {
                    "documents": count,
                    "dialect": dialects.get(name),
                    "fields": {
                        field: {
                            "n": score.n,
                            "correct": score.correct,
                            "accuracy": score.accuracy,
                            "excluded": dict(sorted(score.excluded.items())),
                        }
                        for field, score in scores.items()
                    },
                }
                for name, (count, scores) in results.items()
            },
        }
        if args.failures is not None:
            report["failures"] = {
                name: [attrs.asdict(f) for f in found[: args.limit]]
                for name, found in failures.items()
            }
        print(json.dumps(report, indent=2))
        return 0

    print(markdown_table(results))
    exclusions = excluded_lines(results)
    if exclusions:
        print("\nExcluded as malformed markup (not in n):")
        print("\n".join(exclusions))
    if args.failures is not None:
        for name, found in failures.items():
            n = results[name][1][args.failures].n
            shown = found[: args.limit]
            print(
                f"\n## {name}: {args.failures}, {len(found)} failures of {n} (showing {len(shown)})"
            )
            for failure in shown:
                print(describe(failure))
    return 0


if __name__ == "__main__":
    sys.exit(main())
