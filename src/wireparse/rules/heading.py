"""Headings: ALL-CAPS subheadings that open the sections of the body."""

from __future__ import annotations

from .._models import _make_heading
from .._state import State

MAX_LENGTH = 80
"""A subheading is at most this many characters long."""

MAX_WORDS = 10
"""... and at most this many words."""

MIN_CAPITALS = 3
"""... and has at least this many capital letters."""

# Characters that end a sentence or a clause, or close a quotation: a line ending in one is
# text, not a subheading. Lines opening a quotation or a parenthesis are text too.
_TEXT_ENDS = frozenset(".,;:!?\"'\u201d\u2019)")
_TEXT_STARTS = frozenset("\"'\u201c\u2018(")


def looks_like_heading(text: str) -> bool:
    """Tell whether ``text`` reads like a subheading: ``LONG-LASTING FRIENDSHIP``.

    It has no lower-case letter, at least three capitals, as many letters as other characters
    (white space aside), at most ten words and eighty characters; it neither ends like a
    sentence, a clause or a quotation nor opens a quotation or a parenthesis. So
    ``"WE WANT PEACE!"``, ``WHY NOT?``, ``19/11/98 21:36 GMT`` and a line in a script without
    capitals are no subheadings.
    """
    if not text or len(text) > MAX_LENGTH or text != text.upper():
        return False
    if text[-1] in _TEXT_ENDS or text[0] in _TEXT_STARTS:
        return False
    words = text.split()
    if len(words) > MAX_WORDS:
        return False
    letters = sum(1 for c in text if c.isalpha())
    visible = sum(len(w) for w in words)
    return letters * 2 >= visible and sum(1 for c in text if c.isupper()) >= MIN_CAPITALS


def claim_headings(state: State) -> None:
    """Claim each subheading of the body.

    A subheading stands alone in its block and is followed by a paragraph, so an ALL-CAPS
    line at the end of the body stays a paragraph; so do ALL-CAPS lines that follow one
    another, which read as a list or a slogan rather than as headings, and a line that a
    paragraph ending in a colon announces. The dateline's line is never a subheading: what
    follows a dateline is the lead, whatever its case.
    """
    lines, owner, starts, ends, text = (
        state.lines,
        state.owner,
        state.starts,
        state.ends,
        state.text,
    )
    body = [i for i in range(state.body_start, len(lines)) if owner[i] is None]
    skip = state.dateline_line
    last = len(lines) - 1
    candidates = set()
    for index in body:
        # Most lines are too long for a subheading: their length is told without a slice.
        if index == skip or ends[index] - starts[index] > MAX_LENGTH:
            continue
        block = lines[index].block
        alone = (index == 0 or lines[index - 1].block != block) and (
            index == last or lines[index + 1].block != block
        )
        if alone and looks_like_heading(text[starts[index] : ends[index]]):
            candidates.add(index)
    if not candidates:
        return
    for position, index in enumerate(body):
        if index not in candidates:
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        preceding = body[position - 1] if position > 0 else None
        if following is None or following in candidates or preceding in candidates:
            continue
        if preceding is not None and state.content(preceding).endswith(":"):
            continue  # what a colon announces is text: "The banner read:"
        state.claim(index, "heading")
        state.headings.append(_make_heading(state.content(index), state.span(index)))
