"""The command line: JSON Lines out, files, folders and standard input, --strict, --jobs,
--summary, --progress, -o, unreadable files and a reader that goes away."""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import wireparse
from wireparse import _batch
from wireparse._batch import pool as _pool
from wireparse._cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLEAN = FIXTURES / "kicker_feature.txt"
MISSING_TERMINATOR = FIXTURES / "terminator_missing.txt"


def expected(path: Path, name: str | None = None) -> list[dict[str, Any]]:
    """What the command should print for ``path``: to_dict of each story, with its file."""
    shown = str(path) if name is None else name
    return [{"file": shown, **wireparse.to_dict(a)} for a in wireparse.iter_articles(path)]


def printed(out: str) -> list[dict[str, Any]]:
    """The JSON objects of JSON Lines output, checking that each sits on one line."""
    assert out == "" or out.endswith("\n")
    return [json.loads(line) for line in out.splitlines()]


def story(number: int, *, terminator: bool = True) -> str:
    """A nine-line story between id lines, then a blank line; without "Enditem" if told."""
    end = " Enditem" if terminator else ""
    return (
        f"{8300000 + 2 * number}\nRain returns to farms in district {number}\nXinhua\n"
        f"2025-06-05\n\nZHENGZHOU, June 5 (Xinhua) -- Rain fell on farms in district {number}"
        f" on Thursday, officials said.{end}\n\n{8300001 + 2 * number}\n\n"
    )


def dump(path: Path, numbers: range, *, missing: frozenset[int] = frozenset()) -> Path:
    """Write the stories ``numbers`` to ``path``, those in ``missing`` without terminator."""
    text = "".join(story(n, terminator=n not in missing) for n in numbers)
    path.write_text(text, encoding="utf-8")
    return path


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make standard input hold ``data``, with a ``buffer`` as a real stdin has."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


