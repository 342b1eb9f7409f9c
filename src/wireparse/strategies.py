"""Hypothesis strategies: wire stories in the seed's layout or in any dialect's conventions,
and arbitrary text to fuzz with.

Install the ``hypothesis`` extra to use them: ``pip install 'wireparse[hypothesis]'``.

A story is drawn as an :class:`ArticleSpec`, a plain value saying what the story holds (its id
lines, headline, source and date lines, dateline, sections, terminator, captions) and how it is
laid out (line ends, blank lines, stray white space). :func:`render` prints it as copy; the
``expected_*`` properties of the spec say what a parse of that copy must give back.

Everything drawn is something real copy has. In particular a paragraph always holds lower-case
letters and ends its sentences with a full stop, so that it cannot be taken for a subheading or a
headline, and no generated word is a month, a kicker, a source name or a number alone on a line.

Example:
    A property of code that consumes the parse, checked on realistic stories::

        from hypothesis import given

        import wireparse
        from wireparse.strategies import rendered_articles


        @given(rendered_articles())
        def test_every_paragraph_is_kept(drawn):
            spec, text = drawn
            article = wireparse.parse(text, reference_date=spec.reference_date)
            assert len(article.paragraphs) == sum(len(s.paragraphs) for s in spec.sections)
"""

from __future__ import annotations

import datetime
from typing import Literal

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the installation
    raise ImportError(
        "wireparse.strategies needs hypothesis: pip install 'wireparse[hypothesis]'"
    ) from error

from wireparse import DefectCode
from wireparse.dialects import ENGLISH_MONTHS, XINHUA, Dialect


def _words(text: str) -> tuple[str, ...]:
    """Split ``text`` at white space: a word list written as prose."""
    return tuple(text.split())


# -- Vocabulary ---------------------------------------------------------------------------------
# Invented for these tests. Lower-case words carry a sentence; proper nouns and figures season it.

LOWER_WORDS = _words(
    """
    the a of in and to for with on at by from as than more new local market traders farmers
    harvest river port city village railway line workers exports tea orders visitors officials
    according during since said rose opened expects plans built growers season percent year week
    project bridge school students power solar panels trucks boxes county's region's early nearly
    about shipped sold visited reported announced cooperation trade
    """
)
"""Lower-case words that carry a sentence, none of them a month, a kicker or a source name."""
PROPER_NOUNS = _words(
    """
    China Beijing Kenya Yunnan Africa Shanghai Chengdu Russia Brazil Laos Hainan Nairobi Mombasa
    Guangxi Egypt Serbia Peru Li Wang Zhang Monday Tuesday Friday UN ASEAN
    """
)
"""Places, people, weekdays and organisations that season a sentence."""
FIGURES = _words("two three five 20 150 2,400 1.5 2024 80th 12")
"""Numbers as copy prints them, in words and in figures."""
SPEAKERS = ("Li", "Wang Mei", "the official", "a trader", "the mayor", "Otieno")
"""Who is quoted, in ``"...," said Li.`` and ``Li said, "..."``."""
HEADING_WORDS = _words(
    """
    LONG-LASTING FRIENDSHIP NEW BUYERS GREEN FUTURE SHARED GROWTH FASTER ROUTES OPEN DOORS DEEPER
    TIES LOCAL VOICES BRIGHT PROSPECTS RISING DEMAND FARM TABLE INDELIBLE CONTRIBUTION WIN-WIN
    PEOPLE-TO-PEOPLE BONDS HIGH-TECH BOOST
    """
)
"""Words of ALL-CAPS subheadings, such as ``LONG-LASTING FRIENDSHIP``."""
CITIES = (
    "BEIJING", "SHANGHAI", "KUNMING", "GAZA", "CANBERRA", "NAIROBI", "CAIRO", "MOSCOW",
    "HONG KONG", "UNITED NATIONS", "DAR ES SALAAM", "RIO DE JANEIRO", "URUMQI", "LHASA",
    "SAO PAULO", "KUALA LUMPUR", "NEW DELHI", "ADDIS ABABA", "BUENOS AIRES", "CARBONDALE",
    "EILAT (ISRAEL)",
)  # fmt: skip
"""Places of datelines, as printed in capitals, some of several words."""
COUNTRIES = ("United States", "Kenya", "Brazil", "South Africa", "Australia", "Germany", "Chile")
"""Countries that follow a city in a dateline, as in ``CARBONDALE, United States``."""
SURNAMES = _words("Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu")
"""Chinese family names, for photographers in captions."""
GIVEN_NAMES = _words("Xin Wei Jinyu Mei Tao Yan Peng Hao Lina Chao Jun")
"""Chinese given names, for photographers in captions."""
FOREIGN_NAMES = ("Herman Emmanuel", "Ana Silva", "Tom Otieno", "Maria Lopez", "Ivan Petrov")
"""Other names of photographers, as in ``(Photo by Ana Silva/Xinhua)``."""

