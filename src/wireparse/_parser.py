"""The parse: layout, then the chain of rules, then the article."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TypeVar

import attrs

from . import _story, dialects
from ._layout import split_lines
from ._models import Article, Defect, DefectCode, Furniture, Trailer, WireLine, _make_article
from ._state import _SPAN, State, group_sections
from .dialects import Dialect
from .rules import DEFAULT_RULES, Rule

_Spanned = TypeVar("_Spanned", Furniture, Defect, Trailer, WireLine)


@attrs.frozen(kw_only=True)
class Parser:
    """A configured parser: a dialect and a chain of rules.

    :func:`wireparse.parse` is ``Parser().parse``; make a parser of your own to run other
    rules (see :mod:`wireparse.rules`) or to fix the dialect once.

    Attributes:
        dialect: The dialect, a registered dialect's name, or None to detect each story's
            dialect among the registered ones (see :func:`wireparse.dialects.detect`).
        rules: The rules to run, in order.

    Raises:
        TypeError: ``rules`` holds something that is not a :class:`~wireparse.rules.Rule`,
            or ``dialect`` is neither a dialect, a string nor None.
        KeyError: ``dialect`` names no registered dialect.
    """

    dialect: Dialect | str | None = attrs.field(default=None)
    rules: tuple[Rule, ...] = attrs.field(default=DEFAULT_RULES, converter=tuple)

    @dialect.validator
    def _check_dialect(self, _: attrs.Attribute[Dialect | str | None], value: object) -> None:
        dialects.resolve(value)  # type: ignore[arg-type]  # raises TypeError or KeyError

    @rules.validator
    def _check_rules(self, _: attrs.Attribute[tuple[Rule, ...]], value: tuple[object]) -> None:
        for rule in value:
            if not isinstance(rule, Rule):
                raise TypeError(f"rules must be Rule values, not {type(rule).__name__}")

    def parse(
        self,
        text: str,
        *,
        strict: bool = False,
        reference_date: datetime.date | None = None,
        dialect: Dialect | str | None = None,
    ) -> Article:
        """Parse one story.

        Args:
            text: The story.
            strict: Raise on the first defect instead of recording it.
            reference_date: Resolves dateline dates when the story prints no publication date.
            dialect: Overrides the parser's dialect for this call; None keeps the parser's.

        Returns:
            The article. In lenient mode (the default) this never fails for any string: what is
            odd is listed in :attr:`Article.defects`.

        Raises:
            TypeError: ``text`` is not a ``str`` (decode bytes first), or ``reference_date`` is
                not a date.
            KeyError: ``dialect`` names no registered dialect.
            ParseError: ``strict`` is true and the story has a defect.
        """
        if not isinstance(text, str):
            raise TypeError(f"parse() expects str, not {type(text).__name__}; decode bytes first")
        if reference_date is not None and not isinstance(reference_date, datetime.date):
            raise TypeError(
                f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
            )
        if isinstance(reference_date, datetime.datetime):
            reference_date = reference_date.date()  # a datetime serves by its calendar day
        named = dialect if dialect is not None else self.dialect
        chosen = None if named is None else dialects.resolve(named)
        return _story.read(
            _story.Story(text), self, dialect=chosen, strict=strict, reference_date=reference_date
        )

    def _read(
        self,
        text: str,
        dialect: Dialect,
        reference_date: datetime.date | None,
        *,
        start_line: int = 1,
        defects: Sequence[Defect] = (),
    ) -> Article:
        """Parse ``text`` leniently, with no checks on the arguments: the engine of parse.

        The rules run one after another on the lines of ``text``. ``start_line`` and
        ``defects`` (found before the parse, such as undecodable bytes) go into the article as
        they are.
        """
        lines = split_lines(text, indented=dialect.indented_paragraphs)
        state = State.start(text, lines, dialect, reference_date)
        state.defects.extend(defects)
        if state.lines:
            for rule in self.rules:
                rule.func(state)
        else:
            state.report(DefectCode.EMPTY, "the text is empty", (0, 0))
        return _article(state, start_line)


def _article(state: State, start_line: int) -> Article:
    return _make_article(
        state.text,
        state.dialect.name,
        state.id_markers,
        state.headline,
        tuple(state.meta_lines),
        state.source,
        state.published,
        state.dateline,
        group_sections(state.headings, state.paragraphs),
        state.terminator,
        _in_order(state.furniture),
        _in_order(state.defects),
        _in_order(state.trailers),
        state.slug,
        _in_order(state.wire_lines),
        start_line,
    )


def _in_order(elements: list[_Spanned]) -> tuple[_Spanned, ...]:
    """``elements`` sorted by their spans, as a tuple."""
    if len(elements) < 2:
        return tuple(elements)
    return tuple(sorted(elements, key=_SPAN))


_DEFAULT_PARSER = Parser()


def parse(
    text: str,
    *,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    dialect: Dialect | str | None = None,
) -> Article:
    """Parse one wire story into an :class:`Article`.

    Args:
        text: The story, as a ``str``.
        strict: Raise :class:`ParseError` on the first defect instead of recording it.
        reference_date: Resolves dateline dates when the story prints no publication date.
        dialect: A :class:`~wireparse.dialects.Dialect`, a registered dialect's name, or None
            to detect it among the registered dialects (Xinhua English when none fits).
            :attr:`Article.dialect` names the one used.

    Returns:
        The article. In lenient mode (the default) this never fails for any string.

    Raises:
        TypeError: ``text`` is not a ``str``.
        KeyError: ``dialect`` names no registered dialect.
        ParseError: ``strict`` is true and the story has a defect.

    Example:
        >>> article = parse("BEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
        >>> article.dateline.location, article.paragraphs[0].text
        ('BEIJING', 'Rain fell.')
    """
    return _DEFAULT_PARSER.parse(
        text, strict=strict, reference_date=reference_date, dialect=dialect
    )
