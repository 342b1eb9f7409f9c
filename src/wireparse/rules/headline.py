"""Headline: the first line of the story, with its kicker split off."""

from __future__ import annotations

import regex

from .._models import DefectCode, Headline
from .._state import State

MAX_LENGTH = 300
"""Without a dateline, a line longer than this is a paragraph, not a headline."""

# Matches the end of a sentence: "... said.", "... he said.\"", "(... in 2024.)".
SENTENCE_END = regex.compile(r"\. [\"'\u201d\u2019)\]]{0,3}+ \Z", regex.VERBOSE)


def _is_meta(state: State, text: str) -> bool:
    patterns = state.dialect.patterns
    return bool(
        (patterns.source is not None and patterns.source.match(text))
        or patterns.published.match(text)
    )


def _reads_like_headline(state: State, index: int, following: int | None) -> bool:
    """Without a dateline, tell whether line ``index`` reads like a headline."""
    if following is None:
        return False  # a story of one line is a paragraph
    line, after = state.lines[index], state.lines[following]
    if after.block == line.block and not _is_meta(state, after.text):
        return False  # the first line of a wrapped paragraph
    text = line.text
    if len(text) > MAX_LENGTH or SENTENCE_END.search(text, max(0, len(text) - 5)):
        return False
    terminator = state.dialect.patterns.terminator
    return terminator is None or terminator.search(text) is None


def claim_headline(state: State) -> None:
    """Claim the first unclaimed line above the dateline as the headline.

    Without a dateline, the first line is taken only if it reads like a headline: more lines
    follow it, but not in its own block (save source and date lines); it is not too long; and
    it ends neither a sentence nor the story. A source or date line is never a headline.
    """
    lines = state.lines
    candidates = state.unclaimed(0, state.dateline_line)
    index = next(candidates, None)
    if index is not None:
        text = lines[index].text
        plausible = state.dateline_line is not None or _reads_like_headline(
            state, index, next(candidates, None)
        )
        if plausible and not _is_meta(state, text):
            state.claim(index, "headline")
            state.headline_line = index
            state.headline = _headline(state, index)
            return
    if index is not None:
        at = lines[index].start
    elif state.dateline is not None:  # the story opens with its dateline
        at = state.dateline.span[0]
    else:
        at = state.end_of_text()[0]
    state.report(DefectCode.NO_HEADLINE, "the story has no headline", (at, at))


def _headline(state: State, index: int) -> Headline:
    line = state.lines[index]
    pattern = state.dialect.patterns.kicker
    match = pattern.match(line.text) if pattern is not None else None
    if match is None:
        return Headline(text=line.text, kicker=None, title=line.text, span=(line.start, line.end))
    return Headline(
        text=line.text,
        kicker=match["kicker"],
        title=match["title"],
        span=(line.start, line.end),
    )
