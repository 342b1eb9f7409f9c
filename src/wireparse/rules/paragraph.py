"""Paragraphs: what is left of the body, one paragraph per block."""

from __future__ import annotations

from .._models import Paragraph, _make_paragraph
from .._state import State


def claim_paragraphs(state: State) -> None:
    """Make a paragraph of each run of unclaimed body lines within one block.

    The lines of a wrapped paragraph are joined with one space. A claimed line (furniture,
    say) inside a block ends the paragraph before it; so does a line whose end an earlier rule
    claimed, and a line whose start it claimed (the control characters opening a line of wire
    copy, ``\x02``) opens a paragraph: a paragraph's span holds no other element.
    """
    lines, owner, starts, ends = state.lines, state.owner, state.starts, state.ends
    text, paragraphs = state.text, state.paragraphs
    first = last = -1  # the run of lines of the paragraph being read
    for index in range(state.body_start, len(lines)):
        if owner[index] is not None:
            continue
        line = lines[index]
        if first >= 0 and (
            index != last + 1
            or line.block != lines[last].block
            or starts[index] != line.start
            or ends[last] != lines[last].end
        ):
            if first == last:  # most paragraphs: one line, told without a call
                start, end = starts[first], ends[first]
                paragraphs.append(_make_paragraph(text[start:end], (start, end)))
            else:
                paragraphs.append(_paragraph(text, starts, ends, first, last))
            first = -1
        if first < 0:
            first = index
        last = index
        owner[index] = "paragraph"
    if first >= 0:
        paragraphs.append(_paragraph(text, starts, ends, first, last))


def _paragraph(text: str, starts: list[int], ends: list[int], first: int, last: int) -> Paragraph:
    """The paragraph of lines ``first`` to ``last``, what is left of them joined by a space."""
    if first == last:
        content = text[starts[first] : ends[first]]
    else:
        content = " ".join([text[starts[i] : ends[i]] for i in range(first, last + 1)])
    return _make_paragraph(content, (starts[first], ends[last]))
