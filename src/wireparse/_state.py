"""The mutable record a parse keeps while its rules run; frozen into an Article at the end."""

from __future__ import annotations

import datetime
import operator
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from ._layout import Line
from ._models import (
    Dateline,
    Defect,
    DefectCode,
    Furniture,
    Heading,
    Headline,
    IdMarkers,
    MetaLine,
    Paragraph,
    Section,
    Slug,
    Span,
    Terminator,
    Trailer,
    WireLine,
    _make_defect,
    _make_section,
)
from ._text import SPACE
from .dialects._dialect import Dialect


class DateParts(NamedTuple):
    """A date as a dateline prints it, in pieces: ``("Sept.", "30", None)``.

    Attributes:
        month: The month's name, or its number (``"8"`` in ``8月12日``).
        day: The day: digits of any script, or a word (``اول``).
        year: The year's digits, or None.
    """

    month: str
    day: str
    year: str | None


@attrs.define(kw_only=True)
class State:
    """What the rules of one parse share.

    Each rule looks at :attr:`lines`, claims the ones it recognises with :meth:`claim` (or a
    part of one with :meth:`trim_start` and :meth:`trim_end`), and stores what it found in the
    matching attribute. A rule sees only lines that no earlier rule claimed whole.

    Attributes:
        text: The input.
        dialect: The dialect in use.
        reference_date: The date to resolve a dateline's date against when the story prints
            no publication date.
        lines: The input's non-blank lines.
        owner: For each line, the name of the rule that claimed it whole, or None.
        starts: For each line, where its unclaimed content starts now.
        ends: For each line, where its unclaimed content ends now.
        body_start: The index in :attr:`lines` of the body's first line.
        headline_line: The index of the headline's line, or None.
        dateline_line: The index of the dateline's line, or None.
        dateline_date: The dateline's date in pieces, for the dates rule to resolve.
        terminators_found: The match of the dialect's terminator at the end of each ``(start,
            end)`` piece of a line asked about so far, or None where there is none; the
            trailer and the terminator rules both ask about the last lines.
    """

    text: str
    dialect: Dialect
    reference_date: datetime.date | None
    lines: list[Line]
    owner: list[str | None]
    starts: list[int]
    ends: list[int]
    body_start: int = 0
    headline_line: int | None = None
    dateline_line: int | None = None
    dateline_date: DateParts | None = None
    id_markers: IdMarkers | None = None
    headline: Headline | None = None
    meta_lines: list[MetaLine] = attrs.Factory(list)
    source: str | None = None
    published: datetime.date | None = None
    dateline: Dateline | None = None
    headings: list[Heading] = attrs.Factory(list)
    paragraphs: list[Paragraph] = attrs.Factory(list)
    terminator: Terminator | None = None
    furniture: list[Furniture] = attrs.Factory(list)
    defects: list[Defect] = attrs.Factory(list)
    trailers: list[Trailer] = attrs.Factory(list)
    slug: Slug | None = None
    wire_lines: list[WireLine] = attrs.Factory(list)
    terminators_found: dict[Span, regex.Match[str] | None] = attrs.field(factory=dict, repr=False)

    @classmethod
    def start(
        cls,
        text: str,
        lines: list[Line],
        dialect: Dialect,
        reference_date: datetime.date | None,
    ) -> State:
        """Make the state for parsing ``text``, split into ``lines``, before any rule ran."""
        return cls(
            text=text,
            dialect=dialect,
            reference_date=reference_date,
            lines=lines,
            owner=[None] * len(lines),
            starts=list(map(_START, lines)),
            ends=list(map(_END, lines)),
        )

    def unclaimed(self, start: int = 0, stop: int | None = None) -> Iterator[int]:
        """Yield the indexes of lines in ``[start, stop)`` that no rule claimed whole."""
        owner = self.owner
        for index in range(start, len(owner) if stop is None else stop):
            if owner[index] is None:
                yield index

    def content(self, index: int) -> str:
        """Return what is left unclaimed of line ``index``."""
        return self.text[self.starts[index] : self.ends[index]]

    def span(self, index: int) -> Span:
        """Return the span of what is left unclaimed of line ``index``."""
        return self.starts[index], self.ends[index]

    def claim(self, index: int, owner: str) -> None:
        """Mark line ``index`` as taken whole by the rule ``owner``."""
        self.owner[index] = owner

    def trim_start(self, index: int, offset: int, owner: str) -> None:
        """Give the part of line ``index`` before ``offset`` away; keep the rest unclaimed.

        White space at the cut is skipped; a line with nothing left is claimed by ``owner``.
        """
        end = self.ends[index]
        while offset < end and self.text[offset] in SPACE:
            offset += 1
        self.starts[index] = offset
        if offset >= end:
            self.claim(index, owner)

    def trim_end(self, index: int, offset: int, owner: str) -> None:
        """Give the part of line ``index`` from ``offset`` on away; keep the rest unclaimed.

        White space at the cut is skipped; a line with nothing left is claimed by ``owner``.
        """
        start = self.starts[index]
        while offset > start and self.text[offset - 1] in SPACE:
            offset -= 1
        self.ends[index] = offset
        if offset <= start:
            self.claim(index, owner)

    def report(self, code: DefectCode, message: str, span: Span) -> None:
        """Record a defect."""
        self.defects.append(_make_defect(code, message, span))

    def end_of_text(self) -> Span:
        """An empty span just after the last non-blank character, for what is missing."""
        end = self.lines[-1].end if self.lines else 0
        return end, end


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_SPAN = operator.attrgetter("span")


def group_sections(headings: list[Heading], paragraphs: list[Paragraph]) -> tuple[Section, ...]:
    """Group paragraphs under the heading before them, the lead section first."""
    if not headings:  # most stories: one section of every paragraph
        if not paragraphs:
            return ()
        members = tuple(sorted(paragraphs, key=_SPAN))
        return (_make_section(None, members, (members[0].span[0], members[-1].span[1])),)
    groups: list[tuple[Heading | None, list[Paragraph]]] = []
    items: list[Heading | Paragraph] = sorted([*headings, *paragraphs], key=_SPAN)
    for item in items:
        if isinstance(item, Heading):
            groups.append((item, []))
        elif groups:
            groups[-1][1].append(item)
        else:
            groups.append((None, [item]))
    return tuple(_section(heading, members) for heading, members in groups)


def _section(heading: Heading | None, members: list[Paragraph]) -> Section:
    first: Heading | Paragraph = heading if heading is not None else members[0]
    last = members[-1] if members else first
    return _make_section(heading, tuple(members), (first.span[0], last.span[1]))
