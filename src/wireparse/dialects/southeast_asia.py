"""South-East Asian agencies: Bernama and Antara."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect

BERNAMA = Dialect(
    name="bernama",
    agency="Bernama",
    agency_tags=("Bernama",),
    months=_months.merge(_months.ENGLISH, _months.MALAY),
    terminators=("-- BERNAMA", "--BERNAMA"),
    terminator_alone=True,
    source_names=("Bernama",),
)
"""Bernama: ``KUALA LUMPUR, Aug 6 (Bernama) --``; Malay copy puts the day first,
``MELAKA, 13 Jan (Bernama) --``; ``-- BERNAMA`` on a line of its own may end a story."""

ANTARA = Dialect(
    name="antara",
    agency="Antara",
    agency_tags=("Antara", "ANTARA News"),
    months=_months.merge(_months.ENGLISH, _months.INDONESIAN),
    source_names=("Antara", "ANTARA News"),
)
"""Antara: ``Jakarta, Dec 31, 2016 (Antara) -``, the year printed; Indonesian month names."""
