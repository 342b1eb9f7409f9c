"""The README tells the truth: its Python example prints what it says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# The example: a ```python block, the word "prints", then a ```text block.
EXAMPLE = re.compile(r"```python\n(?P<code>.*?)```\n\nprints\n\n```text\n(?P<output>.*?)```", re.S)


class TestReadme:
    def test_example_output(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Running the README's Python example from the repo root prints the README's output."""
        match = EXAMPLE.search(README)
        assert match is not None, "README.md has no python example followed by its output"
        monkeypatch.chdir(ROOT)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(match["code"], {"__name__": "readme_example"})
        assert out.getvalue() == match["output"]

    def test_commands_name_existing_files(self) -> None:
        """Every file a README command names is in the repository."""
        commands = re.findall(r"```sh\n(.*?)```", README, re.S)
        assert len(commands) == 2
        for name in re.findall(r"\b(examples/[\w.-]+)", "".join(commands)):
            assert (ROOT / name).exists(), name

    def test_ci_runs_readme_commands(self) -> None:
        """.ci/run runs both README set-up commands exactly as written."""
        ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        for command in re.findall(r"```sh\n(.*?)\n```", README, re.S):
            assert command in ci