MONTH_NAMES = _words(
    "January February March April May June July August September October November December"
)
"""The months in full, January first."""
# How AP style, which Xinhua follows, shortens a month in a dateline; short months stay whole.
AP_MONTHS = _words("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")
"""The months as AP style prints them in a dateline (``Sept.``), January first."""
# The three-letter forms without a period that some desks print ("Aug 29").
SHORT_MONTHS = _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
"""The months in three letters without a period (``Aug``), January first."""

SEPARATORS = ("--", "\u2014", "\u2013", "-")
"""What follows the ``(Xinhua)`` tag, as two hyphens, an em dash, an en dash or one hyphen."""

INLINE_SPACE = " \t\u00a0"
"""White space found at the ends of lines and on blank lines of scraped copy."""

LINE_ENDS = ("\n", "\r\n", "\r")
"""The line ends a story may use throughout, LF, CRLF or a lone CR."""


# -- Specs --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class HeadlineSpec:
    """A headline, with or without a kicker.

    Attributes:
        kicker: The kicker as printed (``"Feature"``, ``"YEAR-ENDER"``), or None.
        colon: What joins the kicker to the title: ``": "`` usually.
        title: The headline after the kicker.
    """

    kicker: str | None
    colon: str
    title: str

    @property
    def text(self) -> str:
        """The headline line as printed."""
        return self.title if self.kicker is None else f"{self.kicker}{self.colon}{self.title}"


@attrs.frozen(kw_only=True)
class DatelineSpec:
    """A Xinhua dateline: ``BEIJING, May 6 (Xinhua) --``.

    Attributes:
        location: The place as printed.
        month: The month as printed (``"Sept."``), or None for a dateline without a date.
        day: The calendar day the dateline names; printed as month and day only.
        separator: What follows the tag.
        space_before_tag: Whether a space stands between the date (or place) and the tag.
        space_before_separator: Whether a space stands between the tag and the separator.
        space_after_separator: Whether a space stands between the separator and the lead.
    """

    location: str
    month: str | None
    day: datetime.date
    separator: str
    space_before_tag: bool
    space_before_separator: bool
    space_after_separator: bool

    @property
    def date_text(self) -> str | None:
        """The date as printed, or None."""
        return None if self.month is None else f"{self.month} {self.day.day}"

    @property
    def text(self) -> str:
        """The dateline as printed, separator included."""
        place = self.location if self.date_text is None else f"{self.location}, {self.date_text}"
        before_tag = " " if self.space_before_tag else ""
        before_separator = " " if self.space_before_separator else ""
        return f"{place}{before_tag}(Xinhua){before_separator}{self.separator}"

    @property
    def opening(self) -> str:
        """What the dateline's line starts with before the lead paragraph's first word."""
        return self.text + (" " if self.space_after_separator else "")


@attrs.frozen(kw_only=True)
class ParagraphSpec:
    """One paragraph, and the photo caption printed after it, if any.

    Attributes:
        text: The paragraph, words separated by single spaces.
        width: Wrap the paragraph into lines of about this many characters; None for one line.
        caption: A caption block printed after the paragraph, such as ``(Xinhua/Li Xin)``.
    """

    text: str
    width: int | None
    caption: str | None

    def lines(self) -> list[str]:
        """The paragraph's lines as printed: one, or several when it is wrapped."""
        if self.width is None:
            return [self.text]
        lines: list[str] = []
        current = ""
        for word in self.text.split(" "):
            if current and len(current) + 1 + len(word) > self.width:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        lines.append(current)
        return lines


