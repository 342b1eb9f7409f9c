"""Streaming: split a corpus dump into stories and parse them one at a time.

A dump holds many stories one after another. In the seed's convention each sits between an
opening and a closing id line; some dumps have opening ids only, and some separate stories by
nothing but their terminators. :func:`iter_articles` reads any of these line by line, so memory
holds one story at a time however long the dump is.

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
from .rules.ids import ID_LINE

Source = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]
"""What :func:`iter_articles` reads: a path, a binary or text stream, or the text itself."""

_OPENERS: dict[str, Callable[[Path], Any]] = {
    ".gz": lambda path: gzip.open(path, "rb"),  # noqa: SIM115 - iter_articles closes it
    ".bz2": lambda path: bz2.open(path, "rb"),  # noqa: SIM115
    ".xz": lambda path: lzma.open(path, "rb"),  # noqa: SIM115
}


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
        dialect: A dialect, a registered dialect's name, or None for the default.
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
    chosen = dialects.resolve(dialect)
    reader = parser if parser is not None else Parser()
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, datetime.datetime):
        reference_date = reference_date.date()
    with _open(source) as stream:
        for story in split_stories(_decoded_lines(stream), chosen):
            article = reader.read(
                story.text,
                chosen,
                reference_date,
                start_line=story.start_line,
                defects=story.defects,
            )
            yield check(article, strict=strict)


class Story:
    """The raw text of one story of a dump, before parsing.

    Attributes:
        text: The story's lines, line breaks included, from its first non-blank line to its
            last.
        start_line: The 1-based line of the source where it starts.
        defects: What was found while reading it (undecodable bytes).
    """

    __slots__ = ("defects", "start_line", "text")

    def __init__(self, text: str, start_line: int, defects: tuple[Defect, ...]) -> None:
        self.text = text
        self.start_line = start_line
        self.defects = defects

    def __repr__(self) -> str:
        return f"Story(start_line={self.start_line}, text={self.text[:40]!r}...)"


def split_stories(  # noqa: PLR0915 - one state machine, clearer in one piece
    lines: Iterable[tuple[str, int | None]], dialect: Dialect
) -> Iterator[Story]:
    """Group the lines of a dump into stories.

    Args:
        lines: Each line of the source with its line break, and None or the offset of its
            first character that was not UTF-8.
        dialect: Says what a terminator looks like.

    Yields:
        Each story, in order; see the module's documentation for where one ends.
    """
    terminator = dialect.patterns.terminator
    window = dialect.patterns.terminator_window
    story: list[tuple[str, int | None]] = []
    blanks: list[tuple[str, int | None]] = []  # blank lines not yet known to be inside a story
    start = 0  # the line number where ``story`` starts
    number = 0
    has_text = False  # whether ``story`` holds a line that is not an id line
    ended = False  # the story's last line ended in a terminator
    held: tuple[str, int | None] | None = None  # an id line after the text: closes or opens?
    held_number = 0

    for number, line in enumerate(lines, 1):
        content = line[0].strip(SPACE)
        if not content:
            if story:
                blanks.append(line)
            continue
        is_id = ID_LINE.match(content) is not None
        if held is not None:
            if is_id:  # the held id closes the story; this one opens the next
                story.append(held)
                yield _story(story, start)
                story, blanks, start, has_text, ended = [line], [], number, False, False
            else:  # the held id opens the story this line belongs to
                yield _story(story, start)
                story, blanks, start, has_text = [held, line], [], held_number, True
                ended = _ends(content, terminator, window)
            held = None
            continue
        if not story:
            story, blanks, start, has_text = [line], [], number, not is_id
            ended = not is_id and _ends(content, terminator, window)
            continue
        if is_id:
            if has_text:
                held, held_number = line, number
                blanks = []
            else:  # an id line right after the opening one: it closes a story with no text
                story.append(line)
                yield _story(story, start)
                story, blanks = [], []
            continue
        if ended:
            yield _story(story, start)
            story, blanks, start = [], [], number
        story.extend(blanks)
        blanks = []
        story.append(line)
        has_text = True
        ended = _ends(content, terminator, window)
    if held is not None:
        story.append(held)
    if story:
        yield _story(story, start)


def _ends(content: str, terminator: regex.Pattern[str] | None, window: int) -> bool:
    if terminator is None:
        return False
    return terminator.search(content, max(0, len(content) - window)) is not None


def _story(lines: list[tuple[str, int | None]], start: int) -> Story:
    text = "".join(line for line, _ in lines)
    defects: tuple[Defect, ...] = ()
    bad_lines = [(i, bad) for i, (_, bad) in enumerate(lines) if bad is not None]
    if bad_lines:
        first, column = bad_lines[0]
        offset = sum(len(line) for line, _ in lines[:first]) + column
        count = len(bad_lines)
        defects = (
            Defect(
                code=DefectCode.NOT_UTF8,
                message=(
                    f"{count} line{'s' if count > 1 else ''} of the story "
                    f"{'are' if count > 1 else 'is'} not UTF-8 and "
                    f"{'were' if count > 1 else 'was'} read as cp1252 or Latin-1"
                ),
                span=(offset, offset + 1),
            ),
        )
    return Story(text, start, defects)


def _decoded_lines(stream: IO[bytes] | IO[str]) -> Iterator[tuple[str, int | None]]:
    """Yield each line of ``stream`` as text, and where it stopped being UTF-8 (or None)."""
    first = True
    for raw in stream:
        if isinstance(raw, str):
            yield raw, None
            continue
        if first:
            first = False
            if raw.startswith(b"\xef\xbb\xbf"):  # the byte order mark is no text
                raw = raw[3:]  # noqa: PLW2901
        if b"\r" in raw and raw.find(b"\r") < len(raw) - 2:
            for piece in raw.splitlines(keepends=True):  # lone CRs break lines too
                yield _decode(piece)
        else:
            yield _decode(raw)


def _decode(raw: bytes) -> tuple[str, int | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        column = len(raw[: error.start].decode("utf-8"))
    try:
        return raw.decode("cp1252"), column
    except UnicodeDecodeError:
        return raw.decode("latin-1"), column


def _open(source: Source) -> IO[bytes] | IO[str]:
    """Open ``source`` for reading lines; the caller closes what this returns."""
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return io.StringIO(source, newline="")
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        opener = _OPENERS.get(path.suffix.lower())
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

    def __iter__(self) -> Iterator[bytes | str]:  # type: ignore[override]
        return iter(self._stream)
