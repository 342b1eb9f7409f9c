"""Streaming: split a corpus dump into stories and parse them one at a time.

A dump holds many stories one after another. In the seed's convention each sits between an
opening and a closing id line; some dumps have opening ids only, and some separate stories by
nothing but their terminators. :func:`iter_articles` reads any of these a megabyte at a time
and gives each story out as soon as its end is known, so memory holds about one read and one
story however long the dump is. Id lines and terminators are found by one regular expression
search over each read, not line by line.

How a story ends, line by line (blank lines are skipped when deciding):

* An id line after the story's text ends it. Whether it closes that story or opens the next
  one depends on the line after it: another id line or the end of the source means it closes,
  anything else means it opens.
* A line ending in the dialect's terminator ends the story, unless an id line follows (which
  then closes or opens as above).

Nothing is dropped: every non-blank line of the source belongs to exactly one story, and text
that is neither a story nor an id line (stray lines between stories) is parsed as a story of its
own, with the defects that says.
"""

from __future__ import annotations

import bisect
import bz2
import datetime
import gzip
import io
import lzma
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Union

import regex

from . import dialects
from ._errors import check
from ._models import Article, Defect, DefectCode
from ._parser import Parser
from ._text import SPACE
from .dialects import Dialect

Source = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]
"""What :func:`iter_articles` reads: a path, a binary or text stream, or the text itself."""

OPENERS: dict[str, Callable[[Path], Any]] = {
    ".gz": lambda path: gzip.open(path, "rb"),  # noqa: SIM115 - the caller closes it
    ".bz2": lambda path: bz2.open(path, "rb"),  # noqa: SIM115
    ".xz": lambda path: lzma.open(path, "rb"),  # noqa: SIM115
}
"""How to open a compressed file as bytes, by its extension; the caller closes it."""


def iter_articles(
    source: Source,
    *,
    dialect: Dialect | str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    parser: Parser | None = None,
) -> Iterator[Article]:
    """Yield the articles of a corpus dump, one story at a time.

    Args:
        source: A path (``str`` or path-like; ``.gz``, ``.bz2`` and ``.xz`` files are
            decompressed by their extension), a binary or text stream, or the text itself. A
            ``str`` holding a line break is taken for the text, any other ``str`` for a path;
            wrap one-line text in :class:`io.StringIO`.
        dialect: A dialect, a registered dialect's name, or None for the parser's dialect,
            and when that is None too, to detect each story's (stories are then split where
            the default dialect's terminator ends a line).
        strict: Raise on the first defect instead of recording it; the iteration stops there.
        reference_date: Resolves dateline dates of stories that print no publication date.
        parser: The parser to use (default: ``wireparse.Parser()``).

    Yields:
        Each story's :class:`~wireparse.Article`, in the order of the source. Its
        :attr:`~wireparse.Article.start_line` is the line of the source where the story
        starts, and its spans index into its own :attr:`~wireparse.Article.text`.

    Raises:
        OSError: The path cannot be opened or read.
        TypeError: ``source`` is none of the above.
        KeyError: ``dialect`` names no registered dialect.
        ParseError: ``strict`` is true and a story has a defect; its line is the source's.

    Bytes are read as UTF-8, with or without a byte order mark. A line that is not UTF-8 is
    read as cp1252 (as Windows wrote Western text), or as Latin-1 where cp1252 has no
    character for one of its bytes, so that no byte is lost; the story then carries a
    ``not-utf8`` defect pointing at the first such character.

    Example:
        >>> story = "101\\nRain in Kunming\\n\\nKUNMING (Xinhua) -- Rain fell. Enditem\\n102\\n"
        >>> [a.headline.text for a in iter_articles(story + story)]
        ['Rain in Kunming', 'Rain in Kunming']
    """
    reader = parser if parser is not None else Parser()
    named = dialect if dialect is not None else reader.dialect
    chosen = dialects.resolve(named)
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, datetime.datetime):
        reference_date = reference_date.date()
    for story in iter_stories(source, chosen):
        article = reader._read(
            story.text,
            chosen if named is not None else dialects.detect(story.text),
            reference_date,
            start_line=story.start_line,
            defects=story.defects,
        )
        yield check(article, strict=strict)


