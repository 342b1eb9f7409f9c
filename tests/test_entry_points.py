"""Every entry point gives the library's own answer: ``wireparse parse`` and
:func:`wireparse.bag.read_bag` write what :func:`wireparse.iter_articles` gives, the readers give
what ``iter_articles(..., format=...)`` gives, for every fixture, every file of ``../shared``
(when present) and generated dumps, plain and compressed."""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import json
import lzma
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from _paths import SHARED, require
from wireparse import readers
from wireparse._cli import main
from wireparse._show import _render_stories
from wireparse.strategies import rendered_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPORA = SHARED / "corpora"

REPO_FILES = sorted(p for folder in (FIXTURES, EXAMPLES) for p in folder.rglob("*") if p.is_file())


def library(path: Path, **options: Any) -> list[dict[str, Any]]:
    """What the library gives for ``path``: ``to_dict`` of each article, with its file."""
    return [
        {"file": str(path), **wireparse.to_dict(a)}
        for a in wireparse.iter_articles(path, **options)
    ]


DOCUMENT_KEYS = ("id", "date", "type")
"""What the command writes of a corpus or feed document beside its article (see
:func:`test_document_keys_are_the_readers`)."""


def command(
    capsys: pytest.CaptureFixture[str], *arguments: str, keys: bool = False
) -> list[dict[str, Any]]:
    """What ``wireparse parse ARGUMENTS`` writes, as objects, without the document keys
    unless ``keys``; the run must succeed or report no more than defects and cut files."""
    status = main(["parse", *arguments])
    out, _ = capsys.readouterr()
    assert status in (0, 1, 3)
    rows = [json.loads(line) for line in out.splitlines()]
    if not keys:
        for row in rows:
            for key in DOCUMENT_KEYS:
                row.pop(key, None)
    return rows


def by_file(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["file"], []).append(row)
    return grouped


def assert_same(cli: list[dict[str, Any]], lib: list[dict[str, Any]]) -> None:
    """The two paths agree, and both gave something (neither was skipped)."""
    assert cli, "the command wrote nothing"
    assert lib, "the library gave nothing"
    assert len(cli) == len(lib)
    assert cli == lib


