"""The batch runner on bad input and signals: named pipes, a closed stdout, SIGTERM, SIGINT, a
worker that dies, line separators in JSON, inputs that give nothing, --strict, --fields.

Runs that could hang run in a subprocess with a timeout, so that a hang fails the test."""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from test_cli import CLEAN, dump, expected, printed, story
from wireparse import _batch
from wireparse._cli import main
from wireparse._errors import locate
from wireparse._story import DocumentKeys

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_proc = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="no /proc to find a process's children"
)


def wireparse_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "wireparse", *args]


def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` to its end, or fail the test after a minute."""
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)


def children(pid: int) -> list[int]:
    """The child processes of ``pid``, from /proc (Linux)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def wait_for(condition: Any, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


class TestNamedPipes:
    @needs_fifo
    def test_pipe_without_writer_named(self, tmp_path: Path) -> None:
        """A named pipe with no writer, named on the command line, reads as empty at once."""
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        result = run(wireparse_command("parse", str(pipe), str(CLEAN)))
        assert result.returncode == 3, result.stderr
        assert result.stderr == f"{pipe}:1:1: no story: the file is empty\n"
        assert printed(result.stdout) == expected(CLEAN)

    @needs_fifo
    def test_pipe_in_a_folder_skipped(self, tmp_path: Path) -> None:
        """A named pipe met in a folder is skipped with a note; the rest is read."""
        folder = tmp_path / "corpus"
        folder.mkdir()
        os.mkfifo(folder / "a-pipe")
        good = dump(folder / "b.txt", range(2))
        result = run(wireparse_command("parse", "--summary", str(folder)))
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()
        assert lines[0] == f"{folder / 'a-pipe'}: skipped: not a regular file (a named pipe)"
        assert lines[1] == "files: 1 (1 skipped)"
        assert printed(result.stdout) == expected(good)

    @needs_fifo
    def test_folder_of_pipes_only(self, tmp_path: Path) -> None:
        """A folder whose only file is a pipe has nothing to read: said, with status 3."""
        os.mkfifo(tmp_path / "pipe")
        result = run(wireparse_command("parse", str(tmp_path)))
        assert result.returncode == 3
        assert result.stderr.splitlines()[-1] == (
            f"{tmp_path}: nothing to read: no file in the folder"
        )

    @pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
    def test_process_substitution(self, tmp_path: Path) -> None:
        """A pipe with a writer is read to its end: ``wireparse parse <(cat x)``."""
        path = dump(tmp_path / "dump.txt", range(3))
        command = shlex.join(wireparse_command("parse"))
        result = run(["bash", "-c", f"{command} <(cat {shlex.quote(str(path))})"])
        assert result.returncode == 0, result.stderr
        data = printed(result.stdout)
        assert [d["start_line"] for d in data] == [1, 10, 19]
        assert [{**d, "file": ""} for d in data] == [{**d, "file": ""} for d in expected(path)]


class TestClosedStdout:
    @pytest.mark.parametrize("command", ["parse", "show"])
    def test_stdout_closed(self, command: str) -> None:
        """With stdout closed, a clear message and status 1, no traceback."""
        line = shlex.join(wireparse_command(command, str(CLEAN)))
        result = run(["sh", "-c", f"exec {line} >&-"])
        assert result.returncode == 1
        assert result.stderr == (
            f"wireparse {command}: error: standard output is closed: nowhere to write"
            " (give -o FILE)\n"
        )

    def test_output_file_still_works(self, tmp_path: Path) -> None:
        """With stdout closed, -o FILE still writes FILE."""
        out = tmp_path / "out.jsonl"
        line = shlex.join(wireparse_command("parse", "-o", str(out), str(CLEAN)))
        result = run(["sh", "-c", f"exec {line} >&-"])
        assert result.returncode == 0, result.stderr
        assert printed(out.read_text(encoding="utf-8")) == expected(CLEAN)


@pytest.fixture
def big_dump(tmp_path: Path) -> Path:
    """A dump long enough that a run with two workers lasts a few seconds."""
    return dump(tmp_path / "big.txt", range(40_000))


@needs_proc
class TestStopped:
    def start(self, big_dump: Path, out: Path) -> tuple[subprocess.Popen[str], list[int]]:
        """Start ``parse --jobs 2 -o out``, and wait until its workers and temporary file
        exist."""
        process = subprocess.Popen(
            wireparse_command("parse", "--jobs", "2", "-o", str(out), str(big_dump)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for(lambda: len(children(process.pid)) >= 2 and self.temporary(out))
        return process, children(process.pid)

    @staticmethod
    def temporary(out: Path) -> list[Path]:
        return list(out.parent.glob(f".{out.name}.*.tmp"))

    def finish(self, process: subprocess.Popen[str]) -> tuple[int, str]:
        try:
            _, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise
        return process.returncode, err

    @pytest.mark.timeout(180)
    @pytest.mark.parametrize(
        ("number", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"]
    )
    def test_signal(self, number: int, status: int, big_dump: Path, tmp_path: Path) -> None:
        """SIGTERM or SIGINT stops the run: workers ended, no temporary file, OUT untouched,
        a message and 128 + the signal's number."""
        out = tmp_path / "out.jsonl"
        out.write_text("before\n", encoding="utf-8")
        process, workers = self.start(big_dump, out)
        process.send_signal(number)
        returncode, err = self.finish(process)
        assert returncode == status, err
        name = signal.Signals(number).name
        assert err == f"wireparse parse: stopped by {name}; {out} is left as it was\n"
        assert out.read_text(encoding="utf-8") == "before\n"
        assert self.temporary(out) == []
        wait_for(lambda: not any(alive(pid) for pid in workers), 30)

    @pytest.mark.timeout(180)
    def test_worker_killed(self, big_dump: Path, tmp_path: Path) -> None:
        """A worker that dies ends the run with a message and status 1, no traceback, no
        temporary file, no hang."""
        out = tmp_path / "out.jsonl"
        process, workers = self.start(big_dump, out)
        os.kill(workers[0], signal.SIGKILL)
        returncode, err = self.finish(process)
        assert returncode == 1, err
        assert err == (
            "wireparse parse: error: a worker process ended before its work was done"
            f" (killed, or out of memory); {out} is left as it was\n"
        )
        assert not out.exists()
        assert self.temporary(out) == []
        wait_for(lambda: not any(alive(pid) for pid in workers), 30)


class TestJsonLineSeparators:
    def test_escaped(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """U+2028, U+2029 and U+0085 are escaped, so that splitlines() keeps each object
        whole; other non-ASCII is written as is."""
        text = (
            "Rain in town\n\nBEIJING (Xinhua) -- Rain fell\u2028on the town\u2029today\x85"
            " \u2014 officials said. Enditem\n"
        )
        path = tmp_path / "story.txt"
        path.write_text(text + "\n" + text, encoding="utf-8")
        assert main(["parse", str(path)]) == 0
        out = capsys.readouterr().out
        for raw in ("\u2028", "\u2029", "\x85"):
            assert raw not in out
        assert "\\u2028" in out
        assert "\\u2029" in out
        assert "\\u0085" in out
        assert "\u2014" in out
        data = printed(out)
        assert len(data) == 2
        assert data == expected(path)

    def test_pretty_escaped(self) -> None:
        """--pretty escapes them too."""
        line = _batch.dumps({"a": "x\u2028y"}, pretty=True)
        assert line == '{\n  "a": "x\\u2028y"\n}'


class TestNothingRead:
    def test_empty_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An empty file is said on stderr, with status 3."""
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        assert main(["parse", str(empty)]) == 3
        out, err = capsys.readouterr()
        assert out == ""
        assert err == f"{empty}:1:1: no story: the file is empty\n"

    def test_blank_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file of blank lines only is said too."""
        blank = tmp_path / "blank.txt"
        blank.write_bytes(b"\n  \n\n")
        assert main(["parse", str(blank), str(CLEAN)]) == 3
        out, err = capsys.readouterr()
        assert printed(out) == expected(CLEAN)
        assert err == f"{blank}:1:1: no story: nothing but blank lines\n"

    def test_empty_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder with nothing in it is said, with status 3."""
        folder = tmp_path / "nothing"
        folder.mkdir()
        assert main(["parse", str(folder)]) == 3
        assert capsys.readouterr().err == f"{folder}: nothing to read: no file in the folder\n"

    def test_failure_outranks_nothing(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A file that cannot be read gives status 1, even beside an empty one."""
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        assert main(["parse", str(empty), str(tmp_path / "missing.txt")]) == 1
        assert len(capsys.readouterr().err.splitlines()) == 2


class TestStrict:
    def test_every_defect_printed(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--strict leaves out a defective story and prints each of its defects, one line
        each, at the line of the file where it is."""
        bad = "9000001\nRain in town\n\nRain fell on the town on Thursday.\n9000002\n\n"
        path = tmp_path / "dump.txt"
        path.write_text(bad + story(1), encoding="utf-8")
        articles = list(wireparse.iter_articles(path))
        assert len(articles) == 2
        defects = articles[0].defects
        assert len(defects) >= 2  # no dateline, no terminator
        assert not articles[1].defects
        assert main(["parse", "--strict", str(path)]) == 1
        out, err = capsys.readouterr()
        assert printed(out) == expected(path)[1:]
        assert err.splitlines() == [
            f"{path}:{line}:{column}: {defect.message} [{defect.code.value}]"
            for defect in defects
            for line, column in [locate(articles[0], defect)]
        ]
        assert err.splitlines()[-1].startswith(f"{path}:5:")  # the end of the story


class TestFields:
    def test_no_text(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--no-text writes every key but "text", the spans unchanged."""
        path = dump(tmp_path / "dump.txt", range(3))
        assert main(["parse", "--no-text", str(path)]) == 0
        data = printed(capsys.readouterr().out)
        assert data == [
            {key: value for key, value in d.items() if key != "text"} for d in expected(path)
        ]

    def test_fields(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--fields keeps the keys named, in to_dict's order, "file" first."""
        assert main(["parse", "--fields", "start_line,headline,dialect", str(CLEAN)]) == 0
        (data,) = printed(capsys.readouterr().out)
        (whole,) = expected(CLEAN)
        assert list(data) == ["file", "dialect", "headline", "start_line"]
        assert data == {key: whole[key] for key in data}

    def test_fields_with_text_round_trip(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Objects that hold every key, "text" included, go back through from_dict."""
        keys = ",".join(_batch.fields())
        assert main(["parse", "--fields", keys, str(CLEAN)]) == 0
        (data,) = printed(capsys.readouterr().out)
        (article,) = wireparse.iter_articles(CLEAN)
        assert wireparse.from_dict(data) == article

    def test_unknown_field(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A key that is not one of the object's is a usage error."""
        with pytest.raises(SystemExit) as caught:
            main(["parse", "--fields", "headline,nope", str(CLEAN)])
        assert caught.value.code == 2
        assert "not a key of the JSON object: nope" in capsys.readouterr().err


class TestReadingSteps:
    def test_read_then_parse_is_the_run(self, tmp_path: Path) -> None:
        """read_stories and parse_story give the articles the run writes."""
        path = dump(tmp_path / "dump.txt", range(4), missing=frozenset({1}))
        count = _batch.ReadCount()
        stories = list(
            _batch.read_stories(str(path), path, format="auto", dialect=None, count=count)
        )
        assert len(stories) == 4
        assert count.bytes == path.stat().st_size
        articles = [_batch.parse_story(s, None) for s in stories]
        assert [{"file": str(path), **wireparse.to_dict(a)} for a in articles] == expected(path)


class TestDumpsEncoders:
    """dumps writes what json.dumps writes (line separators escaped), by either encoder."""

    @staticmethod
    def reference(data: dict[str, Any], *, pretty: bool) -> str:
        text = json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)
        for char in "\x85\u2028\u2029":
            text = text.replace(char, f"\\u{ord(char):04x}")
        return re.sub(r"\[\n\s+(\d+),\n\s+(\d+)\n\s*\]", r"[\1, \2]", text)

    @pytest.mark.parametrize("pretty", [False, True])
    def test_ascii_alone(self, pretty: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        """ASCII data is written by the ASCII encoder alone, as json.dumps writes it."""
        data = {"text": 'Rain "fell"\tall\nday \\ ok', "span": [0, 4], "none": None}
        expected = self.reference(data, pretty=pretty)
        monkeypatch.setattr(_batch.report, "_UNICODE", None)
        monkeypatch.setattr(_batch.report, "_UNICODE_PRETTY", None)
        assert _batch.dumps(data, pretty=pretty, ascii_text=True) == expected

    @pytest.mark.parametrize("pretty", [False, True])
    @pytest.mark.parametrize(
        "text", ["Caf\u00e9", "x\u2028y\x85", "a\x01b", "del\x7f", "back\\u0041slash", "\ud800"]
    )
    def test_written_again(self, text: str, pretty: bool) -> None:
        """Data the ASCII encoder escapes (non-ASCII, control characters, a backslash before
        u) is written again by the other encoder: the same text as json.dumps."""
        data = {"text": text, "span": [1, 2]}
        expected = self.reference(data, pretty=pretty)
        assert "\\u" in _batch.report._ASCII.encode(data)
        assert _batch.dumps(data, pretty=pretty, ascii_text=True) == expected
        assert _batch.dumps(data, pretty=pretty) == expected

    @given(st.text(), st.booleans(), st.booleans())
    @settings(max_examples=300, deadline=None)
    def test_any_text(self, text: str, pretty: bool, ascii_text: bool) -> None:
        """Any string, with or without the ASCII encoder first, gives json.dumps's text."""
        data = {"text": text, "spans": [[0, 1]], "kind": {"a": text[:3]}}
        assert _batch.dumps(data, pretty=pretty, ascii_text=ascii_text) == self.reference(
            data, pretty=pretty
        )


class TestArticleJson:
    """The JSON line of a story: json.dumps's text of the dict with "file" (and a corpus
    document's keys) before to_dict's keys, as UTF-8, with orjson or without."""

    @staticmethod
    def reference(name: str, article: wireparse.Article, document: Any = None) -> bytes:
        head: dict[str, Any] = {"file": name}
        if document is not None:
            date = None if document.date is None else document.date.isoformat()
            head.update(id=document.id, date=date, type=document.type)
        head.update(wireparse.to_dict(article))
        return (TestDumpsEncoders.reference(head, pretty=False) + "\n").encode("utf-8")

    @pytest.mark.parametrize("orjson", [True, False])
    @pytest.mark.parametrize(
        "document",
        [
            None,
            DocumentKeys("XIN_ENG_1.0001", datetime.date(2001, 2, 3), "story"),
            DocumentKeys(None, None, None),
        ],
    )
    def test_line(self, orjson: bool, document: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each writer gives the reference line, a document's keys after "file"."""
        if orjson:
            pytest.importorskip("orjson")
        else:
            monkeypatch.setattr(wireparse._json, "ORJSON_WRITER", None)
        text = "Caf\u00e9 in town\n\nBEIJING (Xinhua) -- Rain fell\u2028on the town. Enditem"
        article = wireparse.parse(text)
        line = _batch.report.article_json(
            "d\u00fcmp.txt", article, kept=None, pretty=False, document=document
        )
        assert line == self.reference("d\u00fcmp.txt", article, document)

    def test_lone_surrogate_in_name(self) -> None:
        """A file name that is not UTF-8 (os.fsdecode's lone surrogates) is written as JSON
        escapes, so that the line is UTF-8 and reads back as the name."""
        name = os.fsdecode(b"caf\xe9.txt")
        article = wireparse.parse("Rain fell.")
        line = _batch.report.article_json(name, article, kept=None, pretty=False)
        assert json.loads(line.decode("utf-8"))["file"] == name


class TestReporterBytes:
    def test_byte_stream(self) -> None:
        """Lines go to the byte stream under a text stream, after the text it holds back."""
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding="utf-8")
        out.write("before\n")
        reporter = _batch.Reporter(out, io.StringIO())
        reporter.story(_batch.Outcome('{"a": "\u00e9"}\n'.encode(), (), ()))
        out.flush()
        assert raw.getvalue().decode("utf-8") == 'before\n{"a": "\u00e9"}\n'

    def test_text_stream(self) -> None:
        """A stream of text alone gets the lines decoded."""
        out = io.StringIO()
        _batch.Reporter(out, io.StringIO()).story(_batch.Outcome(b'{"a": 1}\n', (), ()))
        assert out.getvalue() == '{"a": 1}\n'