@attrs.frozen(kw_only=True)
class SectionSpec:
    """A section: the lead section (no heading) or one under an ALL-CAPS subheading.

    Attributes:
        heading: The subheading, or None for the lead section.
        paragraphs: The section's paragraphs, at least one.
    """

    heading: str | None
    paragraphs: tuple[ParagraphSpec, ...]


@attrs.frozen(kw_only=True)
class LayoutSpec:
    """How a story is laid out on the page, apart from what it says.

    Attributes:
        line_end: ``"\\n"``, ``"\\r\\n"`` or ``"\\r"``, the same throughout.
        bom: Whether the text starts with a byte-order mark.
        gaps: The blank lines between blocks, each gap a tuple of the white space on each of
            its blank lines; used in turn, cycling.
        trails: White space left at the end of lines, used in turn, cycling.
        indents: White space at the start of lines, one per block, used in turn, cycling.
        final_line_end: Whether the text ends with a line end.
    """

    line_end: str
    bom: bool
    gaps: tuple[tuple[str, ...], ...]
    trails: tuple[str, ...]
    indents: tuple[str, ...]
    final_line_end: bool


TerminatorPlace = Literal["glued", "line", "block"]
"""Where ``Enditem`` stands, glued to the last sentence, on a line of its own in the last
paragraph's block, or in a block of its own."""


@attrs.frozen(kw_only=True)
class ArticleSpec:
    """What a story holds and how it is printed.

    Attributes:
        start_id: The opening id line, or None.
        end_id: The closing id line, or None.
        breadcrumb: The breadcrumb line (``"Home -"``), or None.
        headline: The headline, or None.
        source: The source line as printed (``"Xinhua"``, ``"Source: Xinhua"``), or None.
        published: The publication date.
        pipe_date: Whether a ``| May 6, 2025`` date line is printed.
        pipe_space: What follows the ``|`` on that line (a space or a no-break space).
        iso_date: Whether a ``2025-05-06`` date line is printed.
        reference_date: The ``reference_date=`` to parse with, or None.
        dateline: The dateline, or None.
        sections: The lead section, then those under subheadings.
        terminator: Where ``Enditem`` stands: glued to the last sentence, on a line of its own
            in the last paragraph's block, in a block of its own; None for no terminator.
        glue: What stands between the last sentence and a glued terminator.
        layout: The layout.
    """

    start_id: str | None
    end_id: str | None
    breadcrumb: str | None
    headline: HeadlineSpec | None
    source: str | None
    published: datetime.date
    pipe_date: bool
    pipe_space: str
    iso_date: bool
    reference_date: datetime.date | None
    dateline: DatelineSpec | None
    sections: tuple[SectionSpec, ...]
    terminator: TerminatorPlace | None
    glue: str
    layout: LayoutSpec

    @property
    def meta_lines(self) -> tuple[tuple[str, str], ...]:
        """The source and date lines as ``(kind, text)``, in the order printed."""
        lines: list[tuple[str, str]] = []
        if self.source is not None:
            lines.append(("source", self.source))
        if self.pipe_date:
            day = self.published
            lines.append(
                ("date", f"|{self.pipe_space}{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}")
            )
        if self.iso_date:
            lines.append(("date", self.published.isoformat()))
        return tuple(lines)

    @property
    def captions(self) -> tuple[str, ...]:
        """The photo captions, in order."""
        return tuple(
            p.caption for s in self.sections for p in s.paragraphs if p.caption is not None
        )

    @property
    def expected_source(self) -> str | None:
        """The source name a parse must find."""
        return None if self.source is None else self.source.removeprefix("Source: ")

    @property
    def expected_published(self) -> datetime.date | None:
        """The publication date a parse must find."""
        return self.published if self.pipe_date or self.iso_date else None

    @property
    def expected_dateline_date(self) -> datetime.date | None:
        """The calendar date a parse must resolve the dateline's date to."""
        if self.dateline is None or self.dateline.month is None:
            return None
        if self.expected_published is None and self.reference_date is None:
            return None
        return self.dateline.day

    @property
    def expected_furniture(self) -> tuple[tuple[str, str], ...]:
        """The furniture a parse must find, as ``(kind, text)`` in order."""
        breadcrumb = () if self.breadcrumb is None else (("breadcrumb", self.breadcrumb),)
        return breadcrumb + tuple(("caption", c) for c in self.captions)

    @property
    def expected_defects(self) -> tuple[DefectCode, ...]:
        """The defect codes a parse must report, sorted by value."""
        codes = []
        if (self.start_id is None) != (self.end_id is None):
            codes.append(DefectCode.UNPAIRED_ID_MARKER)
        if self.headline is None:
            codes.append(DefectCode.NO_HEADLINE)
        if self.dateline is None:
            codes.append(DefectCode.NO_DATELINE)
        if self.terminator is None:
            codes.append(DefectCode.NO_TERMINATOR)
        return tuple(sorted(codes, key=lambda c: c.value))

    def blocks(self) -> list[list[str]]:
        """The story's blocks (runs of lines without a blank line), each a list of lines."""
        blocks: list[list[str]] = []
        if self.start_id is not None:
            blocks.append([self.start_id])
        if self.breadcrumb is not None:
            blocks.append([self.breadcrumb])
        if self.headline is not None:
            blocks.append([self.headline.text])
        if self.meta_lines:
            blocks.append([text for _, text in self.meta_lines])
        first = True
        for section in self.sections:
            if section.heading is not None:
                blocks.append([section.heading])
            for paragraph in section.paragraphs:
                lines = paragraph.lines()
                if first and self.dateline is not None:
                    lines[0] = self.dateline.opening + lines[0]
                first = False
                blocks.append(lines)
                if paragraph.caption is not None:
                    blocks.append([paragraph.caption])
        last = blocks[-1]
        if self.terminator == "glued":
            last[-1] += self.glue + "Enditem"
        elif self.terminator == "line":
            last.append("Enditem")
        elif self.terminator == "block":
            blocks.append(["Enditem"])
        if self.end_id is not None:
            blocks.append([self.end_id])
        return blocks


