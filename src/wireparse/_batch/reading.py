"""The two steps of a run that read text: an input's stories, and one story's parse.

:func:`read_stories` runs in the main process: it opens an input and splits it into stories.
:func:`parse_story` runs where the batch is parsed (in a worker, or in the main process with
one job): it turns one story into an :class:`~wireparse.Article`. Everything else in the
runner (finding the inputs, batching, the pool, the output) only moves their values around.
"""

from __future__ import annotations

import contextlib
import io
import lzma
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol, cast

import attrs

from .._models import Article, Defect
from .._parser import Parser
from .._stream import OPENERS, iter_stories
from ..dialects import Dialect

READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)
"""What reading a file may raise: I/O errors, and damaged or truncated compressed data."""

StoryData = tuple[str, int, tuple[Defect, ...]]
"""One story as sent to a worker: its text, its start line and the defects found reading it."""


class ByteStream(Protocol):
    """A binary stream as read here: by blocks, then closed."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


@attrs.define
class ReadCount:
    """How far the reading of one input has gone.

    Attributes:
        lines: The line feeds read so far: the line being read is ``lines + 1``.
        bytes: The bytes read so far (of the decompressed text).
    """

    lines: int = 0
    bytes: int = 0


def read_stories(
    source: Path | ByteStream, dialect: str | None, count: ReadCount
) -> Iterator[StoryData]:
    """Yield the stories of one input, in order, counting what is read into ``count``.

    Args:
        source: A file (decompressed by its extension), or a stream of bytes, left open.
        dialect: The registered dialect that says what a terminator looks like, or None.
        count: Receives the lines and bytes read, as they are read.

    Raises:
        OSError, EOFError, lzma.LZMAError, zlib.error: The input cannot be read, or not to
            its end (see ``READ_ERRORS``); the stories before the trouble were yielded.
    """
    stream = _open(source)
    with contextlib.closing(stream):
        counted = _CountingReader(stream, count)
        for story in iter_stories(cast("IO[bytes]", counted), dialect):
            yield (story.text, story.start_line, story.defects)


_PARSER = Parser()


def parse_story(story: StoryData, dialect: Dialect) -> Article:
    """Parse one story read by :func:`read_stories`, with ``dialect``."""
    text, start_line, defects = story
    return _PARSER.read(text, dialect, None, start_line=start_line, defects=defects)


def _open(source: Path | ByteStream) -> ByteStream:
    """Open ``source`` as bytes, decompressed by its extension; the caller closes it."""
    if not isinstance(source, Path):
        return _Unclosed(source)
    opener = OPENERS.get(source.suffix.lower())
    return cast("ByteStream", opener(source)) if opener is not None else source.open("rb")


class _Unclosed(io.RawIOBase):
    """A stream read through but left open for whoever owns it."""

    def __init__(self, stream: ByteStream) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._stream.read(-1 if size is None else size)


class _CountingReader(io.RawIOBase):
    """A binary stream that counts the bytes and line breaks read through it."""

    def __init__(self, stream: ByteStream, count: ReadCount) -> None:
        super().__init__()
        self._stream = stream
        self._count = count

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self._stream.read(-1 if size is None else size)
        self._count.lines += data.count(b"\n")
        self._count.bytes += len(data)
        return data
