"""Parse many files of stories, in order, in this process or across several.

This is the engine of ``wireparse parse``. The main process finds the input files, reads them
and splits them into stories, which is cheap; the parse, which is not, runs in batches of
stories, either in the main process or in a pool of worker processes. Batches are written in
the order they were read, and only a few are in flight at a time, so memory stays bounded
however large the input is.

Each story becomes an :class:`Outcome`: the JSON line to write, or the diagnostic to print
instead (``FILE:LINE:COLUMN: MESSAGE [code]``), with the story's defect codes for the summary.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import fnmatch
import io
import json
import lzma
import os
import signal
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol, TextIO, Union, cast

import attrs
import regex

from . import dialects
from ._errors import ParseError, check
from ._json import to_dict
from ._models import Defect
from ._parser import Parser
from ._stream import OPENERS, iter_stories
from .dialects import Dialect

BATCH_STORIES = 200
"""Stories in one batch sent to a worker: enough that the transfer does not dominate."""

BATCH_CHARS = 4_000_000
"""Characters in one batch, at most (but a batch holds at least one story), so that a few
very long stories do not make a batch large."""

STDIN = "-"
"""The name that stands for standard input on the command line."""

STDIN_SHOWN = "<stdin>"
"""How standard input is named in diagnostics and in the ``"file"`` key."""

READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)
"""What reading a file may raise: I/O errors, and damaged or truncated compressed data."""

StoryData = tuple[str, int, tuple[Defect, ...]]
"""One story as sent to a worker: its text, its start line and the defects found reading it."""


# -- The input files ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Input:
    """One input of the run: a file, standard input, or a folder that could not be listed.

    Attributes:
        name: How the input is named in the output and in diagnostics.
        path: The file to read, or None for standard input.
        error: Why the input cannot be read at all (a folder that cannot be listed), or None.
    """

    name: str
    path: Path | None
    error: str | None = None


def find_inputs(arguments: Sequence[str], pattern: str | None = None) -> list[Input]:
    """Turn the paths of the command line into the files to read, in order.

    A folder stands for the files below it, at any depth, in sorted order of their paths, each
    folder's entries by name; files and folders whose name starts with a dot are skipped, and so
    are links to folders (which could loop). ``pattern`` keeps only the files found in folders
    whose name matches it (``fnmatch`` rules, such as ``'*.txt'``); files named on the command
    line are always read. ``-`` is standard input. A path that does not exist is kept: reading
    it reports the error.
    """
    found: list[Input] = []
    for argument in arguments:
        if argument == STDIN:
            found.append(Input(name=STDIN_SHOWN, path=None))
        elif Path(argument).is_dir():
            found.extend(_walk(Path(argument), pattern))
        else:
            found.append(Input(name=argument, path=Path(argument)))
    return found


def _walk(folder: Path, pattern: str | None) -> Iterator[Input]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Input(name=str(folder), path=folder, error=_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False  # the file's read will report what is wrong with it
        if is_folder:
            yield from _walk(path, pattern)
        elif (not entry.is_symlink() or not path.is_dir()) and (
            pattern is None or fnmatch.fnmatch(entry.name, pattern)
        ):
            yield Input(name=str(path), path=path)


def _reason(error: BaseException) -> str:
    """The words of an error, without Python's ``[Errno 2]`` prefix where there is one."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class ByteStream(Protocol):
    """A binary stream as read here: by blocks, then closed."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


def _open(source: Input, stdin: ByteStream) -> ByteStream:
    """Open ``source`` as bytes, decompressed by its extension; the caller closes it."""
    if source.path is None:
        return _Unclosed(stdin)
    opener = OPENERS.get(source.path.suffix.lower())
    return opener(source.path) if opener is not None else source.path.open("rb")


class _Unclosed(io.RawIOBase):
    """Standard input, read through but left open for whoever owns it."""

    def __init__(self, stream: ByteStream) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._stream.read(-1 if size is None else size)


class CountingReader(io.RawIOBase):
    """A binary stream that counts the bytes and line breaks read through it.

    Attributes:
        lines: The line feeds read so far: the line being read is ``lines + 1``.
        bytes: The bytes read so far (of the decompressed text).
    """

    def __init__(self, stream: ByteStream) -> None:
        super().__init__()
        self._stream = stream
        self.lines = 0
        self.bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self._stream.read(-1 if size is None else size)
        self.lines += data.count(b"\n")
        self.bytes += len(data)
        return data


# -- The parse of a batch (in a worker) ---------------------------------------------------------


@attrs.frozen(kw_only=True)
class Options:
    """How each story is parsed and written.

    Attributes:
        dialect: The registered dialect's name, or None for the default.
        strict: Print a defective story's first defect instead of writing the story.
        pretty: Indent the JSON.
    """

    dialect: str | None = None
    strict: bool = False
    pretty: bool = False


class Outcome(NamedTuple):
    """What became of one story.

    Attributes:
        line: The JSON text to write (without the final line break), or None.
        diagnostic: The line to print on stderr instead, or None.
        codes: The codes of the story's defects, each once, in the order found.
    """

    line: str | None
    diagnostic: str | None
    codes: tuple[str, ...]


_PARSER = Parser()


def parse_batch(name: str, stories: Sequence[StoryData], options: Options) -> list[Outcome]:
    """Parse each story of a batch read from the input ``name``.

    This runs in a worker process: it takes and returns only plain, picklable values.
    """
    chosen = dialects.resolve(options.dialect)
    return [_outcome(name, story, chosen, options) for story in stories]


def _outcome(name: str, story: StoryData, dialect: Dialect, options: Options) -> Outcome:
    text, start_line, defects = story
    try:
        article = _PARSER._read(text, dialect, None, start_line=start_line, defects=defects)
    except Exception as error:  # a bug in the parse: say where, and go on with the next story
        return Outcome(
            None,
            f"{name}:{start_line}:1: cannot parse the story: {type(error).__name__}: {error}"
            " (this is a bug in wireparse)",
            ("parse-error",),
        )
    codes = tuple(dict.fromkeys(defect.code.value for defect in article.defects))
    try:
        check(article, strict=options.strict)
    except ParseError as error:
        defect = error.defect
        message = f"{name}:{error.line}:{error.column}: {defect.message} [{defect.code.value}]"
        return Outcome(None, message, codes)
    return Outcome(dumps({"file": name, **to_dict(article)}, pretty=options.pretty), None, codes)


# An indented span, "[\n    12,\n    40\n  ]", to be put back on one line. JSON strings
# escape their line breaks, so this can only match the layout json.dumps wrote.
_INDENTED_SPAN = regex.compile(r"\[\n\s++(\d++),\n\s++(\d++)\n\s*+\]")


def dumps(data: dict[str, Any], *, pretty: bool) -> str:
    """Write ``data`` as JSON, non-ASCII as is; ``pretty`` indents it, spans kept on one line."""
    if not pretty:
        return json.dumps(data, ensure_ascii=False)
    return _INDENTED_SPAN.sub(r"[\1, \2]", json.dumps(data, ensure_ascii=False, indent=2))


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the main process, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- The run ------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class Totals:
    """What a run has done so far: the figures of the summary and of the progress line.

    Attributes:
        files: Inputs read or tried.
        unreadable: Inputs that could not be read, or not to the end.
        stories: Stories parsed.
        clean: Stories without a defect.
        written: Stories written.
        failed: Stories not written: strict mode met a defect, or the parse failed.
        bytes: Bytes read (of text, after decompression).
        by_code: Stories with a defect of each code.
    """

    files: int = 0
    unreadable: int = 0
    stories: int = 0
    clean: int = 0
    written: int = 0
    failed: int = 0
    bytes: int = 0
    by_code: collections.Counter[str] = attrs.field(factory=collections.Counter)


class _Note(NamedTuple):
    """A diagnostic about an input that is not a story's: it cannot be read."""

    message: str


