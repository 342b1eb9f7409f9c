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
    trailers=(
        # Matches the desk's initials after the story: "AAP gfr", "AAP jm/dw": the agency in
        # capitals, then one to four groups of lower-case letters.
        ("initials", r"(?-i: AAP (?: [^\S\n]++ \p{Ll}{1,5}+ (?: / \p{Ll}{1,5}+ )?+ ){1,4}+ ) \Z"),
    ),
    source_names=("AAP", "Australian Associated Press"),
)
"""Australian Associated Press: ``BRISBANE, Oct 12 AAP -``, the story between ``ZCZC`` and
``NNNN`` lines; the desk's initials after the text (``AAP gfr``)."""
