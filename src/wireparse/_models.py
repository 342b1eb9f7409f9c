"""The typed, frozen values a parse produces.

Every element carries ``span``: the ``(start, end)`` offsets, in the input string, of the text it
was read from, so that ``article.text[slice(*element.span)]`` gives it back as printed.
"""

from __future__ import annotations

import datetime
import enum
import itertools
from collections.abc import Callable, Iterator
from typing import Literal, TypeVar

import attrs

_T = TypeVar("_T")

Span = tuple[int, int]
"""``(start, end)`` character offsets into :attr:`Article.text`, end exclusive."""


class DefectCode(str, enum.Enum):
    """What can be odd about a story. The value is the code used in JSON and error messages."""

    EMPTY = "empty"
    NO_HEADLINE = "no-headline"
    NO_DATELINE = "no-dateline"
    NO_TERMINATOR = "no-terminator"
    EARLY_TERMINATOR = "early-terminator"
    UNPAIRED_ID_MARKER = "unpaired-id-marker"
    UNKNOWN_LINE = "unknown-line"
    INVALID_DATE = "invalid-date"
    NOT_UTF8 = "not-utf8"
    CUT = "cut"

    @property
    def description(self) -> str:
        """One sentence saying what the defect means."""
        return _DEFECT_DESCRIPTIONS[self]


_DEFECT_DESCRIPTIONS = {
    DefectCode.EMPTY: "The input holds no text at all, or only white space.",
    DefectCode.NO_HEADLINE: "No line before the body could be taken for the headline.",
    DefectCode.NO_DATELINE: "The body does not open with a dateline in the dialect's form.",
    DefectCode.NO_TERMINATOR: "The story does not end with one of the dialect's terminators.",
    DefectCode.EARLY_TERMINATOR: (
        "A terminator ends a paragraph before the last one: two stories may have run together."
    ),
    DefectCode.UNPAIRED_ID_MARKER: (
        "An id line opens or closes the story but its partner at the other end is missing."
    ),
    DefectCode.UNKNOWN_LINE: (
        "A line between the headline and the dateline is neither a source, a date nor furniture."
    ),
    DefectCode.INVALID_DATE: "A date names a day that does not exist, such as Feb. 30.",
    DefectCode.NOT_UTF8: (
        "Bytes of the story are not UTF-8; its lines that do not decode were read as cp1252,"
        " or as Latin-1 where cp1252 has no character for a byte."
    ),
    DefectCode.CUT: (
        "The source ends inside the story: its compressed data is cut short or damaged there,"
        " so the story may lack its end."
    ),
}


@attrs.frozen(kw_only=True)
class Defect:
    """Something odd found while parsing, recorded instead of raised in lenient mode.

    Attributes:
        code: What kind of defect this is.
        message: A sentence for humans, naming what was found.
        span: Where in the input it is; empty (``start == end``) for something missing.
    """

    code: DefectCode
    message: str
    span: Span


@attrs.frozen(kw_only=True)
class IdMarkers:
    """The id lines that open and close a story in a corpus dump, such as ``7156699``.

    Attributes:
        start: The opening id as printed, or None when the story has none.
        end: The closing id as printed, or None when the story has none.
        start_span: Where the opening id is.
        end_span: Where the closing id is.
        span: From the first marker present to the last: the story's extent in the dump.
    """

    start: str | None
    end: str | None
    start_span: Span | None
    end_span: Span | None
    span: Span


@attrs.frozen(kw_only=True)
class Headline:
    """The story's headline line.

    Attributes:
        text: The whole line as printed, kicker included.
        kicker: A known kicker leading the line, as printed without its colon
            (``"Xinhua Headlines"``), or None.
        title: The rest of the line after the kicker (and before a take marker); the whole
            line when there is neither. Marks that frame a headline on the wire are not part
            of it: ANPA's ``^`` and ``<``, IPTC 7901's closing ``=``, a dialect's own
            (Kyodo's ``+``).
        take: The number of a take marker ending the line, ``"2"`` for ``... (2)``: the
            story's second part on the wire. None when there is none.
        span: Where the whole line is.
    """

    text: str
    kicker: str | None
    title: str
    take: str | None = None
    span: Span