_Task = Union["Future[list[Outcome]]", _Note]


class Reporter:
    """Where the run writes: the JSON lines, the diagnostics, and an optional progress line.

    Args:
        out: Receives the JSON lines.
        err: Receives the diagnostics, and the progress line if ``progress`` is true.
        progress: Redraw a progress line on ``err`` as the run goes.
        interval: Seconds between two redraws of the progress line, at least.
        clock: Tells the time in seconds (``time.monotonic``; replaceable in tests).
    """

    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        *,
        progress: bool = False,
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.out = out
        self.err = err
        self.totals = Totals()
        self._progress = progress
        self._interval = interval
        self._clock = clock
        self._began = clock()
        self._drawn_at: float | None = None
        self._width = 0

    @property
    def seconds(self) -> float:
        """Seconds since the reporter was made."""
        return self._clock() - self._began

    def story(self, outcome: Outcome) -> None:
        """Write one story's JSON line, or print its diagnostic, and count it."""
        totals = self.totals
        totals.stories += 1
        totals.by_code.update(outcome.codes)
        if not outcome.codes:
            totals.clean += 1
        if outcome.line is not None:
            self.out.write(outcome.line)
            self.out.write("\n")
            totals.written += 1
        if outcome.diagnostic is not None:
            totals.failed += 1
            self.diagnostic(outcome.diagnostic)

    def diagnostic(self, message: str) -> None:
        """Print a line on stderr, out of the progress line's way."""
        self.clear()
        self.err.write(message + "\n")

    def tick(self) -> None:
        """Redraw the progress line, if it is on and was not drawn too recently."""
        if not self._progress:
            return
        now = self._clock()
        if self._drawn_at is not None and now - self._drawn_at < self._interval:
            return
        self._drawn_at = now
        totals = self.totals
        megabytes = totals.bytes / 1e6
        elapsed = max(now - self._began, 1e-9)
        line = (
            f"{totals.stories:,} stories, {megabytes:,.1f} MB, {megabytes / elapsed:,.1f} MB/s,"
            f" {totals.stories - totals.clean:,} with defects"
        )
        self.err.write("\r" + line.ljust(self._width))
        self.err.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Erase the progress line, if one is drawn."""
        if self._width:
            self.err.write("\r" + " " * self._width + "\r")
            self.err.flush()
            self._width = 0
            self._drawn_at = None

    def summary(self) -> None:
        """Print what the run did on stderr: files, stories, bytes, time, defects by code."""
        self.clear()
        totals = self.totals
        unreadable = f" ({totals.unreadable} unreadable)" if totals.unreadable else ""
        lines = [
            f"files: {totals.files}{unreadable}",
            f"stories: {totals.stories} ({totals.written} written)",
            f"bytes: {totals.bytes}",
            f"seconds: {self.seconds:.2f}",
            f"stories without defects: {totals.clean}",
        ]
        lines += [f"stories with {code}: {n}" for code, n in sorted(totals.by_code.items())]
        self.err.write("".join(line + "\n" for line in lines))


_Submit = Callable[[str, list[StoryData], Options], "Future[list[Outcome]]"]
"""Starts the parse of a batch of stories read from a named input."""


def run(
    inputs: Iterable[Input],
    options: Options,
    reporter: Reporter,
    *,
    jobs: int = 1,
    stdin: ByteStream | None = None,
) -> Totals:
    """Parse every story of ``inputs`` and report each, in order.

    Args:
        inputs: The files to read, from :func:`find_inputs`.
        options: How to parse and write each story.
        reporter: Where the output and diagnostics go.
        jobs: Processes that parse: 1 parses in this process, more start a pool of that many.
        stdin: What ``-`` reads (default: ``sys.stdin.buffer``).

    Returns:
        The totals of the run. The run never stops on a story or a file: a file that cannot
        be read is reported as ``FILE:LINE:1: cannot read: REASON``, where LINE is the first
        line not read, and the run goes on with the next one.
    """
    stdin = stdin if stdin is not None else sys.stdin.buffer
    if jobs <= 1:
        for task in _tasks(inputs, options, reporter.totals, stdin, _parse_here):
            _report(task, reporter)
        return reporter.totals
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)

    def submit(name: str, stories: list[StoryData], options: Options) -> Future[list[Outcome]]:
        return pool.submit(parse_batch, name, stories, options)

    finished = False
    try:
        pending: collections.deque[_Task] = collections.deque()
        for task in _tasks(inputs, options, reporter.totals, stdin, submit):
            pending.append(task)
            while len(pending) > 2 * jobs:  # a few batches ahead of the writer, no more
                _report(pending.popleft(), reporter)
        while pending:
            _report(pending.popleft(), reporter)
        finished = True
    finally:
        pool.shutdown(wait=True, cancel_futures=not finished)
    return reporter.totals


def _parse_here(name: str, stories: list[StoryData], options: Options) -> Future[list[Outcome]]:
    """Parse a batch in this process, at once."""
    future: Future[list[Outcome]] = Future()
    future.set_result(parse_batch(name, stories, options))
    return future


def _report(task: _Task, reporter: Reporter) -> None:
    if isinstance(task, _Note):
        reporter.diagnostic(task.message)
        return
    for outcome in task.result():
        reporter.story(outcome)
    reporter.tick()


def _tasks(
    inputs: Iterable[Input], options: Options, totals: Totals, stdin: ByteStream, submit: _Submit
) -> Iterator[_Task]:
    """Read each input, split it into batches of stories and submit them, in order.

    Yields each batch's future, and a note for each input that cannot be read. Counts the
    files, the unreadable ones and the bytes read into ``totals`` as it goes.
    """
    for source in inputs:
        totals.files += 1
        if source.error is not None:
            totals.unreadable += 1
            yield _Note(f"{source.name}:1:1: cannot read: {source.error}")
            continue
        try:
            stream = _open(source, stdin)
        except READ_ERRORS as error:
            totals.unreadable += 1
            yield _Note(f"{source.name}:1:1: cannot read: {_reason(error)}")
            continue
        read_before = totals.bytes
        with contextlib.closing(stream):
            counted = CountingReader(stream)
            batch: list[StoryData] = []
            size = 0
            try:
                for story in iter_stories(cast("IO[bytes]", counted), options.dialect):
                    batch.append((story.text, story.start_line, story.defects))
                    size += len(story.text)
                    if len(batch) >= BATCH_STORIES or size >= BATCH_CHARS:
                        totals.bytes = read_before + counted.bytes
                        yield submit(source.name, batch, options)
                        batch, size = [], 0
            except READ_ERRORS as error:
                totals.unreadable += 1
                failure: _Note | None = _Note(
                    f"{source.name}:{counted.lines + 1}:1: cannot read: {_reason(error)}"
                )
            else:
                failure = None
            totals.bytes = read_before + counted.bytes
            if batch:
                yield submit(source.name, batch, options)
            if failure is not None:
                yield failure
