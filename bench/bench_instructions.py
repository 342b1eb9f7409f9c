"""Count the machine instructions the parse of a story takes, with callgrind.

Run it from the repository root, with the Python that has wireparse installed::

    python bench/bench_instructions.py
    python bench/bench_instructions.py --baseline ../baseline/src   # another tree beside this one

Time measured on a busy machine moves by a tenth and more from run to run; the instructions
a piece of code runs hardly move at all, so this is the figure to compare two trees by when
the machine is shared. It builds the 8 MB dump of ``bench_parse.py`` in a temporary
directory, then, for each source tree, runs ``valgrind --tool=callgrind`` twice over a script
that imports that tree's wireparse, splits the dump and detects the dialect of its first
stories, parses 1,000 of them to warm the caches (the answers its patterns keep for the
openings of lines, the meta lines it has read) and then ``--stories`` more (none, the first
time). The difference of the two totals, divided by ``--stories``, is what the parse
(``Parser._read``) of one story costs, with the splitting, detection and start of Python
taken out. Hashing is fixed (``PYTHONHASHSEED=0``) so that two runs count the same.

Without valgrind, or with ``../shared`` absent, it says so and exits with status 0.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_parse import DEFAULT_SHARED, MB, build_dump, shared_documents

WARM_UP = 1000
"""How many stories are parsed before the counted ones, in both runs."""

SCRIPT = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import wireparse
from wireparse import dialects
from wireparse._pipeline import iter_stories
dump, read, parsed = Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
texts = [story.text for story in iter_stories(dump)][:read]
found = [dialects.detect(text) for text in texts]
parser = wireparse.Parser()
for text, dialect in zip(texts[:parsed], found[:parsed]):
    parser._read(text, dialect, None)
"""


def instructions(src: Path, dump: Path, read: int, count: int) -> int:
    """The instructions callgrind counts for the script reading ``read`` stories and
    detecting their dialects, then parsing ``WARM_UP + count`` of them."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                "-c",
                SCRIPT,
                str(src),
                str(dump),
                str(read),
                str(WARM_UP + count),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            check=False,
        )
    total = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or total is None:
        raise SystemExit(f"the script failed under callgrind for {src}:\n{done.stderr[-2000:]}")
    return int(total.group(1))


def main(argv: list[str] | None = None) -> int:
    """Build the dump, count the instructions of each tree, print them."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--stories", type=int, default=200, help="stories counted")
    options.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    options.add_argument(
        "--baseline", type=Path, help="the src folder of another tree, counted beside this one"
    )
    args = options.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed")
        return 0
    documents = shared_documents(args.shared)
    if not documents:
        return 0
    trees = [Path(__file__).resolve().parents[1] / "src"]
    if args.baseline is not None:
        trees.append(args.baseline.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.txt"
        build_dump(documents, 8 * MB, dump)
        print(f"callgrind, {args.stories} stories after {WARM_UP}, PYTHONHASHSEED=0\n")
        print("| tree | thousand instructions per story |\n|---|---:|")
        for src in trees:
            read = WARM_UP + args.stories
            counted = instructions(src, dump, read, args.stories)
            per_story = (counted - instructions(src, dump, read, 0)) / args.stories
            print(f"| {src} | {per_story / 1000:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
