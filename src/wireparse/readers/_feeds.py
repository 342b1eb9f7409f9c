"""What every agency feed reader shares: the item read from the markup, its body, its text.

Each format (:mod:`._nitf`, :mod:`._newsml`, :mod:`._ninjs`) fills an :class:`Item` from its
markup; this module turns every item into a :class:`~wireparse.readers.Document` the same way:

- the body's blocks are collected by one :class:`Blocks` walker, whether they come from an XML
  tree (NITF ``body.content``, XHTML) or from an HTML string (ninjs ``body_html``), or are split
  from plain text (ninjs ``body_text``);
- the text handed to the parser is laid out as the wire prints a story: the headline, a blank
  line, the byline when it reads as one (``By Li Wei``), then the dateline running into the
  first paragraph, the paragraphs and subheadings separated by blank lines, and the sign-off.
  So the parser reads the dateline, the sections and the terminator as it reads any story.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import html.parser
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from xml.etree.ElementTree import Element

import attrs
import regex

from .. import _story, dialects
from .._io import Chunk, Source, check_source, read_source
from .._parser import Parser
from ..dialects import Dialect
from ..rules.furniture import BYLINE
from ..rules.heading import looks_like_heading
from ._records import CorpusError, Document, Fields, Issue
from ._sgml import INVISIBLE
from ._xml import items, local, not_utf8


@attrs.define
class Item:
    """One news item as its markup gives it, before it becomes a document.

    Attributes:
        line: The 1-based line of the file where it opens.
        id: Its id: NITF ``doc-id``, NewsML 1.2 ``PublicIdentifier``, NewsML-G2 ``guid``, ninjs
            ``uri``.
        kind: The item's type as the markup names it (``ninat:text``, ``text``).
        headline: The main headline, on one line.
        subtitle: The subheadline.
        byline: The byline as printed (``By Li Wei``).
        dateline: The dateline element's text (``KUNMING, May 6``).
        located: The place the markup says the story is from, apart from the dateline.
        first_created: When the first version was created.
        version_created: When this version was created.
        provider: The provider or agency.
        language: The language tag (``en``, ``zh-Hans``).
        keywords: Keywords and subjects, in order, each once.
        slug: The slugline.
        blocks: The body: ``("p", text)`` for a paragraph, ``("heading", text)`` for a
            subheading, in order.
        sign_off: The sign-off or tagline below the body (NITF ``body.end``).
        extra: Text of the item that is neither body nor a known field (captions).
        issues: What was wrong with its markup.
        read: False when the markup held no item where one was looked for (text that is no
            XML or JSON at all, a bad line of JSON Lines): ``issues`` then says why.
    """

    line: int
    id: str | None = None
    kind: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    located: str | None = None
    first_created: datetime.datetime | None = None
    version_created: datetime.datetime | None = None
    provider: str | None = None
    language: str | None = None
    keywords: list[str] = attrs.Factory(list)
    slug: str | None = None
    blocks: list[tuple[str, str]] = attrs.Factory(list)
    sign_off: str | None = None
    extra: list[str] = attrs.Factory(list)
    issues: list[Issue] = attrs.Factory(list)
    read: bool = True


def clean(text: str | None) -> str | None:
    """``text`` on one line: its white space runs made one space, control characters dropped,
    trimmed; None when nothing is left."""
    if text is None:
        return None
    joined = " ".join(text.translate(INVISIBLE).split())
    return joined or None


def element_text(element: Element | None) -> str | None:
    """All the text inside ``element``, on one line (see :func:`clean`); None if none."""
    if element is None:
        return None
    return clean("".join(element.itertext()))


def children(element: Element, name: str) -> Iterator[Element]:
    """The child elements of ``element`` whose local name is ``name``."""
    return (child for child in element if local(child.tag) == name)


def child(element: Element | None, *path: str) -> Element | None:
    """The first element down ``path`` (local names, one per level), or None."""
    for name in path:
        if element is None:
            return None
        element = next(children(element, name), None)
    return element


class Descendants:
    """The elements inside an element (itself too) by local name, found in one walk:
    ``Descendants(item)("HeadLine")`` is every ``HeadLine`` of the item, in document order."""

    def __init__(self, element: Element) -> None:
        self._found: dict[str, list[Element]] = {}
        for inner in element.iter():
            self._found.setdefault(local(inner.tag), []).append(inner)

    def __call__(self, name: str) -> list[Element]:
        """The elements named ``name``, in document order; empty when there is none."""
        return self._found.get(name, [])


def attribute(element: Element | None, name: str) -> str | None:
    """The value of the attribute ``name`` (its local name, ignoring a namespace), cleaned."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if local(key) == name:
            return clean(value)
    return None


