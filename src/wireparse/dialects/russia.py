"""Russian agencies: TASS (English and Russian services) and Interfax."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect

_SEPARATORS = ("--", "\u2014", "\u2013", "-", ".")

TASS = Dialect(
    name="tass",
    agency="TASS",
    agency_tags=("TASS", "ITAR-TASS"),
    tag_styles=("slash", "paren"),
    separators=_SEPARATORS,
    source_names=("TASS",),
)
"""TASS English: ``MOSCOW, October 4. /TASS/.``"""

TASS_RU = Dialect(
    name="tass-ru",
    agency="TASS",
    language="ru",
    agency_tags=("ТАСС", "ИТАР-ТАСС"),
    tag_styles=("slash", "paren"),
    separators=_SEPARATORS,
    months=_months.RUSSIAN,
    source_names=("ТАСС",),
)
"""TASS Russian: ``ВАШИНГТОН, 22 января. /ТАСС/.``"""

INTERFAX = Dialect(
    name="interfax",
    agency="Interfax",
    agency_tags=("Interfax", "Interfax-Ukraine", "Интерфакс"),
    months=_months.merge(_months.ENGLISH, _months.RUSSIAN),
    source_names=("Interfax",),
)
"""Interfax: a period after the city, ``MOSCOW. April 2 (Interfax) -``."""
