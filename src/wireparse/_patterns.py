"""Cheap ways to ask the ``regex`` module: refusing lines by their openings, reading groups.

A rule tries a pattern on many lines that could never open a match of it: the furniture of a
page (``Home > World``, ``(Xinhua/Li Ming)``, ``Editor: Liu Yang``) on every line of prose,
a publication date (``June 1, 2000``) on a source line. A call of the ``regex`` module costs
about as much as a short match before it reads a character, so most of a rule's time went
to these refusals. Whether a line can match at all is told by its first two characters: asked
once per pattern with ``partial=True`` (does any text opening with these characters match?),
the answer is kept, and a line opening with characters the pattern refused is refused again
with a dictionary look-up. On other lines the pattern is matched as before, so the result is
the pattern's own.

The answer for an opening is the answer for every line it opens only when nothing in the
pattern looks past the opening and fails at its end where a longer text would go on: a word
boundary (``\\b`` after white space fails at the end of ``"a "`` and holds in ``"a b"``), a
negative lookahead (``(?!\\Z)``), a conditional or fuzzy matching. A pattern holding any of
these is matched on every line, as before.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import regex

OPENING = 2
"""How many of a line's first characters are asked about: two tell most lines apart from
furniture and meta lines (``Th``, ``In``, ``A `` open prose; ``(X``, ``Ho``, ``Ed`` the
furniture) while a story's lines share a few hundred openings at most."""

KEPT = 4096
"""How many openings are kept for one pattern; past that, a new opening is matched whole,
so that text in a script of thousands of characters cannot grow the table without bound."""

# Matches what makes a pattern's answer for an opening no answer for the lines it opens (see
# the module's docstring): word boundaries (\b, \B, \m, \M), a negative lookahead, a
# conditional, fuzzy matching ({e<=1}, {i,d}) and matching in reverse ((?r)).
_NOT_BY_OPENING = regex.compile(
    r"\\[bBmM] | \(\?! | \(\?\( | \{ [^{}\n]{0,30}? (?: [edis] [<=>,}] | [0-9] [edis] )"
    r" | \(\? [a-zA-Z\-]*+ r",
    regex.VERBOSE,
)

_FLAGS_NOT_BY_OPENING = regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX

LineMatch = Callable[[str], "regex.Match[str] | None"]
"""The type of :func:`line_match`'s result: ``pattern.match`` of a whole line."""


class _ByOpening:
    """``pattern.match(text)``, with the pattern's answer for each opening kept."""

    __slots__ = ("_match", "can_open")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._match = pattern.match
        self.can_open: dict[str, bool] = {}
        """The pattern's answer for each opening asked about so far."""

    def __call__(self, text: str) -> regex.Match[str] | None:
        opening = text[:OPENING]
        can_open = self.can_open.get(opening)
        if can_open is None:
            # Any text opening with ``opening`` that matches makes this a (partial) match.
            can_open = self._match(opening, partial=True) is not None
            if len(self.can_open) < KEPT:
                self.can_open[opening] = can_open
        return self._match(text) if can_open else None


@functools.lru_cache(maxsize=512)
def line_match(pattern: regex.Pattern[str]) -> LineMatch:
    """``pattern.match`` for whole lines, refusing at once a line whose first characters
    cannot open a match (see the module's docstring); ``pattern.match`` itself for a pattern
    that its openings cannot answer for."""
    if pattern.flags & _FLAGS_NOT_BY_OPENING or _NOT_BY_OPENING.search(pattern.pattern):
        return pattern.match
    return _ByOpening(pattern)


_NO_OPENINGS: Mapping[str, bool] = MappingProxyType({})


def kept_openings(match: LineMatch) -> Mapping[str, bool]:
    """The openings that ``match`` (a :func:`line_match`) answered for so far, each mapped to
    whether it may open a match: a rule walking many lines looks a line's opening up here and
    calls ``match`` only where it is not known to be refused (``False``), one call fewer a
    line. Empty for a pattern its openings cannot answer for.
    """
    return match.can_open if isinstance(match, _ByOpening) else _NO_OPENINGS


@functools.lru_cache(maxsize=512)
def groups_getter(
    pattern: regex.Pattern[str], names: tuple[str, ...]
) -> Callable[[regex.Match[str]], tuple[Any, ...]]:
    """A function giving the groups ``names`` of a match of ``pattern`` as a tuple, in that
    order: what ``match.group(*names)`` gives, at the cost of one call for all of them.

    Each group asked for by name costs the ``regex`` module about as much as a short match,
    where :meth:`regex.Match.groups` gives every group at once. A name the pattern lacks gives
    None, as a group that took part in no match does.
    """
    index = pattern.groupindex
    none = pattern.groups  # a slot after the last group, holding None
    # One item more than asked for, so that a tuple comes back even for one name.
    pick = operator.itemgetter(*(index.get(name, none + 1) - 1 for name in names), none)

    def groups(match: regex.Match[str]) -> tuple[Any, ...]:
        return pick((*match.groups(), None))[:-1]  # type: ignore[no-any-return]

    return groups
