"""Raw wire transmissions: the header, slug and note lines of ANPA-1312 and IPTC 7901 copy.

A raw transmission (AP's ANPA-1312, dpa's IPTC 7901) frames the story with control
characters (SOH, STX, ETX, EOT, DEL) and lines for the desk: a header with the selector and
sequence number, a slug line (``BC-US--GiantLobsterDeath 1stLd-Writethru 08-29 0590``; in IPTC
7901 the keyword line above STX, ``Germany-politics/``), ``^``-prefixed note lines ending in
``<``. They become :class:`~wireparse.Slug` and :class:`~wireparse.WireLine` values rather than
text.

In IPTC 7901 copy, the text after STX opens with a heading that ends in ``=``: maybe lines
marking the version (``1ST LEAD``, ``REFILE``) or a label, then the headline, maybe a byline
(``By Manuel Schwarz, dpa =``). The control characters leading a line of text are cut off it,
and the headline is left for the headline rule.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._models import Slug, WireLine
from .._state import State

# Matches an IPTC 7901 header line, SOH and other control characters maybe before it:
# "eca062 4 i 211 ccccb   dpa 061", "bsf025 3 ec 121   etf 967": the service letters and the
# message number, the priority, the category, the word count, then up to four more words (the
# sender, as "dpa" or "dpa-tns", and its own numbers) as the group "more". A search starts
# only at the first of a run of control characters, so that it is linear.
IPTC_HEADER = regex.compile(
    r"""(?<! [\x00-\x1f\x7f] ) [\x00-\x1f\x7f]*+ [A-Za-z]{1,4}+ [0-9]{2,6}+ [^\S\n]++ [0-9]
        [^\S\n]++ [A-Za-z]{1,3}+ [^\S\n]++ [0-9]{1,5}+
        (?P<more> (?: [^\S\n]++ [\w\-]{1,20}+ ){0,4}+ ) [^\S\n]*+ \Z""",
    regex.VERBOSE,
)

# Matches a slug line, after whatever control characters and selector letters lead it:
# "r z\x13\x11 BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500", "BC-Russia-HumanRights
# 06-01 0304", "BC-Soccer-Emperor's-Cup 09-12 0344". A keyword with a hyphen after one to four
# letters (an apostrophe may stand in it), maybe a version, the month and day (or day and
# month), the word count (a short item may print none); nothing after. The version is
# optional, and may be given back (bounded) when what it took is the date.
SLUG = regex.compile(
    r"""
    (?P<keyword> (?<! [\w\-'] ) [A-Za-z]{1,4}+ - [\w\-']{2,80}+ )
    (?: [^\S\n]++ (?P<version> [\w\-]{2,40}+ ) )?
    [^\S\n]++ (?P<date> [0-9]{2} - [0-9]{2} ) (?: [^\S\n]++ (?P<words> [0-9]{3,4}+ ) )?+
    [^\S\n]*+ \Z
    """,
    regex.VERBOSE,
)

# Matches a note line for the desk: "^Eds: Updates with ...<", "^AP Photo GATK105<",
# "^With AP Photos.<", "^(Eds: Minor edits.)<". A caret, maybe a parenthesis, a known opening,
# anything, then "<".
EDITOR_NOTE = regex.compile(
    r"\^ \(?+ (?: Eds? | Editors? | AP \s++ Photos? | With | Note | Correct | Corrects ) \b"
    r" [^\n]{0,600}+ (?<= < ) [^\S\n]*+ \Z",
    regex.VERBOSE | regex.IGNORECASE,
)

# Matches a byline of the wire's own form: ANPA's "^By CHARLES ODUM=", "^AP Sports Writer=",
# "^Associated Press=", and IPTC 7901's "By Manuel Schwarz, dpa =", which ends the heading.
WIRE_BYLINE = regex.compile(
    r"""(?: \^ (?: By \s | AP \s | Associated \s Press ) [^\n^=<]{0,120}+
        | By \s [^\n^=<]{1,120}+ ) = [^\S\n]*+ \Z""",
    regex.VERBOSE,
)

# Matches an IPTC 7901 keyword line ending in a slash: "Germany-politics/",
# "/politics/Britain/EU/Brexit/justice/", "American Football/NFL/"; a whole line.
KEYWORDS = regex.compile(r"(?<! [^\n] ) /?+ (?: [^/\n]{1,60}+ / ){1,12}+ \Z", regex.VERBOSE)

# Matches the line ending an IPTC 7901 heading: "Peace talks ... next month, Mattis says =",
# "By Helen Maguire, dpa  =". One "=" after white space or a word, not "==".
HEADING_END = regex.compile(r"(?<! = ) = [^\S\n]*+ \Z", regex.VERBOSE)

# Matches a line marking the version of an IPTC 7901 story: "1ST LEAD", "2ND LEAD", "3RD NET",
# "REFILE", "EXTRA", "CORRECTION", "(Achtung)".
VERSION = regex.compile(
    r"""\(?+ (?: [0-9]{1,2}+ (?: st | nd | rd | th ) [^\S\n]++ \p{L}{2,12}+
        | refile | extra | correction | corrects | urgent | flash | eilt | achtung ) \)?+
        [^\S\n]*+ \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)

# Matches the control characters leading a line: "\x02" in "\x02Germany Social Democrats ...".
LEADING_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]++", regex.VERBOSE)

_CONTROL = (frozenset(chr(c) for c in range(32)) | {"\x7f"}) - {"\t", "\n", "\r"}

_HEADER_CONTROL = "".join(map(chr, range(32))) + "\x7f"
"""The control characters :data:`IPTC_HEADER` steps over before the service's letters."""

HEADER_LINES = 12
"""Slug and header lines are looked for among the first twelve lines."""

