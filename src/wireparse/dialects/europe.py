"""European agencies: AFP, dpa, EFE and PA."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect

AFP = Dialect(
    name="afp",
    agency="AFP",
    agency_tags=("AFP",),
    source_names=("AFP", "Agence France-Presse"),
)
"""Agence France-Presse: ``PARIS, Jan 1 (AFP) -``, ``New Delhi (AFP) -``,
``STOCKHOLM, Aug 29, 2014 (AFP) -``; desk initials at the end (``hh/ph/ts/hd``)."""

DPA = Dialect(
    name="dpa",
    agency="dpa",
    agency_tags=("dpa",),
    months=_months.merge(_months.ENGLISH, _months.GERMAN),
    trailers=(
        # Matches the desk's initials: "dpa wsz jln npr", "dpa ar yyzz".
        ("initials", r"dpa (?: [^\S\n]++ \p{L}{2,5}+ ){1,6}+ \Z"),
    ),
    source_names=("dpa", "Deutsche Presse-Agentur"),
)
"""Deutsche Presse-Agentur: ``Berlin (dpa) -``; the desk's initials end a story
(``dpa wsz jln npr``), and on the raw wire a time (``131137 GMT Nov 13``)."""

EFE = Dialect(
    name="efe",
    agency="EFE",
    language="es",
    agency_tags=("EFE",),
    months=_months.merge(_months.ENGLISH, _months.SPANISH),
    source_names=("EFE", "Agencia EFE"),
)
"""Agencia EFE: ``Tegucigalpa, Jan 2 (EFE).-``, the English and the Spanish services."""

PA = Dialect(
    name="pa",
    agency="PA",
    agency_tags=("PA",),
    terminators=("ends",),
    terminator_alone=True,
    source_names=("PA", "Press Association", "PA Media"),
)
"""PA Media (the Press Association): ``LONDON (PA) -``; ``ends`` on a line of its own."""
