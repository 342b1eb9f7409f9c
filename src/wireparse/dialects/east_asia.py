"""East Asian agencies: Yonhap, Kyodo, Jiji Press and Taiwan's Central News Agency."""

from __future__ import annotations

from ._dialect import Dialect

YONHAP = Dialect(
    name="yonhap",
    agency="Yonhap",
    agency_tags=("Yonhap",),
    headline_tags=(
        "LEAD",
        "URGENT",
        "News Focus",
        "News Analysis",
        "Yonhap Interview",
        "Yonhap Feature",
        "Yonhap Special",
        "Yonhap Editorial",
        "EDITORIAL",
        "Herald Interview",
    ),
    terminators=("(END)",),
    source_names=("Yonhap", "Yonhap News Agency"),
)
"""Yonhap: ``SEOUL, Oct. 12 (Yonhap) --``; headline tags ``(LEAD)``, ``(2nd LD)``; a reporter's
e-mail line, then ``(END)``."""

KYODO = Dialect(
    name="kyodo",
    agency="Kyodo",
    agency_tags=("Kyodo",),
    tag_styles=("paren", "bare"),
    # The sport a sports story's headline names first: "Soccer: Urawa Reds claim ...".
    kickers=(
        "Soccer",
        "Football",
        "Baseball",
        "Sumo",
        "Golf",
        "Tennis",
        "Rugby",
        "Figure Skating",
        "Speed Skating",
        "Ski Jumping",
        "Skiing",
        "Athletics",
        "Marathon",
        "Swimming",
        "Judo",
        "Wrestling",
        "Volleyball",
        "Basketball",
        "Table Tennis",
        "Badminton",
        "Boxing",
        "Cycling",
        "Gymnastics",
        "Olympics",
        "Paralympics",
    ),
    # The raw wire ends the headline line with "+".
    headline_marks=("+",),
    terminators=("==Kyodo",),
    trailers=(
        # Matches the raw wire's stamp after "==Kyodo": "\x03KWS-21:37-09-12-18\x04", the
        # desk, the time, the day, month and year, ETX before and EOT after.
        (
            "transmission",
            r"""[\x00-\x08]*+ \p{Lu}{2,5}+ - [0-9]{1,2}+ : [0-9]{2}+
                (?: - [0-9]{2}+ ){3}+ [\x00-\x08]*+ \Z""",
        ),
    ),
    source_names=("Kyodo", "Kyodo News"),
)
"""Kyodo News: ``TOKYO (Kyodo) --``, on the raw wire ``TOKYO, Aug. 29 Kyodo -``; ends
``==Kyodo``. A raw transmission is ANPA-like: SOH and a header, the slug line (``BC-Sumo-Basho
14-11 0410``, day before month), STX and the slug again, the headline ending in ``+``, indented
hard-wrapped paragraphs, ``==Kyodo``, then ETX, a stamp (``KWS-21:37-14-11-18``) and EOT."""

JIJI = Dialect(
    name="jiji",
    agency="Jiji Press",
    agency_tags=("Jiji Press", "Jiji"),
    source_names=("Jiji Press", "JIJI PRESS"),
)
"""Jiji Press: ``Seoul, January 24 (Jiji Press) --``."""

CNA = Dialect(
    name="cna",
    agency="CNA",
    agency_tags=("CNA",),
    source_names=("CNA", "Central News Agency", "Focus Taiwan"),
)
"""Taiwan's Central News Agency: ``Taipei, Jan. 1 (CNA) --``; in its English service as
Gigaword holds it, the dateline is a line of its own, the tag followed by the transmission
stamp and the byline, ``Taipei, Jan. 1 (CNA) 01/01/07 16:21:22 (By Jo Lin)``."""
