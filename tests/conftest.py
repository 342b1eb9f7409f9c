"""Test configuration: the hypothesis profiles, and which wireparse is under test.

Pick one with the environment variable ``HYPOTHESIS_PROFILE``:

- ``default``: about a hundred examples per property, no deadline (a parse of a long story may
  take longer than hypothesis's default deadline on a busy machine);
- ``ci``: the same, derandomized so that a run is reproducible, printing the blob that replays a
  failure;
- ``fuzz``: ten thousand examples per property, for a long hunt run by hand, with the
  per-test timeout lifted: ``HYPOTHESIS_PROFILE=fuzz pytest --timeout=0 tests/test_properties.py``.

The header of a run says where ``wireparse`` was imported from. With the environment variable
``WIREPARSE_EXPECT_INSTALLED`` set, as CI sets it to test a wheel, the run stops unless that is
an installed package (under ``site-packages``) rather than the source tree.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_report_header() -> str:
    """Say which wireparse the tests run against: the source tree, or an installed wheel."""
    import wireparse

    where = Path(wireparse.__file__).resolve().parent
    if os.environ.get("WIREPARSE_EXPECT_INSTALLED") and "site-packages" not in where.parts:
        raise pytest.UsageError(f"wireparse should be an installed wheel, not {where}")
    return f"wireparse {wireparse.__version__} from {where}"
