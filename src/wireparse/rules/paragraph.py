"""Paragraphs: what is left of the body, one paragraph per block."""

from __future__ import annotations

from .._models import Paragraph
from .._state import State


def claim_paragraphs(state: State) -> None:
    """Make a paragraph of each run of unclaimed body lines within one block.

    The lines of a wrapped paragraph are joined with one space. A claimed line (furniture,
    say) inside a block ends the paragraph before it.
    """
    lines = state.lines
    run: list[int] = []
    for index in state.unclaimed(state.body_start):
        if run and (index != run[-1] + 1 or lines[index].block != lines[run[-1]].block):
            _close(state, run)
            run = []
        run.append(index)
    if run:
        _close(state, run)


def _close(state: State, run: list[int]) -> None:
    text = state.content(run[0]) if len(run) == 1 else " ".join(map(state.content, run))
    state.paragraphs.append(Paragraph(text=text, span=(state.starts[run[0]], state.ends[run[-1]])))
    for index in run:
        state.claim(index, "paragraph")
