"""The rules of a parse, and the order they run in, as data.

A rule is a function that takes the parse :class:`State` and claims the lines it recognises.
:data:`DEFAULT_RULES` is the chain :func:`wireparse.parse` runs; a :class:`wireparse.Parser`
takes any other chain, such as one made with :func:`insert_before`, :func:`replace` or
:func:`remove`::

    rules = wireparse.rules.replace(wireparse.rules.DEFAULT_RULES, "heading", my_headings)
    article = wireparse.Parser(rules=rules).parse(text)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .._layout import Line
from .._state import State
from .dateline import find_dateline
from .dates import resolve_dates
from .furniture import claim_furniture
from .heading import claim_headings, looks_like_heading
from .headline import claim_headline
from .ids import claim_ids
from .leftover import report_unclaimed
from .meta import claim_meta_lines
from .paragraph import claim_paragraphs
from .terminator import claim_terminator
from .trailer import claim_trailers
from .wire import claim_wire_lines

RuleFunction = Callable[[State], None]
"""The type of a rule's function, which reads and updates the parse state."""


@attrs.frozen
class Rule:
    """A named step of the parse.

    Attributes:
        name: What the rule finds, unique within a chain (``"dateline"``).
        func: The function that finds it.
    """

    name: str
    func: RuleFunction


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("ids", claim_ids),
    Rule("wire", claim_wire_lines),
    Rule("furniture", claim_furniture),
    Rule("dateline", find_dateline),
    Rule("headline", claim_headline),
    Rule("meta", claim_meta_lines),
    Rule("dates", resolve_dates),
    Rule("trailer", claim_trailers),
    Rule("terminator", claim_terminator),
    Rule("heading", claim_headings),
    Rule("paragraph", claim_paragraphs),
    Rule("leftover", report_unclaimed),
)
"""The chain :func:`wireparse.parse` runs, in order. Each rule sees only the lines that the
rules before it left unclaimed: ids and furniture first, so that no later rule takes them for
text; the dateline before the headline, since it marks where the header ends; the terminator
before headings and paragraphs, so that the last paragraph stops before it, and trailers
(credits, initials) before the terminator, which may stand above them; and last, every
line still unclaimed is reported as a defect."""


def _position(rules: Sequence[Rule], name: str) -> int:
    for position, rule in enumerate(rules):
        if rule.name == name:
            return position
    known = ", ".join(rule.name for rule in rules)
    raise KeyError(f"no rule named {name!r}; the chain has: {known}")


def insert_before(rules: Sequence[Rule], name: str, rule: Rule) -> tuple[Rule, ...]:
    """Return ``rules`` with ``rule`` inserted before the rule called ``name``."""
    position = _position(rules, name)
    return (*rules[:position], rule, *rules[position:])


def insert_after(rules: Sequence[Rule], name: str, rule: Rule) -> tuple[Rule, ...]:
    """Return ``rules`` with ``rule`` inserted after the rule called ``name``."""
    position = _position(rules, name) + 1
    return (*rules[:position], rule, *rules[position:])


def replace(rules: Sequence[Rule], name: str, func: RuleFunction) -> tuple[Rule, ...]:
    """Return ``rules`` with the function of the rule called ``name`` replaced by ``func``."""
    position = _position(rules, name)
    return (*rules[:position], Rule(name, func), *rules[position + 1 :])


def remove(rules: Sequence[Rule], name: str) -> tuple[Rule, ...]:
    """Return ``rules`` without the rule called ``name``."""
    position = _position(rules, name)
    return (*rules[:position], *rules[position + 1 :])


__all__ = [
    "DEFAULT_RULES",
    "Line",
    "Rule",
    "RuleFunction",
    "State",
    "claim_furniture",
    "claim_headings",
    "claim_headline",
    "claim_ids",
    "claim_meta_lines",
    "claim_paragraphs",
    "claim_terminator",
    "claim_trailers",
    "claim_wire_lines",
    "find_dateline",
    "insert_after",
    "insert_before",
    "looks_like_heading",
    "remove",
    "replace",
    "report_unclaimed",
    "resolve_dates",
]
