"""Turn wire-service news copy into structured, typed data.

>>> import wireparse
>>> article = wireparse.parse("BEIJING, May 6 (Xinhua) -- Rain fell. Enditem")
>>> article.dateline.agency, article.terminator.text
('Xinhua', 'Enditem')
"""

from __future__ import annotations

from importlib.metadata import version as _version

from . import dialects, readers, rules
from ._errors import ParseError, WireparseError
from ._json import from_dict, to_dict
from ._models import (
    Article,
    Dateline,
    Defect,
    DefectCode,
    Furniture,
    Heading,
    Headline,
    IdMarkers,
    MetaLine,
    Paragraph,
    Section,
    Slug,
    Span,
    Terminator,
    Trailer,
    WireLine,
)
from ._parser import Parser, parse
from ._pipeline import iter_articles
from ._schema import json_schema
from ._show import render_html
from .dialects import Dialect

__version__ = _version("wireparse")
"""The version of wireparse installed, read from the package's metadata."""

__all__ = [
    "Article",
    "Dateline",
    "Defect",
    "DefectCode",
    "Dialect",
    "Furniture",
    "Heading",
    "Headline",
    "IdMarkers",
    "MetaLine",
    "Paragraph",
    "ParseError",
    "Parser",
    "Section",
    "Slug",
    "Span",
    "Terminator",
    "Trailer",
    "WireLine",
    "WireparseError",
    "__version__",
    "dialects",
    "from_dict",
    "iter_articles",
    "json_schema",
    "parse",
    "readers",
    "render_html",
    "rules",
    "to_dict",
]
