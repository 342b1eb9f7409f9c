"""Leftovers: lines no rule claimed, each reported so that nothing is lost silently."""

from __future__ import annotations

from .._models import DefectCode
from .._state import State


def report_unclaimed(state: State) -> None:
    """Report every line that no rule claimed as an unknown line, and claim it."""
    if None not in state.owner:
        return  # every line was claimed: the usual case, told in one look
    for index in list(state.unclaimed()):
        line = state.lines[index]
        state.report(
            DefectCode.UNKNOWN_LINE,
            f"line {line.number} is neither a headline, a source, a date nor furniture:"
            f" {state.content(index)[:60]!r}",
            state.span(index),
        )
        state.claim(index, "leftover")