def render(spec: ArticleSpec) -> str:
    """Print ``spec`` as copy.

    Args:
        spec: The story and its layout.

    Returns:
        The story's text.
    """
    layout = spec.layout
    out: list[str] = ["\ufeff"] if layout.bom else []
    line_number = 0
    for block_number, block in enumerate(spec.blocks()):
        if block_number:
            gap = layout.gaps[(block_number - 1) % len(layout.gaps)]
            out.append(layout.line_end)
            out.extend(blank + layout.line_end for blank in gap)
        for index, line in enumerate(block):
            if index:
                out.append(layout.line_end)
            # One indent for all the lines of a block: indenting some lines of a block and not
            # others is how hard-wrapped copy marks paragraphs.
            indent = layout.indents[block_number % len(layout.indents)]
            trail = layout.trails[line_number % len(layout.trails)]
            out.append(indent + line + trail)
            line_number += 1
    if layout.final_line_end:
        out.append(layout.line_end)
    return "".join(out)


# -- Strategies for the parts -------------------------------------------------------------------


QUOTES = (('"', '"'), ("\u201c", "\u201d"))
"""Quotation marks as printed, ``(opening, closing)``, straight or curly."""


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence: a capitalised word, lower-case words among others, a full stop.

    One in five is a quotation, with the speaker after it (``"...," said Li.``) or before it
    (``Li said, "..."``).
    """
    first = draw(st.sampled_from(LOWER_WORDS).map(str.capitalize) | st.sampled_from(PROPER_NOUNS))
    second = draw(st.sampled_from(LOWER_WORDS))
    rest = draw(
        st.lists(
            st.sampled_from(LOWER_WORDS) | st.sampled_from(PROPER_NOUNS) | st.sampled_from(FIGURES),
            max_size=14,
        )
    )
    words = [first, second, *rest]
    if len(words) > 4 and draw(st.booleans()):
        comma = draw(st.integers(1, len(words) - 2))
        words[comma] += ","
    clause = " ".join(words)
    form = draw(st.integers(0, 9))
    if form > 1:
        return clause + "."
    opening, closing = draw(st.sampled_from(QUOTES))
    speaker = draw(st.sampled_from(SPEAKERS))
    if form == 0:
        return f"{opening}{clause},{closing} said {speaker}."
    return f"{speaker[0].upper()}{speaker[1:]} said, {opening}{clause}.{closing}"


def paragraph_texts() -> st.SearchStrategy[str]:
    """A paragraph's text: one to four sentences."""
    return st.lists(sentences(), min_size=1, max_size=4).map(" ".join)