HEADER_SCAN = 3
"""An IPTC 7901 header without its SOH is looked for among the first three lines."""


def iptc_header(lines: Sequence[str]) -> bool:
    """Tell whether the first of the first ``lines`` (their contents) that is not control
    characters alone is an IPTC 7901 header, with or without its SOH (copy passed on by
    another agency drops it)."""
    for line in lines[:HEADER_SCAN]:
        if not all(c in _CONTROL for c in line):
            # The header opens, control characters aside, with the service's ASCII letters
            # (``eca062 4 i 211``): a line opening otherwise (an id line, a headline in
            # another script) is told by its first character.
            opening = line.lstrip(_HEADER_CONTROL)[:1]
            if not (opening.isascii() and opening.isalpha()):
                return False
            return IPTC_HEADER.match(line) is not None
    return False


def _slug_repeat(state: State, rest: str) -> bool:
    """Tell whether ``rest``, what follows STX on its line, repeats the slug as ANPA copy does
    (``BC-US--HarborPilots, 1st Ld-Writethru,412<``) or is a line of ANPA's caret framing
    (``^BC-BBO--Wild Card Glance<``), rather than opening the text."""
    if rest.startswith("^"):
        return True
    if state.slug is not None:
        prefix = state.slug.keyword.partition("-")[0]
        return rest.startswith(f"{prefix}-")
    return SLUG.search(rest) is not None


def claim_wire_lines(state: State) -> None:
    """Claim the lines of a raw transmission that are no text.

    Among the first lines: the header (a line holding SOH, or an IPTC 7901 header), the slug
    line (IPTC 7901's keyword line, between the header and STX) and a line repeating the slug
    after STX. Anywhere: lines of control characters only, notes for the desk (``^Eds:
    ...<``) and the wire's bylines (``^By CHARLES ODUM=``, ``By Manuel Schwarz, dpa =``).
    Control characters opening a line of text (STX before an IPTC 7901 headline) are claimed
    alone, and of the heading they open, the lines above the headline are claimed as version
    and label lines. A text with no control character, no caret line and no IPTC 7901 header
    is left alone at the cost of one scan.
    """
    text = state.text
    iptc = iptc_header([line.text for line in state.lines[:HEADER_SCAN]])
    if not iptc and not any(c in text for c in "\x01\x02\x03\x04^"):
        return
    header_seen = False
    text_start: int | None = None  # the line the text opens on, after STX
    stx_below = "\x02" in text
    for index in list(state.unclaimed()):
        line = state.lines[index]
        content = line.text
        span = (line.start, line.end)
        kind = None
        head = index < HEADER_LINES
        if all(c in _CONTROL for c in content):
            kind = "control"
        elif head and state.slug is None and (slug := SLUG.search(content)):
            state.slug = Slug(
                keyword=slug["keyword"],
                version=slug["version"],
                date=slug["date"],
                words=slug["words"],
                text=content,
                span=span,
            )
            state.claim(index, "wire")
            continue
        elif head and "\x02" in content and (lead := LEADING_CONTROL.match(content)) is not None:
            if _slug_repeat(state, content[lead.end() :]):
                kind = "header"
            else:
                # STX opens the text: the control characters are the wire's, the rest is text.
                cut = line.start + lead.end()
                state.wire_lines.append(
                    WireLine(kind="control", text=lead[0], span=(line.start, cut))
                )
                state.trim_start(index, cut, "wire")
                text_start = index
                continue
        elif (head and ("\x01" in content or "\x02" in content)) or (
            head and iptc and not header_seen and IPTC_HEADER.match(content)
        ):
            kind = "header"
        elif (
            head
            and iptc
            and header_seen
            and text_start is None
            and state.slug is None
            and (stx_below or KEYWORDS.match(content))
        ):
            # IPTC 7901's keyword line, between the header and STX.
            state.slug = Slug(
                keyword=content, version=None, date=None, words=None, text=content, span=span
            )
            state.claim(index, "wire")
            if not stx_below:
                text_start = index + 1
            continue
        elif EDITOR_NOTE.match(content):
            kind = "editor-note"
        elif WIRE_BYLINE.match(content):
            kind = "byline"
        if kind is not None:
            header_seen = header_seen or kind == "header"
            state.claim(index, "wire")
            state.wire_lines.append(WireLine(kind=kind, text=content, span=span))
    if text_start is not None and (iptc or stx_below):
        _claim_heading(state, text_start)


def _claim_heading(state: State, start: int) -> None:
    """Claim the lines of an IPTC 7901 heading opening on line ``start`` but its headline.

    The heading ends at the first line ending in ``=`` (the headline's or the byline's); its
    lines but the last one left unclaimed (the headline) mark the version (``1ST LEAD``) or
    are labels. Without such a line, only version lines opening the text are claimed.
    """
    lines = state.lines
    stop = min(len(lines), start + HEADER_LINES)
    end = next((i for i in range(start, stop) if HEADING_END.search(state.content(i))), None)
    if end is None:
        for index in range(start, stop):
            if state.owner[index] is not None:
                continue
            if not VERSION.match(state.content(index)):
                break
            _claim_heading_line(state, index, "version")
        return
    unclaimed = list(state.unclaimed(start, end + 1))
    for index in unclaimed[:-1]:
        kind = "version" if VERSION.match(state.content(index)) else "label"
        _claim_heading_line(state, index, kind)
    state.wire_lines.sort(key=lambda line: line.span)


def _claim_heading_line(state: State, index: int, kind: str) -> None:
    """Claim what is left of line ``index`` as a wire line of ``kind``."""
    state.wire_lines.append(WireLine(kind=kind, text=state.content(index), span=state.span(index)))
    state.claim(index, "wire")