def add_keyword(item: Item, keyword: str | None) -> None:
    """Add ``keyword`` to the item's keywords unless it is blank or there already."""
    if keyword and keyword not in item.keywords:
        item.keywords.append(keyword)


# -- Timestamps ---------------------------------------------------------------------------------

# Matches an ISO 8601 date and time, basic or extended, as the feeds write them: NITF's
# "20240506T093000+0800" and "20240506", NewsML 1.2's "20240506T093000Z", NewsML-G2's and
# ninjs's "2024-05-06T09:30:00+08:00", "2024-05-06T09:30:00.123Z", "2024-05-06". White space
# around it is taken where it starts only, so that a search over a long run of it is linear.
_TIMESTAMP = regex.compile(
    r"""
    (?<! \s ) \s*+
    (?P<year> [0-9]{4}+ ) (?P<dash> -?+ ) (?P<month> [0-9]{2}+ ) (?P=dash) (?P<day> [0-9]{2}+ )
    (?: [T\x20] (?P<hour> [0-9]{2}+ ) :?+ (?P<minute> [0-9]{2}+ )
        (?: :?+ (?P<second> [0-9]{2}+ ) )?+
        (?: [.,] [0-9]{1,9}+ )?+
        (?P<zone> Z | [+\-] (?P<zone_hour> [0-9]{2}+ ) :?+ (?P<zone_minute> [0-9]{2}+ )? )?+
    )?+
    \s*+ \Z
    """,
    regex.VERBOSE,
)


def timestamp(text: str | None) -> datetime.datetime | None:
    """Read an ISO 8601 timestamp (see :data:`_TIMESTAMP`); None when absent or unreadable.

    A timestamp with a zone is aware; one without, or a bare date (midnight), is naive.
    """
    if text is None:
        return None
    match = _TIMESTAMP.match(text)
    if match is None:
        return None
    zone: datetime.tzinfo | None = None
    if match["zone"] == "Z":
        zone = datetime.timezone.utc
    elif match["zone"]:
        sign = -1 if match["zone"][0] == "-" else 1
        offset = datetime.timedelta(
            hours=int(match["zone_hour"]), minutes=int(match["zone_minute"] or 0)
        )
        if offset >= datetime.timedelta(hours=24):
            return None
        zone = datetime.timezone(sign * offset)
    try:
        return datetime.datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def set_time(item: Item, which: str, text: str | None, what: str) -> None:
    """Set ``item.first_created`` or ``item.version_created`` from ``text``; an unreadable
    one is an issue naming ``what`` (the element or key)."""
    if text is None or not text.strip():
        return
    value = timestamp(text)
    if value is None:
        item.issues.append(Issue(line=item.line, message=f"unreadable {what} {text.strip()!r}"))
        return
    setattr(item, which, value)


# -- Bodies -------------------------------------------------------------------------------------

