"""Benchmark ``wireparse.iter_articles`` against the floor and a hand-written ``re`` script.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_stream.py
    python bench/bench_stream.py --baseline ../baseline/src   # another tree beside this one

It builds a dump of Xinhua stories in the seed's layout from the XIE documents of
``../shared/corpora/aquaint`` (as ``bench_parse.py`` does; the dump goes to a temporary
directory and is never committed), then times readers of the same file, interleaved, in each
of ``--repeats`` rounds:

1. the floor: read the dump as UTF-8 and split it into lines;
2. a plain hand-written ``re`` script, the one a user writes in thirty lines to pull the id
   lines, headline, dateline, paragraphs and ``Enditem`` out of this layout and nothing more
   (:func:`hand_written`);
3. ``for a in wireparse.iter_articles(path)``, reading what a user reads of each article: the
   headline's text, the dateline's place and date, every paragraph's text (:func:`streamed`);
4. ``list(wireparse.iter_articles(path))``, which keeps every article (:func:`listed`), and the
   same with Python's cycle collector paused (:func:`gc.disable`): the articles kept in the
   list are objects the collector walks again and again as the list grows;
5. the command line, ``wireparse parse DUMP -o OUT.jsonl``, in one process and with ``--jobs
   2``: from the dump to JSON Lines, the start of Python included;
6. no parse at all, only the making of the same articles from their values, made ready
   beforehand, with the models' constructors (:func:`build`): what the result alone costs.

Rows (3) to (5) run in a worker process per source tree: this clone's ``src``, and with
``--baseline DIR`` the ``src`` folder of another tree (a worktree of an older commit), so that
both are timed in the same run, round after round, on the same dump. Each worker imports the
wireparse of its tree alone (``PYTHONPATH``); the command line runs as ``python -m wireparse``
with the same path. The benchmark's own data (the documents, the values of (6)) is frozen out
of the collector's way (:func:`gc.freeze`) while the readers run, so that each reader's
collections walk only what it makes.

It prints MB/s (10**6 bytes of the file per second), µs per story and the ratio to the script
of each, best and median round; with ``--baseline``, the ratio of each row of this tree to
the same row of the other. ``--profile`` runs (3) once more under cProfile and prints where
the time goes. With ``../shared`` absent it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wireparse
from bench_parse import DEFAULT_SHARED, MB, build_dump, shared_documents
from wireparse import dialects, rules
from wireparse._layout import split_lines

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


# -- (1) the floor, (3) and (4) the library ------------------------------------------------------


def floor(path: Path) -> int:
    """Read the dump as UTF-8 and split it into lines."""
    count = 0
    with open(path, encoding="utf-8") as f:  # noqa: PTH123 - as a user writes it
        for _ in f:
            count += 1
    return count


def streamed(path: Path) -> int:
    """Read each article of the dump as a user does: headline, dateline, every paragraph."""
    read = 0
    for article in wireparse.iter_articles(path):
        headline, dateline = article.headline, article.dateline
        if headline is not None:
            read += len(headline.text)
        if dateline is not None:
            read += len(dateline.location or "") + (dateline.date is not None)
        for paragraph in article.paragraphs:
            read += len(paragraph.text)
    return read


def listed(path: Path) -> list[wireparse.Article]:
    """Every article of the dump, as wireparse reads it."""
    return list(wireparse.iter_articles(path))


def listed_without_collector(path: Path) -> list[wireparse.Article]:
    """The same, with Python's cycle collector paused: what walking the articles kept in the
    list costs it, which the script's few dicts hardly do."""
    gc.disable()
    try:
        return listed(path)
    finally:
        gc.enable()


LOCAL: dict[str, Callable[[Path], object]] = {
    "floor: read and split lines": floor,
    "hand-written re script": hand_written,
}

IN_WORKER: dict[str, Callable[[Path], object]] = {
    "for a in iter_articles: fields read": streamed,
    "list(iter_articles)": listed,
    "  the same, collector paused": listed_without_collector,
}
"""The readers a worker process runs, by name, in the wireparse of its source tree."""

CLI = {"cli to JSON Lines": 1, "cli to JSON Lines, --jobs 2": 2}
"""The command line's rows, and the ``--jobs`` of each."""


