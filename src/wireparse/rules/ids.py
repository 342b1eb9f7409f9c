"""Id markers: the numeric lines that open and close a story in a corpus dump."""

from __future__ import annotations

import regex

from .._models import DefectCode, IdMarkers
from .._state import State

# Matches a whole id line: "7156699". Digits of any script, one to twenty of them.
ID_LINE = regex.compile(r"\d{1,20}+\Z")


def claim_ids(state: State) -> None:
    """Claim the first and the last line when they are id lines; report one without a partner."""
    lines = state.lines
    if not lines:
        return
    first = 0 if ID_LINE.match(lines[0].text) else None
    last = len(lines) - 1
    if last == first or not ID_LINE.match(lines[last].text):
        last_found = None
    else:
        last_found = last
    if first is None and last_found is None:
        return
    start_span = None if first is None else (lines[first].start, lines[first].end)
    end_span = None if last_found is None else (lines[last_found].start, lines[last_found].end)
    for index in (first, last_found):
        if index is not None:
            state.claim(index, "ids")
    outer = start_span or end_span
    assert outer is not None  # one of the two was found
    state.id_markers = IdMarkers(
        start=None if first is None else lines[first].text,
        end=None if last_found is None else lines[last_found].text,
        start_span=start_span,
        end_span=end_span,
        span=(outer[0], (end_span or start_span or outer)[1]),
    )
    if start_span is None or end_span is None:
        which = "opening" if end_span is None else "closing"
        state.report(
            DefectCode.UNPAIRED_ID_MARKER,
            f"the {which} id line {lines[first if last_found is None else last_found].text!r}"
            " has no partner at the other end of the story",
            outer,
        )
