"""The command line: JSON Lines out, --pretty, --strict, unreadable files and standard input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import wireparse
from wireparse._cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLEAN = FIXTURES / "kicker_feature.txt"
MISSING_TERMINATOR = FIXTURES / "terminator_missing.txt"


def expected(path: Path) -> dict[str, object]:
    """What the command should print for ``path``: to_dict of its parse."""
    return wireparse.to_dict(wireparse.parse(path.read_bytes().decode("utf-8")))


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make standard input hold ``data``, with a ``buffer`` as a real stdin has."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


class TestParseCommand:
    def test_json_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each file gives one JSON object on one line, in the order given."""
        status = main(["parse", str(CLEAN), str(MISSING_TERMINATOR)])
        out, err = capsys.readouterr()
        assert status == 0
        assert err == ""
        lines = out.split("\n")
        assert lines[-1] == ""
        assert [json.loads(line) for line in lines[:-1]] == [
            expected(CLEAN),
            expected(MISSING_TERMINATOR),
        ]

    def test_defects_in_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --strict, a defect is written in the JSON and the exit status is 0."""
        assert main(["parse", str(MISSING_TERMINATOR)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [d["code"] for d in data["defects"]] == ["no-terminator"]

    def test_pretty(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--pretty indents the JSON over several lines, spans kept on one line."""
        assert main(["parse", "--pretty", str(CLEAN)]) == 0
        out = capsys.readouterr().out
        assert json.loads(out) == expected(CLEAN)
        assert out.startswith('{\n  "text": ')
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

    def test_strict_failure(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict writes FILE:LINE:COLUMN: MESSAGE to stderr and exits 1."""
        status = main(["parse", "--strict", str(MISSING_TERMINATOR)])
        out, err = capsys.readouterr()
        assert status == 1
        assert out == ""
        assert err == (
            f"{MISSING_TERMINATOR}:10:8: the story does not end with 'Enditem' [no-terminator]\n"
        )

    def test_strict_goes_on_after_failure(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict still parses the files after a failing one, and exits 1."""
        status = main(["parse", "--strict", str(MISSING_TERMINATOR), str(CLEAN)])
        out, err = capsys.readouterr()
        assert status == 1
        assert [json.loads(line) for line in out.splitlines()] == [expected(CLEAN)]
        assert err.count("\n") == 1

    def test_strict_success(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--strict on a clean story prints it and exits 0."""
        assert main(["parse", "--strict", str(CLEAN)]) == 0
        assert json.loads(capsys.readouterr().out) == expected(CLEAN)

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that cannot be opened is reported at 1:1 and the exit status is 1."""
        missing = tmp_path / "nope.txt"
        status = main(["parse", str(missing), str(CLEAN)])
        out, err = capsys.readouterr()
        assert status == 1
        assert err.startswith(f"{missing}:1:1: cannot read: ")
        assert err.endswith("\n")
        assert [json.loads(line) for line in out.splitlines()] == [expected(CLEAN)]

    def test_not_utf8(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that is not UTF-8 is reported and the exit status is 1."""
        latin = tmp_path / "latin.txt"
        latin.write_bytes("Z\u00fcrich (Xinhua) -- Rain. Enditem".encode("latin-1"))
        assert main(["parse", str(latin)]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err == f"{latin}:1:2: not UTF-8: byte 0xfc cannot be decoded\n"

    def test_directory(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A directory given as a file is reported and the exit status is 1."""
        assert main(["parse", str(tmp_path)]) == 1
        assert capsys.readouterr().err.startswith(f"{tmp_path}:1:1: cannot read: ")

    def test_file_line_ends_kept(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A CR file is read with its CRs, so spans match the file."""
        assert main(["parse", str(FIXTURES / "cr.txt")]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["text"] == (FIXTURES / "cr.txt").read_bytes().decode("utf-8")
        assert "\r" in data["text"]

    def test_stdin_keeps_crlf(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ "-" reads standard input as bytes, so CRLF line ends reach "text" unchanged."""
        data = (FIXTURES / "crlf.txt").read_bytes()
        set_stdin(monkeypatch, data)
        assert main(["parse", "-"]) == 0
        printed = json.loads(capsys.readouterr().out)
        assert printed["text"] == data.decode("utf-8")
        assert printed["text"].count("\r\n") == 15
        assert printed == expected(FIXTURES / "crlf.txt")

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
        """Standard input that is not UTF-8 is reported as <stdin> and exits 1."""
        set_stdin(monkeypatch, b"\xff\xfe Rain")
        assert main(["parse", "-"]) == 1
        assert capsys.readouterr().err == "<stdin>:1:1: not UTF-8: byte 0xff cannot be decoded\n"

    def test_dialect_option(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--dialect names the dialect written into the output."""
        assert main(["parse", "--dialect", "xinhua", str(CLEAN)]) == 0
        assert json.loads(capsys.readouterr().out)["dialect"] == "xinhua"


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
        assert json.loads(lines[0]) == expected(CLEAN)
