"""Furniture: lines of the page that belong to no element of the story."""

from __future__ import annotations

import regex

from .._models import _make_furniture
from .._patterns import OPENING, kept_openings, line_match
from .._state import State

# Matches a byline standing alone in its block: "By CHARLES ODUM", "By Patti Domm, Reuter",
# "by Janie Gabbett, Reuters", "By Ana Silva and Tom Otieno, Associated Press Writers".
# Two to five names, each capitalised ("and", "de" between them), then maybe a comma and up to
# four capitalised words (the agency, the writer's title). No full stop ends it.
BYLINE = regex.compile(
    r"""
    [Bb]y \s++
    (?: (?: \p{Lu} [\p{L}.'\u2019\-]*+ | and | de | van | von | da ) [^\S\n]++ ){1,6}+
    \p{Lu} [\p{L}'\u2019\-]*+
    (?: [^\S\n]*+ , [^\S\n]*+ \p{Lu} [\p{L}.'\u2019\-]*+
        (?: [^\S\n]++ \p{Lu} [\p{L}'\u2019\-]*+ ){0,3}+ )?+
    [^\S\n]*+ \Z
    """,
    regex.VERBOSE,
)


BYLINE_LINES = 6
"""A byline stands among the first six lines, above the story's text; lower, ``By Justice
Stevens`` heads a quoted opinion."""


LAST_WORD = 16
"""How many of a line's last characters are looked at for a word that tells its furniture."""


def _by_last_word(
    text: str, by_last_word: tuple[tuple[str, regex.Pattern[str], str], ...]
) -> str | None:
    """The kind of the furniture that ``text``'s last word tells, if the line is that."""
    folded = text[-LAST_WORD:].casefold()
    for word, pattern, kind in by_last_word:
        if folded.endswith(word) and pattern.match(text):
            return kind
    return None


def claim_furniture(state: State) -> None:
    """Claim every line that is page furniture: the dialect's own or any news page's.

    A byline (``By Patti Domm, Reuter``) is furniture too when it stands alone in its block
    among the first lines.

    What counts is :attr:`Dialect.furniture <wireparse.dialects.Dialect.furniture>` and
    :data:`wireparse.dialects.WEB_FURNITURE`: captions, bylines, breadcrumbs, editor lines,
    news services' names, release lines. A kind that the last word of its line tells (``...
    News Service``) is tried only on lines ending in that word, and a news service that the
    dialect names as its source (:attr:`Dialect.source_names
    <wireparse.dialects.Dialect.source_names>`) is left for the meta rule.
    """
    patterns = state.dialect.patterns
    match_furniture = line_match(patterns.furniture)
    can_open = kept_openings(match_furniture)
    kinds = patterns.furniture_kinds
    lines, owner, furniture = state.lines, state.owner, state.furniture
    last = len(lines) - 1
    by_last_word = patterns.furniture_by_last_word
    match_source = None if patterns.source is None else line_match(patterns.source)
    last_chars = patterns.furniture_last_chars
    for index, line in enumerate(lines):
        if owner[index] is not None:
            continue
        text = line.text
        # Most lines of prose open as no furniture does: told by the kept answer for their
        # opening, without a call.
        match = None if can_open.get(text[:OPENING]) is False else match_furniture(text)
        if match is None:
            end = text[-1:]
            if (end in last_chars if end.isascii() else end.casefold()[-1:] in last_chars) and not (
                # The dialect's own source (``New York Times News Service``) is a meta line.
                match_source is not None and match_source(text)
            ):
                kind = _by_last_word(text, by_last_word)
                if kind is not None:
                    owner[index] = "furniture"
                    furniture.append(_make_furniture(kind, text, (line.start, line.end)))
                    continue
            if index < BYLINE_LINES and text[:3] in ("By ", "by "):
                block = line.block
                alone = (index == 0 or lines[index - 1].block != block) and (
                    index == last or lines[index + 1].block != block
                )
                if alone and BYLINE.match(text):
                    owner[index] = "furniture"
                    furniture.append(_make_furniture("byline", text, (line.start, line.end)))
        elif match.lastgroup is not None:
            owner[index] = "furniture"
            furniture.append(_make_furniture(kinds[match.lastgroup], text, (line.start, line.end)))
