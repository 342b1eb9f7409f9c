"""Corpus readers: stories out of Reuters-21578 SGML and the LDC's newswire files, and out of
agency feeds: NITF, NewsML 1.2 and NewsML-G2 (XML, read safely), and IPTC ninjs (JSON).

:func:`aquaint` reads every variant of the LDC's ``<DOC>`` files, found from the content:
AQUAINT, Gigaword (editions 1 to 5), TAC KBP source documents, the LDC XML of later KBP and ERE
releases, and ACE 2005 ``.sgm`` (see :func:`aquaint` for their elements).

Each reader streams a file, one document at a time, and yields a :class:`Document`: its id and
date, the plain text a reader of the story sees, the fields its markup gives (ground truth for
a parse) and the parsed :class:`~wireparse.Article`.

>>> import io
>>> from wireparse import readers
>>> sgml = b'''<DOC>
... <DOCNO> XIE20240506.0001 </DOCNO>
... <DATE_TIME> 2024-05-06 10:00 </DATE_TIME>
... <HEADLINE> Tea exports rise </HEADLINE>
... <TEXT>
... <P>
... KUNMING, May 6 (Xinhua) -- Tea exports rose this spring.
... </P>
... </TEXT>
... </DOC>
... '''
>>> [document] = readers.aquaint(io.BytesIO(sgml))
>>> document.id, document.date, document.fields.title
('XIE20240506.0001', datetime.date(2024, 5, 6), 'Tea exports rise')
>>> print(document.text, end="")
Tea exports rise
<BLANKLINE>
KUNMING, May 6 (Xinhua) -- Tea exports rose this spring.
>>> document.article.dateline.location
'KUNMING'

Reading: a path (``str`` or :class:`os.PathLike`) or a stream, read as every entry point of
wireparse reads (see :func:`wireparse.iter_articles`): gzip, bzip2, xz (and Zstandard, where
Python has it) are decompressed whatever the file is called; bytes are UTF-8, and a line that is
not is read as cp1252 or Latin-1, so that no byte is lost, with an :class:`Issue` naming the
line. A text stream is read as it is. A compressed file cut short gives every document before
the cut, and an :class:`Issue` on the last one saying where the file ends. The reader opens a
path and closes it when done; a stream is left open.

Markup: a tag that names no element of the format is no tag but text, kept as printed (a
literal ``a<b and c>d``); an element the format prints once that comes twice keeps its first
occurrence, the others' text going to :attr:`Fields.extra` with an :class:`Issue`. Entities
are resolved (``&lt;``, ``&#3;``, ``&AMP;``; unknown ones are kept as printed),
and control characters no reader sees are removed, printed or referenced: the ``&#2;`` (STX)
and ``&#3;`` (ETX) that frame each Reuters story, the stray ``&#127;`` (DEL) of line noise, the
``&Cx1f;`` of AQUAINT headers. Tab, line feed and form feed stay.

Bad markup never loses a document. In lenient mode (the default) a document whose closing tag
is missing ends where the next one opens or the file ends; an element whose end tag is missing
ends where the markup shows it must; text outside any document opens one; a document without an
id, a date or a text gets None or an empty text. Each such problem is an :class:`Issue` in
:attr:`Document.issues`, and the parser reports what the text lacks as defects of the article.
With ``strict=True`` the first problem raises :class:`CorpusError`, naming the file and line.

Parsing is eager: each document's text is parsed as it is read, with the document's date as the
reference date and the reader's ``dialect``. Pass ``parse=False`` to skip it (``article`` is
then None), for instance to read only the markup.

The feed readers (:func:`nitf`, :func:`newsml`, :func:`ninjs`) read and report the same way, and
lay each item's text out as the wire prints the story; their own documentation says how.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

from .. import _story, dialects
from .._io import Chunk, Lines, Source, check_source, read_source
from .._parser import Parser
from ..dialects import Dialect
from . import _aquaint, _feeds, _newsml, _ninjs, _nitf, _reuters
from ._records import CorpusError, Document, Fields, Issue
from ._sgml import RawDocument, Schema, documents

_Builder = Callable[[RawDocument], tuple[str | None, datetime.date | None, str, Fields]]


def reuters21578(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    parse: bool = True,
    strict: bool = False,
) -> Iterator[Document]:
    """Read the stories of a Reuters-21578 file (``reut2-000.sgm``), one ``<REUTERS>`` each.

    The id is ``NEWID``, the date the ``DATE`` element's day. The text is the ``TITLE`` on one
    line, a blank line, then the story as the wire printed it: the ``AUTHOR`` line if any, then
    the ``DATELINE`` (``"    SALVADOR, Feb 26 - "``, indentation kept) running into the
    ``BODY``, whose hard-wrapped lines, four-space paragraph indents and closing ``Reuter`` line
    are kept. A brief (``TYPE="BRIEF"``) is its title alone; the corpus's ``Blah blah blah.``
    placeholder goes to :attr:`Fields.extra`. An ``UNPROC`` story, which has no title, dateline
    or body elements, is the untagged text of its ``TEXT``.

    Args:
        source: A path, or a binary or text stream.
        dialect: The dialect to parse with: a :class:`~wireparse.Dialect`, a registered name,
            or None to detect each story's (see :func:`wireparse.dialects.detect`).
        parse: Whether to parse each story; when false, :attr:`Document.article` is None.
        strict: Raise :class:`CorpusError` at the first problem with the markup instead of
            recording it in :attr:`Document.issues`.

    Returns:
        An iterator over the documents, in file order, reading the file as it goes.

    Raises:
        TypeError: ``source`` is neither a path nor a stream, or ``dialect`` is of a wrong type.
        ValueError: ``source`` is a string holding SGML rather than a path.
        KeyError: ``dialect`` names no registered dialect.
        CorpusError: While iterating, in strict mode, on bad markup.
        OSError: While iterating, when the file cannot be read.
    """
    return _read(
        source,
        _reuters.SCHEMA,
        _reuters.document_parts,
        dialect=dialect,
        parse=parse,
        strict=strict,
    )


def aquaint(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    parse: bool = True,
    strict: bool = False,
) -> Iterator[Document]:
    """Read the stories of an LDC newswire file, one ``<DOC>`` each, one or many a file.

    Every variant is read, whichever elements it prints (``wireparse parse --format ldc`` is
    another name for this format):

    - AQUAINT: ``<DOC><DOCNO><DOCTYPE><DATE_TIME><BODY><HEADLINE><TEXT><P>``;
    - Gigaword, editions 1 to 5: ``<DOC id="AFP_ENG_20050101.0001" type="story">`` (``type``
      one of story, multi, advis, other, each read), ``<HEADLINE>``, ``<DATELINE>``,
      ``<TEXT><P>``;
    - TAC KBP source documents: ``<DOC><DOCID><DOCTYPE SOURCE="newswire"><DATETIME><BODY>``
      holding ``<HEADLINE>`` and ``<TEXT><P>``;
    - the LDC XML of later KBP and ERE releases: an XML declaration, ``<DOC id="...">``,
      ``<DATE_TIME>``, ``<HEADLINE>``, ``<AUTHOR>``, and a ``<TEXT>`` holding the story as
      sent, blank lines between paragraphs;
    - ACE 2005 ``.sgm``: ``<DOCID>``, ``<DOCTYPE>``, ``<DATETIME>``, ``<BODY>`` holding
      ``<HEADLINE>`` and ``<TEXT>``, whose ``<TURN>``, ``<SPEAKER>``, ``<POST>``,
      ``<POSTER>``, ``<POSTDATE>`` and ``<SUBJECT>`` tags are dropped, their text kept.

    The id is ``DOCNO``, ``DOCID`` or the ``id`` attribute. The date is ``DATE_TIME``'s or
    ``DATETIME``'s, checked against the date in the id (see :attr:`Document.date`); Gigaword,
    which has neither, takes the id's. The type (:attr:`Document.type`) is the ``type``
    attribute, else the ``DOCTYPE``. The text is the ``HEADLINE`` on one line, a blank line,
    then each ``P`` as a paragraph, trimmed but keeping its own line wrapping, the paragraphs
    separated by blank lines. A Gigaword ``DATELINE`` element is a line of its own before the
    first paragraph, unless that paragraph already opens with it. A ``TEXT`` without ``P``
    elements (early AP copy, paragraphs marked by a tab; KBP, ERE and ACE paragraphs between
    blank lines) is kept as printed, without the headline above it when its first paragraph
    already is the headline. ``AUTHOR`` is :attr:`Fields.author`. What sits between
    ``HEADLINE`` and ``TEXT`` outside any element (New York Times bylines and service notes)
    goes to :attr:`Fields.extra`; ``HEADER``, ``SLUG``, ``TRAILER``, ``CATEGORY``,
    ``ANNOTATION``, ``KEYWORD`` and ``END_TIME`` elements are metadata and are left out.

    Args:
        source: A path, or a binary or text stream.
        dialect: The dialect to parse with: a :class:`~wireparse.Dialect`, a registered name,
            or None to detect each story's (see :func:`wireparse.dialects.detect`).
        parse: Whether to parse each story; when false, :attr:`Document.article` is None.
        strict: Raise :class:`CorpusError` at the first problem with the markup instead of
            recording it in :attr:`Document.issues`.

    Returns:
        An iterator over the documents, in file order, reading the file as it goes.

    Raises:
        TypeError: ``source`` is neither a path nor a stream, or ``dialect`` is of a wrong type.
        ValueError: ``source`` is a string holding SGML rather than a path.
        KeyError: ``dialect`` names no registered dialect.
        CorpusError: While iterating, in strict mode, on bad markup.
        OSError: While iterating, when the file cannot be read.
    """
    return _read(
        source,
        _aquaint.SCHEMA,
        _aquaint.document_parts,
        dialect=dialect,
        parse=parse,
        strict=strict,
    )


def _read(
    source: Source,
    schema: Schema,
    build: _Builder,
    *,
    dialect: Dialect | str | None,
    parse: bool,
    strict: bool,
) -> Iterator[Document]:
    """Check the arguments at once, then return the generator that reads."""
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("<")):
        raise ValueError(
            "expected a path, got text that looks like SGML; pass io.StringIO(text) to read it"
        )
    check_source(source)
    # Raises TypeError or KeyError now, not when iterated; None detects each story's dialect.
    chosen = None if dialect is None else dialects.resolve(dialect)
    return _documents(source, schema, build, dialect=chosen, parse=parse, strict=strict)


def _documents(
    source: Source,
    schema: Schema,
    build: _Builder,
    *,
    dialect: Dialect | None,
    parse: bool,
    strict: bool,
) -> Iterator[Document]:
    parser = _PARSER if parse else None
    return read_source(
        source,
        lambda name, chunks: read_documents(
            name, chunks, schema, build, parser=parser, dialect=dialect, strict=strict
        ),
    )


_PARSER = Parser()


def read_documents(
    name: str,
    chunks: Iterator[Chunk],
    schema: Schema,
    build: _Builder,
    *,
    parser: Parser | None,
    dialect: Dialect | None,
    strict: bool,
) -> Iterator[Document]:
    """Yield the documents of decoded text, each parsed with ``parser`` unless that is None.

    This is the reader proper, for a source opened and decoded by the caller: the readers
    above, and ``wireparse.iter_articles`` and ``wireparse parse`` for a corpus file, use it.
    """
    for raw in documents(Lines(chunks), name, schema, strict=strict):
        document_id, date, text, fields = build(raw)
        if strict and raw.issues:
            issue = raw.issues[0]
            raise CorpusError(name, issue.line, issue.message)
        article = None
        if parser is not None:
            article = _story.read(story(text, date), parser, dialect=dialect)
        yield Document(
            id=document_id,
            date=date,
            type=fields.kind,
            text=text,
            fields=fields,
            article=article,
            source=name,
            line=raw.line,
            issues=tuple(raw.issues),
        )


def story(
    text: str, date: datetime.date | None, keys: _story.DocumentKeys | None = None
) -> _story.Story:
    """The story a document's text is, for the parse: its date is the reference date."""
    return _story.Story(text, 1, (), date, keys)


