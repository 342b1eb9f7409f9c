"""The pipeline every entry point runs: source, bytes, text, stories, articles.

1. :func:`wireparse._io.open_source` opens the source and decompresses it;
2. :func:`wireparse._io.text_chunks` decodes it;
3. the container's format (:data:`FORMATS`, found from the text by :func:`sniff` unless named)
   cuts the text into :class:`~wireparse._story.Story` values: a dump by its id lines and
   terminators (:mod:`wireparse._split`), a corpus file by its markup (:mod:`wireparse.readers`);
4. :func:`wireparse._story.read` parses each story.

:func:`iter_articles` runs the four steps; ``wireparse parse`` runs the first three in its main
process and the fourth in its workers, ``wireparse show`` and :mod:`wireparse.bag` call
:func:`iter_articles`. So each of them gives, for the same input, the same articles.
"""

from __future__ import annotations

import datetime
import io
import itertools
from collections.abc import Callable, Iterator

import regex

from . import _split, _story, dialects, readers
from ._io import Chunk, Source, check_source, open_source, text_chunks
from ._models import Article
from ._parser import Parser
from .dialects import Dialect

Stories = Callable[[str, Iterator[Chunk], "Dialect | None", bool], Iterator[_story.Story]]
"""How a format cuts decoded text into stories: given the source's name, its text, the dialect
named for the parse (or None) and whether to be strict about the container's markup."""


def _dump(
    name: str, chunks: Iterator[Chunk], dialect: Dialect | None, strict: bool
) -> Iterator[_story.Story]:
    return _split.split(chunks, dialect)


def _corpus(format_name: str) -> Stories:
    schema, build = readers.SCHEMAS[format_name]

    def stories(
        name: str, chunks: Iterator[Chunk], dialect: Dialect | None, strict: bool
    ) -> Iterator[_story.Story]:
        for document in readers.read_documents(
            name, chunks, schema, build, parser=None, dialect=dialect, strict=strict
        ):
            yield readers.document_story(document)

    return stories


def _feed(format_name: str) -> Stories:
    items = readers.FEEDS[format_name]

    def stories(
        name: str, chunks: Iterator[Chunk], dialect: Dialect | None, strict: bool
    ) -> Iterator[_story.Story]:
        for document in readers.read_feed(
            name, chunks, items, parser=None, dialect=dialect, strict=strict
        ):
            yield readers.feed_story(document)

    return stories


FORMATS: dict[str, Stories] = {
    "dump": _dump,
    "reuters21578": _corpus("reuters21578"),
    "aquaint": _corpus("aquaint"),
    "ldc": _corpus("aquaint"),
    "nitf": _feed("nitf"),
    "newsml": _feed("newsml"),
    "ninjs": _feed("ninjs"),
}
"""The containers stories are read from, by name: a dump of stories as the wire sent them
(one story, or many between id lines or after terminators), Reuters-21578 SGML, the LDC's
newswire ``<DOC>`` files (AQUAINT, Gigaword, TAC KBP, KBP and ERE XML, ACE 2005), which
``"aquaint"`` and its alias ``"ldc"`` both read, and the agency feeds: NITF, NewsML (1.2 and
G2) and ninjs."""

FORMAT_NAMES = ("auto", *FORMATS)
"""What ``format=`` (and ``wireparse parse --format``) accepts: ``auto`` sniffs the content."""

# Matches the opening of a corpus file, after any white space and comments: the Reuters-21578
# DTD declaration or first element ('<!DOCTYPE lewis SYSTEM "lewis.dtd">', '<REUTERS
# TOPICS="YES" ...>'), or an LDC document ('<DOC>', '<DOC id="APW_ENG_20070101.0001"
# type="story">'), after the XML declaration of the LDC's XML releases ('<?xml version="1.0"
# encoding="utf-8"?>'). Anything else is copy as the wire sent it. Anchored at the start, so that
# a search too runs in linear time.
_CORPUS_OPENING = regex.compile(
    r"""\A \s*+ (?: <\?xml \s (?: [^<>?] | \?(?!>) ){0,200}+ \?> \s*+ )?+
    (?: <!-- (?: [^-] | -(?!->) ){0,2000}+ --> \s*+ ){0,8}+
    (?: (?P<reuters21578> <!DOCTYPE \s++ lewis\b | <REUTERS\b ) | (?P<aquaint> <DOC\b ) )""",
    regex.VERBOSE | regex.IGNORECASE,
)


