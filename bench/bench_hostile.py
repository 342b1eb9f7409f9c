"""Check that hostile input costs linear time: each family at n and at 8n, time ratio near 8.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_hostile.py

Each family of adversarial text (long runs of one character, a 10 MB line, a million blank or
id lines, a dateline repeated or never closed, control characters, ...) is built at a base size
and at eight times that size, and fed to ``wireparse.parse(text)`` and to
``list(wireparse.iter_articles(io.StringIO(text)))`` (a stream, so that text without a line
break is not taken for a path). The best of ``--repeats`` runs is kept for each, and the table
gives t(n), t(8n) and their ratio: linear work gives about 8.

A third column times the floor, ``list(io.StringIO(text, newline=""))``: reading the text line
by line in plain Python, no wireparse. Where a family is a few long lines, copying megabytes
dominates, and a copy into freshly allocated memory costs more per byte at 10 MB than at
1.25 MB (new pages to fault in, caches outgrown), so the floor's own ratio rises well above 8
there; wireparse's ratio is judged against it. A ratio above 12 that is also more than 1.5
times the floor's is flagged with ``!`` and makes the exit status 1. ``--scale 8`` (n = 10 MB,
8n = 80 MB) shows the long-line families back near 8 once both sizes are past that step.
``--scale 0.1`` shrinks every family tenfold for a quick look; ``--only NAME`` (repeatable)
runs some families; ``--profile NAME`` prints where the time of the 8n parse of one family
goes.

No input is read from disk: every family is generated here.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable, Sequence

import wireparse

DATELINE = "BEIJING, May 6 (Xinhua) --"


def _run(unit: str) -> Callable[[int], str]:
    """A family of ``unit`` repeated: its size argument counts repeats."""
    return lambda count: unit * count


def _unclosed_dateline(count: int) -> str:
    return "BEIJING, May 6 (Xinhua" + " and the rain went on" * count


def _nested_brackets(count: int) -> str:
    return "([{" * count + "}])" * count


def _alternating_ids(count: int) -> str:
    return "".join(f"{7_000_000 + i}\nRain fell in the north.\n" for i in range(count))


def _long_story(count: int) -> str:
    paragraphs = "".join(f"\n\nParagraph {i} says the rain fell." for i in range(count))
    return f"Rain in the north\n\n{DATELINE} Rain fell.{paragraphs} Enditem\n"


FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (build(count), count at the base size n); 8n is eight times the count.
    "open-parens": (_run("("), 1_250_000),
    "hyphens": (_run("-"), 1_250_000),
    "spaces": (_run(" "), 1_250_000),
    "digits": (_run("7"), 1_250_000),
    "dots": (_run("."), 1_250_000),
    "colons": (_run(":"), 1_250_000),
    "slashes": (_run("/"), 1_250_000),
    "caps-words": (_run("WORD "), 250_000),
    "one-long-line": (_run("rain fell "), 125_000),  # 10 MB on one line at 8n
    "blank-lines": (_run("\n"), 125_000),  # a million at 8n
    "crs-and-lfs": (_run("\r\n\r"), 125_000),
    "id-lines": (_run("7156699\n"), 125_000),  # a million at 8n
    "alternating-id-and-text": (_alternating_ids, 30_000),
    "dateline-lines": (_run(DATELINE + "\n"), 12_500),  # 100,000 at 8n
    "dateline-blocks": (_run(DATELINE + " Rain.\n\n"), 12_500),
    "dateline-one-line": (_run(DATELINE + " "), 12_500),
    "dateline-never-closed": (_unclosed_dateline, 60_000),
    "control-characters": (_run("\x01\x02\x03\x04\x1c\x1d\x1e\x1f\x0b\x0c"), 125_000),
    "enditem-lines": (_run("Rain fell. Enditem\n"), 60_000),
    "enditem-glued": (_run("Enditem"), 170_000),
    "nested-brackets": (_nested_brackets, 200_000),
    "caps-heading-blocks": (_run("GOLD MEDAL\n\n"), 100_000),
    "long-story": (_long_story, 30_000),
}
"""Every family, with the repeat count that makes its base size (about 1.25 MB)."""


def build(name: str, scale: float, factor: int = 1) -> str:
    """The text of family ``name`` at ``scale`` times its base size, times ``factor``."""
    make, count = FAMILIES[name]
    return make(max(1, round(count * scale)) * factor)


def parse(text: str) -> None:
    wireparse.parse(text)


def stream(text: str) -> None:
    list(wireparse.iter_articles(io.StringIO(text)))


def floor(text: str) -> None:
    list(io.StringIO(text, newline=""))


READERS: dict[str, Callable[[str], None]] = {"parse": parse, "iter_articles": stream}


def best_time(reader: Callable[[str], None], text: str, repeats: int) -> float:
    """The fastest of ``repeats`` runs of ``reader`` on ``text``, in seconds."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        reader(text)
        times.append(time.perf_counter() - began)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--scale", type=float, default=1.0, help="base size factor (1.0)")
    options.add_argument("--repeats", type=int, default=3, help="runs per timing, best kept")
    options.add_argument("--only", action="append", choices=sorted(FAMILIES), metavar="NAME")
    options.add_argument("--profile", choices=sorted(FAMILIES), metavar="NAME")
    args = options.parse_args(argv)
    names = args.only or list(FAMILIES)

    if args.profile:
        text = build(args.profile, args.scale, 8)
        for reader in READERS.values():
            profiler = cProfile.Profile()
            profiler.runcall(reader, text)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
        return 0

    command = " ".join(["python", "bench/bench_hostile.py", *(argv or sys.argv[1:])])
    print(f"`{command}` (wireparse {wireparse.__version__}, Python {sys.version.split()[0]})")
    print(f"best of {args.repeats} runs; ratio = t(8n) / t(n), linear is about 8\n")
    header = "| family | n (chars) |"
    rule = "|---|---:|"
    for reader in READERS:
        header += f" {reader} t(n) s | t(8n) s | ratio |"
        rule += "---:|---:|---:|"
    print(f"{header} floor ratio |")
    print(f"{rule}---:|")
    flagged = []
    for name in names:
        small, large = build(name, args.scale), build(name, args.scale, 8)
        floor_ratio = ratio_of(floor, small, large, args.repeats)[2]
        row = f"| {name} | {len(small):,} |"
        for reader_name, reader in READERS.items():
            t_small, t_large, ratio = ratio_of(reader, small, large, args.repeats)
            flag = ratio > 12 and ratio > 1.5 * floor_ratio
            if flag:
                flagged.append(f"{name} ({reader_name})")
            row += f" {t_small:.4f} | {t_large:.4f} | {ratio:.1f}{' !' if flag else ''} |"
        print(f"{row} {floor_ratio:.1f} |", flush=True)
    print(f"\nflagged: {', '.join(flagged) if flagged else 'none'}")
    return 1 if flagged else 0


def ratio_of(
    reader: Callable[[str], None], small: str, large: str, repeats: int
) -> tuple[float, float, float]:
    """The best times of ``reader`` on both texts, and the ratio of the second to the first."""
    t_small = best_time(reader, small, repeats)
    t_large = best_time(reader, large, repeats)
    return t_small, t_large, t_large / max(t_small, 1e-9)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
