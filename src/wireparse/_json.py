"""Articles to plain JSON-ready dicts and back, through one cattrs converter."""

from __future__ import annotations

import datetime
from typing import Any

import cattrs

from ._models import Article, DefectCode

converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
"""The converter behind :func:`to_dict` and :func:`from_dict`. Dates are ISO strings, spans
and other tuples are lists; everything else is what JSON holds as is."""

converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
converter.register_unstructure_hook(DefectCode, lambda code: code.value)
converter.register_structure_hook(
    datetime.date, lambda value, _: datetime.date.fromisoformat(value)
)


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as a dict of JSON types: ``json.dumps`` takes it as is.

    Keys are the attribute names of the models; an absent element is None; every element
    has ``"span": [start, end]``.
    """
    result: dict[str, Any] = converter.unstructure(article)
    return result


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild the article :func:`to_dict` made: ``from_dict(to_dict(a)) == a``.

    Raises:
        cattrs.BaseValidationError: ``data`` does not describe an article.
    """
    return converter.structure(data, Article)
