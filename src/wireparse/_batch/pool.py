"""Parse the stories of many inputs, in order, in this process or in a pool of workers.

The main process reads the inputs and splits them into stories, which is cheap; the parse,
which is not, runs in batches of stories, either in the main process or in a pool of worker
processes. Batches are written in the order they were read, and only a few are in flight at a
time, so memory stays bounded however large the input is.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import NamedTuple, Union, cast

import attrs

from .. import dialects
from .._errors import locate
from .._story import Story
from ..dialects import Dialect
from .inputs import Input, Kind, reason
from .reading import READ_ERRORS, ByteStream, ReadCount, parse_story, read_stories
from .report import Outcome, Reporter, Totals, article_json

BATCH_STORIES = 200
"""Stories in one batch sent to a worker: enough that the transfer does not dominate."""

BATCH_CHARS = 4_000_000
"""Characters in one batch, at most (but a batch holds at least one story), so that a few
very long stories do not make a batch large."""


@attrs.frozen(kw_only=True)
class Options:
    """How each story is parsed and written.

    Attributes:
        dialect: The registered dialect's name, or None to detect each story's.
        format: The container format of the inputs, or ``"auto"`` to sniff each one's.
        strict: Leave out a story with a defect and print each of its defects instead.
        pretty: Indent the JSON.
        fields: The keys of ``to_dict`` to write (besides ``"file"``), or None for all.
    """

    dialect: str | None = None
    format: str = "auto"
    strict: bool = False
    pretty: bool = False
    fields: frozenset[str] | None = None


class Interrupted(BaseException):
    """The run was stopped by a signal (SIGINT or SIGTERM).

    Attributes:
        signal: The signal's number.
    """

    def __init__(self, number: int) -> None:
        super().__init__(signal.Signals(number).name)
        self.signal = number


class WorkerLostError(Exception):
    """A worker process ended before its batch was parsed (killed, or out of memory)."""


# -- The parse of a batch (in a worker) ---------------------------------------------------------


def parse_batch(name: str, stories: Sequence[Story], options: Options) -> list[Outcome]:
    """Parse each story of a batch read from the input ``name``.

    This runs in a worker process: it takes and returns only plain, picklable values. Each
    story comes back as its JSON line, already UTF-8 bytes (not its article, which would cost
    more to send than to write), for the main process to write as it is.
    """
    chosen = None if options.dialect is None else dialects.resolve(options.dialect)
    return [_outcome(name, story, chosen, options) for story in stories]


def _outcome(name: str, story: Story, dialect: Dialect | None, options: Options) -> Outcome:
    try:
        article = parse_story(story, dialect)
    except Exception as error:  # a bug in the parse: say where, and go on with the next story
        message = (
            f"{name}:{story.start_line}:1: cannot parse the story: {type(error).__name__}: {error}"
            " (this is a bug in wireparse)"
        )
        return Outcome(None, (message,), ("parse-error",))
    codes = tuple(dict.fromkeys(defect.code.value for defect in article.defects))
    if options.strict and article.defects:
        diagnostics = []
        for defect in article.defects:
            line, column = locate(article, defect)
            diagnostics.append(f"{name}:{line}:{column}: {defect.message} [{defect.code.value}]")
        return Outcome(None, tuple(diagnostics), codes)
    written = article_json(
        name, article, kept=options.fields, pretty=options.pretty, document=story.document
    )
    return Outcome(written, (), codes)


def _worker_signals() -> None:
    """Leave SIGINT and SIGTERM to the main process, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


# -- The run ------------------------------------------------------------------------------------


class _Note(NamedTuple):
    """A diagnostic about an input that is not a story's."""

    message: str


_Task = Union["Future[list[Outcome]]", _Note]

_Submit = Callable[[str, list[Story], Options], "Future[list[Outcome]]"]
"""Starts the parse of a batch of stories read from a named input."""


class _Signals:
    """Turns SIGINT and SIGTERM into :class:`Interrupted`, held back while the pool's own
    machinery runs (starting a batch, shutting down), whose locks and queues an exception
    raised half-way through could leave stuck; it is raised as soon as that part is over."""

    def __init__(self) -> None:
        self.held = 0
        self.pending: int | None = None

    def handle(self, number: int, frame: FrameType | None) -> None:
        if self.held:
            if self.pending is None:
                self.pending = number
            return
        raise Interrupted(number)

    @contextlib.contextmanager
    def hold(self, *, deliver: bool = True) -> Iterator[None]:
        """Hold signals back in the block; then raise the one that came, if ``deliver``."""
        self.held += 1
        try:
            yield
        finally:
            self.held -= 1
        if deliver and not self.held and self.pending is not None:
            number, self.pending = self.pending, None
            raise Interrupted(number)


