"""Furniture: lines of the page that belong to no element of the story."""

from __future__ import annotations

from .._models import Furniture
from .._state import State


def claim_furniture(state: State) -> None:
    """Claim every line that is page furniture: the dialect's own or any news page's.

    What counts is :attr:`Dialect.furniture <wireparse.dialects.Dialect.furniture>` and
    :data:`wireparse.dialects.WEB_FURNITURE`: captions, bylines, breadcrumbs, editor lines.
    """
    patterns = state.dialect.patterns
    lines = state.lines
    for index in list(state.unclaimed()):
        line = lines[index]
        match = patterns.furniture.match(line.text)
        if match is not None and match.lastgroup is not None:
            state.claim(index, "furniture")
            state.furniture.append(
                Furniture(
                    kind=patterns.furniture_kinds[match.lastgroup],
                    text=line.text,
                    span=(line.start, line.end),
                )
            )
