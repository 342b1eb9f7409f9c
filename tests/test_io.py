"""The one opener and decoder: compression found by content, cut files read to the cut,
streams left open, named pipes that never block, numbered lines."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import threading
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

import wireparse
from wireparse import DefectCode, ParseError, _io

STORY = "Rain in Kunming {n}\n\nKUNMING, May 6 (Xinhua) -- Rain fell on {n} farms. Enditem\n\n"
DUMP = "".join(STORY.format(n=n) for n in range(3000)).encode()


def zstd_compress() -> Callable[[bytes], bytes] | None:
    try:
        from compression import zstd  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        pass
    else:
        return zstd.compress  # type: ignore[no-any-return, unused-ignore]
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return zstandard.ZstdCompressor().compress  # type: ignore[no-any-return]


COMPRESSORS: dict[str, Callable[[bytes], bytes] | None] = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "zstd": zstd_compress(),
}


def compressor(kind: str) -> Callable[[bytes], bytes]:
    compress = COMPRESSORS[kind]
    if compress is None:
        pytest.skip("no Zstandard here: Python 3.14's compression.zstd or the zstandard package")
    return compress


def recoverable(kind: str, data: bytes) -> bytes:
    """What the standard decompressors give for the start of a compressed stream."""
    if kind == "gzip":
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data)
    if kind == "bzip2":
        return bz2.BZ2Decompressor().decompress(data)
    if kind == "xz":
        return lzma.LZMADecompressor().decompress(data)
    import zstandard  # type: ignore[import-not-found, unused-ignore]

    return zstandard.ZstdDecompressor().decompressobj().decompress(data)  # type: ignore[no-any-return]


def read_all(source: _io.Source) -> list[_io.Chunk]:
    with _io.open_source(source) as opened:
        return list(_io.text_chunks(opened.stream))


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
class TestCompression:
    def test_stream_is_decompressed(self, kind: str) -> None:
        """A binary stream of compressed data is decompressed (it was parsed as text)."""
        data = compressor(kind)(DUMP)
        articles = list(wireparse.iter_articles(io.BytesIO(data)))
        assert len(articles) == 3000
        assert articles[-1].headline is not None
        assert articles[-1].headline.text == "Rain in Kunming 2999"

    def test_path_of_any_name(self, kind: str, tmp_path: Path) -> None:
        """A file is decompressed by its content, whatever it is called."""
        path = tmp_path / "dump.txt"
        path.write_bytes(compressor(kind)(DUMP))
        assert "".join(c.text for c in read_all(path)).encode() == DUMP

    def test_concatenated_streams(self, kind: str) -> None:
        """Two compressed streams in a row (``cat a.gz b.gz``) read as one text."""
        compress = compressor(kind)
        data = compress(DUMP[:1000]) + compress(DUMP[1000:])
        assert "".join(c.text for c in read_all(io.BytesIO(data))).encode() == DUMP

    @pytest.mark.parametrize("kept", [0.3, 0.6, 0.9])
    def test_cut_file_gives_the_stories_before_the_cut(self, kind: str, kept: float) -> None:
        """Every story before the cut, the last with a ``cut`` defect; no exception. (bzip2
        decodes 900 kB blocks: what it can give before the cut is whole blocks.)"""
        data = compressor(kind)(DUMP * 4)
        cut = data[: int(len(data) * kept)]
        articles = list(wireparse.iter_articles(io.BytesIO(cut)))
        # What a one-shot decompression of the same bytes recovers: every story ended in it.
        assert len(articles) >= recoverable(kind, cut).count(b"Enditem")
        assert articles
        last = articles[-1]
        assert DefectCode.CUT in [d.code for d in last.defects]
        assert not any(DefectCode.CUT in [d.code for d in a.defects] for a in articles[:-1])
        strict: list[wireparse.Article] = []
        reading = wireparse.iter_articles(io.BytesIO(cut), strict=True, dialect="xinhua")
        with pytest.raises(ParseError):  # the cut story's first defect (the cut, or what it lacks)
            strict.extend(reading)
        assert strict == articles[:-1]

    def test_damaged_data(self, kind: str) -> None:
        """Bytes that are no compressed data after a stream end the reading, said so."""
        data = compressor(kind)(DUMP) + b"\x01not compressed data at all" * 10
        chunks = read_all(io.BytesIO(data))
        assert "".join(c.text for c in chunks).encode() == DUMP
        assert chunks[-1].cut is not None
        assert kind in chunks[-1].cut


def test_zero_padding_after_a_stream_is_no_damage() -> None:
    """Zeros after a gzip stream (as a block device pads) are no data and no damage."""
    chunks = read_all(io.BytesIO(gzip.compress(DUMP) + bytes(512)))
    assert "".join(c.text for c in chunks).encode() == DUMP
    assert chunks[-1].cut is None


def test_cut_before_any_text_is_one_empty_story() -> None:
    """A compressed file cut before its first line gives one empty story saying so."""
    data = gzip.compress(DUMP)[:12]
    [article] = wireparse.iter_articles(io.BytesIO(data))
    assert article.text == ""
    assert DefectCode.CUT in [d.code for d in article.defects]


def test_a_bomb_is_read_a_block_at_a_time() -> None:
    """A small block of compressed zeros never gives more than a read asks for."""
    data = gzip.compress(b"\n" * 50_000_000)
    with _io.open_source(io.BytesIO(data)) as opened:
        first = opened.stream.read(_io.CHUNK)
    assert len(first) <= _io.CHUNK


def test_caller_streams_are_left_open() -> None:
    """A caller's stream, binary or text, compressed or not, is read and left open."""
    for stream in (io.BytesIO(gzip.compress(DUMP)), io.BytesIO(DUMP), io.StringIO(DUMP.decode())):
        assert len(list(wireparse.iter_articles(stream))) == 3000  # type: ignore[arg-type]
        assert not stream.closed