class TestParseCommand:
    def test_json_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each story gives one JSON object on one line, in the order of the files given."""
        status = main(["parse", str(CLEAN), str(MISSING_TERMINATOR)])
        out, err = capsys.readouterr()
        assert status == 0
        assert err == ""
        assert printed(out) == expected(CLEAN) + expected(MISSING_TERMINATOR)
        assert printed(out)[0]["file"] == str(CLEAN)

    def test_output_decodes_with_from_dict(self, capsys: pytest.CaptureFixture[str]) -> None:
        """from_dict reads each printed object back into the article, "file" ignored."""
        assert main(["parse", str(CLEAN)]) == 0
        (data,) = printed(capsys.readouterr().out)
        (article,) = wireparse.iter_articles(CLEAN)
        assert wireparse.from_dict(data) == article

    def test_defects_in_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --strict, a defect is written in the JSON and the exit status is 0."""
        assert main(["parse", str(MISSING_TERMINATOR)]) == 0
        (data,) = printed(capsys.readouterr().out)
        assert [d["code"] for d in data["defects"]] == ["no-terminator"]

    def test_pretty(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--pretty indents the JSON over several lines, spans kept on one line."""
        assert main(["parse", "--pretty", str(CLEAN)]) == 0
        out = capsys.readouterr().out
        assert [json.loads(out)] == expected(CLEAN)
        assert out.startswith(f'{{\n  "file": "{CLEAN}",\n  "text": ')
        assert '\n  "dialect": "xinhua",\n' in out
        assert '"start_span": [0, 7],' in out
        assert '"span": [8, 14]' in out
        assert out.endswith("}\n")

    def test_non_ascii_written_as_is(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Non-ASCII text is written as characters, not escapes."""
        assert main(["parse", str(FIXTURES / "separator_em_dash.txt")]) == 0
        out = capsys.readouterr().out
        assert "(Xinhua) \u2014" in out
        assert "\\u2014" not in out

    def test_many_stories_in_one_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A dump gives one object per story, each with the line of the file it starts on."""
        path = dump(tmp_path / "dump.txt", range(3))
        assert main(["parse", str(path)]) == 0
        data = printed(capsys.readouterr().out)
        assert data == expected(path)
        assert [d["start_line"] for d in data] == [1, 10, 19]
        assert [d["id_markers"]["start"] for d in data] == ["8300000", "8300002", "8300004"]

    def test_compressed_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A .gz file is decompressed: the same stories as the plain file."""
        plain = dump(tmp_path / "dump.txt", range(3))
        packed = tmp_path / "dump.txt.gz"
        packed.write_bytes(gzip.compress(plain.read_bytes()))
        assert main(["parse", str(packed)]) == 0
        assert printed(capsys.readouterr().out) == expected(plain, str(packed))

    def test_strict_failure(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict writes FILE:LINE:COLUMN: MESSAGE [code] to stderr and exits 1."""
        status = main(["parse", "--strict", str(MISSING_TERMINATOR)])
        out, err = capsys.readouterr()
        assert status == 1
        assert out == ""
        assert re.fullmatch(
            rf"{re.escape(str(MISSING_TERMINATOR))}:\d+:\d+: "
            r"the story does not end with 'Enditem' \[no-terminator\]\n",
            err,
        )

    def test_strict_line_is_the_files(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--strict names the line of the file: the closing id line, after which Enditem lacks."""
        path = dump(tmp_path / "dump.txt", range(4), missing=frozenset({1, 3}))
        assert main(["parse", "--strict", str(MISSING_TERMINATOR), str(path)]) == 1
        message = "the story does not end with 'Enditem' [no-terminator]"
        assert capsys.readouterr().err == (
            f"{MISSING_TERMINATOR}:10:8: {message}\n"
            f"{path}:17:8: {message}\n{path}:35:8: {message}\n"
        )

    def test_strict_goes_on_after_failure(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict still parses the files after a failing one, and exits 1."""
        status = main(["parse", "--strict", str(MISSING_TERMINATOR), str(CLEAN)])
        out, err = capsys.readouterr()
        assert status == 1
        assert printed(out) == expected(CLEAN)
        assert err.count("\n") == 1

    def test_strict_goes_on_within_a_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--strict leaves out each defective story of a dump, naming its line in the file."""
        path = dump(tmp_path / "dump.txt", range(5), missing=frozenset({1, 3}))
        assert main(["parse", "--strict", str(path)]) == 1
        out, err = capsys.readouterr()
        stories = expected(path)
        assert printed(out) == [stories[0], stories[2], stories[4]]
        lines = err.splitlines()
        assert len(lines) == 2
        for line, start in zip(
            lines, (stories[1]["start_line"], stories[3]["start_line"]), strict=True
        ):
            name, number, _, message = line.split(":", 3)
            assert name == str(path)
            assert start < int(number) < start + 9
            assert message == " the story does not end with 'Enditem' [no-terminator]"

    def test_strict_success(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict on a clean story prints it and exits 0."""
        assert main(["parse", "--strict", str(CLEAN)]) == 0
        assert printed(capsys.readouterr().out) == expected(CLEAN)

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that cannot be opened is reported at 1:1, the run goes on and exits 1."""
        missing = tmp_path / "nope.txt"
        status = main(["parse", str(missing), str(CLEAN)])
        out, err = capsys.readouterr()
        assert status == 1
        assert err == f"{missing}:1:1: cannot read: No such file or directory\n"
        assert printed(out) == expected(CLEAN)

    def test_damaged_compressed_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A .gz cut short keeps the stories read before the cut, reports it, and exits 1."""
        plain = dump(tmp_path / "dump.txt", range(8000))  # more than one block of reading
        packed = tmp_path / "dump.txt.gz"
        data = gzip.compress(plain.read_bytes())
        packed.write_bytes(data[: len(data) * 3 // 4])
        status = main(["parse", str(packed), str(CLEAN)])
        out, err = capsys.readouterr()
        assert status == 1
        assert err.startswith(f"{packed}:")
        assert "cannot read: the gzip data ends before its end mark: the file is cut" in err
        line = int(err.split(":")[1])
        data_out = printed(out)
        assert data_out[-1] == expected(CLEAN)[0]
        read = data_out[:-1]
        # Every story before the cut is written, the last one (maybe cut) with a cut defect,
        # as iter_articles gives them.
        assert len(read) > 8000 * 2 // 3
        assert read == expected(packed)
        assert read[:-1] == expected(plain, str(packed))[: len(read) - 1]
        assert "cut" in [defect["code"] for defect in read[-1]["defects"]]
        assert read[-1]["start_line"] < line <= plain.read_text().count("\n")

    def test_not_utf8(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Bytes that are not UTF-8 are read as cp1252 and recorded as a not-utf8 defect."""
        latin = tmp_path / "latin.txt"
        latin.write_bytes("Z\u00fcrich (Xinhua) -- Rain. Enditem".encode("latin-1"))
        assert main(["parse", str(latin)]) == 0
        (data,) = printed(capsys.readouterr().out)
        assert data["text"] == "Z\u00fcrich (Xinhua) -- Rain. Enditem"
        assert "not-utf8" in [d["code"] for d in data["defects"]]

    def test_file_line_ends_kept(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A CR file is read with its CRs, so spans match the file."""
        assert main(["parse", str(FIXTURES / "cr.txt")]) == 0
        (data,) = printed(capsys.readouterr().out)
        assert [data] == expected(FIXTURES / "cr.txt")
        assert "\r" in data["text"]
        assert "\n" not in data["text"]

    def test_stdin_keeps_crlf(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ "-" reads standard input as bytes, so CRLF line ends reach "text" unchanged."""
        data = (FIXTURES / "crlf.txt").read_bytes()
        set_stdin(monkeypatch, data)
        assert main(["parse", "-"]) == 0
        (story_data,) = printed(capsys.readouterr().out)
        assert story_data["text"] == data.decode("utf-8").rstrip("\r\n")
        assert story_data["text"].count("\r\n") == 14
        assert [story_data] == expected(FIXTURES / "crlf.txt", "<stdin>")

    def test_stdin_between_files(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ "-" among files is read at its place, and named <stdin>."""
        set_stdin(monkeypatch, MISSING_TERMINATOR.read_bytes())
        assert main(["parse", str(CLEAN), "-", str(CLEAN)]) == 0
        assert printed(capsys.readouterr().out) == [
            *expected(CLEAN),
            *expected(MISSING_TERMINATOR, "<stdin>"),
            *expected(CLEAN),
        ]

    def test_stdin_strict_failure(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A strict failure on standard input is reported as <stdin>."""
        set_stdin(monkeypatch, b"Rain\r\n\r\nBEIJING, May 6 (Xinhua) -- Rain fell.\r\n")
        assert main(["parse", "--strict", "-"]) == 1
        assert capsys.readouterr().err == (
            "<stdin>:3:38: the story does not end with 'Enditem' [no-terminator]\n"
        )

    def test_stdin_not_utf8(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Standard input that is not UTF-8 gives a not-utf8 defect, at its line with --strict."""
        latin = story(2).encode().replace(b"farms", b"Z\xfcrich farms", 1)
        set_stdin(monkeypatch, story(1).encode() + latin)
        assert main(["parse", "--strict", "-"]) == 1
        out, err = capsys.readouterr()
        assert [d["id_markers"]["start"] for d in printed(out)] == ["8300002"]
        assert err == (
            "<stdin>:11:18: 1 line of the story is not UTF-8 and was read as cp1252 or"
            " Latin-1 [not-utf8]\n"
        )

    def test_dialect_option(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--dialect names the dialect written into the output."""
        assert main(["parse", "--dialect", "xinhua", str(CLEAN)]) == 0
        assert printed(capsys.readouterr().out)[0]["dialect"] == "xinhua"


def tree(root: Path) -> Path:
    """Make a folder of stories: files at two depths, a hidden file and a hidden folder."""
    (root / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    dump(root / "c.txt", range(2))
    dump(root / "a.txt", range(2, 3))
    dump(root / "b" / "z.txt", range(3, 4))
    dump(root / "b" / "notes.md", range(4, 5))
    dump(root / "b" / ".draft.txt", range(5, 6))
    dump(root / ".hidden" / "x.txt", range(6, 7))
    return root


class TestFolders:
    def test_folder_read_in_sorted_order(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A folder is read at any depth, in sorted order, hidden files and folders skipped."""
        root = tree(tmp_path / "corpus")
        assert main(["parse", str(root)]) == 0
        data = printed(capsys.readouterr().out)
        names = [str(root / n) for n in ("a.txt", "b/notes.md", "b/z.txt", "c.txt", "c.txt")]
        assert [d["file"] for d in data] == names
        assert data == [
            *expected(root / "a.txt"),
            *expected(root / "b" / "notes.md"),
            *expected(root / "b" / "z.txt"),
            *expected(root / "c.txt"),
        ]

    def test_glob(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--glob keeps the files of folders whose name matches; named files are always read."""
        root = tree(tmp_path / "corpus")
        assert main(["parse", "--glob", "*.txt", str(root), str(root / "b" / "notes.md")]) == 0
        files = [d["file"] for d in printed(capsys.readouterr().out)]
        assert files == [str(root / n) for n in ("a.txt", "b/z.txt", "c.txt", "c.txt")] + [
            str(root / "b" / "notes.md")
        ]

    def test_glob_matching_nothing(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A folder with no matching file gives no output, a note and status 3."""
        root = tree(tmp_path / "corpus")
        assert main(["parse", "--glob", "*.sgml", "--summary", str(root)]) == 3
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"{root}: nothing to read: no file matching '*.sgml' in the folder\n")
        assert "files: 1 (1 empty)\n" in err

    @pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
    def test_link_to_a_folder_not_followed(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A link to a folder inside the tree is not followed: it could loop."""
        root = tree(tmp_path / "corpus")
        (root / "b" / "loop").symlink_to(root, target_is_directory=True)
        assert main(["parse", "--glob", "*.txt", str(root)]) == 0
        assert len(printed(capsys.readouterr().out)) == 4


class TestOutputFile:
    def test_written_to_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the JSON Lines to the file, nothing to stdout, and leaves no temporary."""
        target = tmp_path / "out" / "stories.jsonl"
        target.parent.mkdir()
        assert main(["parse", "-o", str(target), str(CLEAN), str(MISSING_TERMINATOR)]) == 0
        assert capsys.readouterr() == ("", "")
        assert printed(target.read_text(encoding="utf-8")) == [
            *expected(CLEAN),
            *expected(MISSING_TERMINATOR),
        ]
        assert [p.name for p in target.parent.iterdir()] == ["stories.jsonl"]

    def test_replaces_and_keeps_mode(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An existing output file is replaced whole, keeping its permissions."""
        target = tmp_path / "stories.jsonl"
        target.write_text("old\n" * 1000, encoding="utf-8")
        target.chmod(0o640)
        assert main(["parse", "--output", str(target), str(CLEAN)]) == 0
        assert printed(target.read_text(encoding="utf-8")) == expected(CLEAN)
        assert target.stat().st_mode & 0o777 == 0o640

    def test_output_among_inputs(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o naming one of the inputs is a usage error, and the file is left alone."""
        root = tree(tmp_path / "corpus")
        before = (root / "a.txt").read_bytes()
        assert main(["parse", "-o", str(root / "a.txt"), str(root)]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err == (
            f"wireparse parse: error: the output {root / 'a.txt'} is an input ({root / 'a.txt'})\n"
        )
        assert (root / "a.txt").read_bytes() == before

    def test_output_in_a_folder_read(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A new output file inside a folder being read is not read itself."""
        root = tree(tmp_path / "corpus")
        target = root / "stories.jsonl"
        assert main(["parse", "-o", str(target), str(root)]) == 0
        assert len(printed(target.read_text(encoding="utf-8"))) == 5

    def test_unwritable_output(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An output in a folder that does not exist is reported and the exit status is 1."""
        target = tmp_path / "nowhere" / "stories.jsonl"
        assert main(["parse", "-o", str(target), str(CLEAN)]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err == f"{target}: cannot write: No such file or directory\n"

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
    @pytest.mark.timeout(60)
    def test_named_pipe_written_in_place(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An output that is no regular file, such as a named pipe, is written to, not replaced."""
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        received: list[bytes] = []
        reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
        reader.start()
        assert main(["parse", "-o", str(pipe), str(CLEAN)]) == 0
        reader.join(timeout=30)
        assert printed(received[0].decode("utf-8")) == expected(CLEAN)
        assert stat.S_ISFIFO(pipe.stat().st_mode)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]

    @pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
    def test_link_followed(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An output that is a link replaces the file it points to, and stays a link."""
        target = tmp_path / "stories.jsonl"
        target.write_text("old\n", encoding="utf-8")
        link = tmp_path / "latest.jsonl"
        link.symlink_to(target)
        assert main(["parse", "-o", str(link), str(CLEAN)]) == 0
        assert link.is_symlink()
        assert printed(target.read_text(encoding="utf-8")) == expected(CLEAN)

    def test_stdout_full(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failing write to stdout is reported, and the exit status is 1."""

        class Full(io.StringIO):
            def write(self, text: str) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(sys, "stdout", Full())
        assert main(["parse", str(CLEAN)]) == 1
        assert capsys.readouterr().err == "<stdout>: cannot write: No space left on device\n"

    def test_dash_is_stdout(self, capsys: pytest.CaptureFixture[str]) -> None:
        """-o - writes to stdout."""
        assert main(["parse", "-o", "-", str(CLEAN)]) == 0
        assert printed(capsys.readouterr().out) == expected(CLEAN)


class TestJobs:
    def run(self, capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
        status = main(argv)
        out, err = capsys.readouterr()
        return status, out, err

    @pytest.mark.timeout(120)
    def test_same_output_as_one_process(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path,
    ) -> None:
        """--jobs 2 prints what --jobs 1 prints, in the same order, diagnostics included."""
        monkeypatch.setattr(_pool, "BATCH_STORIES", 7)  # many batches from small files
        first = dump(tmp_path / "first.txt", range(60), missing=frozenset({3, 20, 41}))
        second = dump(tmp_path / "second.txt", range(100, 135), missing=frozenset({134}))
        argv = [str(first), str(tmp_path / "missing.txt"), str(second), str(CLEAN)]
        runs = {}
        for options in ("--summary", "--strict", "--pretty"):
            one = self.run(capsys, ["parse", "--jobs", "1", options, *argv])
            two = self.run(capsys, ["parse", "--jobs", "2", options, *argv])
            assert two[:2] == one[:2]
            assert two[2].split("seconds:")[0] == one[2].split("seconds:")[0]
            runs[options] = one
        status, out, err = runs["--strict"]
        assert status == 1
        assert len(err.splitlines()) == 1 + 4
        assert len(printed(out)) == 60 + 35 + 1 - 4
        lenient = printed(self.run(capsys, ["parse", "-j", "2", *argv])[1])
        assert lenient == [*expected(first), *expected(second), *expected(CLEAN)]

    @pytest.mark.timeout(120)
    def test_one_per_cpu(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--jobs 0 starts one process per CPU and prints the same."""
        assert main(["parse", "--jobs", "0", str(CLEAN), str(MISSING_TERMINATOR)]) == 0
        assert printed(capsys.readouterr().out) == expected(CLEAN) + expected(MISSING_TERMINATOR)

    @pytest.mark.parametrize("value", ["-1", "two", "1.5"])
    def test_wrong_count(self, value: str, capsys: pytest.CaptureFixture[str]) -> None:
        """A --jobs that is not a count of processes is a usage error."""
        with pytest.raises(SystemExit) as caught:
            main(["parse", "--jobs", value, str(CLEAN)])
        assert caught.value.code == 2
        assert "argument -j/--jobs" in capsys.readouterr().err


class TestSummary:
    def test_summary(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--summary prints files, stories, bytes, seconds and stories by defect on stderr."""
        path = dump(tmp_path / "dump.txt", range(4), missing=frozenset({2}))
        missing = tmp_path / "missing.txt"
        assert main(["parse", "--summary", str(path), str(missing), str(CLEAN)]) == 1
        out, err = capsys.readouterr()
        assert len(printed(out)) == 5
        lines = err.splitlines()
        assert lines[0] == f"{missing}:1:1: cannot read: No such file or directory"
        assert lines[1:4] == [
            "files: 3 (1 unreadable)",
            "stories: 5 (5 written)",
            f"bytes: {path.stat().st_size + CLEAN.stat().st_size}",
        ]
        assert lines[4].startswith("seconds: ")
        float(lines[4].removeprefix("seconds: "))
        assert lines[5:] == ["stories without defects: 4", "stories with no-terminator: 1"]

    def test_summary_strict(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """With --strict, the summary counts the stories left out too."""
        path = dump(tmp_path / "dump.txt", range(4), missing=frozenset({0, 2}))
        assert main(["parse", "--strict", "--summary", str(path)]) == 1
        err = capsys.readouterr().err
        assert "stories: 4 (2 written)\n" in err
        assert "stories with no-terminator: 2\n" in err

    def test_no_summary_by_default(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --summary nothing is printed on stderr for a good run."""
        assert main(["parse", str(CLEAN)]) == 0
        assert capsys.readouterr().err == ""


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestProgress:
    def test_silent_when_not_a_terminal(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Without a terminal on stderr, no progress line is drawn."""
        path = dump(tmp_path / "dump.txt", range(50))
        assert main(["parse", str(path)]) == 0
        assert capsys.readouterr().err == ""

    def test_forced(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--progress draws the line even without a terminal, and clears it at the end."""
        path = dump(tmp_path / "dump.txt", range(50))
        assert main(["parse", "--progress", str(path)]) == 0
        err = capsys.readouterr().err
        assert err.startswith("\r50 stories, 0.0 MB, ")
        assert " MB/s, 0 with defects" in err
        assert err.endswith("\r" + " " * len(err.split("\r")[1]) + "\r")

    def test_turned_off(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """--no-progress draws nothing, even on a terminal."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert main(["parse", "--no-progress", str(CLEAN)]) == 0
        assert capsys.readouterr().err == ""

    def test_redrawn_at_most_five_times_a_second(self) -> None:
        """The line is redrawn only when a fifth of a second has passed, over the last one."""
        clock, err = FakeClock(), io.StringIO()
        reporter = _batch.Reporter(io.StringIO(), err, progress=True, clock=clock)
        outcome = _batch.Outcome(b"{}\n", (), ())
        for _ in range(3):
            reporter.story(outcome)
            reporter.tick()
            clock.now += 0.05
        assert err.getvalue().count("\r") == 1
        clock.now += 0.1
        reporter.story(_batch.Outcome(b"{}\n", (), ("no-terminator",)))
        reporter.tick()
        assert err.getvalue().split("\r")[-1].startswith("4 stories, 0.0 MB, ")
        assert err.getvalue().endswith(", 1 with defects")

    def test_diagnostic_clears_the_line(self) -> None:
        """A diagnostic first erases the progress line, so that the two do not mix."""
        clock, err = FakeClock(), io.StringIO()
        reporter = _batch.Reporter(io.StringIO(), err, progress=True, clock=clock)
        reporter.tick()
        width = len(err.getvalue()) - 1
        reporter.diagnostic("a.txt:1:1: cannot read: gone")
        assert err.getvalue().endswith("\r" + " " * width + "\ra.txt:1:1: cannot read: gone\n")


BROKEN_PIPE_SCRIPT = """\
import subprocess, sys
process = subprocess.Popen(
    [sys.executable, "-m", "wireparse", "parse", *sys.argv[1:]],
    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
)
process.stdout.readline()
process.stdout.close()  # the reader goes away, as head does
sys.stderr.buffer.write(process.stderr.read())
sys.exit(process.wait())
"""


class TestBrokenPipe:
    @pytest.mark.timeout(120)
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_reader_goes_away(self, jobs: str, tmp_path: Path) -> None:
        """When stdout's reader goes away, the run stops quietly with status 1."""
        path = dump(tmp_path / "dump.txt", range(3000))
        result = subprocess.run(
            [sys.executable, "-c", BROKEN_PIPE_SCRIPT, "--jobs", jobs, str(path)],
            capture_output=True,
            check=False,
            timeout=100,
        )
        assert result.stderr == b""
        assert result.returncode == 1


class TestUsage:
    @pytest.mark.parametrize(
        "argv",
        [[], ["parse"], ["frobnicate", "x"], ["parse", "--dialect", "nope", "x"]],
    )
    def test_wrong_command_line(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        """A wrong command line exits with status 2 and a usage message."""
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
        assert "usage: wireparse" in capsys.readouterr().err

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the package version and exits 0."""
        with pytest.raises(SystemExit) as caught:
            main(["--version"])
        assert caught.value.code == 0
        assert capsys.readouterr().out == f"wireparse {wireparse.__version__}\n"


class TestModule:
    def test_python_m_wireparse(self) -> None:
        """`python -m wireparse parse FILE` prints the story as one JSON line and exits 0."""
        result = subprocess.run(
            [sys.executable, "-m", "wireparse", "parse", str(CLEAN)],
            capture_output=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == b""
        lines = result.stdout.decode("utf-8").splitlines()
        assert len(lines) == 1
        assert [json.loads(lines[0])] == expected(CLEAN)
