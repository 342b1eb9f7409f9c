"""Agencies as data: the :class:`Dialect` value and the registry of known dialects."""

from __future__ import annotations

from ._dialect import ENGLISH_MONTHS, WEB_FURNITURE, Dialect, DialectPatterns
from .xinhua import XINHUA

_REGISTRY: dict[str, Dialect] = {}

DEFAULT = XINHUA
"""The dialect used when none is named."""


def register(dialect: Dialect, *, replace: bool = False) -> Dialect:
    """Make ``dialect`` known by its name, so that ``parse(text, dialect=name)`` finds it.

    Args:
        dialect: The dialect to register.
        replace: Whether to replace a dialect already registered under the same name.

    Returns:
        The dialect, so that ``register`` can wrap a module-level definition.

    Raises:
        ValueError: A different dialect already has that name and ``replace`` is false.
    """
    if not isinstance(dialect, Dialect):
        raise TypeError(f"register() expects a Dialect, got {type(dialect).__name__}")
    known = _REGISTRY.get(dialect.name)
    if known is not None and known != dialect and not replace:
        raise ValueError(f"a dialect named {dialect.name!r} is already registered")
    _REGISTRY[dialect.name] = dialect
    return dialect


def get(name: str) -> Dialect:
    """Return the registered dialect called ``name``.

    Raises:
        KeyError: No dialect has that name; the message lists the known ones.
    """
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise KeyError(f"unknown dialect {name!r}; known dialects: {known}") from None


def names() -> tuple[str, ...]:
    """Return the names of all registered dialects, sorted."""
    return tuple(sorted(_REGISTRY))


def resolve(dialect: Dialect | str | None) -> Dialect:
    """Turn what a caller passed as ``dialect=`` into a :class:`Dialect`.

    None gives :data:`DEFAULT`; a string is looked up with :func:`get`.
    """
    if dialect is None:
        return DEFAULT
    if isinstance(dialect, Dialect):
        return dialect
    if isinstance(dialect, str):
        return get(dialect)
    raise TypeError(f"dialect must be a Dialect, a name or None, not {type(dialect).__name__}")


register(XINHUA)

__all__ = [
    "DEFAULT",
    "ENGLISH_MONTHS",
    "WEB_FURNITURE",
    "XINHUA",
    "Dialect",
    "DialectPatterns",
    "get",
    "names",
    "register",
    "resolve",
]