def captions() -> st.SearchStrategy[str]:
    """A photo caption as Xinhua prints it under a picture: ``(Xinhua/Li Xin)``."""
    chinese = st.builds("{} {}".format, st.sampled_from(SURNAMES), st.sampled_from(GIVEN_NAMES))
    names = chinese | st.sampled_from(FOREIGN_NAMES)
    return st.one_of(
        names.map("(Xinhua/{})".format),
        names.map("(Photo by {}/Xinhua)".format),
        st.just("(Xinhua)"),
    )


def paragraphs(*, caption: bool = True) -> st.SearchStrategy[ParagraphSpec]:
    """A paragraph; wrapped once in a while; followed by a caption if ``caption`` allows.

    Args:
        caption: Whether a photo caption may follow the paragraph.
    """
    return st.builds(
        ParagraphSpec,
        text=paragraph_texts(),
        width=st.none() | st.none() | st.integers(30, 80),
        caption=(st.none() | st.none() | captions()) if caption else st.none(),
    )


def headings() -> st.SearchStrategy[str]:
    """An ALL-CAPS subheading of one to four words."""
    return st.lists(st.sampled_from(HEADING_WORDS), min_size=1, max_size=4).map(" ".join)


def headlines() -> st.SearchStrategy[HeadlineSpec]:
    """A headline: three to twelve words, no full stop at the end, and maybe a kicker."""
    title = st.builds(
        lambda first, rest: " ".join([first, *rest]),
        st.sampled_from(PROPER_NOUNS) | st.sampled_from(LOWER_WORDS).map(str.capitalize),
        st.lists(
            st.sampled_from(LOWER_WORDS) | st.sampled_from(PROPER_NOUNS) | st.sampled_from(FIGURES),
            min_size=2,
            max_size=11,
        ),
    )
    kicker = st.sampled_from(XINHUA.kickers)
    return st.builds(
        HeadlineSpec,
        kicker=st.none() | kicker | kicker.map(str.upper),
        colon=st.sampled_from((": ", ": ", " : ", ":  ")),
        title=title,
    )


def locations() -> st.SearchStrategy[str]:
    """A dateline's place: ``BEIJING`` or ``CARBONDALE, United States``."""
    city = st.sampled_from(CITIES)
    return city | st.builds("{}, {}".format, city, st.sampled_from(COUNTRIES))


def month_as_printed(draw: st.DrawFn, month: int) -> str:
    """Draw how a dateline prints ``month``: in full, in AP style (``Sept.``) or short.

    Args:
        draw: The ``draw`` function of a :func:`hypothesis.strategies.composite` strategy.
        month: The month's number, 1 to 12.

    Returns:
        The month as printed.
    """
    return draw(
        st.sampled_from((MONTH_NAMES[month - 1], AP_MONTHS[month - 1], SHORT_MONTHS[month - 1]))
    )


@st.composite
def datelines(draw: st.DrawFn, published: datetime.date) -> DatelineSpec:
    """A dateline written on the day of ``published`` or up to three days before.

    Args:
        published: The story's publication date.
    """
    day = published - datetime.timedelta(days=draw(st.integers(0, 3)))
    dated = draw(st.integers(0, 4)) > 0
    return DatelineSpec(
        location=draw(locations()),
        month=month_as_printed(draw, day.month) if dated else None,
        day=day,
        separator=draw(st.sampled_from(SEPARATORS)),
        space_before_tag=draw(st.integers(0, 9)) > 0,
        space_before_separator=draw(st.integers(0, 9)) > 0,
        space_after_separator=draw(st.integers(0, 9)) > 0,
    )


