"""Headings: ALL-CAPS subheadings that open the sections of the body."""

from __future__ import annotations

from .._models import Heading
from .._state import State

MAX_LENGTH = 80
MAX_WORDS = 10
MIN_LETTERS = 3


def looks_like_heading(text: str) -> bool:
    """Tell whether ``text`` reads like a subheading: ``LONG-LASTING FRIENDSHIP``.

    It has no lower-case letter and at least three letters, at most ten words and eighty
    characters, and does not end like a sentence or a clause (``.``, ``,``, ``;``).
    """
    if len(text) > MAX_LENGTH or text != text.upper() or text[-1] in ".,;":
        return False
    if sum(1 for c in text if c.isalpha()) < MIN_LETTERS:
        return False
    return len(text.split()) <= MAX_WORDS


def claim_headings(state: State) -> None:
    """Claim each subheading of the body.

    A subheading stands alone in its block and is followed by a paragraph, so an ALL-CAPS
    line at the end of the body stays a paragraph; so do ALL-CAPS lines that follow one
    another, which read as a list or a slogan rather than as headings.
    """
    lines = state.lines
    body = [i for i in state.unclaimed(state.body_start) if i != state.dateline_line]
    candidates = set()
    for index in body:
        line = lines[index]
        alone = (index == 0 or lines[index - 1].block != line.block) and (
            index + 1 == len(lines) or lines[index + 1].block != line.block
        )
        if alone and looks_like_heading(state.content(index)):
            candidates.add(index)
    for position, index in enumerate(body):
        if index not in candidates:
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        preceding = body[position - 1] if position > 0 else None
        if following is None or following in candidates or preceding in candidates:
            continue
        state.claim(index, "heading")
        state.headings.append(Heading(text=state.content(index), span=state.span(index)))
