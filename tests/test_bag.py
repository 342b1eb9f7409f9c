"""wireparse.bag: dumps read into a Dask bag, one partition per file, on Dask's local schedulers.

Skipped when Dask is not installed (``pip install 'wireparse[dask]'``), but for the error that
says how to install it.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from types import ModuleType

import pytest

import wireparse
from wireparse.bag import read_bag

STORY = (
    "{opening}\nWheat harvest ends early in district {n}\nXinhua\n2025-06-05\n\n"
    "ZHENGZHOU, June 5 (Xinhua) -- Farmers in district {n} brought in the wheat on Thursday."
    "{end}\n\n{closing}\n\n"
)


def write_dump(path: Path, numbers: range, *, missing: frozenset[int] = frozenset()) -> Path:
    """Write stories ``numbers`` between id lines, those in ``missing`` without "Enditem"."""
    text = "".join(
        STORY.format(
            n=n,
            opening=9100000 + 2 * n,
            closing=9100001 + 2 * n,
            end="" if n in missing else " Enditem",
        )
        for n in numbers
    )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def dask_bag() -> ModuleType:
    """The dask.bag module; the test is skipped when Dask is not installed."""
    pytest.importorskip("dask")
    return pytest.importorskip("dask.bag")


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    """Three dumps: two plain, one compressed, with five stories in all."""
    first = write_dump(tmp_path / "a.txt", range(2))
    second = write_dump(tmp_path / "b.txt", range(2, 3), missing=frozenset({2}))
    plain = write_dump(tmp_path / "c.txt", range(3, 5))
    third = tmp_path / "c.txt.gz"
    third.write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    return [first, second, third]


def articles_of(paths: list[Path]) -> list[wireparse.Article]:
    return [article for path in paths for article in wireparse.iter_articles(path)]


@pytest.mark.usefixtures("dask_bag")
class TestReadBag:
    def test_one_partition_per_file(self, corpus: list[Path]) -> None:
        """Each file is a partition, and the bag holds every article in order."""
        bag = read_bag(corpus)
        assert bag.npartitions == 3
        assert bag.compute(scheduler="synchronous") == articles_of(corpus)

    def test_glob(self, corpus: list[Path], tmp_path: Path) -> None:
        """A glob pattern reads the matching files, sorted."""
        bag = read_bag(str(tmp_path / "*.txt*"))
        assert bag.npartitions == 3
        assert bag.compute(scheduler="synchronous") == articles_of(corpus)
        assert read_bag(str(tmp_path / "[ab].txt")).npartitions == 2

    def test_glob_matching_nothing(self, tmp_path: Path) -> None:
        """A pattern that matches no file is an error at once."""
        with pytest.raises(FileNotFoundError, match=r"no file matches"):
            read_bag(str(tmp_path / "*.sgml"))

    def test_lazy(self, tmp_path: Path) -> None:
        """Nothing is read until the bag is computed."""
        path = tmp_path / "later.txt"
        bag = read_bag([path])
        write_dump(path, range(3))
        assert bag.count().compute(scheduler="synchronous") == 3

    def test_as_dicts(self, corpus: list[Path]) -> None:
        """as_dicts gives to_dict dicts with the file's name, which from_dict reads back."""
        dicts = read_bag(corpus, as_dicts=True).compute(scheduler="synchronous")
        assert [d["file"] for d in dicts] == [str(corpus[0])] * 2 + [str(corpus[1])] + [
            str(corpus[2])
        ] * 2
        assert [wireparse.from_dict(d) for d in dicts] == articles_of(corpus)
        assert dicts[0] == {"file": str(corpus[0]), **wireparse.to_dict(articles_of(corpus)[0])}

    def test_bag_operations(self, corpus: list[Path]) -> None:
        """The bag works with Dask's own operations: count defects by code across files."""
        codes = (
            read_bag(corpus, as_dicts=True)
            .pluck("defects")
            .flatten()
            .pluck("code")
            .frequencies()
            .compute(scheduler="synchronous")
        )
        assert dict(codes) == {"no-terminator": 1}

    def test_strict(self, corpus: list[Path]) -> None:
        """strict fails the computation on the first defective story."""
        bag = read_bag(corpus, strict=True)
        with pytest.raises(wireparse.ParseError, match=r"no-terminator"):
            bag.compute(scheduler="synchronous")
        assert read_bag([corpus[0]], strict=True).count().compute(scheduler="synchronous") == 2

    def test_unknown_dialect(self, corpus: list[Path]) -> None:
        """An unknown dialect name is an error when the bag is made, not when computed."""
        with pytest.raises(KeyError, match=r"unknown dialect"):
            read_bag(corpus, dialect="no-such-agency")

    def test_dialect_by_name(self, corpus: list[Path]) -> None:
        """A registered dialect's name reaches each partition."""
        dicts = read_bag(corpus, dialect="xinhua", as_dicts=True).compute(scheduler="synchronous")
        assert {d["dialect"] for d in dicts} == {"xinhua"}

    @pytest.mark.parametrize("paths", [42, [Path("a.txt"), 42]])
    def test_wrong_paths(self, paths: object) -> None:
        """Something that is neither a path nor a list of paths is a TypeError."""
        with pytest.raises(TypeError, match=r"read_bag\(\) expects"):
            read_bag(paths)  # type: ignore[arg-type]

    def test_url(self, corpus: list[Path]) -> None:
        """A URL is opened with fsspec and decompressed by its extension."""
        fsspec = pytest.importorskip("fsspec")
        memory = fsspec.filesystem("memory")
        for path in corpus:
            memory.pipe(f"/wireparse-test/{path.name}", path.read_bytes())
        try:
            bag = read_bag("memory://wireparse-test/*.txt*", as_dicts=True)
            dicts = bag.compute(scheduler="synchronous")
        finally:
            memory.rm("/wireparse-test", recursive=True)
        assert bag.npartitions == 3
        assert [wireparse.from_dict(d) for d in dicts] == articles_of(corpus)
        assert dicts[-1]["file"].startswith("memory://")
        assert dicts[-1]["file"].endswith("/wireparse-test/c.txt.gz")

    @pytest.mark.timeout(120)
    def test_processes_scheduler(self, corpus: list[Path]) -> None:
        """On the processes scheduler, the partitions are read in worker processes."""
        dicts = read_bag(corpus, as_dicts=True).compute(scheduler="processes", num_workers=2)
        assert [wireparse.from_dict(d) for d in dicts] == articles_of(corpus)


class TestWithoutDask:
    def test_error_says_how_to_install(
        self, monkeypatch: pytest.MonkeyPatch, corpus: list[Path]
    ) -> None:
        """Without Dask, read_bag says to install the dask extra."""
        monkeypatch.setitem(sys.modules, "dask", None)
        monkeypatch.setitem(sys.modules, "dask.bag", None)
        with pytest.raises(ImportError, match=r"pip install 'wireparse\[dask\]'"):
            read_bag(corpus)
