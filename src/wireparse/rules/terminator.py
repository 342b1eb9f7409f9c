"""Terminator: the end-of-story mark, on its own line or glued to the last sentence."""

from __future__ import annotations

from collections import deque

from .._models import DefectCode, Terminator
from .._state import State


def claim_terminator(state: State) -> None:
    """Claim the dialect's terminator at the end of the last line of the body."""
    patterns = state.dialect.patterns
    if patterns.terminator is None:
        return
    last = deque(state.unclaimed(state.body_start), maxlen=1)
    if last:
        start, end = state.span(last[0])
        window = max(start, end - patterns.terminator_window)
        match = patterns.terminator.search(state.text, window, end)
        if match is not None:
            state.terminator = Terminator(text=match["terminator"], span=match.span("terminator"))
            state.trim_end(last[0], match.start("terminator"), "terminator")
            return
    terminators = " or ".join(repr(t) for t in state.dialect.terminators)
    state.report(
        DefectCode.NO_TERMINATOR,
        f"the story does not end with {terminators}",
        state.end_of_text(),
    )
