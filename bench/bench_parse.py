"""Benchmark ``wireparse.parse`` on a dump of Xinhua stories built from the AQUAINT corpus.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_parse.py

Options: ``--mb 24`` sets the size of the dump (in 10**6 bytes of UTF-8), ``--repeats 5`` the
number of timed passes, ``--out PATH`` keeps the dump in PATH (it goes to a temporary directory
otherwise; never commit it), ``--shared DIR`` says where the shared folder is (``../shared``
beside the clone by default) and ``--profile`` also runs one pass under cProfile and prints the
top functions by cumulative and by own time.

At bench time, the XIE* (Xinhua English) documents of ``../shared/corpora/aquaint`` are rendered
in the layout of the seed story (id line, ``Home -``, headline, ``Xinhua``, ``| May 6, 2025``,
``2025-05-06``, dateline and paragraphs, `` Enditem`` glued to the last one, closing id line),
cycling through them with fresh ids until the dump is large enough. The dump is split back into
stories and each pass times ``wireparse.parse`` over all of them with ``time.perf_counter``; the
best and the median pass are reported, with the stories that have defects, by code. When the
corpus is absent (a clone without ``../shared``), the benchmark says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import cProfile
import datetime
import html
import pstats
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import wireparse

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""``../shared`` beside the clone: where the corpora live."""

MB = 1_000_000
FIRST_ID = 8_000_000
MONTHS = tuple(calendar.month_name)[1:]

# The parts of an AQUAINT document: <DOC>, <DOCNO> XIE19960104.0100 </DOCNO>,
# <DATE_TIME> 1996-01-04 11:05 </DATE_TIME>, <HEADLINE> ... </HEADLINE>, <P> ... </P>.
DOC = re.compile(r"<DOC>(.*?)</DOC>", re.DOTALL)
DOCNO = re.compile(r"<DOCNO>\s*(\S+)\s*</DOCNO>")
DATE_TIME = re.compile(r"<DATE_TIME>\s*(\d{4}-\d{2}-\d{2})")
HEADLINE = re.compile(r"<HEADLINE>(.*?)</HEADLINE>", re.DOTALL)
PARAGRAPH = re.compile(r"<P>(.*?)</P>", re.DOTALL)
ID_LINE = re.compile(r"[0-9]{1,20}")


class Document:
    """One AQUAINT document, reduced to what a rendered story needs."""

    __slots__ = ("docno", "headline", "paragraphs", "published")

    def __init__(
        self, docno: str, published: datetime.date, headline: str, paragraphs: list[str]
    ) -> None:
        self.docno = docno
        self.published = published
        self.headline = headline
        self.paragraphs = paragraphs


def _clean(sgml: str) -> str:
    """Join hard-wrapped lines with one space and resolve entities (``&AMP;``)."""
    return html.unescape(" ".join(line.strip() for line in sgml.splitlines() if line.strip()))


def shared_documents(shared: Path) -> list[Document]:
    """Read the XIE* documents of ``shared``'s AQUAINT folder; say why when there are none."""
    corpus = shared / "corpora" / "aquaint"
    if not corpus.is_dir():
        print(f"skipped: the AQUAINT corpus is not at {corpus} (pass --shared DIR)")
        return []
    documents = read_documents(corpus)
    if not documents:
        print(f"skipped: no XIE* (Xinhua English) documents in {corpus}")
    return documents


