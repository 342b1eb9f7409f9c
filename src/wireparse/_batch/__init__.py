"""The engine of ``wireparse parse``: many inputs parsed in order, in one process or several.

* :mod:`.inputs` finds the inputs: files, folders at any depth, standard input.
* :mod:`.reading` holds the two steps that read text: an input's stories, one story's parse.
* :mod:`.pool` runs the batches of stories, here or in a pool of workers, in order, bounded.
* :mod:`.report` writes: the JSON lines, the diagnostics, the progress line, the summary.

Each story becomes an :class:`~.report.Outcome`: the JSON line to write, or the diagnostics to
print instead (``FILE:LINE:COLUMN: MESSAGE [code]``), with the story's defect codes.
"""

from __future__ import annotations

from .._story import Story
from .inputs import STDIN, STDIN_SHOWN, Input, Kind, find_inputs, reason
from .pool import Interrupted, Options, WorkerLostError, parse_batch, run, stopped_by_signals
from .reading import READ_ERRORS, ReadCount, parse_story, read_stories
from .report import Outcome, Reporter, Totals, dumps, fields

__all__ = [
    "READ_ERRORS",
    "STDIN",
    "STDIN_SHOWN",
    "Input",
    "Interrupted",
    "Kind",
    "Options",
    "Outcome",
    "ReadCount",
    "Reporter",
    "Story",
    "Totals",
    "WorkerLostError",
    "dumps",
    "fields",
    "find_inputs",
    "parse_batch",
    "parse_story",
    "read_stories",
    "reason",
    "run",
    "stopped_by_signals",
]
