"""Furniture: lines of the page that belong to no element of the story."""

from __future__ import annotations

import regex

from .._models import Furniture
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


def claim_furniture(state: State) -> None:
    """Claim every line that is page furniture: the dialect's own or any news page's.

    A byline (``By Patti Domm, Reuter``) is furniture too when it stands alone in its block
    among the first lines.

    What counts is :attr:`Dialect.furniture <wireparse.dialects.Dialect.furniture>` and
    :data:`wireparse.dialects.WEB_FURNITURE`: captions, bylines, breadcrumbs, editor lines.
    """
    patterns = state.dialect.patterns
    lines = state.lines
    last = len(lines) - 1
    for index in list(state.unclaimed()):
        line = lines[index]
        match = patterns.furniture.match(line.text)
        if match is None and index < BYLINE_LINES and line.text[:3] in ("By ", "by "):
            alone = (index == 0 or lines[index - 1].block != line.block) and (
                index == last or lines[index + 1].block != line.block
            )
            if alone and BYLINE.match(line.text):
                state.claim(index, "furniture")
                state.furniture.append(
                    Furniture(kind="byline", text=line.text, span=(line.start, line.end))
                )
            continue
        if match is not None and match.lastgroup is not None:
            state.claim(index, "furniture")
            state.furniture.append(
                Furniture(
                    kind=patterns.furniture_kinds[match.lastgroup],
                    text=line.text,
                    span=(line.start, line.end),
                )
            )
