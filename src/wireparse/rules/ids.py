"""Id markers: the numeric lines that open and close a story in a corpus dump."""

from __future__ import annotations

import regex

from .._layout import Line
from .._models import DefectCode, Span, _make_id_markers
from .._state import State

# Matches a whole id line: "7156699". One to twenty ASCII digits, nothing else.
ID_LINE = regex.compile(r"[0-9]{1,20}+ \Z", regex.VERBOSE)

_DIGITS = frozenset("0123456789")


def _span(line: Line | None) -> Span | None:
    return None if line is None else (line.start, line.end)


def claim_ids(state: State) -> None:
    """Claim the first and the last line when they are id lines; report one without a partner."""
    lines = state.lines
    if not lines:
        return
    first, last = lines[0], lines[-1]
    # An id line opens with a digit: one look at the first character spares most matches.
    opening = first if first.text[0] in _DIGITS and ID_LINE.match(first.text) else None
    closing = None
    if len(lines) > 1 and last.text[0] in _DIGITS and ID_LINE.match(last.text):
        closing = last
    if opening is not None:
        state.claim(0, "ids")
    if closing is not None:
        state.claim(len(lines) - 1, "ids")
    start_span, end_span = _span(opening), _span(closing)
    if start_span is None or end_span is None:
        lone = start_span or end_span
        if lone is None:
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