@pytest.mark.parametrize("path", REPO_FILES, ids=lambda p: p.name)
def test_command_is_the_library_on_each_repo_file(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wireparse parse FILE`` writes ``to_dict`` of each article ``iter_articles`` gives."""
    assert_same(command(capsys, str(path)), library(path))


@pytest.mark.parametrize("corpus", ["wire", "reuters21578", "aquaint", "kbp2010"])
def test_command_is_the_library_on_each_shared_file(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every file of a shared corpus, read as a folder by the command and one by one by the
    library, each in the format sniffed from its content."""
    folder = require(CORPORA / corpus)
    cli = by_file(command(capsys, str(folder)))
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert files
    compared = 0
    for path in files:
        lib = library(path)
        if not lib:  # a README or a DTD holds no story: the command says so, writes nothing
            assert str(path) not in cli
            continue
        assert_same(cli.pop(str(path)), lib)
        compared += 1
    assert not cli, "the command wrote stories of files the library did not read"
    assert compared >= len(files) // 2


def test_shared_wire_files_name_their_agencies(capsys: pytest.CaptureFixture[str]) -> None:
    """Kyodo, AP, dpa and ATS transmissions are read in their own dialects by the command
    (AP's agate tables, which print no dateline, excepted)."""
    folder = require(CORPORA / "wire")
    found: dict[str, set[str]] = {}
    for row in command(capsys, str(folder)):
        found.setdefault(Path(row["file"]).parent.name, set()).add(row["dialect"])
    assert {agency: agency in dialects for agency, dialects in found.items()} == {
        "kyodo": True,
        "ap": True,
        "dpa": True,
        "ats": True,
    }
    [kyodo] = command(capsys, str(folder / "kyodo" / "kyodo.txt"))
    assert (kyodo["dialect"], kyodo["defects"]) == ("kyodo", [])


def test_reuters_file_gives_its_documents(capsys: pytest.CaptureFixture[str]) -> None:
    """A Reuters-21578 file is its 1,000 documents, each the reader's article."""
    path = require(CORPORA / "reuters21578" / "reut2-000.sgm")
    rows = command(capsys, str(path))
    assert len(rows) == 1000
    articles = [d.article for d in readers.reuters21578(path)]
    assert rows == [{"file": str(path), **wireparse.to_dict(a)} for a in articles if a]


@pytest.mark.parametrize("corpus", ["kbp2010", "aquaint"])
def test_document_keys_are_the_readers(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    """For a corpus document the command writes the reader's id, date and type first."""
    folder = require(CORPORA / corpus)
    rows = command(capsys, str(folder), keys=True)
    expected = [
        (str(path), d.id, d.date.isoformat() if d.date else None, d.type)
        for path in sorted(folder.iterdir())
        for d in readers.aquaint(path, parse=False)
    ]
    assert len(rows) == len(expected) > 0
    assert [(r["file"], r["id"], r["date"], r["type"]) for r in rows] == expected
    assert all(list(row)[:4] == ["file", *DOCUMENT_KEYS] for row in rows)


def test_readers_are_iter_articles_with_a_format() -> None:
    """``readers.aquaint(path)`` gives the articles ``iter_articles(path)`` gives."""
    paths = sorted(require(CORPORA / "aquaint").iterdir())[:40]
    for path in paths:
        documents = list(readers.aquaint(path))
        assert documents
        assert [d.article for d in documents] == list(wireparse.iter_articles(path))
        assert [d.article for d in documents] == list(
            wireparse.iter_articles(path, format="aquaint")
        )


COMPRESSORS = {"": None, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


@settings(max_examples=20, deadline=None)
@given(
    drawn=st.lists(rendered_articles(), min_size=1, max_size=6),
    suffix=st.sampled_from(sorted(COMPRESSORS)),
    name=st.sampled_from(["dump.txt", "dump.bin"]),
    separator=st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_command_is_the_library_on_generated_dumps(
    tmp_path_factory: pytest.TempPathFactory,
    drawn: list[tuple[Any, str]],
    suffix: str,
    name: str,
    separator: str,
) -> None:
    """A generated dump, plain or compressed, named for its compression or not: the command's
    objects, ``iter_articles`` on the path and on a stream of its bytes agree."""
    text = separator.join(story for _, story in drawn)
    data = text.encode()
    compress = COMPRESSORS[suffix]
    if compress is not None:
        data = compress(data)
    path = tmp_path_factory.mktemp("dump") / (name + suffix)
    path.write_bytes(data)
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["parse", str(path)])
    assert status in (0, 3), err.getvalue()
    cli = [json.loads(line) for line in out.getvalue().splitlines()]
    lib = library(path)
    if text.strip():
        assert_same(cli, lib)
        from_stream = list(wireparse.iter_articles(io.BytesIO(data)))
        assert [{"file": str(path), **wireparse.to_dict(a)} for a in from_stream] == lib
    else:
        assert cli == lib == []


def test_bag_is_the_library(tmp_path: Path) -> None:
    """``read_bag`` gives, file by file, what ``iter_articles`` gives, compressed or not."""
    pytest.importorskip("dask.bag")
    from wireparse.bag import read_bag

    story = (FIXTURES / "kicker_feature.txt").read_bytes()
    plain = tmp_path / "a.txt"
    plain.write_bytes(story + b"\n" + story)
    packed = tmp_path / "b.data"  # no suffix says it is compressed: the bytes do
    packed.write_bytes(gzip.compress(story))
    rows = read_bag([plain, packed], as_dicts=True).compute()
    expected = [
        {"file": str(p), **wireparse.to_dict(a)}
        for p in (plain, packed)
        for a in wireparse.iter_articles(p)
    ]
    assert len(expected) == 3
    assert rows == expected


SHOWN = [
    *REPO_FILES[:6],
    CORPORA / "wire" / "kyodo" / "kyodo.txt",
    CORPORA / "wire" / "ats" / "ats.txt",
]


@pytest.mark.parametrize("path", SHOWN, ids=lambda p: p.name)
def test_show_draws_the_library_articles(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``wireparse show FILE`` draws the articles ``iter_articles`` gives for FILE."""
    require(path)
    articles = list(wireparse.iter_articles(path))
    assert articles
    assert main(["show", str(path)]) == 0
    page, _ = capsys.readouterr()
    if len(articles) == 1:
        assert page == wireparse.render_html(articles[0])
    else:
        assert page == _render_stories(articles, title=str(path))
