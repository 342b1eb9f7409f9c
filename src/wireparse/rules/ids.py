"""Id markers: the numeric lines that open and close a story in a corpus dump."""

from __future__ import annotations

import regex

from .._layout import Line
from .._models import DefectCode, IdMarkers, Span
from .._state import State

# Matches a whole id line: "7156699". One to twenty ASCII digits, nothing else.
ID_LINE = regex.compile(r"[0-9]{1,20}+ \Z", regex.VERBOSE)


def _span(line: Line | None) -> Span | None:
    return None if line is None else (line.start, line.end)


def claim_ids(state: State) -> None:
    """Claim the first and the last line when they are id lines; report one without a partner."""
    lines = state.lines
    if not lines:
        return
    opening = lines[0] if ID_LINE.match(lines[0].text) else None
    closing = lines[-1] if len(lines) > 1 and ID_LINE.match(lines[-1].text) else None
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
    state.id_markers = IdMarkers(
        start=None if opening is None else opening.text,
        end=None if closing is None else closing.text,
        start_span=start_span,
        end_span=end_span,
        span=outer,
    )