def ids() -> st.SearchStrategy[str]:
    """An id line of a corpus dump: ``7156699``."""
    return st.integers(10_000, 999_999_999).map(str)


def inline_space(max_size: int) -> st.SearchStrategy[str]:
    """A run of spaces, tabs and no-break spaces, empty more often than not.

    Args:
        max_size: The longest run drawn.
    """
    return st.just("") | st.text(alphabet=INLINE_SPACE, max_size=max_size)


def layouts() -> st.SearchStrategy[LayoutSpec]:
    """How a story is laid out: line ends, blank lines, stray white space."""
    return st.builds(
        LayoutSpec,
        line_end=st.sampled_from(LINE_ENDS),
        bom=st.booleans(),
        gaps=st.lists(
            st.lists(inline_space(3), min_size=1, max_size=2).map(tuple), min_size=1, max_size=4
        ).map(tuple),
        trails=st.lists(inline_space(2), min_size=1, max_size=4).map(tuple),
        indents=st.lists(
            st.just("") | st.sampled_from((" ", "  ", "\t")), min_size=1, max_size=4
        ).map(tuple),
        final_line_end=st.booleans(),
    )


@st.composite
def sections(draw: st.DrawFn) -> tuple[SectionSpec, ...]:
    """The lead section, then zero to four headed ones; no caption after the last paragraph."""
    lead = SectionSpec(
        heading=None, paragraphs=tuple(draw(st.lists(paragraphs(), min_size=1, max_size=4)))
    )
    headed = draw(
        st.lists(
            st.builds(
                SectionSpec,
                heading=headings(),
                paragraphs=st.lists(paragraphs(), min_size=1, max_size=3).map(tuple),
            ),
            max_size=4,
        )
    )
    result = [lead, *headed]
    last = result[-1]
    final = attrs.evolve(last.paragraphs[-1], caption=None)
    result[-1] = attrs.evolve(last, paragraphs=(*last.paragraphs[:-1], final))
    return tuple(result)


# -- Whole stories ------------------------------------------------------------------------------


@st.composite
def article_specs(draw: st.DrawFn) -> ArticleSpec:
    """A story in the seed's layout, any of its optional parts present or not."""
    published = draw(
        st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2030, 12, 31))
    )
    headline = draw(st.none() | headlines())
    dateline = draw(st.none() | datelines(published))
    body = draw(sections())
    if headline is None and dateline is None:
        # Then nothing tells the first line of a wrapped lead from a headline followed by the
        # lead without a blank line: copy like that is ambiguous, so keep the lead on one line.
        lead = body[0]
        first = attrs.evolve(lead.paragraphs[0], width=None)
        body = (attrs.evolve(lead, paragraphs=(first, *lead.paragraphs[1:])), *body[1:])
    return ArticleSpec(
        start_id=draw(st.none() | ids()),
        end_id=draw(st.none() | ids()),
        breadcrumb=draw(st.none() | st.just("Home -")),
        headline=headline,
        source=draw(st.none() | st.sampled_from(("Xinhua", "Xinhua", "Source: Xinhua"))),
        published=published,
        pipe_date=draw(st.booleans()),
        pipe_space=draw(st.sampled_from((" ", "\u00a0"))),
        iso_date=draw(st.booleans()),
        reference_date=draw(st.none() | st.just(published)),
        dateline=dateline,
        sections=body,
        terminator=draw(st.none() | st.sampled_from(("glued", "glued", "line", "block"))),
        glue=draw(st.sampled_from((" ", " ", "  ", ""))),
        layout=draw(layouts()),
    )


def rendered_articles() -> st.SearchStrategy[tuple[ArticleSpec, str]]:
    """A story's spec with its text: ``(spec, render(spec))``."""
    return article_specs().map(lambda spec: (spec, render(spec)))


# -- Arbitrary text -----------------------------------------------------------------------------