@attrs.frozen(kw_only=True)
class MetaLine:
    """A source or publication-date line printed between the headline and the body.

    Attributes:
        kind: ``"source"`` for a line naming the agency, ``"date"`` for a publication date.
        text: The line as printed.
        span: Where the line is.
    """

    kind: Literal["source", "date"]
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens the body: ``BEIJING, May 6 (Xinhua) --``.

    Attributes:
        text: The dateline as printed, separator included.
        location: The place as printed (``"CARBONDALE, United States"``), or None.
        city: The city, or cities, of ``location`` (``"CARBONDALE"``,
            ``"Ahmedabad/New Delhi"``), or None.
        region: The state, region or country ``location`` adds to the city (``"Ore."``,
            ``"United States"``, ``"Syria"`` from ``Damascus [Syria]``, ``"ISRAEL"`` from
            ``EILAT (ISRAEL)``), or None.
        date_text: The date as printed (``"May 6"``), or None.
        date: ``date_text`` resolved to a calendar date, or None when it cannot be.
        agency: The agency tag as printed (``"Xinhua"``); for a dateline without one, the
            agency its dialect implies (``"Reuters"`` on the 1987 Reuters wire), or None.
        span: Where ``text`` is.
    """

    text: str
    location: str | None
    city: str | None = None
    region: str | None = None
    date_text: str | None
    date: datetime.date | None
    agency: str | None
    span: Span


@attrs.frozen(kw_only=True)
class Heading:
    """An ALL-CAPS subheading that opens a section.

    Attributes:
        text: The heading as printed.
        span: Where it is.
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of the body.

    Attributes:
        text: The paragraph's text; the lines of a wrapped paragraph are joined with one space.
            The lead paragraph starts after the dateline and the last one stops before the
            terminator.
        span: From its first character to its last.
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Section:
    """A run of paragraphs under one heading.

    Attributes:
        heading: The subheading, or None for the lead section before the first one.
        paragraphs: The section's paragraphs in order.
        span: From the heading (or first paragraph) to the last paragraph.
    """

    heading: Heading | None
    paragraphs: tuple[Paragraph, ...]
    span: Span


