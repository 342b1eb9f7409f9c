"""Agencies as data: the :class:`Dialect` value, the registry of known dialects, detection.

Every agency wireparse knows is a registered :class:`Dialect`; :func:`detect` tells which one a
story is written in, and :func:`wireparse.parse` asks it when no dialect is named. A dialect of
your own, registered with :func:`register`, is detected like the built-in ones.
"""

from __future__ import annotations

from ._detect import _Detector
from ._dialect import (
    ENGLISH_MONTHS,
    TAG_STYLES,
    WEB_FURNITURE,
    WIRE_TRAILERS,
    Dialect,
    TagStyle,
)
from .east_asia import CNA, JIJI, KYODO, YONHAP
from .europe import AFP, AFP_ZH, ANSA, ATS, DPA, EFE, PA, RITZAU
from .latin_america import PRENSA_LATINA
from .middle_east import KUNA, SPA, WAM
from .oceania import AAP
from .reuters import REUTERS, REUTERS_1987
from .russia import INTERFAX, TASS, TASS_RU
from .south_asia import ANI, IANS, PTI
from .southeast_asia import ANTARA, BERNAMA
from .us import AP, NYT, UPI
from .xinhua import XINHUA, XINHUA_AR, XINHUA_ES, XINHUA_FR, XINHUA_RU, XINHUA_ZH

_REGISTRY: dict[str, Dialect] = {}

DEFAULT = XINHUA
"""The dialect used when none is named and detection finds none."""

BUILT_IN: tuple[Dialect, ...] = (
    XINHUA,
    XINHUA_ES,
    XINHUA_FR,
    XINHUA_RU,
    XINHUA_ZH,
    XINHUA_AR,
    REUTERS,
    REUTERS_1987,
    AP,
    AFP,
    AFP_ZH,
    UPI,
    NYT,
    TASS,
    TASS_RU,
    INTERFAX,
    PTI,
    IANS,
    ANI,
    YONHAP,
    KYODO,
    JIJI,
    CNA,
    DPA,
    EFE,
    PA,
    ATS,
    ANSA,
    RITZAU,
    PRENSA_LATINA,
    BERNAMA,
    ANTARA,
    KUNA,
    SPA,
    WAM,
    AAP,
)
"""The dialects registered out of the box, in the order detection prefers them."""

_built: tuple[tuple[int, ...], _Detector] | None = None
"""The detector of the registry, and the registered dialects it was built from (their ids)."""

_checked: tuple[dict[str, Dialect], int, int] | None = None
"""The registry, its size and :data:`_changes` when :data:`_built` was last found current."""

_changes = 0
"""How many times :func:`register` has changed the registry."""


def register(dialect: Dialect, *, replace: bool = False) -> Dialect:
    """Make ``dialect`` known by its name, so that ``parse(text, dialect=name)`` finds it.

    A registered dialect is also one :func:`detect` (and so :func:`wireparse.parse` without
    ``dialect=``) may find. Where its tags are those of a dialect registered before it, the
    earlier one is preferred, unless the story's dates or terminator fit the new one better.

    Args:
        dialect: The dialect to register.
        replace: Whether to replace a dialect already registered under the same name.

    Returns:
        The dialect, so that ``register`` can wrap a module-level definition.

    Raises:
        TypeError: ``dialect`` is no :class:`Dialect`.
        ValueError: A different dialect already has that name and ``replace`` is false.
    """
    if not isinstance(dialect, Dialect):
        raise TypeError(f"register() expects a Dialect, got {type(dialect).__name__}")
    known = _REGISTRY.get(dialect.name)
    if known is not None and known != dialect and not replace:
        raise ValueError(f"a dialect named {dialect.name!r} is already registered")
    global _changes  # noqa: PLW0603 - tells the detector's cache that the registry changed
    _REGISTRY[dialect.name] = dialect
    _changes += 1
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


def _detector() -> _Detector:
    """Return the detector of the registered dialects, built again when the registry changed.

    The registered dialects are compared with those it was built from only when the registry
    may have changed: :func:`register` was called, a dialect was removed, or the registry was
    replaced.
    """
    global _built, _checked  # noqa: PLW0603 - a cache of what the registry holds
    checked = _checked
    if (
        checked is not None
        and checked[0] is _REGISTRY
        and checked[1] == len(_REGISTRY)
        and checked[2] == _changes
        and _built is not None
    ):
        return _built[1]
    key = tuple(map(id, _REGISTRY.values()))
    if _built is None or _built[0] != key:
        _built = (key, _Detector.build(tuple(_REGISTRY.values())))
    _checked = (_REGISTRY, len(_REGISTRY), _changes)
    return _built[1]


def detect(text: str) -> Dialect:
    """Return the registered dialect ``text`` is written in; :data:`DEFAULT` when none tells.

    The first agency tag (or dialect form, such as Xinhua Chinese's ``新华社北京8月12日电``) in
    the first few thousand characters names the agency; several dialects sharing it are told
    apart by the dateline's month names and the story's terminator. Without a tag, a tagless
    dateline at a paragraph's start (``SALVADOR, Feb 26 -``, indented) picks a tagless
    dialect.

    Example:
        >>> detect("MOSCOW, October 4. /TASS/. Talks began.").name
        'tass'
        >>> detect("EL CAIRO, 30 junio (Xinhua) -- Llueve. Fin").name
        'xinhua-es'
    """
    found = _detector().detect(text)
    return DEFAULT if found is None else found


for _dialect in BUILT_IN:
    register(_dialect)

__all__ = [
    "AAP",
    "AFP",
    "AFP_ZH",
    "ANI",
    "ANSA",
    "ANTARA",
    "AP",
    "ATS",
    "BERNAMA",
    "BUILT_IN",
    "CNA",
    "DEFAULT",
    "DPA",
    "EFE",
    "ENGLISH_MONTHS",
    "IANS",
    "INTERFAX",
    "JIJI",
    "KUNA",
    "KYODO",
    "NYT",
    "PA",
    "PRENSA_LATINA",
    "PTI",
    "REUTERS",
    "REUTERS_1987",
    "RITZAU",
    "SPA",
    "TAG_STYLES",
    "TASS",
    "TASS_RU",
    "UPI",
    "WAM",
    "WEB_FURNITURE",
    "WIRE_TRAILERS",
    "XINHUA",
    "XINHUA_AR",
    "XINHUA_ES",
    "XINHUA_FR",
    "XINHUA_RU",
    "XINHUA_ZH",
    "YONHAP",
    "Dialect",
    "TagStyle",
    "detect",
    "get",
    "names",
    "register",
    "resolve",
]
