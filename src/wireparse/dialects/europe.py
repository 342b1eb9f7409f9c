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
        # Matches a block of the notebook for editors after the text, its lines joined: "#
        # Notebook", "## Note to editors - adds comments by ...", "## Internet links - [DOD
        # news](http://...)", "## Editorial contacts - Reporting by: ...": a heading of one to
        # three "#" opening the block, then anything.
        ("notebook", r"(?<! [^\n] ) \#{1,3}+ [^\S\n]++ [^\n]++ \Z"),
        # Matches the notice opening the notebook's part not for publication: "* * * * The
        # following information is not intended for publication".
        (
            "notebook",
            r"(?<! [^\n] ) \* (?: [^\S\n]*+ \* ){2,20}+ (?: [^\S\n]++ [^\n]{1,200}+ )?+ \Z",
        ),
    ),
    source_names=("dpa", "Deutsche Presse-Agentur"),
)
"""Deutsche Presse-Agentur: ``Berlin (dpa) -``, a partner's story ``San Diego (tca/dpa) -``;
after the text a notebook for editors (``# Notebook``, ``## Editorial contacts``), the desk's
initials (``dpa wsz jln npr``), and on the raw wire (IPTC 7901) a time (``131137 GMT Nov
13``)."""

ATS = Dialect(
    name="ats",
    agency="ATS",
    language="fr",
    # The French and the German service; a story from a partner names it after the agency:
    # "Paris (ats afp) Les violences ...".
    agency_tags=("ats", "sda"),
    months=_months.merge(_months.FRENCH, _months.GERMAN, _months.ENGLISH),
    source_names=("ATS", "SDA", "Agence Télégraphique Suisse", "Keystone-ATS", "Keystone-SDA"),
)
"""Agence Télégraphique Suisse (SDA in German): ``Paris (ats afp) Les violences ...``, no
separator; the agency and the editor's initials end a story (``(SDA/sj)``); on the raw wire
(IPTC 7901) a time after ETX (``091223 dec 18``)."""

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
