"""Reading: a path or a stream in, decoded text out, the same way for every entry point.

Every reader of wireparse (:func:`~wireparse.iter_articles`, the corpus readers, ``wireparse
parse``, ``wireparse show`` and :mod:`wireparse.bag`) takes its text from here, in three steps:

1. :func:`open_source` opens a path, or borrows a caller's stream (which is left open);
2. the bytes are decompressed when they start with the magic number of gzip, bzip2, xz or
   Zstandard, whatever the file is called;
3. :func:`text_chunks` decodes them a block of whole lines at a time: UTF-8, a byte order mark
   dropped, and a line that is not UTF-8 read as cp1252 (as Windows wrote Western text), or as
   Latin-1 where cp1252 has no character for one of its bytes, so that no byte is lost. Where
   that happened is said with each block, for the reader to report.

A compressed file that is cut short (a download that stopped) or damaged gives every byte
decoded before the damage; the last :class:`Chunk` then says what was wrong in its ``cut``, and
the reader reports it. Nothing raises for it.
"""

from __future__ import annotations

import bisect
import bz2
import contextlib
import io
import lzma
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NamedTuple, TypeVar, Union

import regex

Source = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]
"""What the readers accept: a path (``str`` or path-like), or a binary or text stream."""

T = TypeVar("T")

CHUNK = 1 << 20
"""How many bytes (or characters) are read at a time."""

# A line break as text mode reads them: CRLF, a lone CR or LF.
_LINE_BREAKS = regex.compile(r"\r\n|\r|\n")

_BLOCK = 1 << 16
"""How many compressed bytes are fed to a decompressor at a time; also the most it gives back
for one call, so that a small block of highly compressed data cannot fill the memory."""


class Chunk(NamedTuple):
    """A piece of decoded text: whole lines, but maybe the last.

    Attributes:
        text: The text.
        bad: For each line that was not UTF-8, the offset in ``text`` of its first character
            that was not.
        cut: None, or why the source ends here although its data does not: a compressed file
            cut short or damaged. Set on the last chunk only.
    """

    text: str
    bad: list[int]
    cut: str | None = None


class Opened(NamedTuple):
    """A source opened for reading.

    Attributes:
        name: The path as given, the stream's ``name`` when it is a string, or ``"<stream>"``.
        stream: Binary (decompressed) or text; read it with :func:`text_chunks`. It counts
            what is read through it.
    """

    name: str
    stream: Counting


class Counting(io.RawIOBase):
    """A stream that counts what is read through it: for progress lines and summaries, and
    to say at which line a read failed.

    Attributes:
        read_size: The bytes (of a text stream: the characters) read so far, decompressed.
        lines: The line feeds read so far: the line being read is ``lines + 1``.
        cut: Why the data ended early (see :class:`Chunk`), once it has; else None.
    """

    def __init__(self, stream: IO[bytes] | IO[str]) -> None:
        super().__init__()
        self._stream = stream
        self._feed: Any = b"\n"
        self.read_size = 0
        self.lines = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> Any:
        data = self._stream.read(-1 if size is None else size)
        if isinstance(data, str):
            self._feed = "\n"
        self.read_size += len(data)
        self.lines += data.count(self._feed)
        return data

    @property
    def cut(self) -> str | None:
        return getattr(self._stream, "cut", None)


def source_name(source: object) -> str:
    """How ``source`` is named in messages: its path, its ``name``, or ``"<stream>"``."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    named = getattr(source, "name", None)
    return named if isinstance(named, str) else "<stream>"


def check_source(source: object) -> None:
    """Raise at once when ``source`` is neither a path nor a stream open for reading.

    Raises:
        TypeError: ``source`` is bytes, a number, or anything without ``read``.
    """
    if isinstance(source, (str, os.PathLike)):
        return
    if not callable(getattr(source, "read", None)):
        raise TypeError(
            "expected a path (str or os.PathLike) or a stream open for reading, "
            f"not {type(source).__name__}"
        )


@contextlib.contextmanager
def open_source(source: Source) -> Iterator[Opened]:
    """Open ``source``, decompressed when its bytes say so; close it after, unless borrowed.

    A path is opened without blocking on a named pipe that has no writer (the read then ends
    at once) and closed afterwards. A caller's stream is read as it is and left open: a binary
    one is decompressed like a file, a text one is taken as text.

    Raises:
        TypeError: ``source`` is neither a path nor a stream.
        OSError: The path cannot be opened.
    """
    check_source(source)
    name = source_name(source)
    if isinstance(source, (str, os.PathLike)):
        with _open_path(os.fspath(source)) as file:
            yield Opened(name, Counting(_decompressed(file)))
        return
    if isinstance(source, io.TextIOBase) or isinstance(source.read(0), str):
        yield Opened(name, Counting(source))
        return
    yield Opened(name, Counting(_decompressed(source)))  # type: ignore[arg-type]


def read_source(source: Source, read: Callable[[str, Iterator[Chunk]], Iterator[T]]) -> Iterator[T]:
    """Yield what ``read`` makes of the decoded text of ``source``, given its name and chunks;
    the source is opened as :func:`open_source` opens it, and closed (unless borrowed) after."""
    with open_source(source) as opened:
        yield from read(opened.name, text_chunks(opened.stream))


def _open_path(path: str) -> IO[bytes]:
    """Open a file for reading bytes; a named pipe without a writer does not block the open.

    ``O_NONBLOCK`` lets the open of a FIFO return at once, and is then cleared, so that reads
    wait for a writer that is there and end at once when none is.
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | nonblocking)
    try:
        if nonblocking and sys.platform != "win32":
            import fcntl  # noqa: PLC0415 - POSIX only

            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
            fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~nonblocking)
        return open(fd, "rb")  # noqa: PTH123 - a descriptor; the caller closes it
    except BaseException:
        os.close(fd)
        raise


