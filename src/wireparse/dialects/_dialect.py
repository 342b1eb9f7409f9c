"""The Dialect value: what one agency's copy looks like, as data."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs
import regex

_FULL_MONTHS = (
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
)
ENGLISH_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        **{name: number for number, name in enumerate(_FULL_MONTHS, 1)},
        **{name[:3]: number for number, name in enumerate(_FULL_MONTHS, 1)},
        "Sept": 9,
    }
)
"""English month names, full and abbreviated (AP's ``Sept`` included), to month numbers."""


WEB_FURNITURE: tuple[tuple[str, str], ...] = (
    # Matches: "Home -", "Home > World", "Home | China". A separator must follow "Home",
    # and what follows it is short and ends no sentence, so "Home prices rose." is no match.
    ("breadcrumb", r"Home \s*+ [-|>\u00bb\u203a/] [^.!?\n]{0,80}+ \Z"),
    # Matches: "(by Wang Jinyu)", "(By Xinhua writer Li Xin)".
    ("byline", r"\( \s*+ by \s++ [^()\n]{1,80}+ \) \Z"),
    # Matches: "Editor: Liu Yang", "Web editor: Xu Yan".
    ("editor", r"(?: (?: web | responsible ) \s++ )?+ editors?+ \s*+ : [^\n]{0,80}+ \Z"),
)
"""Furniture of scraped news pages whatever the agency: ``(kind, pattern)`` pairs, each a
verbose, case-insensitive pattern matching a whole line, white space trimmed."""


def _alternation(words: tuple[str, ...]) -> str:
    """An alternation of literal ``words``, longest first so that ``--`` wins over ``-``."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@attrs.frozen(kw_only=True)
class DialectPatterns:
    """A dialect's patterns, compiled once when the dialect is made.

    Attributes:
        tag: Finds the agency tag of a dateline: ``(Xinhua)`` then its separator.
        date: Matches a dateline date such as ``May 6`` or ``Sept. 30, 2024``, to the end of
            the text it is given.
        kicker: Matches a headline led by a known kicker.
        terminator: Matches a terminator at the end of the text it is given.
        source: Matches a whole source line.
        published: Matches a whole publication-date line.
        furniture: Matches a whole line of furniture, the dialect's or :data:`WEB_FURNITURE`;
            the name of the alternative that matched is a key of ``furniture_kinds``.
        furniture_kinds: The kind of furniture each alternative of ``furniture`` finds.
        terminator_window: How many characters from a line's end can hold a terminator.
        months: Month names case-folded, without a trailing period, to month numbers.
    """

    tag: regex.Pattern[str]
    date: regex.Pattern[str]
    kicker: regex.Pattern[str] | None
    terminator: regex.Pattern[str] | None
    source: regex.Pattern[str] | None
    published: regex.Pattern[str]
    furniture: regex.Pattern[str]
    furniture_kinds: Mapping[str, str]
    terminator_window: int
    months: Mapping[str, int]


def _compile(dialect: Dialect) -> DialectPatterns:
    months = list(dialect.months)
    # Matches: "(Xinhua) -- ", "(Xinhua)--", "( Xinhua ) —", "(Xinhua):".
    # Spaces inside the parentheses and around the separator are optional; so is the separator.
    tag = regex.compile(
        r"""
        \( \s*+ (?P<agency> \L<agencies> ) \s*+ \)
        [^\S\n]*+ (?P<separator> """
        + _alternation(dialect.separators)
        + r""" )?+
        """,
        regex.VERBOSE | regex.IGNORECASE,
        agencies=list(dialect.agency_tags),
    )
    # Matches the end of a dateline prefix: "BEIJING, May 6", "GAZA, Dec. 1",
    # "STOCKHOLM, Aug 29, 2014", "May 6" alone, "NAIROBI, September 7th".
    # Month names in any case; the period after an abbreviation and the ordinal are optional.
    # Digits are ASCII: int() reads every digit this pattern admits.
    date = regex.compile(
        r"""
        (?: ^ | , ) \s*+
        (?P<date>
            (?P<month> \L<months> ) \.?+ \s*+
            (?P<day> [0-9]{1,2}+ ) (?: st | nd | rd | th )?+
            (?: ,? \s*+ (?P<year> [0-9]{4}+ ) )?+
        )
        \s*+ ,?+ \s*+ \Z
        """,
        regex.VERBOSE | regex.IGNORECASE,
        months=months,
    )
    kicker = None
    if dialect.kickers:
        # Matches: "Xinhua Headlines: Xi's upcoming visit ...", "Roundup : ...".
        kicker = regex.compile(
            r"(?P<kicker> \L<kickers> ) \s*+ : \s*+ (?P<title> \S .*+ ) \Z",
            regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
            kickers=list(dialect.kickers),
        )
    terminator = None
    if dialect.terminators:
        # Matches at the end of a line: "he said. Enditem", "he said.Enditem", "Enditem."
        # The terminator must not continue a word: "...Xenditem" is no terminator.
        terminator = regex.compile(
            r"(?<! [\p{L}\p{N}] ) (?P<terminator> (?: \L<terminators> ) \.?+ ) \Z",
            regex.VERBOSE | regex.IGNORECASE,
            terminators=list(dialect.terminators),
        )
    source = None
    if dialect.source_names:
        # Matches a whole line: "Xinhua", "Source: Xinhua", "XINHUA NEWS AGENCY".
        source = regex.compile(
            r"(?: Source \s*+ : \s*+ )?+ (?P<source> \L<sources> ) \Z",
            regex.VERBOSE | regex.IGNORECASE,
            sources=list(dialect.source_names),
        )
    # Matches a whole line: "| May 6, 2025", "2025-05-06", "Updated: 2025-05-06 14:03:12",
    # "6 May 2025", "May 6, 2025 10:31". A leading "|" (a scraped page's separator) is allowed.
    published = regex.compile(
        r"""
        (?: \| \s*+ )?+
        (?: (?: Updated | Published | Released | Date ) \s*+ :?+ \s*+ )?+
        (?:
            (?P<iso> [0-9]{4}+ - [0-9]{2}+ - [0-9]{2}+ )
          | (?P<month> \L<months> ) \.?+ \s*+ (?P<day> [0-9]{1,2}+ ) \s*+ ,?+ \s*+
            (?P<year> [0-9]{4}+ )
          | (?P<day_first> [0-9]{1,2}+ ) \s++ (?P<month_second> \L<months> ) \.?+ \s*+ ,?+ \s*+
            (?P<year_second> [0-9]{4}+ )
        )
        (?: (?: \s++ | \s*+ [|T,] \s*+ ) [0-9]{1,2}+ : [0-9]{2}+ (?: : [0-9]{2}+ )?+
            (?: \s*+ (?: [AP]M | GMT | UTC | BJT ) )?+ )?+
        \Z
        """,
        regex.VERBOSE | regex.IGNORECASE,
        months=months,
    )
    pieces = (*dialect.furniture, *WEB_FURNITURE)
    furniture = regex.compile(
        "|".join(f"(?P<f{number}> {pattern} )" for number, (_, pattern) in enumerate(pieces)),
        regex.VERBOSE | regex.IGNORECASE,
    )
    kinds = {f"f{number}": kind for number, (kind, _) in enumerate(pieces)}
    window = max((len(t) for t in dialect.terminators), default=0) + 2
    folded = {name.rstrip(".").casefold(): number for name, number in dialect.months.items()}
    return DialectPatterns(
        tag=tag,
        date=date,
        kicker=kicker,
        terminator=terminator,
        source=source,
        published=published,
        furniture=furniture,
        furniture_kinds=kinds,
        terminator_window=window,
        months=folded,
    )


@attrs.frozen(kw_only=True)
class Dialect:
    """How one agency writes its copy: the data the rules read.

    Attributes:
        name: The registry key, lower case (``"xinhua"``).
        agency: The agency's name for people (``"Xinhua"``).
        language: The copy's language as a BCP 47 tag (``"en"``).
        agency_tags: The agency as printed in its dateline tag, ``(Xinhua)``.
        separators: What may follow the tag before the story begins, such as ``--``.
        months: Month names as printed in datelines, to month numbers.
        kickers: Words that may lead the headline before a colon (``Xinhua Headlines``).
        terminators: End-of-story marks (``Enditem``).
        source_names: Lines that name the source on a page (``Xinhua``).
        furniture: ``(kind, pattern)`` pairs: verbose, case-insensitive patterns each matching
            a whole line of page furniture particular to the agency, such as photo captions
            (:data:`WEB_FURNITURE` is added to them). A pattern holds no named group.
        patterns: The compiled patterns, made from the fields above.
    """

    name: str
    agency: str
    language: str = "en"
    agency_tags: tuple[str, ...]
    separators: tuple[str, ...] = ("--", "\u2014", "\u2013", "-", "_", ":")
    months: Mapping[str, int] = attrs.field(default=ENGLISH_MONTHS, hash=False)
    kickers: tuple[str, ...] = ()
    terminators: tuple[str, ...] = ()
    source_names: tuple[str, ...] = ()
    furniture: tuple[tuple[str, str], ...] = ()
    patterns: DialectPatterns = attrs.field(
        init=False,
        eq=False,
        hash=False,
        repr=False,
        default=attrs.Factory(_compile, takes_self=True),
    )

    def month_number(self, name: str) -> int | None:
        """Return the month number of ``name`` as printed (any case, period or not)."""
        key = name.rstrip(".")
        number = self.patterns.months.get(key.casefold())
        if number is not None:
            return number
        # The patterns fold case their own way ("Aprİl" matches "April"); ask them.
        for month, number in self.months.items():
            if regex.fullmatch(regex.escape(month), key, regex.IGNORECASE):
                return number
        return None
