"""Australian Associated Press."""

from __future__ import annotations

from ._dialect import Dialect

AAP = Dialect(
    name="aap",
    agency="AAP",
    agency_tags=("AAP",),
    tag_styles=("bare", "paren"),
    furniture=(
        # Matches the start-of-message line of a transmission: "ZCZC", "ZCZC SYD123 3 G".
        ("transmission", r"ZCZC (?: [^\S\n]++ [^\n]{0,60}+ )?+ \Z"),
    ),
    source_names=("AAP", "Australian Associated Press"),
)
"""Australian Associated Press: ``BRISBANE, Oct 12 AAP -``, the story between ``ZCZC`` and
``NNNN`` lines."""