# Matches the opening of an agency feed's XML, after an XML declaration, comments, processing
# instructions and a document type declaration: the root element (or the name the DOCTYPE
# gives it), maybe with a namespace prefix. '<nitf>' or '<!DOCTYPE nitf SYSTEM "nitf.dtd">'
# is NITF; '<NewsML>', '<NewsItem>' (1.2), '<newsItem>', '<newsMessage>' (G2) are NewsML.
_FEED_OPENING = regex.compile(
    r"""\s*+
    (?: (?: <\? (?: [^?] | \?(?!>) ){0,4000}+ \?>    # <?xml version="1.0"?>
        |   <!-- (?: [^-] | -(?!->) ){0,4000}+ -->  # a comment
        ) \s*+ ){0,16}+
    (?: <!DOCTYPE \s++ | < (?: [A-Za-z_][\w.\-]{0,64}+ : )?+ )
    (?: (?P<nitf> nitf ) | (?P<newsml> NewsML | NewsItem | newsItem | newsMessage ) ) (?! [\w.\-:] )
    """,
    regex.VERBOSE,
)

# Matches the opening of a ninjs file: an object, or an array of them, or JSON Lines.
_JSON_OPENING = regex.compile(r"\s*+ \[?+ \s*+ \{", regex.VERBOSE)

# Matches a key only ninjs items have (or that every ninjs item has): "uri", "versioncreated",
# "headlines", "body_text". Searched for in the first block of a JSON file.
_NINJS_KEY = regex.compile(
    r'"(?:uri|guid|versioncreated|firstcreated|headlines?|bodies|body_text|body_html)"\s*+:'
)


def sniff(text: str) -> str:
    """Name the format of a container from the start of its text (see :data:`FORMATS`)."""
    text = text.lstrip("\ufeff")
    feed = _FEED_OPENING.match(text)
    if feed is not None and feed.lastgroup is not None:
        return feed.lastgroup
    if _JSON_OPENING.match(text) and _NINJS_KEY.search(text, 0, 1 << 16):
        return "ninjs"
    match = _CORPUS_OPENING.match(text)
    if match is None:
        return "dump"
    return match.lastgroup or "dump"


def stories(
    name: str,
    chunks: Iterator[Chunk],
    *,
    format: str = "auto",  # noqa: A002 - the name users know from --format
    dialect: Dialect | None = None,
    strict: bool = False,
) -> Iterator[_story.Story]:
    """Cut decoded text into stories, by its format (sniffed from its first chunk for
    ``"auto"``)."""
    if format == "auto":
        first = next(chunks, None)
        if first is None:
            return iter(())
        format = sniff(first.text)  # noqa: A001
        chunks = itertools.chain([first], chunks)
    return FORMATS[format](name, chunks, dialect, strict)


def check_format(format: str) -> None:  # noqa: A002
    """Raise ``ValueError`` at once for a format that is not known."""
    if format not in FORMAT_NAMES:
        raise ValueError(f"unknown format {format!r}; known formats: {', '.join(FORMAT_NAMES)}")


def iter_stories(
    source: Source,
    *,
    format: str = "auto",  # noqa: A002
    dialect: Dialect | None = None,
    strict: bool = False,
) -> Iterator[_story.Story]:
    """Yield the stories of ``source`` unparsed: what :func:`iter_articles` parses, one by one."""
    check_format(format)
    with open_source(_as_stream(source)) as opened:
        yield from stories(
            opened.name, text_chunks(opened.stream), format=format, dialect=dialect, strict=strict
        )


