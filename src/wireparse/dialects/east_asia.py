"""East Asian agencies: Yonhap, Kyodo and Jiji Press."""

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
    terminators=("==Kyodo",),
    source_names=("Kyodo", "Kyodo News"),
)
"""Kyodo News: ``TOKYO (Kyodo) --``, on the raw wire ``TOKYO, Aug. 29 Kyodo -``; ends
``==Kyodo``."""

JIJI = Dialect(
    name="jiji",
    agency="Jiji Press",
    agency_tags=("Jiji Press", "Jiji"),
    source_names=("Jiji Press", "JIJI PRESS"),
)
"""Jiji Press: ``Seoul, January 24 (Jiji Press) --``."""