def test_unbuffered_pipe_stream_is_sniffed(tmp_path: Path) -> None:
    """A stream without ``peek`` (a raw pipe) gives its first bytes back after the sniff."""
    read, write = os.pipe()
    data = gzip.compress(DUMP)

    def writer() -> None:
        with os.fdopen(write, "wb") as out:
            for start in range(0, len(data), 3):  # a few bytes at a time
                out.write(data[start : start + 3])
                out.flush()

    thread = threading.Thread(target=writer)
    thread.start()
    with os.fdopen(read, "rb", buffering=0) as raw:
        articles = list(wireparse.iter_articles(raw))
    thread.join()
    assert len(articles) == 3000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_without_writer_reads_as_empty(tmp_path: Path) -> None:
    """Opening a named pipe that has no writer does not wait for one: nothing to read."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(list(wireparse.iter_articles(fifo))))
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "reading the pipe blocked"
    assert result == [[]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_with_a_writer_is_read(tmp_path: Path) -> None:
    """A named pipe that has a writer is read to the writer's end."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A first reader, which reads nothing, lets the writer open its end: the pipe then has a
    # writer when the library opens it.
    holder = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        writer = fifo.open("wb")
        thread = threading.Thread(target=lambda: (writer.write(DUMP), writer.close()))
        thread.start()
        articles = list(wireparse.iter_articles(fifo))
        thread.join(timeout=20)
    finally:
        os.close(holder)
    assert len(articles) == 3000


class TestDecoding:
    def test_byte_order_marks(self) -> None:
        """A byte order mark opening bytes or text is dropped."""
        for source in (io.BytesIO(b"\xef\xbb\xbf" + DUMP), io.StringIO("\ufeff" + DUMP.decode())):
            assert "".join(c.text for c in read_all(source)).encode() == DUMP  # type: ignore[arg-type]

    def test_lines_not_utf8(self) -> None:
        """Lines that are not UTF-8 are cp1252, else Latin-1, and their offsets said."""
        data = "caf\xe9\n".encode("cp1252") + b"ok\n" + b"\x81\x93x\x94\n"
        [chunk] = read_all(io.BufferedReader(io.BytesIO(data)))  # peeked at: one read
        assert chunk.text == "caf\xe9\nok\n\x81\x93x\x94\n"
        assert chunk.bad == [3, 8]  # where the first byte that is not UTF-8 of each line was

    def test_numbered_lines(self) -> None:
        """Lines are numbered across chunks, CRLF, CR and LF alike, with their decoding."""
        data = b"one\r\ntwo\rthree\n\xe9four\nfive"
        lines = _io.Lines(read_all(io.BytesIO(data)))
        assert list(lines) == [
            (1, "one", False),
            (2, "two", False),
            (3, "three", False),
            (4, "\xe9four", True),
            (5, "five", False),
        ]
        assert lines.cut is None

    def test_small_reads_keep_crlf_whole(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A CR at the end of a read waits for its LF: no line is split in two."""
        monkeypatch.setattr(_io, "CHUNK", 4)
        lines = list(_io.Lines(read_all(io.BytesIO(b"abc\r\ndef\r\nghi"))))
        assert [line for _, line, _ in lines] == ["abc", "def", "ghi"]


def test_not_a_source() -> None:
    """Anything but a path or a stream is refused at once."""
    with pytest.raises(TypeError, match="bytes"), _io.open_source(b"data"):  # type: ignore[arg-type]
        pass
