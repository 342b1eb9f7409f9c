"""The JSON Schema of an article's JSON form: what :func:`~wireparse.to_dict` gives.

The schema is data: each model's fields, in the model's order, with the JSON type
:func:`~wireparse.to_dict` writes for it. Descriptions come from the models' docstrings, so the
schema says what the API reference says.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import attrs
import regex

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
    Terminator,
    Trailer,
    WireLine,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect the schema is written in: draft 2020-12."""

_STRING: dict[str, Any] = {"type": "string"}
_OPTIONAL_STRING: dict[str, Any] = {"type": ["string", "null"]}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(name: str) -> dict[str, Any]:
    return {"anyOf": [_ref(name), {"type": "null"}]}


def _array_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


_SPAN = _ref("span")
_OPTIONAL_SPAN = _nullable("span")
_DATE = _ref("date")

_SHARED: dict[str, dict[str, Any]] = {
    "span": {
        "description": (
            "`[start, end]` character offsets into the article's `text`, end exclusive"
            " (start <= end): `text[start:end]` is what the element was read from."
        ),
        "type": "array",
        "prefixItems": [
            {"type": "integer", "minimum": 0},
            {"type": "integer", "minimum": 0},
        ],
        "items": False,
        "minItems": 2,
    },
    "date": {
        "description": "A calendar date in ISO 8601 form, `YYYY-MM-DD`.",
        "type": "string",
        "format": "date",
        "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    },
}
"""Definitions that are no model: the span and the date, as :func:`~wireparse.to_dict` writes
them."""

# Each model under its name in ``$defs``, with the JSON schema of each of its fields.
_MODELS: dict[str, tuple[type, dict[str, dict[str, Any]]]] = {
    "defect": (
        Defect,
        {
            "code": {"enum": [code.value for code in DefectCode]},
            "message": _STRING,
            "span": _SPAN,
        },
    ),
    "id_markers": (
        IdMarkers,
        {
            "start": _OPTIONAL_STRING,
            "end": _OPTIONAL_STRING,
            "start_span": _OPTIONAL_SPAN,
            "end_span": _OPTIONAL_SPAN,
            "span": _SPAN,
        },
    ),
    "headline": (
        Headline,
        {
            "text": _STRING,
            "kicker": _OPTIONAL_STRING,
            "title": _STRING,
            "take": _OPTIONAL_STRING,
            "span": _SPAN,
        },
    ),
    "meta_line": (
        MetaLine,
        {"kind": {"enum": ["source", "date"]}, "text": _STRING, "span": _SPAN},
    ),
    "dateline": (
        Dateline,
        {
            "text": _STRING,
            "location": _OPTIONAL_STRING,
            "city": _OPTIONAL_STRING,
            "region": _OPTIONAL_STRING,
            "date_text": _OPTIONAL_STRING,
            "date": {"anyOf": [_DATE, {"type": "null"}]},
            "agency": _OPTIONAL_STRING,
            "span": _SPAN,
        },
    ),
    "heading": (Heading, {"text": _STRING, "span": _SPAN}),
    "paragraph": (Paragraph, {"text": _STRING, "span": _SPAN}),
    "section": (
        Section,
        {"heading": _nullable("heading"), "paragraphs": _array_of("paragraph"), "span": _SPAN},
    ),
    "terminator": (Terminator, {"text": _STRING, "span": _SPAN}),
    "trailer": (Trailer, {"kind": _STRING, "text": _STRING, "span": _SPAN}),
    "wire_line": (WireLine, {"kind": _STRING, "text": _STRING, "span": _SPAN}),
    "slug": (
        Slug,
        {
            "keyword": _STRING,
            "version": _OPTIONAL_STRING,
            "date": _OPTIONAL_STRING,
            "words": _OPTIONAL_STRING,
            "text": _STRING,
            "span": _SPAN,
        },
    ),
    "furniture": (Furniture, {"kind": _STRING, "text": _STRING, "span": _SPAN}),
    "article": (
        Article,
        {
            "text": _STRING,
            "dialect": _STRING,
            "id_markers": _nullable("id_markers"),
            "headline": _nullable("headline"),
            "meta_lines": _array_of("meta_line"),
            "source": _OPTIONAL_STRING,
            "published": {"anyOf": [_DATE, {"type": "null"}]},
            "dateline": _nullable("dateline"),
            "sections": _array_of("section"),
            "terminator": _nullable("terminator"),
            "furniture": _array_of("furniture"),
            "defects": _array_of("defect"),
            "trailers": _array_of("trailer"),
            "slug": _nullable("slug"),
            "wire_lines": _array_of("wire_line"),
            "start_line": {"type": "integer", "minimum": 1},
        },
    ),
}

RECORD_FILE: dict[str, Any] = {
    "type": "string",
    "description": (
        "The file the story was read from, as named on the command line (a file below a"
        " named folder by its path there), or `<stdin>` for standard input."
    ),
}
"""The key ``wireparse parse`` adds to :func:`~wireparse.to_dict` in each JSON Lines object."""

RECORD_DOCUMENT: dict[str, dict[str, Any]] = {
    "id": {
        "type": ["string", "null"],
        "description": (
            "The corpus document's id as its markup gives it (`DOCNO`, `DOCID`, the `id`"
            " attribute, Reuters-21578 `NEWID`), or null when it has none. Present for a story"
            " read from a corpus file only, as are `date` and `type`."
        ),
    },
    "date": {
        "anyOf": [_DATE, {"type": "null"}],
        "description": "The corpus document's date, or null when it has none.",
    },
    "type": {
        "type": ["string", "null"],
        "description": (
            "The corpus document's type as its markup gives it (Gigaword `type`: `story`,"
            " `multi`, `advis`, `other`; a `DOCTYPE` such as `NEWS STORY`; Reuters-21578"
            " `TEXT TYPE`), or null when it gives none."
        ),
    },
}
"""The keys ``wireparse parse`` adds for a story that is a corpus document, beside ``"file"``."""

# reST markup of the docstrings, written as plain text with Markdown code: ``x`` and
# :role:`~module.name` (shown as its last part, as Sphinx shows it) or :role:`module.name`;
# and None, which JSON writes as null.
_RST = regex.compile(r"``(?P<literal>[^`]++)``|:[a-z]++:`(?P<tilde>~?+)(?P<target>[^`]++)`")
_NONE = regex.compile(r"\bNone\b")


def _plain(text: str) -> str:
    def replace(match: regex.Match[str]) -> str:
        if match["literal"] is not None:
            return f"`{match['literal']}`"
        target = match["target"]
        return f"`{target.rsplit('.', 1)[-1] if match['tilde'] else target}`"

    return _NONE.sub("null", _RST.sub(replace, " ".join(text.split())))


# An entry of a Google-style "Attributes:" section: "    name: text", continued on lines
# indented deeper.
_ATTRIBUTE = regex.compile(r"^    (?P<name>[a-z_]++): (?P<doc>.*+(?:\n {5,}+.*+)*+)", regex.M)


def _docs(cls: type) -> tuple[str | None, dict[str, str]]:
    """The first paragraph of ``cls``'s docstring, and the text of each of its attributes.

    Both are empty when Python runs without docstrings (``-OO``).
    """
    doc = inspect.cleandoc(cls.__doc__ or "")
    if not doc:
        return None, {}
    summary, _, rest = doc.partition("\n\n")
    _, _, attributes = rest.partition("Attributes:\n")
    fields = {m["name"]: _plain(m["doc"]) for m in _ATTRIBUTE.finditer(attributes)}
    return _plain(summary), fields


def _object(cls: type, fields: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The schema of an attrs model's dict: each field required, no other key allowed."""
    names = [field.name for field in attrs.fields(cls)]
    if sorted(names) != sorted(fields):
        raise TypeError(f"the schema of {cls.__name__} lists {sorted(fields)}, not {names}")
    summary, docs = _docs(cls)
    properties = {}
    for name in names:
        schema = dict(fields[name])
        if name in docs:
            schema["description"] = docs[name]
        properties[name] = schema
    result: dict[str, Any] = {"type": "object"}
    if summary:
        result["description"] = summary
    result.update(properties=properties, required=names, additionalProperties=False)
    return result


def _record(article: dict[str, Any]) -> dict[str, Any]:
    """An object of ``wireparse parse``'s JSON Lines: the article, and ``"file"`` first
    (then, for a corpus document, its ``"id"``, ``"date"`` and ``"type"``)."""
    return {
        "type": "object",
        "description": (
            "One object of the JSON Lines `wireparse parse` writes: the article's JSON form"
            " with the `file` it was read from and, for a document of a corpus file, the"
            " document's `id`, `date` and `type`."
        ),
        "properties": {"file": RECORD_FILE, **RECORD_DOCUMENT, **article["properties"]},
        "required": ["file", *article["required"]],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the JSON form of an article.

    The schema describes what :func:`~wireparse.to_dict` gives (and :func:`~wireparse.from_dict`
    reads): every key is required, none other is allowed, an absent element is null, a span
    is ``[start, end]``, a date is ``YYYY-MM-DD`` and a defect's code is one of
    :class:`~wireparse.DefectCode`'s values. ``$defs`` holds one definition per model, and
    ``record``: an object of ``wireparse parse``'s JSON Lines, which adds ``"file"`` (and, for
    a corpus document, its ``"id"``, ``"date"`` and ``"type"``, not required). To
    validate those, point the schema's ``$ref`` at it. Each call returns a new dict, free to
    change. ``wireparse schema`` prints it.

    >>> import wireparse
    >>> schema = wireparse.json_schema()
    >>> schema["$schema"], schema["$ref"]
    ('https://json-schema.org/draft/2020-12/schema', '#/$defs/article')
    >>> schema["$defs"]["article"]["required"][:4]
    ['text', 'dialect', 'id_markers', 'headline']
    >>> set(schema["$defs"]["record"]["required"]) - set(schema["$defs"]["article"]["required"])
    {'file'}
    >>> records = {**schema, "$ref": "#/$defs/record"}  # the schema of the CLI's JSON Lines
    """
    defs: dict[str, Any] = dict(_SHARED)
    for name, (cls, fields) in _MODELS.items():
        defs[name] = _object(cls, fields)
    defs["record"] = _record(defs["article"])
    schema = {
        "$schema": DIALECT,
        "title": "wireparse article",
        "description": (
            "The JSON form of an article parsed by wireparse (`wireparse.to_dict`). Every"
            " element has a `span` into the article's `text`."
        ),
        "$ref": "#/$defs/article",
        "$defs": defs,
    }
    # Through JSON and back: a tree of new dicts and lists, none shared with another call or
    # between two places of this one, holding only what JSON holds.
    fresh: dict[str, Any] = json.loads(json.dumps(schema))
    return fresh
