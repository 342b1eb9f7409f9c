"""Furniture: lines of the page that belong to no element of the story."""

from __future__ import annotations

import regex

from .._models import Furniture
from .._state import State

# Each pattern matches a whole line, white space trimmed. Verbose and case-insensitive.
GENERIC_FURNITURE: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (kind, regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE))
    for kind, pattern in (
        # Matches: "Home -", "Home > World", "Home | China". A separator must follow "Home",
        # and what follows it is short and ends no sentence, so "Home prices rose." is no match.
        ("breadcrumb", r"Home \s*+ [-|>\u00bb\u203a/] [^.!?\n]{0,80}+ \Z"),
        # Matches: "(by Wang Jinyu)", "(By Xinhua writer Li Xin)".
        ("byline", r"\( \s*+ by \s++ [^()\n]{1,80}+ \) \Z"),
        # Matches: "Editor: Liu Yang", "Web editor: Xu Yan".
        ("editor", r"(?: (?: web | responsible ) \s++ )?+ editors?+ \s*+ : [^\n]{0,80}+ \Z"),
    )
)


def claim_furniture(state: State) -> None:
    """Claim every line that is page furniture, generic or the dialect's own."""
    patterns = state.dialect.patterns.furniture + GENERIC_FURNITURE
    lines = state.lines
    for index in list(state.unclaimed()):
        text = lines[index].text
        for kind, pattern in patterns:
            if pattern.match(text):
                state.claim(index, "furniture")
                state.furniture.append(
                    Furniture(kind=kind, text=text, span=(lines[index].start, lines[index].end))
                )
                break
