"""Month names as datelines print them, language by language, to month numbers.

Each table holds the full names and the abbreviations agencies print, with and without
diacritics where desks drop them (``fevrier``). Keys are as printed; lookups fold case and drop a
trailing period, so ``SEPT.`` and ``sept`` find ``Sept``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType


def _table(*rows: Iterable[str]) -> Mapping[str, int]:
    """Build a table from rows of twelve names each, January first; "" skips a month."""
    names: dict[str, int] = {}
    for row in rows:
        for number, name in enumerate(row, 1):
            if name:
                names[name] = number
    return MappingProxyType(names)


def merge(*tables: Mapping[str, int]) -> Mapping[str, int]:
    """Return one table holding the names of all ``tables``, for bilingual copy."""
    merged: dict[str, int] = {}
    for table in tables:
        for name, number in table.items():
            known = merged.setdefault(name, number)
            if known != number:  # pragma: no cover - a data error in this module
                raise ValueError(f"month name {name!r} means both {known} and {number}")
    return MappingProxyType(merged)


ENGLISH = _table(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["", "", "", "", "", "June", "July", "", "Sept", "", "", ""],
)
"""English, as AP style and the agencies that follow it print months (``Sept.``, ``Aug``)."""

SPANISH = _table(
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    ["", "", "", "", "", "", "", "", "setiembre", "", "", ""],
    ["", "", "", "", "", "", "", "", "sept", "", "", ""],
    ["", "", "", "", "", "", "", "", "set", "", "", ""],
)
"""Spanish: ``30 jun``, ``1 de marzo``; ``setiembre`` as printed in South America."""

FRENCH = _table(
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
    ["", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"],
    ["", "fév", "", "", "", "", "", "", "", "", "", "dec"],
)
"""French: ``28 décembre``, ``1er mars``, and the forms without accents."""

RUSSIAN = _table(
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    # The genitive, as a date prints it: "1 марта".
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
)
"""Russian, nominative and genitive (``1 марта``), and the short forms."""

GERMAN = _table(
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    ["Jänner", "", "Maerz", "", "", "", "", "", "", "", "", ""],
    ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
)
"""German, as dpa prints dates (``2. März``)."""

MALAY = _table(
    [
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ],
    ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"],
)
"""Malay, as Bernama's Malay service prints it, day first (``13 Jan``)."""

INDONESIAN = _table(
    [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    ["", "Pebruari", "", "", "", "", "", "Agt", "Sept", "Okt", "Nop", "Des"],
)
"""Indonesian, as Antara prints it."""

ARABIC = _table(
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    # The same names as often printed without the hamza.
    ["", "", "", "ابريل", "", "", "", "اغسطس", "", "اكتوبر", "", ""],
    # The Levantine names.
    [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
)
"""Arabic, the Egyptian (``سبتمبر``) and the Levantine (``أيلول``) names."""

ARABIC_DAY_WORDS: Mapping[str, int] = MappingProxyType({"اول": 1, "أول": 1, "الأول": 1})
"""Arabic datelines print the first of the month as a word: ``بكين اول سبتمبر 2008``."""

ITALIAN = _table(
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
)
"""Italian, as ANSA prints dates (``11 LUG``, ``11 luglio``)."""

DANISH = _table(
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
)
"""Danish, as Ritzau prints dates (``3. juni``)."""

_CHINESE_DIGITS = "一二三四五六七八九"


def _chinese_numeral(number: int) -> str:
    """``number`` (1 to 39) in Chinese numerals: 九, 十, 十一, 二十, 三十一."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CHINESE_DIGITS[tens - 1] + "十")
    return head + (_CHINESE_DIGITS[units - 1] if units else "")


CHINESE_MONTHS: Mapping[str, int] = MappingProxyType({_chinese_numeral(n): n for n in range(1, 13)})
"""Months in Chinese numerals, as AFP's Chinese service prints them (``九月``: the ninth)."""

CHINESE_DAYS: Mapping[str, int] = MappingProxyType({_chinese_numeral(n): n for n in range(1, 32)})
"""Days in Chinese numerals (``三十日``: the thirtieth)."""
