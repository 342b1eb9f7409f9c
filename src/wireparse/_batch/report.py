"""What a run writes: the JSON lines, the diagnostics, the progress line and the summary.

A story's JSON line is written straight from its article by :func:`wireparse._json.json_members`
(orjson escaping the long strings when it is installed), as ``json.dumps`` writes
:func:`~wireparse.to_dict`'s dict, byte for byte, without building that dict; ``--pretty``
output, for people to read, goes through the dict and the standard library's encoder
(:func:`dumps`). A line is UTF-8 bytes from the start: a worker process sends those, and the
writer puts them on the output's byte stream, so that no line is encoded or decoded again on
its way out.
"""

from __future__ import annotations

import collections
import functools
import io
import json
import time
from collections.abc import Callable, Collection
from typing import Any, NamedTuple, TextIO

import attrs
import regex

from .._json import json_date, json_members, json_string, to_dict
from .._models import Article
from .._parser import parse
from .._story import DocumentKeys


class Outcome(NamedTuple):
    """What became of one story.

    Attributes:
        line: The JSON line to write, line break included, as UTF-8 bytes; or None.
        diagnostics: The lines to print on stderr instead, each without its line break.
        codes: The codes of the story's defects, each once, in the order found.
    """

    line: bytes | None
    diagnostics: tuple[str, ...]
    codes: tuple[str, ...]


@functools.cache
def fields() -> tuple[str, ...]:
    """The keys of an article's JSON object, in the order :func:`~wireparse.to_dict` writes
    them (``"file"`` aside): the names ``--fields`` takes."""
    return tuple(to_dict(parse("")))


def article_json(
    name: str,
    article: Article,
    *,
    kept: Collection[str] | None,
    pretty: bool,
    document: DocumentKeys | None = None,
) -> bytes:
    """The JSON line of one story, line break included, as UTF-8: ``"file"``, for a corpus
    document its ``"id"``, ``"date"`` and ``"type"``, then the keys of ``to_dict`` that are
    ``kept`` (all of them for None), in ``to_dict``'s order.

    The text is ``json.dumps``'s with non-ASCII as is (see :func:`dumps`), but for the line
    separators U+0085, U+2028 and U+2029, escaped. A lone surrogate, which no input read from
    bytes gives but a file name or a ``str`` given to :func:`wireparse.parse` may hold, is
    written as its JSON escape (``\\udc80``), so that the line is UTF-8 and reads back the same.
    """
    if pretty:
        data = to_dict(article)
        if kept is not None:
            data = {key: value for key, value in data.items() if key in kept}
        head: dict[str, Any] = {"file": name}
        if document is not None:
            date = document.date.isoformat() if document.date is not None else None
            head.update(id=document.id, date=date, type=document.type)
        head.update(data)
        text = dumps(head, pretty=True, ascii_text=article.text.isascii()) + "\n"
    else:
        text = f'{{"file": {json_string(name)}'
        if document is not None:
            text += (
                f', "id": {json_string(document.id)}, "date": {json_date(document.date)},'
                f' "type": {json_string(document.type)}'
            )
        members = json_members(article, kept)
        text = _line_breaks_escaped(f"{text}, {members}}}\n" if members else text + "}\n")
    return text.encode("utf-8", "backslashreplace")


# An indented span, "[\n    12,\n    40\n  ]", to be put back on one line. JSON strings
# escape their line breaks, so this can only match the layout json.dumps wrote.
_INDENTED_SPAN = regex.compile(r"\[\n\s++(\d++),\n\s++(\d++)\n\s*+\]")

# The characters that str.splitlines() breaks a line at and json.dumps leaves as they are
# (it escapes the others, below U+0020): escaped, so that one object stays on one line for any
# reader of lines. Outside strings JSON has no such character, so this touches strings only.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _line_breaks_escaped(text: str) -> str:
    """JSON ``text`` with its characters U+0085, U+2028 and U+2029 escaped."""
    if not text.isascii() and ("\x85" in text or "\u2028" in text or "\u2029" in text):
        return text.translate(_LINE_BREAKS)
    return text