def worker() -> int:
    """Serve timings of :data:`IN_WORKER`: read ``NAME\tPATH`` lines, answer the seconds."""
    print("ready", flush=True)
    for line in sys.stdin:
        name, path = line.rstrip("\n").split("\t")
        gc.collect()
        began = time.perf_counter()
        IN_WORKER[name](Path(path))
        print(time.perf_counter() - began, flush=True)
    return 0


class Tree:
    """A source tree under test: a worker process importing its wireparse, and its CLI."""

    def __init__(self, label: str, src: Path) -> None:
        self.label = label
        self.env = {**os.environ, "PYTHONPATH": str(src)}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=self.env,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready", "the worker did not start"

    def time(self, name: str, path: Path) -> float:
        """Seconds the worker's reader ``name`` took on ``path``."""
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(f"{name}\t{path}\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def cli(self, path: Path, jobs: int, out: Path) -> float:
        """Seconds ``wireparse parse PATH -o OUT --jobs JOBS`` took, Python's start included."""
        command = [sys.executable, "-m", "wireparse", "parse", str(path), "-o", str(out)]
        began = time.perf_counter()
        subprocess.run([*command, "--jobs", str(jobs)], check=True, env=self.env)
        return time.perf_counter() - began

    def close(self) -> None:
        """Stop the worker."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


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


def stages(path: Path, repeats: int) -> None:  # noqa: PLR0915 - one table, stage by stage
    """Print where a story's microseconds go in this tree's wireparse, stage by stage.

    Each stage is timed alone over every story of the dump in CPU time
    (:func:`time.process_time`, less disturbed by other work on the machine than the wall
    clock), the best of ``repeats`` rounds, with the cycle collector paused but in the row
    that measures it (the time of its collections, through :data:`gc.callbacks`): splitting
    the dump into stories, detecting each story's dialect, splitting a story into lines, each
    rule of the chain, the rest of the parse (the state and the article), the collector's
    share of ``list(iter_articles(path))``, an article's :func:`wireparse.to_dict`, and the JSON
    line ``wireparse parse`` writes of it (``to_dict`` included).
    """
    clock = time.process_time
    from wireparse._batch.report import article_json  # noqa: PLC0415 - this tree's stages only
    from wireparse._pipeline import iter_stories  # noqa: PLC0415

    stories = list(iter_stories(path))
    texts = [story.text for story in stories]
    found = [dialects.detect(text) for text in texts]
    spent: dict[str, float] = {}
    best: dict[str, float] = {}

    def timed(rule: wireparse.rules.Rule) -> wireparse.rules.Rule:
        def run(state: wireparse.rules.State) -> None:
            began = clock()
            rule.func(state)
            spent[rule.name] += clock() - began

        return rules.Rule(rule.name, run)

    parser = wireparse.Parser(rules=tuple(map(timed, rules.DEFAULT_RULES)))
    plain = wireparse.Parser()
    collecting: list[float] = []  # the seconds of each collection

    def collector(phase: str, _: dict[str, int]) -> None:
        if phase == "start":
            collecting.append(-clock())
        else:
            collecting[-1] += clock()

    for _ in range(repeats):
        gc.disable()
        spent.update(dict.fromkeys(spent or (r.name for r in rules.DEFAULT_RULES), 0.0))
        rounds: dict[str, float] = {}
        began = clock()
        list(iter_stories(path))
        rounds["split the dump into stories"] = clock() - began
        began = clock()
        [dialects.detect(text) for text in texts]
        rounds["detect the dialect"] = clock() - began
        began = clock()
        [split_lines(t, indented=d.indented_paragraphs) for t, d in zip(texts, found, strict=True)]
        rounds["split the story into lines"] = clock() - began
        began = clock()
        [parser._read(text, d, None) for text, d in zip(texts, found, strict=True)]
        wrapped = clock() - began
        for name, seconds in spent.items():
            rounds[f"rule {name}"] = seconds
        began = clock()
        articles = [plain._read(text, d, None) for text, d in zip(texts, found, strict=True)]
        read = clock() - began
        rest = wrapped - rounds["split the story into lines"] - sum(spent.values())
        rounds["the rest: the state, the article, the loop over the rules"] = rest
        rounds["the whole parse (Parser._read), untimed rules"] = read
        began = clock()
        [wireparse.to_dict(article) for article in articles]
        rounds["to_dict of the article"] = clock() - began
        began = clock()
        [article_json("dump.txt", article, kept=None, pretty=False) for article in articles]
        rounds["JSON line of the article, as the command writes it"] = clock() - began
        del articles
        gc.enable()
        gc.collect()
        collecting.clear()
        gc.callbacks.append(collector)
        kept = listed(path)
        gc.callbacks.remove(collector)
        rounds["cycle collector, list(iter_articles)"] = sum(collecting)
        del kept
        gc.collect()
        for name, seconds in rounds.items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"\n| stage, best of {repeats} rounds | CPU µs per story |")
    print("|---|---:|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds / len(texts) * 1e6:.1f} |")
    print("\nThe rest holds the calls that time each rule too: the whole parse runs without.")


def main(argv: list[str] | None = None) -> int:
    """Build the dump, time the readers, print the table."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=24.0, help="size of the dump in MB")
    options.add_argument("--repeats", type=int, default=5, help="timed rounds")
    options.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    options.add_argument("--profile", action="store_true", help="profile the library once")
    options.add_argument(
        "--baseline", type=Path, help="the src folder of another tree, timed beside this one"
    )
    options.add_argument("--no-cli", action="store_true", help="leave out the command line")
    options.add_argument(
        "--stages", action="store_true", help="only say where a story's time goes, by stage"
    )
    options.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.worker:
        return worker()

    documents = shared_documents(args.shared)
    if not documents:
        return 0
    here = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.txt"
        out = Path(folder) / "out.jsonl"
        build_dump(documents, int(args.mb * MB), path)
        if args.stages:
            stages(path, args.repeats)
            return 0
        size = path.stat().st_size
        stories = len(hand_written(path))
        articles = listed(path)
        print(f"dump: {size / MB:.1f} MB, {stories} stories; wireparse read {len(articles)}")
        print(f"python {sys.version.split()[0]}, {args.repeats} rounds, interleaved\n")
        values = [parts(a) for a in articles]
        assert [build(v) for v in values] == articles, "parts() misses a field of the model"
        local = {**LOCAL, OBJECTS: objects_only(values)}
        del articles
        trees = [Tree("", here)]
        if args.baseline is not None:
            trees.append(Tree("baseline: ", args.baseline.resolve()))
        # The benchmark's own data (the documents, the values of (6)) stays out of the
        # collector's way: each reader's collections walk what it makes, and that alone.
        gc.collect()
        gc.freeze()
        times: dict[str, list[float]] = {}
        for _ in range(args.repeats):
            for name, reader in local.items():
                began = time.perf_counter()
                reader(path)
                times.setdefault(name, []).append(time.perf_counter() - began)
            for name in IN_WORKER:
                for tree in trees:
                    times.setdefault(tree.label + name, []).append(tree.time(name, path))
            for name, jobs in ({} if args.no_cli else CLI).items():
                for tree in trees:
                    times.setdefault(tree.label + name, []).append(tree.cli(path, jobs, out))
        for tree in trees:
            tree.close()
        gc.unfreeze()
        report(times, size, stories, has_baseline=len(trees) > 1)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(streamed, path)
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(25)
    return 0


def report(times: dict[str, list[float]], size: int, stories: int, *, has_baseline: bool) -> None:
    """Print a row per reader: MB/s, µs per story, the ratio to the script, best and median;
    with a baseline, how many times faster than it each row of this tree is."""
    script = times["hand-written re script"]
    print(
        "| reader | best MB/s | median MB/s | best µs/story | ratio to script (best, median)"
        + (" | speed-up on the baseline (best, median) |" if has_baseline else " |")
    )
    print("|---|---:|---:|---:|---:" + ("|---:|" if has_baseline else "|"))
    for name, seconds in times.items():
        best, median = min(seconds), statistics.median(seconds)
        row = (
            f"| {name} | {size / MB / best:.1f} | {size / MB / median:.1f}"
            f" | {best / stories * 1e6:.1f}"
            f" | {best / min(script):.2f}, {median / statistics.median(script):.2f} |"
        )
        other = times.get(f"baseline: {name}")
        if has_baseline and other is not None:
            row += f" {min(other) / best:.2f}, {statistics.median(other) / median:.2f} |"
        elif has_baseline:
            row += " |"
        print(row)
    alone = times[OBJECTS]
    print(
        f"\nratio of the articles alone / script: best {min(alone) / min(script):.2f}, "
        f"median {statistics.median(alone) / statistics.median(script):.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
