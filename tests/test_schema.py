"""The JSON Schema: it holds every article's JSON form, refuses what is no article, and the
command line prints it."""

from __future__ import annotations

import copy
import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from _paths import SHARED, require
from wireparse import Article, DefectCode, dialects
from wireparse._cli import main
from wireparse._schema import _object
from wireparse.strategies import arbitrary_texts, dialect_stories, rendered_articles

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "fixtures").glob("*.txt")) + sorted(
    (ROOT / "examples").glob("*.txt")
)
SCHEMA = wireparse.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
RECORDS = jsonschema.Draft202012Validator(
    {**SCHEMA, "$ref": "#/$defs/record"},
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def assert_valid(article: Article) -> None:
    """Assert that ``to_dict(article)`` holds to the schema, showing the first error if not."""
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in VALIDATOR.iter_errors(wireparse.to_dict(article))
    ]
    assert errors == []


def full_article() -> dict[str, Any]:
    """The JSON form of the example story, with a defect added so every list has an item."""
    data = wireparse.to_dict(wireparse.parse(read(ROOT / "examples" / "kunming-flower-market.txt")))
    data["defects"] = [{"code": "unknown-line", "message": "a line", "span": [0, 4]}]
    VALIDATOR.validate(data)
    return data


class TestSchema:
    def test_is_draft_2020_12(self) -> None:
        """The schema is a valid draft 2020-12 schema and says so."""
        assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(SCHEMA)

    def test_fresh_dict(self) -> None:
        """Each call returns a new dict: changing one leaves the next call as it was."""
        schema = wireparse.json_schema()
        schema["$defs"]["span"]["minItems"] = 5
        schema["$defs"]["article"]["required"].clear()
        assert wireparse.json_schema() == SCHEMA
        assert SCHEMA["$defs"]["span"]["minItems"] == 2

    def test_defect_codes(self) -> None:
        """A defect's code is one of DefectCode's values, all of them."""
        code = SCHEMA["$defs"]["defect"]["properties"]["code"]
        assert code["enum"] == [c.value for c in DefectCode]

    def test_record_is_article_and_file(self) -> None:
        """The record definition is the article's, with "file" added, and the optional
        "id", "date" and "type" of a corpus document."""
        article, record = SCHEMA["$defs"]["article"], SCHEMA["$defs"]["record"]
        assert record["required"] == ["file", *article["required"]]
        properties = record["properties"]
        assert properties == {
            "file": properties["file"],
            "id": properties["id"],
            "date": properties["date"],
            "type": properties["type"],
            **article["properties"],
        }
        assert properties["file"]["type"] == "string"
        assert properties["id"]["type"] == properties["type"]["type"] == ["string", "null"]

    def test_every_field_is_described(self) -> None:
        """Each property of each model has a description, taken from the model's docstring."""
        for name, definition in SCHEMA["$defs"].items():
            for key, value in definition.get("properties", {}).items():
                assert value.get("description"), (name, key)
        headline = SCHEMA["$defs"]["headline"]["properties"]["title"]["description"]
        assert headline.startswith("The rest of the line after the kicker")
        assert "None" not in json.dumps(SCHEMA)

    def test_model_and_schema_must_agree(self) -> None:
        """A model whose fields the schema's table does not list exactly is refused."""
        with pytest.raises(TypeError, match="Heading"):
            _object(wireparse.Heading, {"text": {"type": "string"}})


class TestValid:
    @pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
    def test_fixtures(self, path: Path) -> None:
        """The JSON form of each fixture and example holds to the schema."""
        assert_valid(wireparse.parse(read(path)))

    def test_wire_corpus(self) -> None:
        """So does that of every story of the shared wire files (AP, ATS, dpa, Kyodo ...)."""
        files = sorted(p for p in require(SHARED / "corpora" / "wire").rglob("*") if p.is_file())
        articles = [a for path in files for a in wireparse.iter_articles(path)]
        assert articles
        assert {a.dialect for a in articles} > {"xinhua"}
        for article in articles:
            assert_valid(article)

    @given(rendered_articles())
    def test_generated_stories(self, case: tuple[object, str]) -> None:
        """So does that of generated Xinhua stories."""
        assert_valid(wireparse.parse(case[1]))

    @given(data=st.data())
    def test_stories_of_any_dialect(self, data: st.DataObject) -> None:
        """So does that of a generated story in a built-in dialect's conventions."""
        dialect = data.draw(st.sampled_from(dialects.BUILT_IN))
        story = data.draw(dialect_stories(dialect))
        assert_valid(wireparse.parse(story.text, reference_date=story.date))

    @given(arbitrary_texts())
    def test_any_text(self, text: str) -> None:
        """So does that of any text at all, damaged stories and control characters included."""
        assert_valid(wireparse.parse(text))