def read_documents(corpus: Path) -> list[Document]:
    """Read the XIE* documents of the AQUAINT folder ``corpus``, in file name order."""
    documents = []
    for path in sorted(corpus.glob("XIE*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for doc in DOC.finditer(text):
            body = doc.group(1)
            docno, date, headline = (
                DOCNO.search(body),
                DATE_TIME.search(body),
                HEADLINE.search(body),
            )
            paragraphs = [p for p in map(_clean, PARAGRAPH.findall(body)) if p]
            if docno is None or date is None or headline is None or not paragraphs:
                continue
            documents.append(
                Document(
                    docno.group(1),
                    datetime.date.fromisoformat(date.group(1)),
                    _clean(headline.group(1)),
                    paragraphs,
                )
            )
    return documents


def render(document: Document, opening: int, closing: int) -> str:
    """Render ``document`` as one story in the seed's layout, between two id lines."""
    day = document.published
    header = [
        str(opening),
        "",
        "Home -",
        "",
        document.headline,
        "",
        "Xinhua",
        f"| {MONTHS[day.month - 1]} {day.day}, {day.year}",
        day.isoformat(),
    ]
    body = [*document.paragraphs[:-1], document.paragraphs[-1] + " Enditem"]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n\n" + str(closing)


def build_dump(documents: Sequence[Document], size: int, out: Path) -> dict[int, str]:
    """Write stories to ``out``, cycling through ``documents``, until ``size`` bytes.

    Returns the source DOCNO of each story, by opening id.
    """
    sources: dict[int, str] = {}
    written = 0
    story_id = FIRST_ID
    with out.open("w", encoding="utf-8", newline="") as f:
        while written < size:
            for document in documents:
                story = render(document, story_id, story_id + 1) + "\n\n"
                f.write(story)
                written += len(story.encode("utf-8"))
                sources[story_id] = document.docno
                story_id += 2
                if written >= size:
                    break
    return sources


def split_stories(dump: str) -> Iterator[str]:
    """Yield each story of ``dump``: from an opening id line through its closing id line.

    This is enough for the synthetic dump, where no line of a story but its first and last is
    only digits; it is no general reader.
    """
    start: int | None = None
    pos = 0
    for line in dump.split("\n"):
        if ID_LINE.fullmatch(line.strip()):
            if start is None:
                start = pos
            else:
                yield dump[start : pos + len(line.rstrip())]
                start = None
        pos += len(line) + 1


def time_pass(stories: Sequence[str]) -> float:
    """Parse every story once; return the seconds it took."""
    parse = wireparse.parse
    began = time.perf_counter()
    for story in stories:
        parse(story)
    return time.perf_counter() - began


def _code(defect: wireparse.Defect) -> str:
    return str(getattr(defect.code, "value", defect.code))


def report_defects(stories: Sequence[str], sources: dict[int, str], examples: int) -> None:
    """Parse every story, untimed, and print how many have defects, by code, with examples."""
    by_code: collections.Counter[str] = collections.Counter()
    by_document: dict[str, list[wireparse.Defect]] = {}
    defective = 0
    for story in stories:
        article = wireparse.parse(story)
        if not article.defects:
            continue
        defective += 1
        by_code.update({_code(d) for d in article.defects})
        docno = sources.get(int(story[: story.index("\n")]), "?")
        by_document.setdefault(docno, list(article.defects))
    print(f"stories with defects: {defective} of {len(stories)}", end="")
    print(f" (from {len(by_document)} distinct source documents)" if defective else "")
    for code, count in by_code.most_common():
        print(f"  {code:<20} {count:>8} stories")
    for docno, defects in list(by_document.items())[:examples]:
        print(f"  e.g. {docno}:")
        for defect in defects:
            print(f"    {_code(defect)} at {defect.span}: {defect.message}")


def profile_pass(stories: Sequence[str], top: int) -> None:
    """Run one pass under cProfile; print the top functions by cumulative and by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    time_pass(stories)
    profiler.disable()
    for key in ("cumulative", "tottime"):
        print(f"\n--- cProfile, one pass, top {top} by {key} ---")
        pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=24.0, help="dump size in MB (default 24)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--out", type=Path, help="write the dump here instead of a temp dir")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--profile", action="store_true", help="profile one pass with cProfile")
    parser.add_argument("--top", type=int, default=25, help="functions listed by --profile")
    parser.add_argument("--examples", type=int, default=5, help="defective documents shown")
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.repeats < 1:
        parser.error("--mb must be positive and --repeats at least 1")

    documents = shared_documents(args.shared)
    if not documents:
        return 0

    with tempfile.TemporaryDirectory(prefix="wireparse-bench-") as scratch:
        out = args.out if args.out is not None else Path(scratch) / "dump.txt"
        began = time.perf_counter()
        sources = build_dump(documents, int(args.mb * MB), out)
        with out.open(encoding="utf-8", newline="") as f:
            dump = f.read()
        built = time.perf_counter() - began
    stories = list(split_stories(dump))
    size = sum(len(s.encode("utf-8")) for s in stories) / MB

    print(f"wireparse {wireparse.__version__}, Python {sys.version.split()[0]}")
    print(
        f"dump: {len(dump.encode('utf-8')) / MB:.1f} MB from {len(documents)} XIE documents,"
        f" built in {built:.1f} s{f' at {args.out}' if args.out else ''}"
    )
    print(f"stories: {len(stories)}, {size:.2f} MB of story text")
    report_defects(stories, sources, args.examples)

    times = [time_pass(stories) for _ in range(args.repeats)]
    best, median = min(times), statistics.median(times)
    print(f"passes: {args.repeats}, best {best:.2f} s, median {median:.2f} s")
    for name, seconds in (("best", best), ("median", median)):
        print(
            f"  {name:<6} {len(stories) / seconds:>9,.0f} articles/s"
            f"  {size / seconds:>6.2f} MB/s  {seconds / len(stories) * 1e6:>7.0f} us/article"
        )

    if args.profile:
        profile_pass(stories, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
