"""European agencies: AFP (its English and Chinese services), ANSA, ATS, dpa, EFE, PA and
Ritzau."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect, chinese_dateline_form

AFP = Dialect(
    name="afp",
    agency="AFP",
    agency_tags=("AFP",),
    # The tag in brackets, or on the raw wire as a word after the date: "SEOUL, Nov 26 AFP -".
    tag_styles=("paren", "bare"),
    source_names=("AFP", "Agence France-Presse"),
)
"""Agence France-Presse: ``PARIS, Jan 1 (AFP) -``, ``New Delhi (AFP) -``,
``STOCKHOLM, Aug 29, 2014 (AFP) -``, on the raw wire ``SEOUL, Nov 26 AFP -``; the desk's
initials end a story on a line of their own (``hh/ph/ts/hd``, ``AFP/jm``, ``jm/dw``)."""

AFP_ZH = Dialect(
    name="afp-zh",
    agency="AFP",
    language="zh",
    agency_tags=("法新社",),
    months=_months.merge(_months.ENGLISH, _months.CHINESE_MONTHS),
    day_words=_months.CHINESE_DAYS,
    # "法新社香港九月三十日电", "法新社巴黎10月1日电"; a time stamp before it ("10/01/00
    # 02:13:01 法新社...") is read by the dateline rule.
    dateline_forms=(chinese_dateline_form("法新社"),),
    terminator_required=False,
    source_names=("法新社",),
)
"""AFP's Chinese service: ``法新社香港九月三十日电``, the date in Chinese numerals, in Gigaword's
copy after a time stamp (``10/01/00 02:13:01``); no terminator."""

_ANSA_MONTHS = "|".join(
    sorted(_months.merge(_months.ENGLISH, _months.ITALIAN), key=len, reverse=True)
)

ANSA = Dialect(
    name="ansa",
    agency="ANSA",
    agency_tags=("ANSA",),
    months=_months.merge(_months.ENGLISH, _months.ITALIAN),
    dateline_forms=(
        # Matches the tag before the place: "(ANSA) - ROME, JUL 11 -", "(ANSA) - Rome, July 11
        # -", "(ANSA) - ROMA, 11 LUG -": the tag, a dash, the place (up to four words), a
        # comma, the month and day either way round, a dash.
        r"""\( [^\S\n]*+ (?P<agency> ANSA ) [^\S\n]*+ \) [^\S\n]*+ [\-\u2013\u2014] [^\S\n]*+
        (?P<location> \p{Lu} [\p{L}'.\-]{0,30}+ (?: [^\S\n] \p{L} [\p{L}'.\-]{0,30}+ ){0,3}+ )
        [^\S\n]*+ , [^\S\n]*+
        (?P<date> (?P<month> """
        + _ANSA_MONTHS
        + r""" ) \.?+ [^\S\n]++ (?P<day> [0-9]{1,2}+ )
            | (?P<day> [0-9]{1,2}+ ) [^\S\n]++ (?P<month> """
        + _ANSA_MONTHS
        + r""" ) \.?+ )
        [^\S\n]*+ [\-\u2013\u2014]""",
    ),
    source_names=("ANSA", "Agenzia ANSA"),
)
"""ANSA: the tag before the place, ``(ANSA) - ROME, JUL 11 -`` in English, ``(ANSA) - ROMA, 11
LUG -`` in Italian; ``ROME (ANSA) -`` as other agencies print it is read too."""

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

RITZAU = Dialect(
    name="ritzau",
    agency="Ritzau",
    language="da",
    agency_tags=("Ritzau",),
    months=_months.merge(_months.ENGLISH, _months.DANISH),
    terminators=("/ritzau/",),
    source_names=("Ritzau", "Ritzaus Bureau"),
)
"""Ritzaus Bureau: ``Aarhus (Ritzau) -``; the story signs off with ``/ritzau/``, after its
last sentence or on a line of its own."""