@attrs.frozen(kw_only=True)
class Terminator:
    """The end-of-story mark: ``Enditem``, ``(END)``, ``==Kyodo``.

    Attributes:
        text: The terminator as printed.
        span: Where it is.
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Trailer:
    """A block after the story's text: credits, desk initials, a transmission stamp.

    Attributes:
        kind: What it is: ``"credit"`` (``(Reporting by ...; Editing by ...)``, ``Associated
            Press writer ... contributed to this report.``), ``"rule"`` (AP's ``___``),
            ``"initials"`` (``ms/vd``, ``dpa wsz jln npr``), ``"contact"`` (an e-mail
            address), ``"transmission"`` (``AP-WF-02-20-16 0337GMT``) or
            ``"end-of-message"`` (``NNNN``), or ``"control"`` (a carriage return printed in
            caret notation after the terminator, ``REUTER^M``); a dialect may add kinds of its
            own.
        text: The block as printed, its lines joined with a space.
        span: From its first character to its last.
    """

    kind: str
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class WireLine:
    """A line of a raw wire transmission that is no part of the story's text.

    Attributes:
        kind: What it is: ``"header"`` (the selector and sequence number,
            ``a0445 &Cx1f; tdt-z``), ``"slug"`` (``BC-US--GiantLobsterDeath 1stLd-Writethru
            08-29 0590``), ``"editor-note"`` (``^Eds: Updates with ...<``), ``"byline"``
            (``^By CHARLES ODUM=``, ``By Manuel Schwarz, dpa =``), ``"version"`` (an IPTC 7901
            heading's ``1ST LEAD``, ``REFILE``), ``"label"`` (another line of such a heading
            above the headline) or ``"control"`` (control characters: a line of them only, or
            those opening a line of text, such as STX before an IPTC 7901 headline).
        text: The line as printed, control characters included.
        span: Where it is.
    """

    kind: str
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Slug:
    """The slug line of a wire story: ``BC-US--GiantLobsterDeath 1stLd-Writethru 08-29 0590``.

    Attributes:
        keyword: The story's slug word(s) as printed (``"BC-US--GiantLobsterDeath"``).
        version: The version or take as printed (``"1stLd-Writethru"``), or None.
        date: The month and day as printed (``"08-29"``), or None.
        words: The word count as printed (``"0590"``), or None.
        text: The whole line as printed.
        span: Where the line is.
    """

    keyword: str
    version: str | None
    date: str | None
    words: str | None
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Furniture:
    """A line of the page that belongs to no element of the story.

    Attributes:
        kind: What it is: ``"breadcrumb"``, ``"caption"``, ``"byline"``, ``"editor"``,
            ``"service"`` (``Cox News Service``), ``"release"`` (``FOR WEDNESDAY AMs``), or a
            dialect's own kind (AAP's ``"transmission"``).
        text: The line as printed.
        span: Where it is.
    """

    kind: str
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Article:
    """One parsed story.

    Attributes:
        text: The input, exactly as given; every span indexes into it.
        dialect: The name of the dialect the story was read with.
        id_markers: The id lines around the story, or None.
        headline: The headline, or None.
        meta_lines: Source and date lines between the headline and the body.
        source: The source named by a source line (``"Xinhua"``), or None.
        published: The publication date read from a date line, or None.
        dateline: The dateline, or None.
        sections: The body: the lead section, then one per subheading.
        terminator: The end-of-story mark, or None.
        furniture: Page lines that belong to no element.
        defects: What was odd, in the order of the text.
        trailers: Credits, initials and stamps after the story's text, in order.
        slug: The slug line of a wire transmission, or None.
        wire_lines: The other lines of a wire transmission that are no text: its header,
            editor's notes, lines of control characters.
        start_line: The 1-based line of the source where the story starts: 1 for a story
            parsed on its own, its line in the file for one read by
            :func:`~wireparse.iter_articles`. Defects and errors count lines from it.
    """

    text: str
    dialect: str
    id_markers: IdMarkers | None
    headline: Headline | None
    meta_lines: tuple[MetaLine, ...]
    source: str | None
    published: datetime.date | None
    dateline: Dateline | None
    sections: tuple[Section, ...]
    terminator: Terminator | None
    furniture: tuple[Furniture, ...]
    defects: tuple[Defect, ...]
    trailers: tuple[Trailer, ...] = ()
    slug: Slug | None = None
    wire_lines: tuple[WireLine, ...] = ()
    start_line: int = 1

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All paragraphs of all sections, in order."""
        sections = self.sections
        if len(sections) == 1:  # most stories: no subheading, one section
            return sections[0].paragraphs
        return tuple(itertools.chain.from_iterable(s.paragraphs for s in sections))

    @property
    def headings(self) -> tuple[Heading, ...]:
        """All subheadings, in order."""
        return tuple(s.heading for s in self.sections if s.heading is not None)

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Yield ``(label, span)`` for every piece of the input an element was read from.

        The labels are ``id``, ``headline``, ``meta``, ``furniture``, ``dateline``,
        ``heading``, ``paragraph``, ``terminator``, ``trailer``, ``slug``, ``wire`` and
        ``defect`` (for unknown lines). Pieces
        do not overlap; they come sorted by position. Sections are not listed, since their
        headings and paragraphs are.
        """
        found: list[tuple[str, Span]] = []
        if self.id_markers is not None:
            found.extend(
                ("id", span)
                for span in (self.id_markers.start_span, self.id_markers.end_span)
                if span is not None
            )
        if self.headline is not None:
            found.append(("headline", self.headline.span))
        found.extend(("meta", m.span) for m in self.meta_lines)
        found.extend(("furniture", f.span) for f in self.furniture)
        if self.dateline is not None:
            found.append(("dateline", self.dateline.span))
        found.extend(("heading", h.span) for h in self.headings)
        found.extend(("paragraph", p.span) for p in self.paragraphs)
        if self.terminator is not None:
            found.append(("terminator", self.terminator.span))
        found.extend(("trailer", t.span) for t in self.trailers)
        if self.slug is not None:
            found.append(("slug", self.slug.span))
        found.extend(("wire", w.span) for w in self.wire_lines)
        found.extend(("defect", d.span) for d in self.defects if d.code is DefectCode.UNKNOWN_LINE)
        found.sort(key=lambda item: item[1])
        yield from found

    @property
    def title(self) -> str | None:
        """The headline's title, without its kicker or take marker; None without a headline.

        >>> import wireparse
        >>> story = "Feature: Rain in Kunming\\n\\nKUNMING, May 6 (Xinhua) -- Rain fell. Enditem"
        >>> article = wireparse.parse(story)
        >>> article.headline.text, article.title
        ('Feature: Rain in Kunming', 'Rain in Kunming')
        >>> print(wireparse.parse("KUNMING, May 6 (Xinhua) -- Rain fell. Enditem").title)
        None
        """
        return None if self.headline is None else self.headline.title

    @property
    def paragraph_texts(self) -> tuple[str, ...]:
        """The text of every paragraph in order, the :attr:`Paragraph.text` of each of
        :attr:`paragraphs`.

        >>> import wireparse
        >>> story = "KUNMING, May 6 (Xinhua) -- Rain fell.\\n\\nIt went on.\\nAll day. Enditem"
        >>> wireparse.parse(story).paragraph_texts
        ('Rain fell.', 'It went on. All day.')
        """
        return tuple(paragraph.text for paragraph in self.paragraphs)

    @property
    def body(self) -> str:
        """The body as plain text, each subheading and each paragraph in order as one block,
        with one blank line (``"\\n\\n"``) between two blocks.

        A paragraph's block is its :attr:`Paragraph.text` (its wrapped lines joined with one
        space), a subheading's is its :attr:`Heading.text`; neither ends in a line break. The
        lead paragraph starts after the dateline and the last one stops before the
        terminator, so neither is in the body, nor is the headline or anything else outside
        the sections. A story without paragraphs or subheadings has an empty body.

        >>> import wireparse
        >>> story = (
        ...     "Rain in Kunming\\n\\nKUNMING, May 6 (Xinhua) -- Rain fell.\\n\\n"
        ...     "MORE TO COME\\n\\nIt went on\\nall day. Enditem"
        ... )
        >>> print(wireparse.parse(story).body)
        Rain fell.
        <BLANKLINE>
        MORE TO COME
        <BLANKLINE>
        It went on all day.
        """
        blocks: list[str] = []
        for section in self.sections:
            if section.heading is not None:
                blocks.append(section.heading.text)
            blocks.extend(paragraph.text for paragraph in section.paragraphs)
        return "\n\n".join(blocks)

    def __repr__(self) -> str:
        """A one-line summary that does not print the input: the dialect, the title (cut to
        60 characters), the dateline's place, and the counts of paragraphs and defects.

        >>> import wireparse
        >>> wireparse.parse("Rain in Kunming\\n\\nKUNMING, May 6 (Xinhua) -- Rain fell. Enditem")
        <Article dialect='xinhua' title='Rain in Kunming' dateline='KUNMING' paragraphs=1 defects=0>
        >>> wireparse.parse("Rain fell.")
        <Article dialect='xinhua' title=None dateline=None paragraphs=1 defects=3>
        """
        title = self.title
        if title is not None and len(title) > _REPR_TITLE:
            title = title[: _REPR_TITLE - 3] + "..."
        place = None if self.dateline is None else self.dateline.location
        return (
            f"<Article dialect={self.dialect!r} title={title!r} dateline={place!r}"
            f" paragraphs={len(self.paragraphs)} defects={len(self.defects)}>"
        )


_REPR_TITLE = 60
"""The longest title ``repr(article)`` shows; a longer one is cut, ending in ``...``."""


def _maker(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen attrs class ``cls`` that takes every field positionally, in
    the order of :func:`attrs.fields`, and sets its slots directly.

    The parse makes a few dozen values per story, from values it knows to be good; this skips
    the keyword handling of the generated ``__init__`` (the models have no validators nor
    converters to skip), which costs about as much again as the value itself.
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, object] = {"new": object.__new__, "cls": cls}
    body = ["    self = new(cls)"]
    for number, name in enumerate(names):
        namespace[f"set{number}"] = cls.__dict__[name].__set__
        body.append(f"    set{number}(self, {name})")
    source = f"def make({', '.join(names)}):\n" + "\n".join(body) + "\n    return self\n"
    exec(source, namespace)  # generated from the class's own field names
    make: Callable[..., _T] = namespace["make"]  # type: ignore[assignment]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__.lower()}"
    return make


_make_defect = _maker(Defect)
_make_id_markers = _maker(IdMarkers)
_make_headline = _maker(Headline)
_make_meta_line = _maker(MetaLine)
_make_dateline = _maker(Dateline)
_make_heading = _maker(Heading)
_make_paragraph = _maker(Paragraph)
_make_section = _maker(Section)
_make_terminator = _maker(Terminator)
_make_trailer = _maker(Trailer)
_make_wire_line = _maker(WireLine)
_make_slug = _maker(Slug)
_make_furniture = _maker(Furniture)
_make_article = _maker(Article)
