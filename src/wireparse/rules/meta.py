"""Meta lines: the source and publication date printed between the headline and the body."""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

import regex

from .._dates import parse_iso
from .._models import DefectCode, _make_meta_line
from .._patterns import groups_getter, line_match
from .._state import State
from ..dialects._dialect import Dialect, PerDialect

Verdict: TypeAlias = tuple[Literal["source", "date"], str | None, datetime.date | None]
"""What a meta line says: ``("source", name, None)`` with the name as printed (``"Xinhua"``),
or ``("date", None, date)`` with the day it names, None when it names no day of the calendar."""

KEPT = 4096
"""How many meta lines a :class:`MetaReader` keeps; when that many are kept, it forgets them
all and starts again, so that the table stays small on a dump of any length."""

_PUBLISHED_GROUPS = ("iso", "month", "month_second", "day", "day_first", "year", "year_second")


class MetaReader:
    """What one dialect's source and publication-date patterns make of a line.

    The stories of a dump repeat their meta lines: a scraped Xinhua page prints ``Xinhua``
    over every story, and the same two date lines (``| May 6, 2025`` and ``2025-05-06``) over
    every story of a day. What a line says depends on its text alone, so the verdict on each
    meta line read is kept, and the same line is then told with one dictionary look-up: the
    very verdict that reading it again would give. Only meta lines are kept (the patterns
    refuse most other lines by their first characters, see :mod:`wireparse._patterns`), at
    most :data:`KEPT` of them; when the table is full it is emptied, and since a dump runs in
    the order of its days, the lines read next are soon kept again.
    """

    __slots__ = ("_dialect", "_kept", "_published", "_source")

    def __init__(self, dialect: Dialect) -> None:
        patterns = dialect.patterns
        self._dialect = dialect
        self._source = None if patterns.source is None else line_match(patterns.source)
        self._published = line_match(patterns.published)
        self._kept: dict[str, Verdict] = {}

    def __call__(self, text: str) -> Verdict | None:
        """The verdict on the line ``text``; None when it is neither a source nor a date line."""
        verdict = self._kept.get(text)
        if verdict is None:
            verdict = self.read(text)
            if verdict is not None:
                if len(self._kept) >= KEPT:
                    self._kept.clear()
                self._kept[text] = verdict
        return verdict

    def read(self, text: str) -> Verdict | None:
        """The verdict of the patterns on the line ``text``, read afresh: a source line first
        (``Xinhua``, ``Source: Xinhua``), then a date line; None for neither."""
        if self._source is not None and (match := self._source(text)):
            return ("source", match["source"], None)
        if match := self._published(text):
            return ("date", None, published_date(self._dialect, match))
        return None


meta_reader: PerDialect[MetaReader] = PerDialect(MetaReader)
"""The :class:`MetaReader` of a dialect, made the first time it is asked for."""


def claim_meta_lines(state: State) -> None:
    """Claim source and date lines after the headline; fix where the body starts.

    With a dateline, every line between the headline and the dateline is looked at (what is
    not a source or a date is left for :func:`~wireparse.rules.leftover.report_unclaimed`).
    Without one, the body starts at the first line after the headline that is neither.
    """
    read = meta_reader(state.dialect)
    lines, owner, meta_lines = state.lines, state.owner, state.meta_lines
    start = 0 if state.headline_line is None else state.headline_line + 1
    dateline_line = state.dateline_line
    body_start = len(lines)
    for index in range(start, body_start if dateline_line is None else dateline_line):
        if owner[index] is not None:
            continue
        line = lines[index]
        verdict = read(line.text)
        if verdict is None:
            if dateline_line is None:
                body_start = index
                break
            continue
        kind, source, published = verdict
        span = (line.start, line.end)
        meta_lines.append(_make_meta_line(kind, line.text, span))
        if kind == "source":
            if state.source is None:
                state.source = source
        elif published is None:
            state.report(
                DefectCode.INVALID_DATE,
                f"the publication date {line.text!r} is no day of the calendar",
                span,
            )
        elif state.published is None:
            state.published = published
        owner[index] = "meta"
    state.body_start = body_start if dateline_line is None else dateline_line


def published_date(dialect: Dialect, match: regex.Match[str]) -> datetime.date | None:
    """The date a match of ``dialect``'s publication-date pattern names; None for no real day."""
    groups = groups_getter(match.re, _PUBLISHED_GROUPS)(match)
    iso, month_name, month_second, day, day_first, year, year_second = groups
    if iso:
        return parse_iso(iso)
    month = dialect.month_number(month_name or month_second)
    if month is None:  # pragma: no cover - the pattern admits only the dialect's months
        return None
    try:
        return datetime.date(int(year or year_second), month, int(day or day_first))
    except ValueError:
        return None
