"""Articles to plain JSON-ready dicts and back, through one cattrs converter; and to JSON text.

:func:`to_dict` unstructures the models with functions made here, once, from each model's own
fields and types (:func:`_unstructure_fn`): one function per model that builds the dict
directly, with no per-value dispatch. They give what cattrs' own functions give for this
converter (the test suite holds both to the same dicts); cattrs still structures
(:func:`from_dict`).

``wireparse parse`` writes an article's JSON without building that dict: :class:`JsonWriter`
makes, once, one function per model that writes the model's JSON text straight from its fields,
as ``json.dumps(to_dict(model), ensure_ascii=False)`` writes it (``", "`` and ``": "`` between
items, non-ASCII as is). Strings are escaped by the standard library's C escaper, the one
``json.dumps`` itself uses; when orjson is installed, the ``text`` fields (the story, its
paragraphs: most of the characters of a line) are escaped by orjson, about nine times faster
on a long string and, character for character, the same escapes (the test suite holds the two
writers to the same text). orjson refuses a lone surrogate, which a ``str`` given to
:func:`wireparse.parse` may hold: such an article is written by the standard library's escaper.
"""

from __future__ import annotations

import datetime
import functools
import json
import types
import typing
from collections.abc import Callable, Collection
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


# -- JSON text, straight from the models --------------------------------------------------------

try:
    import orjson as _orjson
except ImportError:  # wireparse[fast] not installed: the standard library's escaper alone
    _orjson = None  # type: ignore[assignment]

_escape: Callable[[str], str] = json.encoder.encode_basestring
"""A ``str`` as ``json.dumps(value, ensure_ascii=False)`` writes it, quotes included: the
standard library's C escaper."""

NULL = "null"
"""JSON's None."""