def document_story(document: Document) -> _story.Story:
    """The story a document read without a parse is, carrying its id, date and type."""
    keys = _story.DocumentKeys(document.id, document.date, document.type)
    return story(document.text, document.date, keys)


SCHEMAS: dict[str, tuple[Schema, _Builder]] = {
    "reuters21578": (_reuters.SCHEMA, _reuters.document_parts),
    "aquaint": (_aquaint.SCHEMA, _aquaint.document_parts),
}
"""Each corpus format a reader reads: its elements, and how a document is made of them.
``"aquaint"`` is every variant of the LDC's newswire (see :func:`aquaint`)."""


# -- Agency feeds -------------------------------------------------------------------------------


def nitf(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    parse: bool = True,
    strict: bool = False,
) -> Iterator[Document]:
    """Read the stories of a NITF 3.x file, one ``<nitf>`` each, one or many a file.

    The id is ``doc-id``'s ``id-string``, the date ``date.issue``'s (``date.release`` is the
    version's). The text is laid out as the wire prints the story: the ``hl1`` headline, the
    ``byline`` when it reads as one, the ``dateline`` running into the first ``p`` of
    ``body.content`` unless that opens with it (with the provider's agency tag where the
    element has none: ``KUNMING, May 6 (Xinhua) --``), each ``p`` a paragraph and each ``hl2``
    of the body a subheading in capitals, then the ``tagline`` of ``body.end``. The provider
    names the dialect when no ``dialect`` is given and it matches a registered one. The XML is
    read with ``defusedxml``: an entity declaration (refused, never expanded or fetched) or
    a document that is not well-formed is an :class:`Issue`, and the documents before it are
    kept.

    Args:
        source: A path, or a binary or text stream.
        dialect: The dialect to parse with: a :class:`~wireparse.Dialect`, a registered name,
            or None to detect each story's (see :func:`wireparse.dialects.detect`).
        parse: Whether to parse each story; when false, :attr:`Document.article` is None.
        strict: Raise :class:`CorpusError` at the first problem with the markup instead of
            recording it in :attr:`Document.issues`.

    Returns:
        An iterator over the documents, in file order, reading the file as it goes.

    Raises:
        TypeError: ``source`` is neither a path nor a stream, or ``dialect`` is of a wrong type.
        ValueError: ``source`` is a string holding markup rather than a path.
        KeyError: ``dialect`` names no registered dialect.
        CorpusError: While iterating, in strict mode, on bad markup.
        OSError: While iterating, when the file cannot be read.
    """
    return _feeds.read(source, FEEDS["nitf"], dialect=dialect, parse=parse, strict=strict)


