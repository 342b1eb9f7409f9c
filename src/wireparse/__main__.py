"""``python -m wireparse``: the same as the ``wireparse`` command."""

import sys

from ._cli import main

sys.exit(main())
