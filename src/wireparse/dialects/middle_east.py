"""Gulf agencies: KUNA, SPA and WAM."""

from __future__ import annotations

from ._dialect import Dialect

KUNA = Dialect(
    name="kuna",
    agency="KUNA",
    agency_tags=("KUNA",),
    terminators=("(end)",),
    trailers=(
        # Matches the desk's initials after "(end)": "mb", "mb.gb", "ta.hb".
        ("initials", r"\p{Ll}{2,4}+ (?: \. \p{Ll}{2,4}+ ){0,4}+ \Z"),
    ),
    source_names=("KUNA", "Kuwait News Agency"),
)
"""Kuwait News Agency: ``KUWAIT, Nov 1 (KUNA) --``; ``(end)`` then the desk's initials."""

SPA = Dialect(
    name="spa",
    agency="SPA",
    agency_tags=("SPA",),
    tag_styles=("comma", "paren"),
    source_names=("SPA", "Saudi Press Agency"),
)
"""Saudi Press Agency: the tag after a comma, ``Riyadh, February 14, 2023, SPA --``."""

WAM = Dialect(
    name="wam",
    agency="WAM",
    agency_tags=("WAM",),
    source_names=("WAM", "Emirates News Agency"),
)
"""Emirates News Agency: an ordinal day, ``ABU DHABI, 8th August, 2026 (WAM) --``."""
