"""Test configuration: the hypothesis profiles.

Pick one with the environment variable ``HYPOTHESIS_PROFILE``:

- ``default``: about a hundred examples per property, no deadline (a parse of a long story may
  take longer than hypothesis's default deadline on a busy machine);
- ``ci``: the same, derandomized so that a run is reproducible, printing the blob that replays a
  failure;
- ``fuzz``: ten thousand examples per property, for a long hunt run by hand, with the
  per-test timeout lifted: ``HYPOTHESIS_PROFILE=fuzz pytest --timeout=0 tests/test_properties.py``.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