class Story:
    """The raw text of one story of a dump, before parsing.

    Attributes:
        text: The story, from the start of its first non-blank line to the end of its last.
        start_line: The 1-based line of the source where it starts.
        defects: What was found while reading it (undecodable bytes), spans in ``text``.
    """

    __slots__ = ("defects", "start_line", "text")

    def __init__(self, text: str, start_line: int, defects: tuple[Defect, ...]) -> None:
        self.text = text
        self.start_line = start_line
        self.defects = defects

    def __repr__(self) -> str:
        return f"Story(start_line={self.start_line}, text={self.text[:40]!r})"


def iter_stories(source: Source, dialect: Dialect | str | None = None) -> Iterator[Story]:
    """Yield the stories of a dump unparsed: what :func:`iter_articles` parses, one by one.

    Args:
        source: As for :func:`iter_articles`.
        dialect: Says what a terminator looks like.
    """
    chosen = dialects.resolve(dialect)
    with _open(source) as stream:
        yield from _Splitter(chosen).split(_chunks(stream))


# Inline white space: SPACE without the line breaks, as a character class.
_INLINE = "[" + regex.escape(SPACE.replace("\n", "").replace("\r", ""), special_only=True) + "]"

# Matches an id line of LF or CRLF text, its content in "id": "7156699", " 8200801 \r".
ID_LINE_LF = regex.compile(
    rf"""(?m) ^ (?P<id> {_INLINE}*+ [0-9]{{1,20}}+ {_INLINE}*+ ) \r?+ $""", regex.VERBOSE
)
# Matches a line break and the first character of a line that may be an id line: a digit or
# inline white space. Looking for these first, then matching ID_LINE_LF where one is, is
# several times faster than searching for ID_LINE_LF in the whole text.
ID_LINE_OPENING = regex.compile(rf"\n (?: [0-9] | {_INLINE} )", regex.VERBOSE)
# Matches an id line of text whose lines may also end in a lone CR (old Mac copy): slower.
ID_LINE_CR = regex.compile(
    rf"""(?<! [^\r\n] ) (?P<id> {_INLINE}*+ [0-9]{{1,20}}+ {_INLINE}*+ ) (?= [\r\n] | \Z )""",
    regex.VERBOSE,
)
# Matches white space, line breaks included: what lies between the lines of text.
_BLANK = regex.compile(rf"[{regex.escape(SPACE, special_only=True)}]*+")
# Matches a terminator ending a line, for each list of terminators met so far.
_ENDINGS: dict[tuple[str, ...], regex.Pattern[str]] = {}


def id_lines(text: str, pos: int = 0) -> list[tuple[int, int]]:
    """Where the id lines of LF or CRLF ``text`` are from ``pos`` on: the spans of their
    content, as ``ID_LINE_LF.finditer(text, pos)`` gives them in the group ``id``."""
    spans = []
    match = ID_LINE_LF.match
    if pos == 0 or text[pos - 1] == "\n":  # pos is where a line starts
        found = match(text, pos)
        if found is not None:
            spans.append(found.span("id"))
    for opening in ID_LINE_OPENING.finditer(text, pos):
        found = match(text, opening.start() + 1)
        if found is not None:
            spans.append(found.span("id"))
    return spans


def _ending(dialect: Dialect) -> regex.Pattern[str] | None:
    """The pattern that finds a line ending in one of the dialect's terminators."""
    key = tuple(dialect.terminators)
    if not key:
        return None
    pattern = _ENDINGS.get(key)
    if pattern is None:
        # Matches "Enditem" or "Enditem." ending a line, not continuing a word ("XEnditem").
        pattern = _ENDINGS[key] = regex.compile(
            rf"""(?<! [\p{{L}}\p{{N}}] ) (?: \L<terminators> ) \.?+ {_INLINE}*+
                 (?= [\r\n] | \Z )""",
            regex.VERBOSE,
            terminators=list(key),
        )
    return pattern


