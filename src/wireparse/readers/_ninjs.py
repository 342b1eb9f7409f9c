"""IPTC ninjs: news in JSON, 1.x and 2.x, one object an item.

ninjs 1.x gives one value per key: ``headline``, ``byline``, ``body_text`` or ``body_html``,
``subject`` (objects with a ``name``). ninjs 2.x keeps the keys that are lists in the plural and
gives each entry a role: ``headlines`` and ``bodies`` (``{"role": "main", "contenttype":
"text/html", "value": ...}``), ``subjects``, ``by``. Both have ``uri``, ``type``, ``language``,
``firstcreated``, ``versioncreated``, ``located``, ``copyrightholder`` and ``slugline``. A file
is one object, an array of them, or JSON Lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._io import Chunk
from ._feeds import (
    Item,
    add_keyword,
    clean,
    html_blocks,
    json_values,
    set_time,
    text_blocks,
)
from ._records import Issue


def items(chunks: Iterator[Chunk]) -> Iterator[Item]:
    """Yield the item of each ninjs object of a file; what is no object is an issue."""
    for value, line, issues in json_values(chunks):
        read = Item(line=line, issues=list(issues), read=value is not None)
        if isinstance(value, dict):
            _read_into(read, value)
        elif value is not None:
            kind = type(value).__name__
            read.issues.append(
                Issue(
                    line=line, message=f"the JSON value at line {line} is a {kind}, not an object"
                )
            )
        yield read


def _string(value: Any) -> str | None:
    """A string value on one line; None for anything else."""
    return clean(value) if isinstance(value, str) else None


def _entries(value: Any) -> list[dict[str, Any]]:
    """The objects of a list value (``headlines``, ``bodies``, ``subjects``)."""
    if not isinstance(value, list):
        return []
    return [entry for entry in value if isinstance(entry, dict)]


def _name(value: Any) -> str | None:
    """The name of a subject, a place or a party: a string, or an object's ``name``."""
    if isinstance(value, dict):
        return _string(value.get("name")) or _string(value.get("literal"))
    return _string(value)


def _read_into(item: Item, value: dict[str, Any]) -> None:
    item.id = _string(value.get("uri")) or _string(value.get("guid"))
    item.kind = _string(value.get("type"))
    item.language = _string(value.get("language"))
    set_time(item, "first_created", _string(value.get("firstcreated")), "firstcreated")
    set_time(item, "version_created", _string(value.get("versioncreated")), "versioncreated")
    item.provider = _string(value.get("copyrightholder")) or _name(value.get("provider"))
    item.byline = _string(value.get("byline")) or _string(value.get("by"))
    item.located = _string(value.get("located"))
    item.slug = _string(value.get("slugline"))
    item.headline = _string(value.get("headline"))
    item.subtitle = _string(value.get("subheadline"))
    for entry in _entries(value.get("headlines")):
        role = (_string(entry.get("role")) or "").casefold()
        text = _string(entry.get("value"))
        if "sub" in role:
            item.subtitle = item.subtitle or text
        else:
            item.headline = item.headline or text
    keywords = value.get("keywords")
    for keyword in keywords if isinstance(keywords, list) else ():
        add_keyword(item, _string(keyword))
    for key in ("subject", "subjects"):
        subjects = value.get(key)
        for subject in subjects if isinstance(subjects, list) else ():
            add_keyword(item, _name(subject))
    description = _string(value.get("description_text"))
    for entry in _entries(value.get("descriptions")):
        description = description or _string(entry.get("value"))
    if description:
        item.extra.append(description)
    _body(item, value)


def _body(item: Item, value: dict[str, Any]) -> None:
    """Read the body: the main entry of ``bodies`` (2.x), else ``body_html``, else
    ``body_text`` (1.x)."""
    bodies = _entries(value.get("bodies"))
    main = next((entry for entry in bodies if entry.get("role") == "main"), None)
    chosen = main or (bodies[0] if bodies else None)
    if chosen is not None and isinstance(chosen.get("value"), str):
        html = "html" in (_string(chosen.get("contenttype")) or "").casefold()
        _add_body(item, chosen["value"], html=html)
    elif isinstance(value.get("body_html"), str):
        _add_body(item, value["body_html"], html=True)
    elif isinstance(value.get("body_text"), str):
        _add_body(item, value["body_text"], html=False)


def _add_body(item: Item, text: str, *, html: bool) -> None:
    if html:
        blocks, extra = html_blocks(text)
        item.blocks.extend(blocks)
        item.extra.extend(extra)
    else:
        item.blocks.extend(text_blocks(text))