# -- Decompression ------------------------------------------------------------------------------


def _zstd() -> Callable[[], Any] | None:
    """A maker of Zstandard decompressors: Python's own (3.14), or the ``zstandard`` package's."""
    try:
        from compression import zstd  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:
        pass
    else:
        return zstd.ZstdDecompressor  # type: ignore[no-any-return, unused-ignore]
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:
        return None
    return lambda: _ZstandardFrame(zstandard.ZstdDecompressor().decompressobj())


class _ZstandardFrame:
    """The ``zstandard`` package's decompressor for one frame, with the standard library's
    interface: ``decompress(data, max_length)``, ``eof``, ``unused_data``."""

    def __init__(self, decompressor: Any) -> None:
        self._decompressor = decompressor

    def decompress(self, data: bytes, max_length: int = -1) -> bytes:
        try:
            return self._decompressor.decompress(data)  # type: ignore[no-any-return]
        except Exception as error:  # zstandard.ZstdError: damaged data, as ValueError says
            raise ValueError(str(error)) from error

    @property
    def eof(self) -> bool:
        return bool(self._decompressor.eof)

    @property
    def unused_data(self) -> bytes:
        return self._decompressor.unused_data  # type: ignore[no-any-return]


# Each format: its magic number, its name in messages, and a maker of a decompressor for one
# stream of it (gzip: one member); several in a row are read one after another, as gzip, bzip2
# and xz read concatenated files.
_FORMATS: tuple[tuple[bytes, str, Callable[[], Any] | None], ...] = (
    (b"\x1f\x8b", "gzip", lambda: zlib.decompressobj(16 + zlib.MAX_WBITS)),
    (b"BZh", "bzip2", bz2.BZ2Decompressor),
    (b"\xfd7zXZ\x00", "xz", lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ)),
    (b"\x28\xb5\x2f\xfd", "zstd", None),  # the maker is looked up when one is met
)
_MAGIC = max(len(magic) for magic, _, _ in _FORMATS)


def _decompressed(stream: IO[bytes]) -> IO[bytes]:
    """``stream`` as it is, or decompressed when it starts with a known magic number."""
    head, taken = _head(stream)
    source: Any = _Prefixed(head, stream) if taken else stream
    for magic, kind, known in _FORMATS:
        if head.startswith(magic):
            make = known if known is not None else _zstd()
            if make is None:
                raise OSError(
                    "the data is Zstandard-compressed, which needs Python 3.14 or the"
                    " 'zstandard' package: pip install 'wireparse[zstd]'"
                )
            return _Decompressing(source, kind, make)  # type: ignore[return-value]
    return source  # type: ignore[no-any-return]


def _head(stream: IO[bytes]) -> tuple[bytes, bool]:
    """The first bytes of ``stream``, and whether they were taken from it (not peeked at)."""
    peek = getattr(stream, "peek", None)
    if callable(peek):
        return bytes(peek(_MAGIC)[:_MAGIC]), False
    head = b""
    while len(head) < _MAGIC:  # a pipe may give fewer bytes than asked for
        more = stream.read(_MAGIC - len(head))
        if not more:
            break
        head += more
    return head, True


class _Prefixed(io.RawIOBase):
    """A caller's stream with the bytes already taken from it given back first.

    Closing it leaves the caller's stream open.
    """

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            if size is None or size < 0:
                return head + self._stream.read()
            return head + self._stream.read(size - len(head)) if size > len(head) else head
        return self._stream.read(-1 if size is None else size)