def json_string(value: str | None) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False)`` writes it; ``null`` for None."""
    return NULL if value is None else _escape(value)


def json_date(value: datetime.date | None) -> str:
    """A date as :func:`to_dict` gives it, an ISO string, written as JSON; ``null`` for None."""
    return NULL if value is None else f'"{value.isoformat()}"'


def _json_generic(value: Any) -> str:
    """Any value as ``json.dumps`` writes what the converter makes of it: for a field of a
    type that no model has today, should one appear."""
    return json.dumps(converter.unstructure(value), ensure_ascii=False)


class JsonWriter:
    """Writes the models' JSON text straight from their fields, by functions it makes once.

    Each model's function gives ``json.dumps(to_dict_of_the_model, ensure_ascii=False)``, as
    text, without the dict: for a story, its members and their order are those of
    :func:`to_dict`, spans are ``[start, end]``, dates ISO strings, absent values ``null``.

    Args:
        text: Python source of the expression that escapes the string ``{}`` of a long
            field (the story, a paragraph: see :data:`_LONG`), quotes included; the other
            strings go through the standard library's C escaper.
        names: What ``text`` calls, by name.

    Attributes:
        namespace: The globals of the functions made: the escapers and the models' functions.
    """

    def __init__(self, text: str, names: dict[str, Any]) -> None:
        self.namespace: dict[str, Any] = {
            **names,
            "escape": _escape,
            "NULL": NULL,
            "SEP": ", ",
            "SPAN": "[%d, %d]",
            "date": json_date,
            "generic": _json_generic,
            "CODES": {code: _escape(code.value) for code in DefectCode},
        }
        self._text = text
        self._made: set[type[Any]] = set()
        self._members = functools.lru_cache(maxsize=None)(self._make_members)

    def members(self, kept: frozenset[str] | None = None) -> Callable[[Article], str]:
        """The function that writes an article's members, ``"text": "...", "dialect": ...``,
        without the braces: those ``kept`` (all for None), in the order of :func:`to_dict`."""
        return self._members(kept)

    def _make_members(self, kept: frozenset[str] | None) -> Callable[[Article], str]:
        names = [f.name for f in attrs.fields(Article) if kept is None or f.name in kept]
        return self._make(Article, names, braces=False)

    def _function(self, cls: type[Any]) -> str:
        """The name of the function that writes a model ``cls``, made if it is not yet."""
        name = f"json_{cls.__name__.lower()}"
        if cls not in self._made:
            self._made.add(cls)
            self._make(cls, [field.name for field in attrs.fields(cls)], braces=True)
        return name

    def _make(self, cls: type[Any], names: list[str], *, braces: bool) -> Callable[[Any], str]:
        """Make the function that writes the fields ``names`` of a model ``cls``, in braces
        or not: one f-string, a piece per field by its type (see :meth:`_piece`)."""
        body = "".join(f"    v{number} = self.{field}\n" for number, field in enumerate(names))
        text = self._items(cls, names, [f"v{number}" for number in range(len(names))])
        if braces:
            text = "{{" + text + "}}"
        name = f"json_{cls.__name__.lower()}" + ("" if braces else "_members")
        source = f"def {name}(self):\n{body}    return f'{text}'\n"
        exec(source, self.namespace)  # generated from the model's own field names and types
        function: Callable[[Any], str] = self.namespace[name]
        return function

    def _items(self, cls: type[Any], names: list[str], values: list[str]) -> str:
        """The f-string source of the members ``names`` of a model ``cls``, whose values are
        the Python expressions ``values``."""
        hints = typing.get_type_hints(cls, vars(_models))
        return ", ".join(
            f'"{field}": {self._piece(hints[field], value, (cls, field) in _LONG)}'
            for field, value in zip(names, values, strict=True)
        )

    def _piece(self, hint: Any, value: str, long: bool) -> str:
        """The piece of an f-string's source (no single quote in it) that writes ``value``
        (a Python expression) of type ``hint`` as ``json.dumps`` writes what :func:`to_dict`
        makes of it; ``long`` for a string of the long kind (see :data:`_LONG`)."""
        inner, optional = _optional(hint)
        origin = typing.get_origin(inner)
        args = typing.get_args(inner)
        if inner is str and long:
            code = self._text.format(value)
        elif inner is str or origin is typing.Literal:
            code = f"escape({value})"
        elif inner is int:
            code = value
        elif inner is datetime.date:
            return f"{{date({value})}}"  # None included
        elif inner is DefectCode:
            code = f"CODES[{value}]"
        elif attrs.has(inner):
            code = f"{self._function(inner)}({value})"
        elif origin is tuple and args == (int, int):
            if not optional:  # the span of every element: written in place
                return f"[{{{value}[0]}}, {{{value}[1]}}]"
            code = f"SPAN % {value}"
        elif origin is tuple and args[1:] == (Ellipsis,) and attrs.has(args[0]):
            return f"[{{SEP.join({self._each(args[0], value)})}}]"
        else:  # no model has such a field: the converter's generic way, should one appear
            return f"{{generic({value})}}"
        return f"{{NULL if {value} is None else {code}}}" if optional else f"{{{code}}}"

    def _each(self, cls: type[Any], values: str) -> str:
        """Python source of an iterable of the JSON texts of the models ``values``: an
        f-string in place for a model that holds no other (a paragraph, a meta line: most
        values of a story), which saves a call each; its function mapped, for another."""
        names = [field.name for field in attrs.fields(cls)]
        hints = typing.get_type_hints(cls, vars(_models))
        if any(_holds_model(hints[name]) for name in names):
            return f"map({self._function(cls)}, {values})"
        text = self._items(cls, names, [f"item.{name}" for name in names])
        return f'[f"""{{{{{text}}}}}""" for item in {values}]'


_LONG = {(Article, "text"), (_models.Paragraph, "text")}
"""The fields that hold most of a story's characters: the story, its paragraphs. A short
string costs the standard library's escaper less than orjson, whose bytes must be decoded."""


def _holds_model(hint: Any) -> bool:
    """Whether a field of type ``hint`` holds a model or models."""
    inner, _ = _optional(hint)
    return attrs.has(inner) or any(attrs.has(arg) for arg in typing.get_args(inner))


PLAIN_WRITER = JsonWriter("escape({})", {})
"""Writes the JSON text with the standard library's escaper alone."""

ORJSON_WRITER = (
    None if _orjson is None else JsonWriter("dumps({}).decode()", {"dumps": _orjson.dumps})
)
"""Writes the JSON text with orjson escaping the long strings (see :data:`_LONG`), the
standard library's escaper the others; None without orjson."""


def json_members(article: Article, kept: Collection[str] | None = None) -> str:
    """The members of the JSON object of ``article`` as ``wireparse parse`` writes them,
    without braces: ``json.dumps(to_dict(article), ensure_ascii=False)``'s items, those
    ``kept`` (all of them for None), in ``to_dict``'s order.

    By orjson's escaper when it is installed, unless the article holds a lone surrogate,
    which it refuses; by the standard library's otherwise. Either way the text is the same.
    """
    kept = None if kept is None else frozenset(kept)
    if ORJSON_WRITER is not None:
        try:
            return ORJSON_WRITER.members(kept)(article)
        except _orjson.JSONEncodeError:  # a lone surrogate
            pass
    return PLAIN_WRITER.members(kept)(article)
