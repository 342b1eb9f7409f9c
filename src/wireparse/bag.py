"""Read corpus dumps into a Dask bag, one partition per file, parsed where the bag is computed.

This module needs Dask (``pip install 'wireparse[dask]'``); it is imported when
:func:`read_bag` is first called, so that ``import wireparse.bag`` alone costs nothing.

Example:
    >>> from wireparse.bag import read_bag
    >>> bag = read_bag("corpus/*.txt.gz", as_dicts=True)  # doctest: +SKIP
    >>> places = bag.pluck("dateline").filter(None).pluck("location")  # doctest: +SKIP
    >>> places.frequencies().topk(3, key=1).compute()  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import dialects
from ._json import to_dict
from ._models import Article
from ._pipeline import iter_articles
from .dialects import Dialect

if TYPE_CHECKING:
    import dask.bag

PathLike = str | os.PathLike[str]
"""A local path, or a URL that fsspec opens (``s3://bucket/key``, ``memory://name``, ...)."""

_GLOB_CHARACTERS = frozenset("*?[")


def read_bag(
    paths: PathLike | Sequence[PathLike],
    *,
    dialect: Dialect | str | None = None,
    as_dicts: bool = False,
    strict: bool = False,
) -> dask.bag.Bag:
    """Return a lazy Dask bag of the articles of many dumps, one partition per file.

    Nothing is read when the bag is made: each partition reads its file with
    :func:`wireparse.iter_articles` when the bag is computed, on whichever worker runs it, so
    every file must be readable there (a path on a disk the workers share, or a URL).

    Args:
        paths: A list of files, or one string: a file, or a glob pattern such as
            ``"corpus/**/*.txt.gz"`` (matches are sorted). A path that holds ``://`` is a URL
            opened with fsspec (``s3://...`` needs ``s3fs``). Each file is read as
            :func:`wireparse.iter_articles` reads it (compression found from the content, the
            container's format sniffed).
        dialect: A dialect, a registered dialect's name, or None for the default.
        as_dicts: Give :func:`wireparse.to_dict` dicts, each with a ``"file"`` key naming its
            file, instead of :class:`~wireparse.Article` values.
        strict: Fail the computation on the first story with a defect
            (:class:`~wireparse.ParseError`) instead of recording defects.

    Returns:
        A ``dask.bag.Bag`` of articles (or dicts), in the order of the files and of the
        stories in each file.

    Raises:
        ImportError: Dask is not installed.
        FileNotFoundError: A glob pattern matches no file.
        KeyError: ``dialect`` names no registered dialect.
        TypeError: ``paths`` is neither a path nor a list of them.
    """
    try:
        import dask.bag
        from dask.delayed import delayed
    except ImportError as error:
        raise ImportError(
            "wireparse.bag.read_bag needs Dask: pip install 'wireparse[dask]'"
        ) from error
    dialects.resolve(dialect)  # an unknown name fails here, not on a worker
    files = _files(paths)
    read = delayed(_read_file, pure=True)
    bag: dask.bag.Bag = dask.bag.from_delayed(
        [read(name, dialect, as_dicts, strict) for name in files]
    )
    return bag


def _files(paths: PathLike | Sequence[PathLike]) -> list[str]:
    """The files ``paths`` names: a list as it is, a glob pattern expanded and sorted."""
    if isinstance(paths, (str, os.PathLike)):
        pattern = os.fspath(paths)
        if not _GLOB_CHARACTERS & set(pattern):
            return [pattern]
        found = _url_glob(pattern) if _is_url(pattern) else glob.glob(pattern, recursive=True)  # noqa: PTH207 - absolute patterns too
        if not found:
            raise FileNotFoundError(f"no file matches {pattern!r}")
        return sorted(found)
    if isinstance(paths, Sequence):
        files = []
        for path in paths:
            if not isinstance(path, (str, os.PathLike)):
                raise TypeError(f"read_bag() expects paths, got {type(path).__name__}")
            files.append(os.fspath(path))
        return files
    raise TypeError(f"read_bag() expects a path, a pattern or a list, not {type(paths).__name__}")


def _is_url(path: str) -> bool:
    return "://" in path


def _url_glob(pattern: str) -> list[str]:
    import fsspec.core

    filesystem, _, found = fsspec.core.get_fs_token_paths(pattern)
    return [filesystem.unstrip_protocol(path) for path in found]


def _read_file(
    name: str, dialect: Dialect | str | None, as_dicts: bool, strict: bool
) -> list[Article] | list[dict[str, Any]]:
    """Read one partition: every article of the file ``name``."""
    if _is_url(name):
        import fsspec

        # Opened as bytes: iter_articles decompresses by content, as it does for a local file.
        with fsspec.open(name, "rb") as stream:
            articles = list(iter_articles(stream, dialect=dialect, strict=strict))
    else:
        articles = list(iter_articles(name, dialect=dialect, strict=strict))
    if as_dicts:
        return [{"file": name, **to_dict(article)} for article in articles]
    return articles