class _Splitter:
    """Cut decoded text into stories; see the module's documentation for the rules.

    Text arrives in chunks of whole lines. ``buffer`` holds what is not yet given out, from the
    start of the story being read; offsets below are in it.
    """

    def __init__(self, dialect: Dialect) -> None:
        self.ending = _ending(dialect)
        self.buffer = ""
        self.bad: list[int] = []  # where characters that were not UTF-8 are
        self.line = 1  # the line number at offset ``counted`` of the buffer
        self.counted = 0
        self.pos = 0  # everything before this is read
        self.start: int | None = None  # where the story being read starts
        self.end = 0  # where its last text ends
        self.has_text = False  # it holds a line that is no id line
        self.ended = False  # its last line ends in a terminator
        self.held: tuple[int, int] | None = None  # an id line after the text: closes or opens?
        self.lone_cr = False  # whether lines may end in a lone CR

    def split(self, chunks: Iterable[tuple[str, list[int]]]) -> Iterator[Story]:
        """Yield the stories of ``chunks``, each as soon as its end is known."""
        for chunk, bad in chunks:
            yield from self._feed(chunk, bad)
        yield from self._finish()

    def _feed(self, chunk: str, bad: list[int]) -> Iterator[Story]:
        keep = self.pos if self.start is None else self.start
        if keep:
            self._count(keep)
            self.buffer = self.buffer[keep:]
            self.bad = [b - keep for b in self.bad if b >= keep]
            self.counted -= keep
            self.pos -= keep
            self.end = max(0, self.end - keep)
            if self.start is not None:
                self.start -= keep
            if self.held is not None:
                self.held = (self.held[0] - keep, self.held[1] - keep)
        offset = len(self.buffer)
        self.buffer += chunk
        self.bad.extend(b + offset for b in bad)
        yield from self._scan(chunk)

    def _scan(self, chunk: str) -> Iterator[Story]:
        buffer = self.buffer
        # Once a lone CR was seen, later chunks (a last line without its break) need it too.
        self.lone_cr = self.lone_cr or ("\r" in chunk and chunk.count("\r") != chunk.count("\r\n"))
        if self.lone_cr:
            events = [
                (m.start("id"), m.end("id"), True) for m in ID_LINE_CR.finditer(buffer, self.pos)
            ]
        else:
            events = [(start, end, True) for start, end in id_lines(buffer, self.pos)]
        if self.ending is not None:
            events.extend((m.end(), m.end(), False) for m in self.ending.finditer(buffer, self.pos))
            events.sort()
        for start, end, is_id in events:
            if is_id:
                yield from self._text(self.pos, start)
                yield from self._id(start, end)
            else:
                yield from self._text(self.pos, end)
                self.ended = True
            self.pos = end
        yield from self._text(self.pos, len(buffer))
        self.pos = len(buffer)

    def _text(self, start: int, end: int) -> Iterator[Story]:
        """Take the lines between ``start`` and ``end``, which hold no id line."""
        buffer = self.buffer
        first = _BLANK.match(buffer, start, end).end()  # type: ignore[union-attr]
        if first == end:
            return
        line_start = max(buffer.rfind("\n", start, first), buffer.rfind("\r", start, first)) + 1
        line_start = max(line_start, start)
        if self.held is not None:  # the id line held back opens the story these lines are in
            opening = self.held[0]
            yield self._story(self.end)
            self.start = opening
        elif self.start is None:
            self.start = line_start
        elif self.ended:
            yield self._story(self.end)
            self.start = line_start
        self.has_text, self.ended = True, False
        self.end = start + len(buffer[start:end].rstrip(SPACE))

    def _id(self, start: int, end: int) -> Iterator[Story]:
        if self.held is not None:  # the held id line closes its story; this one opens the next
            yield self._story(self.held[1])
            self.held = None
            self.start, self.end, self.has_text, self.ended = start, end, False, False
        elif self.start is None:
            self.start, self.end, self.has_text, self.ended = start, end, False, False
        elif self.has_text:
            self.held = (start, end)
        else:  # an id line right after the opening one closes a story without text
            yield self._story(end)

    def _finish(self) -> Iterator[Story]:
        if self.held is not None:
            yield self._story(self.held[1])
        elif self.start is not None:
            yield self._story(self.end)

    def _story(self, end: int) -> Story:
        """Give out the story from ``self.start`` to ``end``; no story is being read after."""
        start = self.start
        assert start is not None  # only called while a story is being read
        self._count(start)
        text = self.buffer[start:end]
        defects: tuple[Defect, ...] = ()
        low, high = bisect.bisect_left(self.bad, start), bisect.bisect_left(self.bad, end)
        if high > low:
            defects = (_not_utf8(self.bad[low] - start, high - low),)
        self.start, self.held, self.has_text, self.ended = None, None, False, False
        return Story(text, self.line, defects)

    def _count(self, offset: int) -> None:
        """Move the line count forward to ``offset``."""
        buffer, counted = self.buffer, self.counted
        if offset <= counted:
            return
        breaks = buffer.count("\n", counted, offset)
        returns = buffer.count("\r", counted, offset)
        if returns:
            breaks += returns - buffer.count("\r\n", counted, offset)
            if buffer[offset - 1 : offset + 1] == "\r\n":
                breaks -= 1  # the CR is counted, its LF is not: one break, not yet ended
        self.line += breaks
        self.counted = offset


