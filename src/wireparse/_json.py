"""Articles to plain JSON-ready dicts and back, through one cattrs converter.

:func:`to_dict` is on the path of every story ``wireparse parse`` writes, so the converter
unstructures the models with functions made here, once, from each model's own fields and
types (:func:`_unstructure_fn`): one function per model that builds the dict directly, with
no per-value dispatch. They give what cattrs' own functions give for this converter (the test
suite holds both to the same dicts); cattrs still structures (:func:`from_dict`).
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs

from . import _models
from ._models import Article, DefectCode

converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
"""The converter behind :func:`to_dict` and :func:`from_dict`. Dates are ISO strings, spans
and other tuples are lists; everything else is what JSON holds as is."""

converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
converter.register_unstructure_hook(DefectCode, lambda code: code.value)
converter.register_structure_hook(
    datetime.date, lambda value, _: datetime.date.fromisoformat(value)
)

_PLAIN = (str, int, type(None))
"""Types whose values JSON holds as they are."""


def _optional(hint: Any) -> tuple[Any, bool]:
    """``(T, True)`` for ``T | None``, ``(hint, False)`` for anything else."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0], True
    return hint, False


def _expression(hint: Any, value: str, made: dict[str, Callable[[Any], Any]]) -> str:
    """Python source that unstructures ``value`` (a name) of type ``hint`` as the converter
    does; ``made`` collects the functions of the models it calls, by name."""
    inner, optional = _optional(hint)
    origin = typing.get_origin(inner)
    if inner in _PLAIN or origin is typing.Literal:
        return value
    if inner is datetime.date:
        code = f"{value}.isoformat()"
    elif inner is DefectCode:
        code = f"{value}.value"
    elif attrs.has(inner):
        name = f"unstructure_{inner.__name__.lower()}"
        made[name] = _unstructure_fn(inner)
        code = f"{name}({value})"
    elif origin is tuple and all(arg in _PLAIN for arg in typing.get_args(inner)):
        code = f"list({value})"  # a span, (start, end)
    elif origin is tuple and typing.get_args(inner)[1:] == (Ellipsis,):
        item = _expression(typing.get_args(inner)[0], "item", made)
        code = f"[{item} for item in {value}]"
    else:  # no model has such a field: the converter's generic way, should one appear
        made["unstructure"] = converter.unstructure
        code = f"unstructure({value})"
    return f"None if {value} is None else {code}" if optional else code


def _unstructure_fn(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
    """The function that makes the dict of a model ``cls``: its fields in order, each
    unstructured by type (see :func:`_expression`)."""
    hints = typing.get_type_hints(cls, vars(_models))
    made: dict[str, Callable[[Any], Any]] = {}
    names = [field.name for field in attrs.fields(cls)]
    values = [f"{name} = self.{name}" for name in names]
    items = [f"{name!r}: {_expression(hints[name], name, made)}" for name in names]
    name = f"unstructure_{cls.__name__.lower()}"
    source = (
        f"def {name}(self):\n"
        + "".join(f"    {line}\n" for line in values)
        + "    return {"
        + ", ".join(items)
        + "}\n"
    )
    namespace: dict[str, Any] = dict(made)
    exec(source, namespace)  # generated from the model's own field names and types
    function: Callable[[Any], dict[str, Any]] = namespace[name]
    return function


_unstructure_article = _unstructure_fn(Article)
converter.register_unstructure_hook(Article, _unstructure_article)


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as a dict of JSON types: ``json.dumps`` takes it as is.

    Keys are the attribute names of the models; an absent element is None; every element
    has ``"span": [start, end]``.
    """
    return _unstructure_article(article)


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild the article :func:`to_dict` made: ``from_dict(to_dict(a)) == a``.

    Raises:
        cattrs.BaseValidationError: ``data`` does not describe an article.
    """
    return converter.structure(data, Article)