WIRE_FRAGMENTS = (
    "(Xinhua)", "( Xinhua )", "(Xinhua/Li Xin)", "(Photo by Ana Silva/Xinhua)", "--", "\u2014",
    "-", "Enditem", " Enditem", "Enditem.", "7156699", "8100002", "0", "Home -", "Home > World",
    "Feature: ", "Xinhua Headlines:", "Xinhua", "Source: Xinhua", "| May 6, 2025",
    "|\u00a0May 6, 2025", "2025-05-06", "2025-02-30", "BEIJING", "BEIJING, May 6 (Xinhua) -- ",
    "CARBONDALE, United States, Dec. 13", "Feb. 29", "Feb. 30", "Sept. 31 (Xinhua)",
    "LONG-LASTING FRIENDSHIP", "NEW BUYERS", "Rain fell.", "he said.", '"Now," he said.',
    "Editor: Liu Yang", "(by Wang Jinyu)", ", ", " ", "  ", "\t", "\u00a0", "\u3000", "\n",
    "\n\n", "\r", "\r\n", "\x00", "\x03", "\x0b", "\x0c", "\x1c", "\x85", "\u2028",
    "\ufeff", "\u200b",
)  # fmt: skip
"""Pieces of wire copy, its punctuation and its white space, to be strung together at random."""


def wire_fragment_texts() -> st.SearchStrategy[str]:
    """Text strung together from :data:`WIRE_FRAGMENTS` and short random text."""
    piece = st.sampled_from(WIRE_FRAGMENTS) | st.text(max_size=4)
    return st.lists(piece, max_size=40).map("".join)


@st.composite
def damaged_articles(draw: st.DrawFn) -> str:
    """A rendered story with a few fragments pasted in and a few slices cut out."""
    text = render(draw(article_specs()))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(WIRE_FRAGMENTS)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
    return text


def arbitrary_texts() -> st.SearchStrategy[str]:
    """Any text: random unicode (control characters included), wire fragments, damaged stories."""
    return st.one_of(st.text(), wire_fragment_texts(), damaged_articles())


# -- Stories in any dialect's conventions -------------------------------------------------------

PLACES_BY_SCRIPT = {
    "Latin": ("BEIJING", "NAIROBI", "LIMA", "SEOUL", "MELAKA", "ABU DHABI", "NEW DELHI", "OSLO"),
    "Cyrillic": ("\u041c\u041e\u0421\u041a\u0412\u0410", "Пекин", "Минск"),  # MOSCOW first
    "Arabic": ("بكين", "القاهرة", "دبي"),
    "Han": ("北京", "上海", "昆明", "拉萨"),
}
"""Places to print in datelines, by the script of the dialect's language."""

_SCRIPTS = {"ru": "Cyrillic", "ar": "Arabic", "zh": "Han"}


@attrs.frozen(kw_only=True)
class DialectStory:
    """A story printed in a dialect's conventions, and what a parse must find in it.

    Attributes:
        dialect: The dialect.
        headline: The headline as printed.
        kicker: The kicker or tag a parse must split off the headline, or None.
        location: The dateline's place, or None when the dateline prints none.
        date_text: The dateline's date as printed, or None.
        date: The calendar date it names, or None.
        agency: The agency a parse must give the dateline.
        paragraphs: The body's paragraphs.
        terminator: The terminator as printed, or None.
        text: The story as printed.
    """

    dialect: Dialect
    headline: str
    kicker: str | None
    location: str | None
    date_text: str | None
    date: datetime.date | None
    agency: str | None
    paragraphs: tuple[str, ...]
    terminator: str | None
    text: str


def _month_name(draw: st.DrawFn, dialect: Dialect, month: int) -> str:
    """A name ``dialect`` prints ``month`` with; one of its own language when it has one."""
    names = sorted(name for name, number in dialect.months.items() if number == month)
    own = [n for n in names if n.rstrip(".").casefold() not in _ENGLISH_FOLDED]
    return draw(st.sampled_from(own if dialect.language != "en" and own else names))


_ENGLISH_FOLDED = frozenset(name.rstrip(".").casefold() for name in ENGLISH_MONTHS)