_SIGNALS = _Signals()


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted` while the block runs.

    Outside the main thread, where Python cannot set handlers, nothing is changed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.signal(number, _SIGNALS.handle) for number in numbers}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        _SIGNALS.pending = None


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
        inputs: The inputs, from :func:`~wireparse._batch.inputs.find_inputs`.
        options: How to parse and write each story.
        reporter: Where the output and diagnostics go.
        jobs: Processes that parse: 1 parses in this process, more start a pool of that many.
        stdin: What ``-`` reads (default: ``sys.stdin.buffer``).

    Returns:
        The totals of the run. The run never stops on a story or a file: a file that cannot
        be read is reported as ``FILE:LINE:1: cannot read: REASON``, where LINE is the first
        line not read, and the run goes on with the next one.

    Raises:
        WorkerLostError: A worker process ended before its work was done; the pool is shut down.
        Interrupted: A signal stopped the run (under :func:`stopped_by_signals`); the pool is
            shut down, its workers ended once their batch is parsed.
    """
    stdin = stdin if stdin is not None else sys.stdin.buffer
    if jobs <= 1:
        for task in _tasks(inputs, options, reporter.totals, stdin, _parse_here):
            _report(task, reporter)
        return reporter.totals
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_worker_signals)

    def submit(name: str, stories: list[Story], options: Options) -> Future[list[Outcome]]:
        with _SIGNALS.hold():
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
    except BrokenProcessPool as error:
        raise WorkerLostError(
            "a worker process ended before its work was done (killed, or out of memory)"
        ) from error
    finally:
        # The batches not started are dropped; those being parsed (a second or so at most)
        # are let finish, as a worker ended half-way could leave the pool's queues broken.
        with _SIGNALS.hold(deliver=False):
            pool.shutdown(wait=True, cancel_futures=not finished)
    return reporter.totals


def _parse_here(name: str, stories: list[Story], options: Options) -> Future[list[Outcome]]:
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

    Yields each batch's future, and a note for each input that cannot be read or gives no
    story. Counts the files, the unreadable, empty and skipped ones and the bytes read into
    ``totals`` as it goes.
    """
    for source in inputs:
        if source.kind is not Kind.READ:
            if source.kind is Kind.SKIPPED:
                totals.skipped += 1
            else:
                totals.files += 1
                totals.unreadable += source.kind is Kind.UNREADABLE
                totals.empty += source.kind is Kind.EMPTY
            yield _Note(source.note or source.name)
            continue
        totals.files += 1
        yield from _input_tasks(source, options, totals, stdin, submit)


def _input_tasks(
    source: Input, options: Options, totals: Totals, stdin: ByteStream, submit: _Submit
) -> Iterator[_Task]:
    """The tasks of one input to read: its batches, then a note if it could not be read to
    its end or held no story."""
    count = ReadCount()
    read_before = totals.bytes
    batch: list[Story] = []
    size = stories = 0
    failure: _Note | None = None
    readable = stdin if source.path is None else source.path
    try:
        stories_read = read_stories(
            source.name, readable, format=options.format, dialect=options.dialect, count=count
        )
        with contextlib.closing(cast("Generator[Story, None, None]", stories_read)):
            # ... so that the input is closed even if the run stops
            for story in stories_read:
                batch.append(story)
                stories += 1
                size += len(story.text)
                if len(batch) >= BATCH_STORIES or size >= BATCH_CHARS:
                    totals.bytes = read_before + count.bytes
                    yield submit(source.name, batch, options)
                    batch, size = [], 0
    except READ_ERRORS as error:
        totals.unreadable += 1
        failure = _Note(f"{source.name}:{count.lines + 1}:1: cannot read: {reason(error)}")
    totals.bytes = read_before + count.bytes
    if batch:
        yield submit(source.name, batch, options)
    if failure is not None:
        yield failure
    elif not stories:
        totals.empty += 1
        what = "the file is empty" if not count.bytes else "nothing but blank lines"
        yield _Note(f"{source.name}:1:1: no story: {what}")
