"""Trailers: credits, desk initials and transmission stamps after the story's text."""

from __future__ import annotations

from collections.abc import Iterator

from .._models import _make_trailer
from .._state import State
from .terminator import terminator_at_end

TRAILER_LINES = 3
"""A run is split where the text ends only within its last three lines: trailers are short."""

END_OF_TEXT = "\x03"
"""ETX, which ends the text of a raw transmission: a line it opens holds no text."""


def _past_text(state: State, index: int) -> bool:
    """Tell whether line ``index`` is past the story's text within its block: it opens with
    ETX, or the line above it holds or ends with the terminator (``--IANS``, then ``ms/vd``;
    ``==Kyodo``, then a stamp)."""
    if state.content(index).startswith(END_OF_TEXT):
        return True
    above = index - 1
    return state.owner[above] is None and terminator_at_end(state, above) is not None


def _runs_from_end(state: State) -> Iterator[list[int]]:
    """Yield the runs of unclaimed body lines (consecutive, within one block), last first.

    The dateline's line, whose rest is the lead, is in none of them. In a block without blank
    lines, a line past the story's text (see :func:`_past_text`) starts a run of its own.
    """
    lines, owner = state.lines, state.owner
    index = len(lines) - 1
    while index >= state.body_start:
        if owner[index] is not None or index == state.dateline_line:
            index -= 1
            continue
        run = [index]
        while (
            index - 1 >= state.body_start
            and owner[index - 1] is None
            and index - 1 != state.dateline_line
            and lines[index - 1].block == lines[index].block
            and not (len(run) <= TRAILER_LINES and _past_text(state, index))
        ):
            index -= 1
            run.append(index)
        run.reverse()
        yield run
        index -= 1


def claim_trailers(state: State) -> None:
    """Claim the blocks that end the story and are trailers, from the last one up.

    A trailer is a block matching one of the dialect's trailer patterns or
    :data:`~wireparse.dialects.WIRE_TRAILERS`: ``(Reporting by ...; Editing by ...)``, AP's
    ``___`` and credits, desk initials (``ms/vd``), an e-mail line, a transmission stamp. A
    line holding the terminator alone is stepped over (the terminator rule claims it), so that
    trailers above it are found too (Yonhap's e-mail line before ``(END)``). The walk stops at
    the first block that is neither; the dateline's line is never a trailer.
    """
    patterns = state.dialect.patterns
    for run in _runs_from_end(state):
        if len(run) == 1:
            terminator = terminator_at_end(state, run[0])
            if terminator is not None and terminator.start() == state.starts[run[0]]:
                continue  # the terminator alone on its line: look above it
        text = state.content(run[0]) if len(run) == 1 else " ".join(map(state.content, run))
        match = patterns.trailer.match(text)
        if match is not None and match.lastgroup is not None:
            state.trailers.append(
                _make_trailer(
                    patterns.trailer_kinds[match.lastgroup],
                    text,
                    (state.starts[run[0]], state.ends[run[-1]]),
                )
            )
            for index in run:
                state.claim(index, "trailer")
            continue
        break
