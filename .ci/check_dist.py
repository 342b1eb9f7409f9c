"""Check what the distributions in a folder hold: the sdist, what a packager needs to build
and test; the wheel, the package and nothing else.

Usage: ``python .ci/check_dist.py dist``
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from pathlib import Path

SDIST_MUST_HOLD = (
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "src/wireparse/__init__.py",
    "src/wireparse/py.typed",
    "tests/conftest.py",
    "tests/test_show.py",
    "tests/fixtures/crlf.txt",
    "docs/conf.py",
    "docs/index.md",
    "docs/_ext/wireparse_docs.py",
    "examples/kunming-flower-market.txt",
    "bench/bench_parse.py",
)
SDIST_MUST_NOT_HOLD = ("docs/_build/", "docs/_generated/", ".venv/", "__pycache__/")
WHEEL_MUST_HOLD = ("wireparse/__init__.py", "wireparse/py.typed", "wireparse/_show.py")


def check(folder: Path) -> list[str]:
    """Return what is wrong with the sdist and the wheel in ``folder``."""
    problems = []
    (sdist,) = folder.glob("*.tar.gz")
    (wheel,) = folder.glob("*.whl")
    with tarfile.open(sdist) as archive:
        # Every member is under one top folder, "wireparse-VERSION/".
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    problems += [f"{sdist.name} lacks {name}" for name in SDIST_MUST_HOLD if name not in names]
    problems += [
        f"{sdist.name} holds {name}"
        for name in sorted(names)
        if any(f"/{bad}" in f"/{name}/" for bad in SDIST_MUST_NOT_HOLD)
    ]
    with zipfile.ZipFile(wheel) as archive:
        members = set(archive.namelist())
    problems += [f"{wheel.name} lacks {name}" for name in WHEEL_MUST_HOLD if name not in members]
    problems += [
        f"{wheel.name} holds {name}"
        for name in sorted(members)
        if not name.startswith(("wireparse/", "wireparse-"))
    ]
    if not problems:
        print(f"{sdist.name}: {len(names)} files; {wheel.name}: {len(members)} files")
    return problems


if __name__ == "__main__":
    found = check(Path(sys.argv[1]))
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
