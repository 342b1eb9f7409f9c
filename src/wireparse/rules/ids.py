"""Id markers: the numeric lines that open and close a story in a corpus dump."""

from __future__ import annotations

import regex

from .._models import DefectCode, _make_id_markers
from .._state import State

# Matches a whole id line: "7156699". One to twenty ASCII digits, nothing else.
ID_LINE = regex.compile(r"[0-9]{1,20}+ \Z", regex.VERBOSE)


def is_id_line(text: str) -> bool:
    """Tell whether the line ``text`` is an id line, as :data:`ID_LINE` tells, with string
    tests alone: of the digits :meth:`str.isdigit` knows, only ``0`` to ``9`` are ASCII."""
    return len(text) <= 20 and text.isdigit() and text.isascii()


def claim_ids(state: State) -> None:
    """Claim the first and the last line when they are id lines; report one without a partner."""
    lines = state.lines
    if not lines:
        return
    first, last = lines[0], lines[-1]
    opening = first if is_id_line(first.text) else None
    closing = last if len(lines) > 1 and is_id_line(last.text) else None
    start_span = end_span = None
    if opening is not None:
        state.claim(0, "ids")
        start_span = (opening.start, opening.end)
    if closing is not None:
        state.claim(len(lines) - 1, "ids")
        end_span = (closing.start, closing.end)
    if start_span is None or end_span is None:
        lone = start_span or end_span
        if lone is None:  # a story on its own, not cut from a dump
            return
        which = "opening" if opening is not None else "closing"
        state.report(
            DefectCode.UNPAIRED_ID_MARKER,
            f"the {which} id line {state.text[slice(*lone)]!r} has no partner at the other"
            " end of the story",
            lone,
        )
        outer = lone
    else:
        outer = (start_span[0], end_span[1])
    state.id_markers = _make_id_markers(
        None if opening is None else opening.text,
        None if closing is None else closing.text,
        start_span,
        end_span,
        outer,
    )
