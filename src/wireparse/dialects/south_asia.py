"""Indian agencies: PTI, IANS and ANI."""

from __future__ import annotations

from ._dialect import Dialect

PTI = Dialect(
    name="pti",
    agency="PTI",
    agency_tags=("PTI",),
    source_names=("PTI", "Press Trust of India"),
)
"""Press Trust of India: ``Ahmedabad/New Delhi, Jan 22 (PTI) The ...``, no separator."""

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