def broken(data: dict[str, Any], *path: str | int, value: object = KeyError) -> dict[str, Any]:
    """A copy of ``data`` with the key at ``path`` deleted, or set to ``value``."""
    result = copy.deepcopy(data)
    target: Any = result
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result


class TestInvalid:
    @pytest.mark.parametrize(
        ("path", "value"),
        [
            (("text",), KeyError),
            (("headline", "title"), KeyError),
            (("sections", 0, "span"), KeyError),
            (("headline", "span"), [1, 2, 3]),
            (("headline", "span"), [5]),
            (("headline", "span"), [-1, 4]),
            (("headline", "span"), ["0", "4"]),
            (("dateline", "date"), "14 March 2026"),
            (("defects", 0, "code"), "no-such-code"),
            (("meta_lines", 0, "kind"), "credit"),
            (("start_line",), 0),
            (("sections",), None),
            (("headline", "colour"), "red"),
            (("file",), "story.txt"),
        ],
    )
    def test_broken_article(self, path: tuple[str | int, ...], value: object) -> None:
        """A missing key, a wrong span, date or code, an unknown key: each fails validation."""
        data = full_article()
        assert VALIDATOR.is_valid(data)
        assert not VALIDATOR.is_valid(broken(data, *path, value=value))

    def test_record_needs_file(self) -> None:
        """A record is an article with "file": without it, or with a wrong one, it fails."""
        data = {"file": "story.txt", **full_article()}
        assert RECORDS.is_valid(data)
        assert not RECORDS.is_valid(broken(data, "file"))
        assert not RECORDS.is_valid(broken(data, "file", value=3))
        assert not RECORDS.is_valid(broken(data, "text"))


class TestCommand:
    def test_schema_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`wireparse schema` prints json_schema(), indented."""
        assert main(["schema"]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out) == SCHEMA
        assert out.startswith('{\n  "$schema": ')
        assert err == ""

    @pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
    def test_parse_output_is_records(self, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Every object `wireparse parse` writes holds to the record definition."""
        main(["parse", str(path)])
        lines = capsys.readouterr().out.splitlines()
        assert lines
        for line in lines:
            RECORDS.validate(json.loads(line))

    def test_corpus_documents_carry_id_date_and_type(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`wireparse parse` on LDC files, format detected, writes one record per document,
        each with the document's id, date and type beside "file"; a dump's records have none."""
        folder = ROOT / "tests" / "fixtures" / "ldc"
        assert main(["parse", str(folder)]) == 0
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        for record in records:
            RECORDS.validate(record)
            assert list(record)[:4] == ["file", "id", "date", "type"]
        kept = {(r["id"], r["date"], r["type"]) for r in records}
        assert ("APW_ENG_20240507.0101.LDC2009T13", "2024-05-07", "NEWS STORY") in kept
        assert ("AFP_ENG_20240506.0043", "2024-05-06", "multi") in kept
        assert ("XIN_ENG_20240508.0007", "2024-05-08", None) in kept
        assert len(records) == 8
        assert main(["parse", str(FILES[0])]) == 0
        [dump] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert "id" not in dump
        assert "date" not in dump
        assert not RECORDS.is_valid({**dump, "date": "6 May"})

    def test_schema_command_cannot_write(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An output that fails (a full disk) is reported on stderr, with exit status 1."""

        class Full(io.StringIO):
            def write(self, text: str) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(sys, "stdout", Full())
        assert main(["schema"]) == 1
        assert capsys.readouterr().err == "<stdout>: cannot write: No space left on device\n"

    @pytest.mark.parametrize("how", ["closed", "pipe"])
    def test_schema_command_without_reader(self, how: str) -> None:
        """With standard output closed, or a reader that goes away, the command ends with exit
        status 1 and no traceback."""
        command = [sys.executable, "-m", "wireparse", "schema"]
        if how == "closed":
            closed = ["sh", "-c", 'exec "$@" >&-', "sh", *command]
            result = subprocess.run(closed, stderr=subprocess.PIPE, check=False)
            assert result.stderr == b"<stdout>: cannot write: standard output is closed\n"
        else:
            read, write = os.pipe()
            os.close(read)
            with os.fdopen(write, "wb") as pipe:
                result = subprocess.run(command, stdout=pipe, stderr=subprocess.PIPE, check=False)
            assert result.stderr == b""
        assert result.returncode == 1