def _as_stream(source: Source) -> Source:
    """A ``str`` holding a line break is the text itself, not a path."""
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return io.StringIO(source, newline="")
    return source


def iter_articles(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    parser: Parser | None = None,
    format: str = "auto",  # noqa: A002 - the name users know from --format
) -> Iterator[Article]:
    """Yield the articles of a source, one story at a time.

    Args:
        source: A path (``str`` or path-like), a binary or text stream, or the text itself. A
            ``str`` holding a line break is taken for the text, any other ``str`` for a path;
            wrap one-line text in :class:`io.StringIO`. Data compressed with gzip, bzip2, xz
            (or Zstandard, where Python has it) is decompressed, whatever its name. A stream
            is read and left open.
        dialect: A dialect, a registered dialect's name, or None for the parser's dialect,
            and when that is None too, to detect each story's. A dump is then split where any
            registered dialect's terminator ends a line.
        strict: Raise on the first defect instead of recording it (and, in a corpus file, on
            the first problem with its markup); the iteration stops there.
        reference_date: Resolves dateline dates of stories that print no publication date
            (a corpus document's own date comes first).
        parser: The parser to use (default: ``wireparse.Parser()``).
        format: The container: ``"auto"`` (the default) tells from the content, ``"dump"``
            (stories as the wire sent them, one or many), ``"reuters21578"``, ``"aquaint"``
            (or its alias ``"ldc"``: the LDC's newswire, AQUAINT, Gigaword, TAC KBP, KBP and
            ERE XML, ACE 2005), ``"nitf"``, ``"newsml"`` (1.2 and G2) or ``"ninjs"`` (agency
            feeds; see :mod:`wireparse.readers`).

    Yields:
        Each story's :class:`~wireparse.Article`, in the order of the source. In a dump, its
        :attr:`~wireparse.Article.start_line` is the line of the source where the story
        starts, and its spans index into its own :attr:`~wireparse.Article.text`; in a corpus
        file, the article is the one :mod:`wireparse.readers` gives for the document.

    Raises:
        OSError: The path cannot be opened or read.
        TypeError: ``source`` is none of the above.
        KeyError: ``dialect`` names no registered dialect.
        ValueError: ``format`` is not one of those above.
        ParseError: ``strict`` is true and a story has a defect; its line is the source's.
        wireparse.readers.CorpusError: ``strict`` is true and a corpus file's markup is bad.

    Bytes are read as UTF-8, with or without a byte order mark. A line that is not UTF-8 is
    read as cp1252 (as Windows wrote Western text), or as Latin-1 where cp1252 has no
    character for one of its bytes, so that no byte is lost; the story then carries a
    ``not-utf8`` defect pointing at the first such character. A compressed source cut short
    gives every story before the cut, the last one with a ``cut`` defect.

    Example:
        >>> story = "101\\nRain in Kunming\\n\\nKUNMING (Xinhua) -- Rain fell. Enditem\\n102\\n"
        >>> [a.headline.text for a in iter_articles(story + story)]
        ['Rain in Kunming', 'Rain in Kunming']
    """
    reader = parser if parser is not None else Parser()
    named = dialect if dialect is not None else reader.dialect
    chosen = None if named is None else dialects.resolve(named)
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, datetime.datetime):
        reference_date = reference_date.date()
    check_format(format)
    source = _as_stream(source)
    check_source(source)
    return _articles(
        source,
        reader,
        dialect=chosen,
        strict=strict,
        reference_date=reference_date,
        format=format,
    )


def _articles(
    source: Source,
    parser: Parser,
    *,
    dialect: Dialect | None,
    strict: bool,
    reference_date: datetime.date | None,
    format: str,  # noqa: A002
) -> Iterator[Article]:
    for story in iter_stories(source, format=format, dialect=dialect, strict=strict):
        yield _story.read(
            story, parser, dialect=dialect, strict=strict, reference_date=reference_date
        )
