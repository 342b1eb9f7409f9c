"""Latin American agencies: Prensa Latina."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect

PRENSA_LATINA = Dialect(
    name="prensa-latina",
    agency="Prensa Latina",
    agency_tags=("Prensa Latina", "PL"),
    months=_months.merge(_months.ENGLISH, _months.SPANISH),
    source_names=("Prensa Latina",),
)
"""Prensa Latina: ``Washington, Aug 24 (Prensa Latina) President ...``, no separator."""