def _not_utf8(offset: int, lines: int) -> Defect:
    plural = lines > 1
    return Defect(
        code=DefectCode.NOT_UTF8,
        message=(
            f"{lines} line{'s' if plural else ''} of the story {'are' if plural else 'is'} not"
            f" UTF-8 and {'were' if plural else 'was'} read as cp1252 or Latin-1"
        ),
        span=(offset, offset + 1),
    )


CHUNK = 1 << 20
"""How many bytes (or characters) :func:`iter_articles` reads at a time."""


def _chunks(stream: IO[bytes] | IO[str]) -> Iterator[tuple[str, list[int]]]:
    """Yield the text of ``stream`` in pieces of whole lines, with where bytes were not UTF-8.

    A piece ends after a line break (or at the end of the stream); a CR ending a piece is
    kept for the next one, in case the LF of a CRLF follows it there.
    """
    pending: list[bytes | str] = []
    first = True
    while True:
        data = stream.read(CHUNK)
        if not data:
            break
        if first and isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # the byte order mark is no text
        first = False
        cut = _last_break(data)
        if cut < 0:
            pending.append(data)
            continue
        head, tail = data[:cut], data[cut:]
        pending.append(head)
        yield _decode(pending)
        pending = [tail] if tail else []
    if pending:
        yield _decode(pending)


def _last_break(data: bytes | str) -> int:
    """Where to cut ``data`` so that the first part ends with a whole line, or -1."""
    lf = data.rfind(b"\n" if isinstance(data, bytes) else "\n")  # type: ignore[arg-type]
    cr = data.rfind(b"\r" if isinstance(data, bytes) else "\r")  # type: ignore[arg-type]
    if cr == len(data) - 1:  # a CR at the very end: its LF may be in the next read
        cr = -1
    return max(lf, cr) + 1 if max(lf, cr) >= 0 else -1


def _decode(pieces: list[bytes | str]) -> tuple[str, list[int]]:
    """Join ``pieces`` into text: UTF-8, and line by line cp1252 or Latin-1 where that fails."""
    if isinstance(pieces[0], str):
        return "".join(pieces), []  # type: ignore[arg-type]
    data = b"".join(pieces)  # type: ignore[arg-type]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    texts: list[str] = []
    bad: list[int] = []
    offset = 0
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            bad.append(offset + len(line[: error.start].decode("utf-8")))
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                text = line.decode("latin-1")
        texts.append(text)
        offset += len(text)
    return "".join(texts), bad


def _open(source: Source) -> IO[bytes] | IO[str]:
    """Open ``source`` for reading lines; the caller closes what this returns."""
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return io.StringIO(source, newline="")
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        opener = OPENERS.get(path.suffix.lower())
        return opener(path) if opener is not None else path.open("rb")
    if isinstance(source, io.IOBase) or hasattr(source, "read"):
        return _Borrowed(source)  # type: ignore[return-value]
    raise TypeError(
        "iter_articles() expects a path, a stream or a str, not " + type(source).__name__
    )


class _Borrowed(io.IOBase):
    """A caller's stream, read but not closed: whoever opened it closes it."""

    def __init__(self, stream: IO[bytes] | IO[str]) -> None:
        super().__init__()
        self._stream = stream

    def read(self, size: int = -1) -> bytes | str:
        """Read from the caller's stream."""
        return self._stream.read(size)
