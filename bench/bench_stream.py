"""Benchmark ``wireparse.iter_articles`` against the floor and a hand-written ``re`` script.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_stream.py

It builds a dump of Xinhua stories in the seed's layout from the XIE documents of
``../shared/corpora/aquaint`` (as ``bench_parse.py`` does; the dump goes to a temporary
directory and is never committed), then times three readers of the same file, interleaved, in
each of ``--repeats`` rounds:

1. the floor: read the dump as UTF-8 and split it into lines;
2. a plain hand-written ``re`` script, the one a user writes in thirty lines to pull the id
   lines, headline, dateline, paragraphs and ``Enditem`` out of this layout and nothing more
   (:func:`hand_written`);
3. ``list(wireparse.iter_articles(path))``, which also finds source and date lines, furniture,
   subheadings and every span, and checks each story for defects;

and, to show where part of the difference lies, (3) once more with Python's cycle collector
paused (:func:`gc.disable`): the articles kept in the list are objects the collector walks
again and again as the list grows.

It prints MB/s (10**6 bytes of the file per second) of each, best and median round, and the
ratio of (3) to (2). ``--profile`` runs (3) once more under cProfile and prints where the time
goes. With ``../shared`` absent it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wireparse
from bench_parse import DEFAULT_SHARED, MB, build_dump, shared_documents

# -- (2) the script a user would write ------------------------------------------------------------

ID = re.compile(r"^\d+$")
DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]*(?:, [A-Za-z .]+)?),? ?([A-Z][a-z]+\.? \d{1,2})? ?\(Xinhua\) -- "
)


def hand_written(path: Path) -> list[dict[str, Any]]:
    """Read the dump with a few regular expressions: ids, headline, dateline, paragraphs."""
    stories = []
    lines: list[str] | None = None
    with open(path, encoding="utf-8") as f:  # noqa: PTH123 - as a user writes it
        for line in f:
            line = line.strip()  # noqa: PLW2901
            if ID.match(line):
                if lines is None:
                    lines = [line]
                else:
                    lines.append(line)
                    stories.append(_story(lines))
                    lines = None
            elif line and lines is not None:
                lines.append(line)
    return stories


def _story(lines: list[str]) -> dict[str, Any]:
    story: dict[str, Any] = {"id": lines[0], "end_id": lines[-1]}
    body = [line for line in lines[1:-1] if line != "Home -"]
    story["headline"] = body[0]
    paragraphs = body[1:]
    for i, line in enumerate(body):
        match = DATELINE.match(line)
        if match:
            story["location"], story["date"] = match.group(1), match.group(2)
            paragraphs = [line[match.end() :], *body[i + 1 :]]
            break
    if paragraphs and paragraphs[-1].endswith("Enditem"):
        paragraphs[-1] = paragraphs[-1][: -len("Enditem")].rstrip()
        story["terminator"] = "Enditem"
    story["paragraphs"] = paragraphs
    return story


# -- (1) the floor and (3) the library ------------------------------------------------------------


def floor(path: Path) -> int:
    """Read the dump as UTF-8 and split it into lines."""
    count = 0
    with open(path, encoding="utf-8") as f:  # noqa: PTH123 - as a user writes it
        for _ in f:
            count += 1
    return count


def library(path: Path) -> list[wireparse.Article]:
    """Every article of the dump, as wireparse reads it."""
    return list(wireparse.iter_articles(path))


def library_without_collector(path: Path) -> list[wireparse.Article]:
    """The same, with Python's cycle collector paused: what walking the articles kept in the
    list costs it, which the script's few dicts hardly do."""
    gc.disable()
    try:
        return library(path)
    finally:
        gc.enable()


READERS: dict[str, Callable[[Path], object]] = {
    "floor: read and split lines": floor,
    "hand-written re script": hand_written,
    "wireparse.iter_articles": library,
    "  the same, collector paused": library_without_collector,
}


def main(argv: list[str] | None = None) -> int:
    """Build the dump, time the readers, print the table."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=24.0, help="size of the dump in MB")
    options.add_argument("--repeats", type=int, default=5, help="timed rounds")
    options.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    options.add_argument("--profile", action="store_true", help="profile the library once")
    args = options.parse_args(argv)

    documents = shared_documents(args.shared)
    if not documents:
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.txt"
        build_dump(documents, int(args.mb * MB), path)
        size = path.stat().st_size
        stories = len(hand_written(path))
        articles = library(path)
        print(f"dump: {size / MB:.1f} MB, {stories} stories; wireparse read {len(articles)}")
        print(f"python {sys.version.split()[0]}, {args.repeats} rounds, interleaved\n")
        times: dict[str, list[float]] = {name: [] for name in READERS}
        for _ in range(args.repeats):
            for name, reader in READERS.items():
                began = time.perf_counter()
                reader(path)
                times[name].append(time.perf_counter() - began)
        print(f"| {'reader':<30} | best MB/s | median MB/s |")
        print(f"|{'-' * 32}|-----------|-------------|")
        for name, seconds in times.items():
            best, median = min(seconds), statistics.median(seconds)
            print(f"| {name:<30} | {size / MB / best:9.1f} | {size / MB / median:11.1f} |")
        script, ours = times["hand-written re script"], times["wireparse.iter_articles"]
        print(
            f"\nratio wireparse / script: best {min(ours) / min(script):.2f}, "
            f"median {statistics.median(ours) / statistics.median(script):.2f}"
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(library, path)
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