# The standard library's encoders, made once. The data comes from the models, which hold no
# reference cycles, so there is no need to look for one. Its ASCII encoder is the faster of the
# two, and for ASCII strings both write the same text: see dumps.
_UNICODE = json.JSONEncoder(ensure_ascii=False, check_circular=False)
_UNICODE_PRETTY = json.JSONEncoder(ensure_ascii=False, check_circular=False, indent=2)
_ASCII = json.JSONEncoder(check_circular=False)
_ASCII_PRETTY = json.JSONEncoder(check_circular=False, indent=2)


def dumps(data: dict[str, Any], *, pretty: bool, ascii_text: bool = False) -> str:
    """Write ``data`` as JSON, non-ASCII as is but for the line separators U+0085, U+2028 and
    U+2029, which are escaped; ``pretty`` indents it, spans kept on one line.

    ``ascii_text`` says that the strings of ``data`` are likely all ASCII (a story's text is):
    it is then written with the ASCII encoder first, which escapes any other character as
    ``\\uXXXX``. A text without ``\\u`` had no such character, so it is what the other
    encoder writes; with one, ``data`` is written again by the other encoder. Either way the
    text is the same.
    """
    text = None
    if ascii_text:
        text = (_ASCII_PRETTY if pretty else _ASCII).encode(data)
        if "\\u" in text:
            text = None
    if text is None:
        text = _line_breaks_escaped((_UNICODE_PRETTY if pretty else _UNICODE).encode(data))
    return _INDENTED_SPAN.sub(r"[\1, \2]", text) if pretty else text


@attrs.define(kw_only=True)
class Totals:
    """What a run has done so far: the figures of the summary and of the progress line.

    Attributes:
        files: Inputs read or tried (a folder with nothing to read counts as one).
        unreadable: Inputs that could not be read, or not to the end.
        empty: Inputs that gave no story: empty files, folders with no file to read.
        skipped: Files met in folders and not read, as they are not regular files.
        stories: Stories parsed.
        clean: Stories without a defect.
        written: Stories written.
        failed: Stories not written: strict mode met a defect, or the parse failed.
        bytes: Bytes read (of text, after decompression).
        by_code: Stories with a defect of each code.
    """

    files: int = 0
    unreadable: int = 0
    empty: int = 0
    skipped: int = 0
    stories: int = 0
    clean: int = 0
    written: int = 0
    failed: int = 0
    bytes: int = 0
    by_code: collections.Counter[str] = attrs.field(factory=collections.Counter)


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
        # The lines are UTF-8 bytes: written to the byte stream under ``out`` when it has one
        # (a file, stdout), after what ``out`` holds back; decoded for a text-only stream.
        binary = getattr(out, "buffer", None)
        self._binary: io.BufferedIOBase | None = None
        if isinstance(binary, io.BufferedIOBase):
            out.flush()
            self._binary = binary
        self._flush_lines = bool(getattr(out, "line_buffering", False))
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
        """Write one story's JSON line, or print its diagnostics, and count it."""
        totals = self.totals
        totals.stories += 1
        totals.by_code.update(outcome.codes)
        if not outcome.codes:
            totals.clean += 1
        if outcome.line is not None:
            if self._binary is None:
                self.out.write(outcome.line.decode("utf-8"))
            else:
                self._binary.write(outcome.line)
                if self._flush_lines:  # a terminal: each line shown as it is written
                    self._binary.flush()
            totals.written += 1
        else:
            totals.failed += 1
        for diagnostic in outcome.diagnostics:
            self.diagnostic(diagnostic)

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
        notes = [
            f"{n} {what}"
            for n, what in (
                (totals.unreadable, "unreadable"),
                (totals.empty, "empty"),
                (totals.skipped, "skipped"),
            )
            if n
        ]
        lines = [
            f"files: {totals.files}" + (f" ({', '.join(notes)})" if notes else ""),
            f"stories: {totals.stories} ({totals.written} written)",
            f"bytes: {totals.bytes}",
            f"seconds: {self.seconds:.2f}",
            f"stories without defects: {totals.clean}",
        ]
        lines += [f"stories with {code}: {n}" for code, n in sorted(totals.by_code.items())]
        self.err.write("".join(line + "\n" for line in lines))
