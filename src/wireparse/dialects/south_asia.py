"""Indian agencies: PTI, IANS and ANI."""

from __future__ import annotations

from ._dialect import Dialect

PTI = Dialect(
    name="pti",
    agency="PTI",
    agency_tags=("PTI",),
    trailers=(
        # Matches the desk's line ending a story: "PTI ABC XYZ", "PTI KR RT", "PTI AB CDE
        # FGH": the agency, then the initials of one to six editors in capitals.
        ("initials", r"PTI (?-i: (?: [^\S\n]++ \p{Lu}{2,5}+ ){1,6}+ ) \Z"),
    ),
    source_names=("PTI", "Press Trust of India"),
)
"""Press Trust of India: ``Ahmedabad/New Delhi, Jan 22 (PTI) The ...``, no separator; a line
of the desk's initials after the agency ends a story (``PTI ABC XYZ``)."""

IANS = Dialect(
    name="ians",
    agency="IANS",
    agency_tags=("IANS",),
    terminators=("--IANS", "-- IANS"),
    source_names=("IANS", "Indo-Asian News Service"),
)
"""Indo-Asian News Service: ``New Delhi, July 26 (IANS) Hours after ...``, no separator; ends
``--IANS`` then the desk's initials (``ms/vd``)."""

ANI = Dialect(
    name="ani",
    agency="ANI",
    agency_tags=("ANI",),
    source_names=("ANI", "Asian News International"),
)
"""Asian News International: ``Damascus [Syria], June 9 (ANI):``, the country in brackets."""
