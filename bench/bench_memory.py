"""Measure the peak memory of ``wireparse.iter_articles`` over a dump of a gigabyte.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_memory.py

It builds a dump of Xinhua stories in the seed's layout from the XIE documents of
``../shared/corpora/aquaint`` (as ``bench_parse.py`` does), of ``--mb`` megabytes (10**6 bytes;
1000 by default, so 10**9 bytes), in a temporary directory that is deleted afterwards; check
the free space there first (``df -h /tmp``; ``--dir DIR`` puts it elsewhere). Then a fresh
Python process runs::

    for article in wireparse.iter_articles(path):
        count += 1

and reports its peak resident memory (``VmHWM`` of ``/proc/self/status``, the high-water mark
of the process; ``ru_maxrss`` of the finished child as a check where ``/proc`` is absent), its
resident memory after importing wireparse and before reading, the stories read and the time.
``--cli JOBS`` also measures ``wireparse parse --jobs JOBS DUMP``, its output discarded: the
peak of the largest of its processes (main process and workers). With ``../shared`` absent
it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_parse import DEFAULT_SHARED, MB, build_dump, shared_documents

CHILD = """\
import json, sys, time

def status(key):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None

import wireparse

before = status("VmRSS")
count = 0
began = time.perf_counter()
for article in wireparse.iter_articles(sys.argv[1]):
    count += 1
seconds = time.perf_counter() - began
print(json.dumps({"count": count, "seconds": seconds, "rss_before": before,
                  "peak": status("VmHWM")}))
"""
"""What the measured process runs: count the articles, then report its memory."""


CLI = """\
import json, resource, subprocess, sys, time

began = time.perf_counter()
subprocess.run([sys.executable, "-m", "wireparse", "parse", *sys.argv[1:]],
               stdout=subprocess.DEVNULL, check=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - began,
                  "peak": peak if sys.platform == "darwin" else peak * 1024}))
"""
"""Runs the command line and reports the peak of the largest of its processes, workers
included (they are waited for, so their usage counts among the children's)."""


def children_peak() -> int:
    """The peak resident memory of the largest child waited for so far, in bytes."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # kilobytes on Linux


def measure_iter_articles(path: Path) -> dict[str, float]:
    """Run the counting loop in a fresh process; return what it reports."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    )
    report: dict[str, float] = json.loads(result.stdout)
    if report["peak"] is None:
        report["peak"] = children_peak()
    return report


def measure_cli(path: Path, jobs: int) -> dict[str, float]:
    """Run ``wireparse parse`` on the dump, output discarded; time it, take its peak memory."""
    result = subprocess.run(
        [sys.executable, "-c", CLI, "--jobs", str(jobs), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, float] = json.loads(result.stdout)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=1000.0, help="size of the dump in MB")
    options.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    options.add_argument("--dir", type=Path, help="where to write the dump (default: a temp dir)")
    options.add_argument(
        "--cli", type=int, metavar="JOBS", help="also measure wireparse parse --jobs JOBS"
    )
    args = options.parse_args(argv)
    documents = shared_documents(args.shared)
    if not documents:
        return 0

    command = " ".join(["python", "bench/bench_memory.py", *(argv or sys.argv[1:])])
    print(f"`{command}` (Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="wireparse-memory-", dir=args.dir) as folder:
        path = Path(folder) / "dump.txt"
        began = time.perf_counter()
        sources = build_dump(documents, int(args.mb * MB), path)
        size = path.stat().st_size
        print(
            f"dump: {size:,} bytes, {len(sources):,} stories from {len(documents):,} XIE"
            f" documents, built in {time.perf_counter() - began:.0f} s"
        )
        report = measure_iter_articles(path)
        print(
            f"iter_articles: {report['count']:,.0f} stories in {report['seconds']:.1f} s"
            f" ({size / MB / report['seconds']:.1f} MB/s); peak RSS {report['peak'] / MB:.1f} MB,"
            f" {report['rss_before'] / MB:.1f} MB after import"
        )
        if args.cli is not None:
            cli = measure_cli(path, args.cli)
            print(
                f"wireparse parse --jobs {args.cli}: {cli['seconds']:.1f} s"
                f" ({size / MB / cli['seconds']:.1f} MB/s); peak RSS of the largest process"
                f" {cli['peak'] / MB:.1f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
