"""The parse of a plain story in one pass: what the default rules find, found faster.

Most stories of a corpus are laid out plainly: id lines, maybe a line of page furniture, the
headline, source and date lines, a dateline with its agency tag, paragraphs, maybe subheadings,
the terminator. :func:`read` parses such a story in one pass over its lines, with the patterns
and helpers of the rules of :data:`~wireparse.rules.DEFAULT_RULES`, in their order, but without
the parse state the rules share. It gives up, returning None, on anything it is not made for,
and the rule chain then parses the story: a line that is indented or broken by a CR; a control
character, a caret or an IPTC 7901 header (wire copy); a dialect with dateline forms, tagless
datelines or a terminator that stands alone; an id line without its partner; a byline; a line
between the headline and the dateline that is neither a source nor a date; a trailer; a
terminator alone on its line; and every defect but a missing terminator. ``tests/test_fast.py``
checks that the two parses agree on every story this one reads.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ._models import (
    Article,
    Defect,
    Furniture,
    Heading,
    IdMarkers,
    MetaLine,
    Paragraph,
    Terminator,
)
from ._state import group_sections
from ._text import SPACE
from .dialects import Dialect
from .rules.dateline import (
    SCAN_LINES,
    WINDOW,
    Found,
    build_dateline,
    dateline_end,
    tagged_dateline,
)
from .rules.dates import resolve_date
from .rules.furniture import BYLINE_LINES
from .rules.heading import MAX_LENGTH as HEADING_LENGTH
from .rules.heading import heading_lines
from .rules.headline import is_meta, make_headline
from .rules.ids import ID_LINE
from .rules.meta import published_date
from .rules.terminator import may_end_early, missing_terminator, terminator_ending
from .rules.wire import iptc_header

NOT_PLAIN = "\r\x01\x02\x03\x04^"
"""What only the rule chain reads: a CR, the control characters that frame a wire
transmission, a caret opening a wire's note line or writing a CR (``REUTER^M``). One look for
each is faster than one search for all."""


class _GiveUp(Exception):  # noqa: N818 - a signal, not an error
    """The story is not plain: the rule chain parses it."""


def plain_dialect(dialect: Dialect) -> bool:
    """Tell whether :func:`read` can read stories of ``dialect``."""
    patterns = dialect.patterns
    return (
        patterns.tag is not None
        and patterns.forms is None
        and not dialect.tagless
        and not dialect.terminator_alone
    )


def read(
    text: str,
    dialect: Dialect,
    reference_date: datetime.date | None,
    start_line: int,
    defects: Sequence[Defect],
) -> Article | None:
    """Parse ``text`` as the default rules would, or return None when it is not plain.

    ``dialect`` must be one that :func:`plain_dialect` accepts.
    """
    for character in NOT_PLAIN:
        if character in text:
            return None
    try:
        return _Plain(text, dialect).article(reference_date, start_line, defects)
    except _GiveUp:
        return None


class _Plain:
    """One story's lines and what the parse has claimed of them.

    ``texts`` holds each non-blank line's content; ``starts`` and ``ends`` where what is left
    unclaimed of it starts and ends; ``blocks`` its block; ``taken`` whether it is claimed whole.
    """

    __slots__ = ("blocks", "dialect", "ends", "line_ends", "starts", "taken", "text", "texts")

    def __init__(self, text: str, dialect: Dialect) -> None:
        self.text = text
        self.dialect = dialect
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.blocks: list[int] = []
        block = 0
        after_blank = False
        pos = 0
        for raw in text.split("\n"):
            content = raw.strip(SPACE)
            if content:
                if content[0] != raw[0]:
                    raise _GiveUp  # an indented line: the copy may be hard-wrapped
                if after_blank and self.texts:
                    block += 1
                after_blank = False
                self.texts.append(content)
                self.starts.append(pos)
                self.ends.append(pos + len(content))
                self.blocks.append(block)
            else:
                after_blank = True
            pos += len(raw) + 1
        if not self.texts:
            raise _GiveUp  # empty: a defect
        if iptc_header(self.texts):
            raise _GiveUp  # a raw transmission's header, even without its SOH
        self.line_ends = self.ends[:]
        self.taken = [False] * len(self.texts)

    def content(self, index: int) -> str:
        """What is left unclaimed of line ``index``."""
        return self.text[self.starts[index] : self.ends[index]]

    def article(
        self, reference_date: datetime.date | None, start_line: int, defects: Sequence[Defect]
    ) -> Article:
        """Run the default rules' steps in their order and make the article."""
        dialect = self.dialect
        id_markers = self._ids()
        low, high = (1, len(self.texts) - 1) if id_markers is not None else (0, len(self.texts))
        furniture = self._furniture(low, high)
        at, found, dateline_start = self._dateline(low, high)
        first = self._headline(low, at)
        headline = make_headline(dialect, self.texts[first], (self.starts[first], self.ends[first]))
        meta_lines, source, published = self._meta(first + 1, at)
        date = None
        if found.date is not None:
            try:
                date = resolve_date(dialect, found.date, published or reference_date)
            except ValueError:
                raise _GiveUp from None
        self._no_trailer(at, high)
        body = [index for index in range(at, len(self.texts)) if not self.taken[index]]
        terminator = self._terminator(body)
        found_defects = list(defects)
        if terminator is None:
            missing = missing_terminator(dialect, self.line_ends[-1])
            if missing is not None:
                found_defects.append(missing)
        headings = self._headings(body, at)
        paragraphs = self._paragraphs(body)
        return Article(
            text=self.text,
            dialect=dialect.name,
            id_markers=id_markers,
            headline=headline,
            meta_lines=meta_lines,
            source=source,
            published=published,
            dateline=build_dateline(self.text, dateline_start, found, date),
            sections=group_sections(headings, paragraphs),
            terminator=terminator,
            furniture=furniture,
            defects=tuple(sorted(found_defects, key=lambda d: d.span)),
            start_line=start_line,
        )

    def _dateline(self, low: int, high: int) -> tuple[int, Found, int]:
        """Find the dateline on one of the first unclaimed lines; claim it.

        Returns its line, what it says, and where it starts.
        """
        text, starts, ends, taken = self.text, self.starts, self.ends, self.taken
        search_tag = self.dialect.patterns.tag.search  # type: ignore[union-attr]
        at, seen = low, 0
        while at < high and seen < SCAN_LINES:
            if not taken[at]:
                seen += 1
                start = starts[at]
                tag = search_tag(text, start, min(ends[at], start + WINDOW))
                if tag is not None:
                    found = tagged_dateline(text, self.dialect, start, ends[at], tag)
                    if found is not None:
                        break
            at += 1
        else:
            raise _GiveUp  # no dateline: a defect
        cut = dateline_end(text, starts[at], found)
        while cut < ends[at] and text[cut] in SPACE:
            cut += 1
        start, starts[at] = starts[at], cut
        taken[at] = cut >= ends[at]
        return at, found, start

    def _headline(self, low: int, at: int) -> int:
        """Claim the first unclaimed line above the dateline's, which must be no meta line."""
        first = low
        while first < at and self.taken[first]:
            first += 1
        if first == at or is_meta(self.dialect, self.texts[first]):
            raise _GiveUp  # no headline: a defect
        self.taken[first] = True
        return first

    def _meta(
        self, low: int, high: int
    ) -> tuple[tuple[MetaLine, ...], str | None, datetime.date | None]:
        """Claim the source and date lines from ``low`` to ``high``, which must all be such.

        Returns them, the source and the publication date.
        """
        patterns = self.dialect.patterns
        meta_lines = []
        source = published = None
        for index in range(low, high):
            if self.taken[index]:
                continue
            line, span = self.texts[index], (self.starts[index], self.ends[index])
            if patterns.source is not None and (match := patterns.source.match(line)):
                meta_lines.append(MetaLine(kind="source", text=line, span=span))
                if source is None:
                    source = match["source"]
            elif match := patterns.published.match(line):
                meta_lines.append(MetaLine(kind="date", text=line, span=span))
                day = published_date(self.dialect, match)
                if day is None:
                    raise _GiveUp  # an invalid date: a defect
                if published is None:
                    published = day
            else:
                raise _GiveUp  # an unknown line: a defect
            self.taken[index] = True
        return tuple(meta_lines), source, published

    def _ids(self) -> IdMarkers | None:
        """Claim the id lines, which must open and close the story both, or neither."""
        texts, starts, ends = self.texts, self.starts, self.ends
        opening = ID_LINE.match(texts[0]) is not None
        closing = len(texts) > 1 and ID_LINE.match(texts[-1]) is not None
        if opening != closing:
            raise _GiveUp  # an unpaired id line: a defect
        if not opening:
            return None
        self.taken[0] = self.taken[-1] = True
        return IdMarkers(
            start=texts[0],
            end=texts[-1],
            start_span=(starts[0], ends[0]),
            end_span=(starts[-1], ends[-1]),
            span=(starts[0], ends[-1]),
        )

    def _furniture(self, low: int, high: int) -> tuple[Furniture, ...]:
        """Claim the lines of page furniture; a line that may be a byline is no plain story."""
        patterns = self.dialect.patterns
        match_furniture = patterns.furniture.match
        found = []
        for index in range(low, high):
            line = self.texts[index]
            match = match_furniture(line)
            if match is None:
                if index < BYLINE_LINES and line[:3] in ("By ", "by "):
                    raise _GiveUp
            elif match.lastgroup is not None:
                self.taken[index] = True
                span = (self.starts[index], self.ends[index])
                kind = patterns.furniture_kinds[match.lastgroup]
                found.append(Furniture(kind=kind, text=line, span=span))
        return tuple(found)

    def _no_trailer(self, at: int, high: int) -> None:
        """Give up when the last run of unclaimed lines below the dateline's is a trailer,
        or a terminator alone on its line."""
        taken, blocks, starts, ends = self.taken, self.blocks, self.starts, self.ends
        last = high - 1
        while last > at and taken[last]:
            last -= 1
        if last <= at:
            return
        first = last
        while first - 1 > at and not taken[first - 1] and blocks[first - 1] == blocks[last]:
            first -= 1
        if first == last:
            alone = terminator_ending(self.text, self.dialect, starts[last], ends[last])
            if alone is not None and alone.start() == starts[last]:
                raise _GiveUp
        joined = " ".join(self.content(index) for index in range(first, last + 1))
        trailer = self.dialect.patterns.trailer.match(joined)
        if trailer is not None and trailer.lastgroup is not None:
            raise _GiveUp

    def _terminator(self, body: list[int]) -> Terminator | None:
        """Claim the terminator ending the body's last line; one ending another line is no
        plain story. A last line that held only the terminator leaves ``body``."""
        if not body:
            return None
        text, dialect, starts, ends = self.text, self.dialect, self.starts, self.ends
        if len(body) > 1 and may_end_early(text, dialect, starts[body[0]], ends[body[-2]]):
            for index in body[:-1]:
                if terminator_ending(text, dialect, starts[index], ends[index]) is not None:
                    raise _GiveUp
        last = body[-1]
        match = terminator_ending(text, dialect, starts[last], ends[last])
        if match is None:
            return None
        cut = match.start("terminator")
        while cut > starts[last] and text[cut - 1] in SPACE:
            cut -= 1
        ends[last] = cut
        if cut <= starts[last]:
            self.taken[last] = True
            body.pop()
        return Terminator(text=match["terminator"], span=match.span("terminator"))

    def _headings(self, body: list[int], at: int) -> list[Heading]:
        """Claim the subheadings of the body, if a line of it may be one."""
        text, starts, ends = self.text, self.starts, self.ends
        for index in body:
            if ends[index] - starts[index] <= HEADING_LENGTH:
                line = text[starts[index] : ends[index]]
                if line == line.upper():
                    break
        else:
            return []  # no line short enough and without lower case
        found = []
        for index in heading_lines(self.blocks, body, self.content, skip=at):
            self.taken[index] = True
            span = (self.starts[index], self.ends[index])
            found.append(Heading(text=self.content(index), span=span))
        return found

    def _paragraphs(self, body: list[int]) -> list[Paragraph]:
        """Make a paragraph of each run of unclaimed body lines within one block."""
        taken, blocks = self.taken, self.blocks
        paragraphs = []
        first = last = -1
        for index in body:
            if taken[index]:
                continue
            if first >= 0 and (index != last + 1 or blocks[index] != blocks[last]):
                paragraphs.append(self._paragraph(first, last))
                first = -1
            if first < 0:
                first = index
            last = index
        if first >= 0:
            paragraphs.append(self._paragraph(first, last))
        return paragraphs

    def _paragraph(self, first: int, last: int) -> Paragraph:
        """The paragraph of lines ``first`` to ``last``, joined with a space."""
        starts, ends = self.starts, self.ends
        if first == last:
            content = self.text[starts[first] : ends[first]]
        else:
            content = " ".join(self.content(index) for index in range(first, last + 1))
        return Paragraph(text=content, span=(starts[first], ends[last]))
