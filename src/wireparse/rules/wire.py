"""Raw wire transmissions: the header, slug and note lines of ANPA-1312 and IPTC 7901 copy.

A raw transmission (AP's ANPA-1312, dpa's IPTC 7901) frames the story with control
characters (SOH, STX, ETX, EOT) and lines for the desk: a header with the selector and sequence
number, a slug line (``BC-US--GiantLobsterDeath 1stLd-Writethru 08-29 0590``), ``^``-prefixed
note lines ending in ``<``. They become :class:`~wireparse.Slug` and
:class:`~wireparse.WireLine` values rather than text.
"""

from __future__ import annotations

import regex

from .._models import Slug, WireLine
from .._state import State

# Matches a slug line, after whatever control characters and selector letters lead it:
# "r z\x13\x11 BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500", "BC-Russia-HumanRights
# 06-01 0304". A keyword with a hyphen after one to four letters, maybe a version, the month
# and day, the word count; nothing after. The version is optional, and may be given back
# (bounded) when what it took is the date.
SLUG = regex.compile(
    r"""
    (?P<keyword> (?<! [\w\-] ) [A-Za-z]{1,4}+ - [\w\-]{2,80}+ )
    (?: [^\S\n]++ (?P<version> [\w\-]{2,40}+ ) )?
    [^\S\n]++ (?P<date> [0-9]{2} - [0-9]{2} ) [^\S\n]++ (?P<words> [0-9]{3,4}+ ) [^\S\n]*+ \Z
    """,
    regex.VERBOSE,
)

# Matches a note line for the desk: "^Eds: Updates with ...<", "^AP Photo GATK105<",
# "^With AP Photos.<". A caret, a known opening, anything, then "<".
EDITOR_NOTE = regex.compile(
    r"\^ (?: Eds? | Editors? | AP \s++ Photos? | With | Note | Correct | Corrects ) \b"
    r" [^\n]{0,600}+ (?<= < ) [^\S\n]*+ \Z",
    regex.VERBOSE | regex.IGNORECASE,
)

# Matches a byline of the wire's own form: "^By CHARLES ODUM=", "^AP Sports Writer=".
WIRE_BYLINE = regex.compile(
    r"\^ (?: By \s | AP \s | Associated \s Press ) [^\n^=<]{1,120}+ = [^\S\n]*+ \Z",
    regex.VERBOSE,
)

_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r"}

HEADER_LINES = 12
"""Slug and header lines are looked for among the first twelve lines."""


def claim_wire_lines(state: State) -> None:
    """Claim the lines of a raw transmission that are no text.

    Among the first lines: the header (a line holding SOH or STX) and the slug line. Anywhere:
    lines of control characters only, notes for the desk (``^Eds: ...<``) and the wire's
    bylines (``^By CHARLES ODUM=``). A text with no control character and no caret line is
    left alone at the cost of one scan.
    """
    text = state.text
    if not any(c in text for c in "\x01\x02\x03\x04^"):
        return
    for index in list(state.unclaimed()):
        line = state.lines[index]
        content = line.text
        span = (line.start, line.end)
        kind = None
        if all(c in _CONTROL for c in content):
            kind = "control"
        elif index < HEADER_LINES and state.slug is None and (slug := SLUG.search(content)):
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
        elif index < HEADER_LINES and ("\x01" in content or "\x02" in content):
            kind = "header"
        elif EDITOR_NOTE.match(content):
            kind = "editor-note"
        elif WIRE_BYLINE.match(content):
            kind = "byline"
        if kind is not None:
            state.claim(index, "wire")
            state.wire_lines.append(WireLine(kind=kind, text=content, span=span))
