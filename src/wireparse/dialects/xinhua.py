"""Xinhua News Agency: its English, Spanish, French, Russian, Chinese and Arabic services."""

from __future__ import annotations

from . import _months
from ._dialect import Dialect, chinese_dateline_form

_CAPTIONS = (
    # Matches: "(Xinhua/Li Xin)", "(Photo by Herman Emmanuel/Xinhua)", "(Xinhua)".
    # Anything but parentheses may stand before or after the slash.
    ("caption", r"\( [^()/\n]{0,120}+ / \s*+ Xinhua \s*+ \) \Z"),
    ("caption", r"\( \s*+ Xinhua \s*+ (?: / [^()\n]{1,120}+ )?+ \) \Z"),
)

XINHUA = Dialect(
    name="xinhua",
    agency="Xinhua",
    language="en",
    agency_tags=("Xinhua",),
    kickers=(
        "Xinhua Headlines",
        "Feature",
        "Interview",
        "Roundup",
        "Commentary",
        "Spotlight",
        "News Analysis",
        "China Focus",
        "Economic Watch",
        "Xiplomacy",
        "Across China",
        "Year-ender",
        "Xinhua Commentary",
        "Backgrounder",
        "Factbox",
    ),
    # "Enditem", and the misspellings 1990s copy printed.
    terminators=("Enditem", "Endtiem", "Ednitem", "Enitem", "Editem", "Endfitem", "Endiem"),
    source_names=("Xinhua", "Xinhua News Agency", "Xinhuanet", "english.news.cn"),
    furniture=_CAPTIONS,
)
"""Xinhua English: ``BEIJING, May 6 (Xinhua) --``, kickers such as ``Xinhua Headlines:``,
photo captions ``(Xinhua/Li Xin)`` and the terminator ``Enditem`` (or one of the misspellings
of 1990s copy: ``Endtiem``, ``Ednitem``...)."""

XINHUA_ES = Dialect(
    name="xinhua-es",
    agency="Xinhua",
    language="es",
    agency_tags=("Xinhua",),
    months=_months.merge(_months.SPANISH, _months.ENGLISH),
    kickers=("Especial", "Entrevista", "Análisis", "Enfoque", "Reportaje", "Crónica"),
    terminators=("Fin",),
    source_names=("Xinhua", "Spanish.xinhuanet.com", "spanish.news.cn"),
    furniture=_CAPTIONS,
)
"""Xinhua Spanish: ``EL CAIRO, 30 jun (Xinhua) --``, ending ``Fin``."""

XINHUA_FR = Dialect(
    name="xinhua-fr",
    agency="Xinhua",
    language="fr",
    agency_tags=("Xinhua",),
    months=_months.merge(_months.FRENCH, _months.ENGLISH),
    kickers=("Interview", "Analyse", "Reportage", "Commentaire", "Dossier"),
    terminators=("Fin",),
    source_names=("Xinhua", "french.news.cn"),
    furniture=_CAPTIONS,
)
"""Xinhua French: ``BEIJING, 28 décembre (Xinhua) --``, ending ``Fin``."""

XINHUA_RU = Dialect(
    name="xinhua-ru",
    agency="Xinhua",
    language="ru",
    agency_tags=("Синьхуа",),
    tag_styles=("slash", "paren"),
    months=_months.RUSSIAN,
    terminators=("-0-",),
    source_names=("Синьхуа", "russian.news.cn"),
)
"""Xinhua Russian: ``Пекин, 1 марта /Синьхуа/ --``, ending ``-0-``."""

XINHUA_ZH = Dialect(
    name="xinhua-zh",
    agency="Xinhua",
    language="zh",
    agency_tags=("新华社",),
    tag_styles=("paren",),
    months=_months.merge(_months.ENGLISH, _months.CHINESE_MONTHS),
    day_words=_months.CHINESE_DAYS,
    # "新华社北京8月12日电（记者罗沙）", "新华社北京８月１２日电", "新华社华盛顿电".
    dateline_forms=(chinese_dateline_form("新华社"),),
    terminators=("（完）", "(完)"),
    source_names=("新华社", "新华网"),
)
"""Xinhua Chinese: ``新华社北京8月12日电（记者罗沙）``, full-width digits possible, ending
``（完）``."""

XINHUA_AR = Dialect(
    name="xinhua-ar",
    agency="Xinhua",
    language="ar",
    agency_tags=("شينخوا",),
    months=_months.ARABIC,
    day_words=_months.ARABIC_DAY_WORDS,
    separators=("--", "\u2014", "\u2013", "-", ":"),
    source_names=("شينخوا",),
)
"""Xinhua Arabic: ``بكين اول سبتمبر 2008 (شينخوا)``, the day maybe a word, the year printed,
no separator."""
