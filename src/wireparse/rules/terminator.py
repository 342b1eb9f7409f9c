"""Terminator: the end-of-story mark, on its own line or glued to the last sentence."""

from __future__ import annotations

import functools

import regex

from .._models import Defect, DefectCode, _make_defect, _make_terminator, _make_trailer
from .._patterns import groups_getter
from .._state import State
from ..dialects._dialect import Dialect


def terminator_at_end(state: State, index: int) -> regex.Match[str] | None:
    """Match the dialect's terminator at the end of what is left of line ``index``.

    In a dialect whose terminator stands alone (:attr:`Dialect.terminator_alone
    <wireparse.dialects.Dialect.terminator_alone>`), only a line holding nothing else matches.
    """
    # The trailer rule asks this of the last lines before the terminator rule does: the answer
    # for each piece of a line is kept in the state, since the text and the dialect are fixed.
    key = (state.starts[index], state.ends[index])
    seen = state.terminators_found
    if key in seen:
        return seen[key]
    found = seen[key] = terminator_ending(state.text, state.dialect, *key)
    return found


def terminator_ending(text: str, dialect: Dialect, start: int, end: int) -> regex.Match[str] | None:
    """Match ``dialect``'s terminator at the end of ``text[start:end]``, a line or its rest.

    This is the one test of a terminator: the rule asks it of a story's lines, and the splitter
    of a dump's (:mod:`wireparse._split`), so that both end a story at the same lines.
    """
    patterns = dialect.patterns
    pattern = patterns.terminator
    if pattern is None:
        return None
    match = pattern.search(text, max(start, end - patterns.terminator_window), end)
    if match is not None and dialect.terminator_alone and match.start() != start:
        return None
    return match


def may_end_early(text: str, dialect: Dialect, start: int, end: int) -> bool:
    """Tell whether a line of the body between ``start`` and ``end`` may end in a terminator.

    One look for the dialect's terminator words in the text of those lines (the body but its
    last line) spares a search at the end of each of them, in the stories (nearly all) where
    none is.
    """
    if dialect.terminator_patterns or not dialect.terminators:
        return True
    before_last = text[start:end].casefold()
    words, endings = _terminator_words(dialect.terminators)
    # A word can be there only where its last four letters are: fewer looks, in most dialects.
    return any(ending in before_last for ending in endings) and any(
        word in before_last for word in words
    )


@functools.lru_cache(maxsize=64)
def _terminator_words(terminators: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The terminator words case-folded, and the distinct last four letters of them."""
    words = tuple(word.casefold() for word in terminators)
    return words, tuple(dict.fromkeys(word[-4:] for word in words))


def claim_terminator(state: State) -> None:
    """Claim the dialect's terminator at the end of the last line of the body.

    A carriage return printed after it in caret notation (``REUTER^M``) becomes a trailer of
    the kind ``"control"``.

    A terminator ending an earlier line of the body is reported, not claimed: it is where
    one story ends and, most likely, the next begins. A story without one is reported when the
    dialect requires one.
    """
    if state.dialect.patterns.terminator is None:
        return
    owner = state.owner
    body = [i for i in range(state.body_start, len(owner)) if owner[i] is None]
    early_lines = len(body) > 1 and may_end_early(
        state.text, state.dialect, state.starts[body[0]], state.ends[body[-2]]
    )
    for index in body[:-1] if early_lines else ():
        early = terminator_at_end(state, index)
        if early is not None:
            state.report(
                DefectCode.EARLY_TERMINATOR,
                f"{early['terminator']!r} ends line {state.lines[index].number}, before the end"
                " of the story: two stories may have run together",
                early.span("terminator"),
            )
    match = terminator_at_end(state, body[-1]) if body else None
    if match is not None:
        mark, control = groups_getter(match.re, ("terminator", "control"))(match)
        span = match.span("terminator")
        state.terminator = _make_terminator(mark, span)
        if control:
            # "REUTER^M": the carriage return shown in caret notation is no part of the mark.
            state.trailers.append(_make_trailer("control", control, match.span("control")))
        state.trim_end(body[-1], span[0], "terminator")
        return
    missing = missing_terminator(state.dialect, state.end_of_text()[0])
    if missing is not None:
        state.defects.append(missing)


def missing_terminator(dialect: Dialect, end: int) -> Defect | None:
    """The defect of a story of ``dialect`` ending at ``end`` without its terminator, if the
    dialect has one and requires it."""
    if dialect.patterns.terminator is None or not dialect.terminator_required:
        return None
    what = repr(dialect.terminators[0]) if dialect.terminators else f"{dialect.agency}'s terminator"
    return _make_defect(DefectCode.NO_TERMINATOR, f"the story does not end with {what}", (end, end))