def _dateline(
    draw: st.DrawFn, dialect: Dialect, day: datetime.date
) -> tuple[str, str, str | None, str | None]:
    """Draw ``(printed, location, date_text, agency)`` for a dateline of ``dialect``."""
    place = draw(st.sampled_from(PLACES_BY_SCRIPT[_SCRIPTS.get(dialect.language, "Latin")]))
    if dialect.dateline_forms and dialect.language == "zh":  # 新华社北京8月12日电, 法新社...
        date_text = f"{day.month}月{day.day}日"
        tag = dialect.agency_tags[0]
        return f"{tag}{place}{date_text}电", place, date_text, tag
    month = _month_name(draw, dialect, day.month)
    if dialect.language == "ar":
        date_text = f"{day.day} {month} {day.year}"
    elif dialect.language != "en" or (draw(st.booleans()) and dialect.months is not ENGLISH_MONTHS):
        date_text = f"{day.day} {month}"
    else:
        date_text = f"{month} {day.day}"
    if dialect.tagless:
        separator = "_" if "_" in dialect.separators else dialect.separators[-1]
        if dialect.dated:
            return f"{place}, {date_text} {separator}", place, date_text, dialect.implied_agency
        return f"{place} {separator}", place, None, dialect.implied_agency
    tag = dialect.agency_tags[0]
    separator = dialect.separators[0]
    style = dialect.tag_styles[0]
    printed = {
        "paren": f"({tag}) {separator}",
        "slash": f"/{tag}/ {separator}",
        "bare": f"{tag} {separator}",
        "comma": f", {tag} {separator}",
    }[style]
    if dialect.language == "ar":
        return f"{place} {date_text} ({tag})", place, date_text, tag
    glue = "" if style == "comma" else " "
    return f"{place}, {date_text}{glue}{printed}", place, date_text, tag


def _kicker(draw: st.DrawFn, dialect: Dialect, title: str) -> tuple[str, str | None]:
    """Draw a headline of ``dialect`` for ``title``: ``(printed, kicker)``."""
    choices: list[tuple[str, str]] = [(f"{k}: {title}", k) for k in dialect.kickers]
    choices += [(f"{k} 1-{title}", f"{k} 1") for k in dialect.dash_kickers]
    choices += [(f"({k}) {title}", k) for k in dialect.headline_tags]
    if not choices or draw(st.booleans()):
        return title, None
    return draw(st.sampled_from(choices))


@st.composite
def dialect_stories(draw: st.DrawFn, dialect: Dialect) -> DialectStory:
    """A story in ``dialect``'s conventions: headline (maybe with a kicker or tag), dateline,
    two to four paragraphs, terminator. Hard-wrapped, paragraphs indented, when the dialect's
    paragraphs start so; blocks separated by blank lines otherwise."""
    day = draw(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 1)))
    words = draw(st.lists(st.sampled_from(LOWER_WORDS), min_size=2, max_size=8))
    title = " ".join([draw(st.sampled_from(PROPER_NOUNS)), *words])
    headline, kicker = _kicker(draw, dialect, title)
    printed, location, date_text, agency = _dateline(draw, dialect, day)
    paragraphs = tuple(draw(st.lists(paragraph_texts(), min_size=2, max_size=4)))
    terminator = dialect.terminators[0] if dialect.terminators else None
    if dialect.indented_paragraphs:
        body = [
            "    " + "\n".join(ParagraphSpec(text=p, width=60, caption=None).lines())
            for p in paragraphs
        ]
        body[0] = "    " + printed + " " + body[0][4:]
        if terminator is not None:
            body.append(" " + terminator)
        text = headline + "\n\n" + "\n".join(body) + "\n"
    else:
        blocks = [headline, printed + " " + paragraphs[0], *paragraphs[1:]]
        if terminator is not None:
            if dialect.terminator_alone:
                blocks.append(terminator)
            else:
                blocks[-1] += " " + terminator
        text = "\n\n".join(blocks) + "\n"
    return DialectStory(
        dialect=dialect,
        headline=headline,
        kicker=kicker,
        location=location,
        date_text=date_text,
        date=day if date_text is not None else None,
        agency=agency,
        paragraphs=paragraphs,
        terminator=terminator,
        text=text,
    )
