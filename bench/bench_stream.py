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

and, to show where the difference lies, (3) once more with Python's cycle collector paused
(:func:`gc.disable`): the articles kept in the list are objects the collector walks again and
again as the list grows; and (4) no parse at all, only the making of the same articles from
their values, made ready beforehand, with the models' constructors (:func:`build`): what the
result alone costs, the least any parser that gives these objects can take. The benchmark's
own data (the documents, those values) is frozen out of the collector's way
(:func:`gc.freeze`) while the readers run, so that each reader's collections walk only what it
makes.

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

# -- (4) what the articles alone cost -------------------------------------------------------------

OBJECTS = "articles alone, no parsing"

Parts = tuple[Any, ...]
"""An article's values, plain: what :func:`build` makes the article of again."""


def parts(a: wireparse.Article) -> Parts:
    """The values of an article of a plain story, flat."""
    i, h, d = a.id_markers, a.headline, a.dateline
    return (
        a.text,
        a.dialect,
        i and (i.start, i.end, i.start_span, i.end_span, i.span),
        h and (h.text, h.kicker, h.title, h.take, h.span),
        [(m.kind, m.text, m.span) for m in a.meta_lines],
        a.source,
        a.published,
        d and (d.text, d.location, d.city, d.region, d.date_text, d.date, d.agency, d.span),
        [
            (
                s.heading and (s.heading.text, s.heading.span),
                [(p.text, p.span) for p in s.paragraphs],
                s.span,
            )
            for s in a.sections
        ],
        a.terminator and (a.terminator.text, a.terminator.span),
        [(f.kind, f.text, f.span) for f in a.furniture],
        [(x.code, x.message, x.span) for x in a.defects],
        a.start_line,
    )


def build(values: Parts) -> wireparse.Article:
    """Make the article of ``values`` with the models' constructors, as a parse ends by doing."""
    text, dialect, i, h, metas, source, published, d, sections, t, furniture, defects, line = values
    m = wireparse  # the models
    return m.Article(
        text=text,
        dialect=dialect,
        id_markers=i
        and m.IdMarkers(start=i[0], end=i[1], start_span=i[2], end_span=i[3], span=i[4]),
        headline=h and m.Headline(text=h[0], kicker=h[1], title=h[2], take=h[3], span=h[4]),
        meta_lines=tuple([m.MetaLine(kind=k, text=x, span=(s[0], s[1])) for k, x, s in metas]),
        source=source,
        published=published,
        dateline=d
        and m.Dateline(
            text=d[0],
            location=d[1],
            city=d[2],
            region=d[3],
            date_text=d[4],
            date=d[5],
            agency=d[6],
            span=(d[7][0], d[7][1]),
        ),
        sections=tuple(
            [
                m.Section(
                    heading=head and m.Heading(text=head[0], span=(head[1][0], head[1][1])),
                    paragraphs=tuple([m.Paragraph(text=x, span=(s[0], s[1])) for x, s in members]),
                    span=(span[0], span[1]),
                )
                for head, members, span in sections
            ]
        ),
        terminator=t and m.Terminator(text=t[0], span=(t[1][0], t[1][1])),
        furniture=tuple([m.Furniture(kind=k, text=x, span=(s[0], s[1])) for k, x, s in furniture]),
        defects=tuple([m.Defect(code=c, message=x, span=(s[0], s[1])) for c, x, s in defects]),
        start_line=line,
    )


def objects_only(values: list[Parts]) -> Callable[[Path], object]:
    """A reader that makes the articles of ``values`` again and parses nothing: what the result
    alone costs."""

    def reader(_: Path) -> list[wireparse.Article]:
        return [build(v) for v in values]

    return reader


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
        values = [parts(a) for a in articles]
        assert [build(v) for v in values] == articles, "parts() misses a field of the model"
        readers = {**READERS, OBJECTS: objects_only(values)}
        del articles
        # The benchmark's own data (the documents, the values of (4)) stays out of the
        # collector's way: each reader's collections walk what it makes, and that alone.
        gc.collect()
        gc.freeze()
        times: dict[str, list[float]] = {name: [] for name in readers}
        for _ in range(args.repeats):
            for name, reader in readers.items():
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
        alone = times[OBJECTS]
        print(
            f"ratio of the articles alone / script: best {min(alone) / min(script):.2f}, "
            f"median {statistics.median(alone) / statistics.median(script):.2f}"
        )
        gc.unfreeze()
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(library, path)
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