def newsml(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    parse: bool = True,
    strict: bool = False,
) -> Iterator[Document]:
    """Read the stories of a NewsML 1.2 or NewsML-G2 file, one news item each.

    The version is told from the elements: a NewsML 1.2 ``NewsItem`` (many to a ``NewsML``
    envelope) or a NewsML-G2 ``newsItem`` (alone or in a ``newsMessage``). The id is the
    ``PublicIdentifier`` (1.2) or the ``guid`` (G2); the date the first creation's, else this
    version's. Headline, subheadline, byline, dateline, slug, keywords, language and provider
    come from ``NewsLines`` and the metadata (1.2) or from ``itemMeta`` and ``contentMeta``
    (G2); the body from each text ``ContentItem``'s ``DataContent`` (1.2) or the ``inlineXML``
    (G2), whether it holds NITF (read as :func:`nitf` reads it, the envelope's values first),
    XHTML or plain text. The text is laid out as for :func:`nitf`.

    The arguments, the value returned and the exceptions raised are those of :func:`nitf`.
    """
    return _feeds.read(source, FEEDS["newsml"], dialect=dialect, parse=parse, strict=strict)


def ninjs(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    parse: bool = True,
    strict: bool = False,
) -> Iterator[Document]:
    """Read the stories of an IPTC ninjs file (1.x or 2.x): one object, an array of them, or
    JSON Lines, one document an object.

    The id is ``uri`` (or ``guid``), the date ``firstcreated``'s, else ``versioncreated``'s.
    The headline is ``headline`` (1.x) or the main entry of ``headlines`` (2.x); the body the
    main entry of ``bodies``, else ``body_html``, else ``body_text``, its paragraphs and
    subheadings laid out as for :func:`nitf`. A line or value that is not a JSON object is an
    :class:`Issue` of a document of its own, and the reading goes on.

    The arguments, the value returned and the exceptions raised are those of :func:`nitf`.
    """
    return _feeds.read(source, FEEDS["ninjs"], dialect=dialect, parse=parse, strict=strict)


FEEDS: dict[str, _feeds.Items] = {
    "nitf": _feeds.xml_items(_nitf.ITEMS, _nitf.item),
    "newsml": _feeds.xml_items(_newsml.ITEMS, _newsml.item),
    "ninjs": _ninjs.items,
}
"""Each agency feed format a reader reads: how its items are read from decoded text."""

read_feed = _feeds.read_documents
"""Yield the documents of a feed's decoded text (see :data:`FEEDS`), as :func:`read_documents`
does for a corpus file."""


def feed_story(document: Document) -> _story.Story:
    """The story a feed document's text is, for the parse: as :func:`story`, with the dialect
    its provider names."""
    keys = _story.DocumentKeys(document.id, document.date, document.type)
    return _feeds.story(document.text, document.date, document.fields, keys)


__all__ = [
    "CorpusError",
    "Document",
    "Fields",
    "Issue",
    "aquaint",
    "newsml",
    "ninjs",
    "nitf",
    "reuters21578",
]
