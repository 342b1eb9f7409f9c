"""Where the shared material beside the clone lives, and a helper to skip when it is absent.

``../shared`` holds the seed story and the public corpora. It sits beside a developer's clone
and CI's, never inside the repository, and a user's clone has none: tests that read it call
:func:`require` first, so that they skip with a reason instead of failing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The ``shared`` folder beside the clone."""

SEED = SHARED / "seed" / "000_113f3f2605a1e54b.txt"
"""The story the project was created from, between its two id lines."""


def require(path: Path) -> Path:
    """Return ``path`` when it exists; skip the calling test, saying what is missing, if not.

    Args:
        path: A file or folder the test reads, usually under :data:`SHARED`.

    Returns:
        ``path``, unchanged.
    """
    if not path.exists():
        pytest.skip(f"{path} is absent: it lives in ../shared beside the clone, not in the repo")
    return path
