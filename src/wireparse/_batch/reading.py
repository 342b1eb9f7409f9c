"""The two steps of a run that read text: an input's stories, and one story's parse.

:func:`read_stories` runs in the main process: it opens an input and splits it into stories.
:func:`parse_story` runs where the batch is parsed (in a worker, or in the main process with
one job): it turns one story into an :class:`~wireparse.Article`. Everything else in the
runner (finding the inputs, batching, the pool, the output) only moves their values around.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import attrs

from .. import dialects
from .._io import open_source, text_chunks
from .._models import Article
from .._parser import Parser
from .._pipeline import stories
from .._story import Story
from .._story import read as read_story
from ..dialects import Dialect

READ_ERRORS = (OSError, EOFError)
"""What reading an input may raise: I/O errors, and (raised by :func:`read_stories` once the
stories before it are out) a compressed file cut short or damaged."""


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
    name: str,
    source: Path | ByteStream,
    *,
    format: str,  # noqa: A002 - as --format
    dialect: str | None,
    count: ReadCount,
) -> Iterator[Story]:
    """Yield the stories of one input, in order, counting what is read into ``count``.

    This is :func:`wireparse.iter_articles` up to the parse: the same opener, decoder and
    container format (``format``, sniffed for ``"auto"``).

    Args:
        name: How the input is named in messages.
        source: A file, or a stream of bytes (left open).
        format: The container format, or ``"auto"``.
        dialect: The registered dialect named for the run, or None for any registered one.
        count: Receives the lines and bytes read, as they are read.

    Raises:
        OSError: The input cannot be read, or not to its end; the stories before the trouble
            were yielded.
        EOFError: The input is compressed data cut short or damaged, said once the stories
            before the cut were yielded.
    """
    chosen = None if dialect is None else dialects.resolve(dialect)
    with open_source(source) as opened:  # type: ignore[arg-type]
        stream = opened.stream
        try:
            for story in stories(name, text_chunks(stream), format=format, dialect=chosen):
                count.lines, count.bytes = stream.lines, stream.read_size
                yield story
        finally:
            count.lines, count.bytes = stream.lines, stream.read_size
        if stream.cut is not None:
            raise EOFError(stream.cut)


_PARSER = Parser()


def parse_story(story: Story, dialect: Dialect | None) -> Article:
    """Parse one story read by :func:`read_stories`, in ``dialect`` or the one detected,
    as :func:`wireparse.iter_articles` parses it."""
    return read_story(story, _PARSER, dialect=dialect)