# Elements that open or close a block of text: paragraphs, headings, lists, tables and their
# containers, in XHTML and in NITF (whose "block" holds paragraphs, "hl2" a subheading).
_BREAKS = frozenset(
    {
        *("p", "div", "section", "article", "blockquote", "pre", "main", "header", "footer"),
        *("ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "body", "html"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "block", "body.content", "bq"),
        *("nitf-table", "fn", "note", "credit"),
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2"})
# Elements whose text is no body copy: scripts and styles, which print nothing, are dropped;
# media (NITF "media", XHTML "figure") and the "head" of an XHTML page are kept as extra text.
_DROPPED = frozenset({"script", "style", "media-reference", "media-metadata", "media-object"})
_ASIDE = frozenset({"media", "figure", "head", "title"})
_CELLS = frozenset({"td", "th"})


class Blocks:
    """Collects the blocks of a body from the events of a walk: elements opened and closed,
    text. The same walker serves an XML tree (:func:`walk`) and an HTML string
    (:func:`html_blocks`)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.extra: list[str] = []
        self._parts: list[str] = []
        self._heading = 0  # how many heading elements are open
        self._dropped = 0  # how many dropped elements are open
        self._aside: list[str] = []  # the text of the open aside, if any
        self._asides = 0

    def start(self, name: str) -> None:
        """An element opens."""
        name = name.lower()
        if name in _DROPPED:
            self._dropped += 1
        elif name in _ASIDE:
            self._flush()
            self._asides += 1
        elif name in _BREAKS:
            self._flush()
            self._heading += name in _HEADINGS
        elif name == "br":
            if not self._dropped:
                (self._aside if self._asides else self._parts).append("\n")
        elif name in _CELLS:
            self.data(" ")

    def end(self, name: str) -> None:
        """An element closes."""
        name = name.lower()
        if name in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif name in _ASIDE:
            self._asides = max(0, self._asides - 1)
            if not self._asides:
                text = clean("".join(self._aside))
                if text:
                    self.extra.append(text)
                self._aside.clear()
        elif name in _BREAKS:
            self._flush()
            if name in _HEADINGS:
                self._heading = max(0, self._heading - 1)

    def data(self, text: str) -> None:
        """Text inside the open elements."""
        if self._dropped:
            return
        # Line breaks in markup are white space; a <br> breaks the line.
        text = text.replace("\r", " ").replace("\n", " ")
        (self._aside if self._asides else self._parts).append(text)

    def _flush(self) -> None:
        lines = [clean(line) for line in "".join(self._parts).split("\n")]
        self._parts.clear()
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(("heading" if self._heading else "p", text))

    def close(self) -> tuple[list[tuple[str, str]], list[str]]:
        """The blocks and the extra text collected."""
        self._flush()
        if self._aside:
            text = clean("".join(self._aside))
            if text:
                self.extra.append(text)
            self._aside.clear()
        return self.blocks, self.extra


def walk(element: Element, blocks: Blocks) -> None:
    """Feed ``element`` and everything in it (but not its tail) to ``blocks``."""
    name = local(element.tag)
    if name:
        blocks.start(name)
        if element.text:
            blocks.data(element.text)
    for inner in element:
        walk(inner, blocks)
        if inner.tail:
            blocks.data(inner.tail)
    if name:
        blocks.end(name)


def tree_blocks(elements: Iterable[Element]) -> tuple[list[tuple[str, str]], list[str]]:
    """The blocks of a body held in XML elements (NITF ``body.content``, XHTML ``body``)."""
    blocks = Blocks()
    for element in elements:
        walk(element, blocks)
    return blocks.close()


class _HTMLBlocks(html.parser.HTMLParser):
    """Feeds an HTML string's elements and text to a :class:`Blocks`."""

    def __init__(self, blocks: Blocks) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks = blocks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._blocks.start(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._blocks.start(tag)
        self._blocks.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self._blocks.end(tag)

    def handle_data(self, data: str) -> None:
        self._blocks.data(data)


def html_blocks(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The blocks of a body given as an HTML string (ninjs ``body_html``). HTML is read as
    HTML, leniently: no entity it declares is expanded, nothing is fetched."""
    blocks = Blocks()
    parser = _HTMLBlocks(blocks)
    parser.feed(text)
    parser.close()
    return blocks.close()


def text_blocks(text: str) -> list[tuple[str, str]]:
    """The paragraphs of a plain-text body (ninjs ``body_text``, a NewsML ``text/plain``
    content): split at blank lines, or at each line break when it has no blank line."""
    text = text.translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    parts = regex.split(r"\n[^\S\n]*+\n", text) if regex.search(r"\n[^\S\n]*+\n", text) else None
    pieces = parts if parts is not None else text.split("\n")
    blocks = []
    for piece in pieces:
        lines = [line.strip() for line in piece.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            blocks.append(("p", joined))
    return blocks


# -- The text and the document ------------------------------------------------------------------

_SEPARATORS = ("-", "\u2014", "\u2013", ":", "=")
"""What ends a dateline that already holds its separator: ``PARIS, May 6 (AFP) -``."""

# Matches what follows the place when a paragraph opens with a dateline: "KUNMING, May 6",
# "MIAMI (AP)", "LONDON -", "OSAKA/TOKYO". A place followed by a word ("Lyon opened its ...",
# "Lyon's mayor") opens a sentence, not a dateline.
_AFTER_PLACE = regex.compile(r"[^\S\n]{0,3}+[,(\-\u2014\u2013/:]")


def _opens_with(paragraph: str, dateline: str) -> bool:
    """Whether ``paragraph`` already opens with ``dateline``, or with its place: the body of
    NewsML and NITF items often repeats the dateline the markup gives (``KUNMING, May 6
    (Xinhua) -- Tea ...`` under a ``<dateline>KUNMING, May 6</dateline>``)."""
    head = paragraph[: len(dateline) + 40].casefold()
    if head.startswith(dateline.casefold()):
        return True
    place = regex.split(r"[,(\u3001\uff0c]", dateline, maxsplit=1)[0].strip().casefold()
    return (
        bool(place) and head.startswith(place) and _AFTER_PLACE.match(head, len(place)) is not None
    )


_TAG_FORMS = {"paren": " ({})", "slash": " /{}/", "bare": " {}", "comma": ", {}"}


def printed_dateline(dateline: str, dialect: Dialect | None) -> str:
    """The dateline element as the wire prints it at the head of the lead, separator included.

    NITF's ``<dateline>`` and NewsML's ``DateLine`` give the place and date (``KUNMING, May 6``)
    and leave the agency to the metadata, while the agency's wire prints its tag there
    (``KUNMING, May 6 (Xinhua) --``, ``BRISBANE, Oct 12 AAP -``). So when the provider's
    ``dialect`` is known and the element holds none of its tags, its first tag is added in the
    dialect's first style; then the dialect's first separator, unless the element ends in one.
    """
    if dateline.endswith(_SEPARATORS):
        return dateline + " "
    separator = dialect.separators[0] if dialect is not None and dialect.separators else "--"
    if dialect is not None and dialect.agency_tags and not dialect.tagless:
        folded = dateline.casefold()
        if not any(tag.casefold() in folded for tag in dialect.agency_tags):
            dateline += _TAG_FORMS[dialect.tag_styles[0]].format(dialect.agency_tags[0])
    return f"{dateline} {separator} "


def _drop_repeats(item: Item) -> None:
    """Drop what an XHTML body repeats of the headline: its ``h1``, its page ``title``."""
    if item.blocks and item.blocks[0] == ("heading", item.headline):
        del item.blocks[0]
    item.extra = [text for text in item.extra if text != item.headline]


def story_text(item: Item) -> str:
    """The text of the story as the wire prints it, for the parser (see the module's
    documentation); it ends with a line break unless it is empty."""
    blocks = item.blocks
    parts: list[str] = [item.headline] if item.headline else []
    byline = item.byline
    first_text = next((text for kind, text in blocks if kind == "p"), "")
    if (
        byline
        and byline[:3] in ("By ", "by ")
        and BYLINE.match(byline)
        and not first_text.startswith(byline)
    ):
        parts.append(byline)  # as the furniture rule reads a byline: above the dateline
    body: list[str] = []
    dateline = item.dateline
    for kind, text in blocks:
        if kind == "heading":
            upper = text.upper()
            # Wire copy sets subheadings in capitals, and the parser reads them so.
            body.append(upper if looks_like_heading(upper) else text)
            continue
        lead = ""
        if dateline is not None and not _opens_with(text, dateline):
            named = provider_dialect(item.provider, item.language)
            lead = printed_dateline(dateline, dialects.get(named) if named else None)
        dateline = None
        body.append(lead + text)
    if dateline is not None:  # no paragraph to run into: the dateline stands alone
        body.append(dateline)
    if item.sign_off and (not body or body[-1] != item.sign_off):
        body.append(item.sign_off)
    parts.extend(body)
    text = "\n\n".join(parts)
    return text + "\n" if text else ""


def document(
    item: Item,
    name: str,
    *,
    parser: Parser | None,
    dialect: Dialect | None,
    strict: bool,
) -> Document:
    """Make the document of an item: its text laid out, its fields, maybe its article."""
    _drop_repeats(item)
    created = item.first_created or item.version_created
    date = created.date() if created is not None else None
    if item.read and item.id is None:
        item.issues.append(Issue(line=item.line, message="the item has no id"))
    if item.read and date is None:
        item.issues.append(Issue(line=item.line, message="the item has no readable date"))
    if strict and item.issues:
        raise CorpusError(name, item.issues[0].line, item.issues[0].message)
    text = story_text(item)
    fields = Fields(
        title=item.headline,
        author=item.byline,
        dateline=item.dateline,
        paragraphs=tuple(text for kind, text in item.blocks if kind == "p"),
        kind=item.kind,
        extra=tuple(item.extra),
        subtitle=item.subtitle,
        located=item.located,
        first_created=item.first_created,
        version_created=item.version_created,
        provider=item.provider,
        language=item.language,
        keywords=tuple(item.keywords),
        slug=item.slug,
        headings=tuple(text for kind, text in item.blocks if kind == "heading"),
        sign_off=item.sign_off,
    )
    article = None
    if parser is not None:
        article = _story.read(story(text, date, fields), parser, dialect=dialect)
    return Document(
        id=item.id,
        date=date,
        type=None,
        text=text,
        fields=fields,
        article=article,
        source=name,
        line=item.line,
        issues=tuple(item.issues),
    )


def story(
    text: str,
    date: datetime.date | None,
    fields: Fields,
    keys: _story.DocumentKeys | None = None,
) -> _story.Story:
    """The story a feed document's text is, for the parse: its date is the reference date,
    and its provider names its dialect (see :func:`provider_dialect`); ``keys``, the
    document's id, date and type, go with it to the command's output."""
    dialect = provider_dialect(fields.provider, fields.language)
    return _story.Story(text, 1, (), date, keys, dialect)


def provider_dialect(provider: str | None, language: str | None) -> str | None:
    """The name of the registered dialect of the agency ``provider`` names, or None.

    A feed says who sent the item (``<doc.copyright holder="Xinhua"/>``, ``"copyrightholder":
    "dpa"``), so its copy is read in that agency's dialect rather than in the one guessed from
    the text; an agency with dialects in several languages (Xinhua) gets the one of the item's
    ``language`` (``"fr"``, ``"es-ES"``), else its first. The provider matches a dialect when it
    is one of its agency tags or its agency's name, or opens with one (``Xinhua News Agency``).
    """
    if not provider:
        return None
    return _provider_dialect(provider, language, dialects.names())


@functools.lru_cache(maxsize=256)
def _provider_dialect(provider: str, language: str | None, names: tuple[str, ...]) -> str | None:
    """:func:`provider_dialect` for the registry holding the dialects ``names``: what it
    returns changes when a dialect is registered."""
    wanted = provider.casefold()
    primary = (language or "").split("-")[0].casefold()
    found = []
    for name in names:
        dialect = dialects.get(name)
        tags = {tag.casefold() for tag in (dialect.agency, *dialect.agency_tags) if tag}
        if any(wanted == tag or wanted.startswith(tag + " ") for tag in tags):
            found.append(dialect)
    if not found:
        return None
    return next((dialect.name for dialect in found if dialect.language == primary), found[0].name)


Items = Callable[[Iterator[Chunk]], Iterator[Item]]
"""How a feed format reads its items from decoded text."""


def xml_items(names: frozenset[str], build: Callable[[Element, int], Item]) -> Items:
    """How an XML format reads its items: the elements ``names`` (see :func:`._xml.items`),
    each made an item by ``build``, the problems of the XML added to its issues."""

    def read(chunks: Iterator[Chunk]) -> Iterator[Item]:
        for raw in items(chunks, names):
            if raw.element is None:
                item = Item(line=raw.line, read=False)
            else:
                item = build(raw.element, raw.line)
                raw.element.clear()  # read: the tree above it need not keep its content
            item.issues.extend(raw.issues)
            yield item

    return read


def read_documents(
    name: str,
    chunks: Iterator[Chunk],
    items: Items,
    *,
    parser: Parser | None,
    dialect: Dialect | None,
    strict: bool,
) -> Iterator[Document]:
    """Yield the documents of a feed's decoded text, each parsed with ``parser`` unless that
    is None: the reader proper, which the public readers and the pipeline's formats use."""
    for item in items(chunks):
        yield document(item, name, parser=parser, dialect=dialect, strict=strict)


_PARSER = Parser()


def read(
    source: Source,
    items: Items,
    *,
    dialect: Dialect | str | None,
    parse: bool,
    strict: bool,
) -> Iterator[Document]:
    """Check the arguments at once, then return the generator that reads ``source``."""
    if isinstance(source, str) and ("\n" in source or source.lstrip()[:1] in ("<", "{", "[")):
        raise ValueError(
            "expected a path, got text that looks like a feed; pass io.StringIO(text) to read it"
        )
    check_source(source)
    chosen = None if dialect is None else dialects.resolve(dialect)
    parser = _PARSER if parse else None
    return read_source(
        source,
        lambda name, chunks: read_documents(
            name, chunks, items, parser=parser, dialect=chosen, strict=strict
        ),
    )


# -- JSON ---------------------------------------------------------------------------------------

_DECODER = json.JSONDecoder()
_SPACE = regex.compile(r"[\s,]*+")  # between values: white space, and commas in an array


def json_values(chunks: Iterator[Chunk]) -> Iterator[tuple[Any, int, list[Issue]]]:
    """Yield each JSON value of a file with its line and the problems found before it.

    A file is one object, a top-level array of objects, or objects one after another (JSON
    Lines, or simply concatenated): each object is yielded. Text that is no JSON is an issue,
    yielded with the value None, and the reading goes on at the next line, so that one bad
    line of JSON Lines loses nothing else. Problems after the last value come with a last
    None.
    """
    parts: list[str] = []
    problems: list[Issue] = []
    lines = 0
    for chunk in chunks:
        problems.extend(not_utf8(chunk, lines))
        lines += chunk.text.count("\n")
        parts.append(chunk.text)
        if chunk.cut is not None:
            line = lines + 1
            problems.append(Issue(line=line, message=f"the file ends at line {line}: {chunk.cut}"))
    text = "".join(parts)
    starts = [0, *(match.end() for match in regex.finditer(r"\n", text))]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset)

    position = _SPACE.match(text).end()  # type: ignore[union-attr]
    in_array = text.startswith("[", position)
    if in_array:
        position = _SPACE.match(text, position + 1).end()  # type: ignore[union-attr]
    found = False
    while position < len(text):
        if in_array and text.startswith("]", position):
            in_array = False
            position = _SPACE.match(text, position + 1).end()  # type: ignore[union-attr]
            continue
        try:
            value, end = _DECODER.raw_decode(text, position)
        except ValueError as error:
            line = line_of(position)
            shown = text[position : position + 60].split("\n", 1)[0]
            message = f"line {line} is not JSON ({error.args[0]}): {shown!r} is not read"
            yield None, line, [*problems, Issue(line=line, message=message)]
            problems = []
            found = True
            following = text.find("\n", position)
            position = len(text) if following < 0 else following + 1
            position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
            continue
        yield value, line_of(position), problems
        problems = []
        found = True
        position = _SPACE.match(text, end).end()  # type: ignore[union-attr]
    if not found:
        problems.append(Issue(line=1, message="the file holds no JSON value"))
    if problems:
        yield None, line_of(len(text)), problems