class _Decompressing(io.RawIOBase):
    """Decompressed data, read through a decompressor object fed a block at a time.

    Unlike :mod:`gzip` and its kin, a read returns what was decoded before the data ends short
    or turns bad; the reason is kept in :attr:`cut`, and reading then ends. Closing it leaves
    the stream it reads open (the opener closes that).
    """

    def __init__(self, raw: IO[bytes], kind: str, make: Callable[[], Any]) -> None:
        super().__init__()
        self._raw = raw
        self._kind = kind
        self._make = make
        self._decompressor = make()
        self._input = b""  # compressed bytes not yet given to the decompressor
        self._started = False  # the current stream of the format has had data
        self._done = False
        self._position = 0  # compressed bytes read
        self.cut: str | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        wanted = CHUNK if size is None or size < 0 else size
        pieces: list[bytes] = []
        got = 0
        while got < wanted and not self._done:
            piece = self._step(min(_BLOCK, wanted - got))
            pieces.append(piece)
            got += len(piece)
        return b"".join(pieces)

    def _step(self, limit: int) -> bytes:
        """Decompress up to ``limit`` bytes, or end the reading, saying why if it must."""
        decompressor = self._decompressor
        if not self._input and _needs_input(decompressor):
            self._input = self._raw.read(_BLOCK)
            self._position += len(self._input)
            if not self._input:
                self._done = True
                if self._started:
                    self.cut = f"the {self._kind} data ends before its end mark: the file is cut"
                return b""
        if not self._started and not self._input.strip(b"\x00"):
            self._input = b""  # zeros after a stream: padding, as tape and block devices add
            return b""
        self._started = True
        try:
            if isinstance(decompressor, _ZLIB):
                out: bytes = decompressor.decompress(self._input, limit)
                self._input = decompressor.unconsumed_tail
            else:
                out = decompressor.decompress(self._input, max_length=limit)
                self._input = b""
        except (OSError, EOFError, ValueError, lzma.LZMAError, zlib.error) as error:
            self._done = True
            self.cut = (
                f"the {self._kind} data is damaged before byte {self._position:,} ({error}):"
                " the rest of the file is not read"
            )
            return b""
        if decompressor.eof:  # one stream ended; another may follow, as in `cat a.gz b.gz`
            self._input = decompressor.unused_data  # zlib's unconsumed_tail holds them too
            self._decompressor = self._make()
            self._started = False
        return out


_ZLIB = type(zlib.decompressobj())


def _needs_input(decompressor: Any) -> bool:
    """Whether the decompressor has given out all it holds and wants more compressed bytes."""
    needs = getattr(decompressor, "needs_input", None)
    return True if needs is None else bool(needs)


# -- Decoding -----------------------------------------------------------------------------------


def text_chunks(stream: IO[bytes] | IO[str] | Counting) -> Iterator[Chunk]:
    """Yield the text of ``stream`` in pieces of whole lines, with where bytes were not UTF-8.

    A piece ends after a line break (or at the end of the stream); a CR ending a piece is
    kept for the next one, in case the LF of a CRLF follows it there. A stream that is cut
    short (see the module's documentation) ends with a chunk that says so.
    """
    pending: list[bytes | str] = []
    first = True
    while True:
        data = stream.read(CHUNK)
        if not data:
            break
        if first and isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # the byte order mark is no text
        elif first and isinstance(data, str) and data.startswith("\ufeff"):
            data = data[1:]
        first = False
        cut = _last_break(data)
        if cut < 0:
            pending.append(data)
            continue
        head, tail = data[:cut], data[cut:]
        pending.append(head)
        yield decode(pending)
        pending = [tail] if tail else []
    reason = getattr(stream, "cut", None)
    if pending or reason is not None:
        last = decode(pending) if pending else Chunk("", [])
        yield last._replace(cut=reason)


def _last_break(data: bytes | str) -> int:
    """Where to cut ``data`` so that the first part ends with a whole line, or -1."""
    lf = data.rfind(b"\n" if isinstance(data, bytes) else "\n")  # type: ignore[arg-type]
    cr = data.rfind(b"\r" if isinstance(data, bytes) else "\r")  # type: ignore[arg-type]
    if cr == len(data) - 1:  # a CR at the very end: its LF may be in the next read
        cr = -1
    return max(lf, cr) + 1 if max(lf, cr) >= 0 else -1


def decode(pieces: list[bytes] | list[str] | list[bytes | str]) -> Chunk:
    """Join ``pieces`` into text: UTF-8, and line by line cp1252 or Latin-1 where that fails."""
    if isinstance(pieces[0], str):
        return Chunk("".join(pieces), [])  # type: ignore[arg-type]
    data = b"".join(pieces)  # type: ignore[arg-type]
    try:
        return Chunk(data.decode("utf-8"), [])
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
    return Chunk("".join(texts), bad)


class Lines:
    """The lines of decoded text, numbered, for readers that walk a file line by line.

    Iterating gives ``(number, line, not_utf8)`` for each line, 1-based, without its line break
    (LF, CRLF or a lone CR, as :func:`open` in text mode reads them); ``not_utf8`` tells that
    the line's bytes were not UTF-8 (see :func:`decode`). Once the iteration is over,
    :attr:`cut` says why the source ended early, if it did.
    """

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._chunks = chunks
        self.cut: str | None = None

    def __iter__(self) -> Iterator[tuple[int, str, bool]]:
        number = 0
        for text, bad, cut in self._chunks:
            self.cut = cut
            lines = text.split("\n") if "\r" not in text else _LINE_BREAKS.split(text)
            if lines and not lines[-1]:
                lines.pop()  # the chunk ends with a line break: no line after it
            if bad:
                starts = [0, *(m.end() for m in _LINE_BREAKS.finditer(text))]
                marked = {bisect.bisect_right(starts, offset) - 1 for offset in bad}
            else:
                marked = set()
            for index, line in enumerate(lines):
                number += 1
                yield number, line, index in marked
