"""The Dialect value: what one agency's copy looks like, as data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Generic, Literal, TypeVar

import attrs
import regex

from . import _months

ENGLISH_MONTHS: Mapping[str, int] = _months.ENGLISH
"""English month names, full and abbreviated (AP's ``Sept`` included), to month numbers."""

DIGIT = "[0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]"
"""A digit as a dateline's date may print it: ASCII, full-width (Chinese copy), Arabic-Indic or
Persian. :func:`int` reads every one of them."""

_CHINESE_NUMBER = (
    "[0-9\uff10-\uff19]{1,2}+ | 三十 一?+ | 二?+ 十 [一二三四五六七八九]?+ | [一二三四五六七八九]"
)
"""A month's or a day's number in a Chinese dateline: digits of either width, or Chinese
numerals (``九``, ``十二``, ``三十一``)."""


def chinese_dateline_form(agency: str) -> str:
    """The dateline form of a Chinese service whose tag is ``agency``, for
    :attr:`Dialect.dateline_forms`.

    It matches ``新华社北京8月12日电（记者罗沙）``, ``新华社北京８月１２日电``, ``新华社华盛顿电``,
    ``法新社香港九月三十日电``: the agency, the place (a few Han characters), maybe the date
    (digits of either width, or Chinese numerals, which :data:`wireparse.dialects._months`
    maps to numbers), "电" (cabled), then maybe the reporters in brackets of either width.
    """
    return (
        r"(?P<agency> "
        + regex.escape(agency)
        + r""" ) [^\S\n]*+
        (?P<location> [\p{Han}·]{1,12}? ) [^\S\n]*+
        (?: (?P<date>
            (?P<month> """
        + _CHINESE_NUMBER
        + r""" ) [^\S\n]*+ 月 [^\S\n]*+
            (?P<day> """
        + _CHINESE_NUMBER
        + r""" ) [^\S\n]*+ 日 ) )?+
        电 (?: [^\S\n]*+ [（(] [^（()）\n]{0,60}+ [)）] )?+"""
    )


TagStyle = Literal["paren", "slash", "bare", "comma"]
"""How a dateline prints the agency tag:

- ``"paren"``: in parentheses after the date, ``BEIJING, May 6 (Xinhua) --``;
- ``"slash"``: between slashes, ``MOSCOW, October 4. /TASS/.``;
- ``"bare"``: as a word, a separator after it, ``BRISBANE, Oct 12 AAP -``;
- ``"comma"``: after a comma, a separator after it, ``Riyadh, February 14, 2023, SPA --``.
"""

# Matches the name of the news service that moved a story, on a line of its own under the
# headline, as syndicated American copy prints it: "Cox News Service", "COX NEWS
# SERVICE", "States News Service", "Scripps Howard News Service". Up to six capitalised
# words before "News Service", each at most 31 letters long and tried at its start only,
# so that a search stays linear; a line in lower case ("the news service said") is none.
_NEWS_SERVICE: tuple[str, str] = (
    "service",
    r"""(?<! [\p{L}.&'\-] ) (?-i: \p{Lu} ) [\p{L}.&'\-]{0,30}+
        (?: [^\S\n]++ (?! news [^\S\n]++ service [^\S\n]*+ \Z ) (?-i: \p{Lu} )
            [\p{L}.&'\-]{0,30}+ ){0,5}+
        [^\S\n]++ (?-i: N ) ews [^\S\n]++ (?-i: S ) ervice [^\S\n]*+ \Z""",
)
NEWS_SERVICE_LINE = regex.compile(_NEWS_SERVICE[1], regex.VERBOSE | regex.IGNORECASE)

_LAST_WORDS: Mapping[tuple[str, str], tuple[str, regex.Pattern[str]]] = MappingProxyType(
    {_NEWS_SERVICE: ("service", NEWS_SERVICE_LINE)}
)
"""Furniture that the last word of its line tells: that word, case-folded, and the pattern.
Each is tried only on a line ending in its word, apart from the other kinds' combined pattern:
a pattern that must walk the words of a line to reach its end would cost a look at every
line, where a look at the last word is nearly free."""


TAG_STYLES: tuple[TagStyle, ...] = ("paren", "slash", "bare", "comma")
"""Every :data:`TagStyle`."""

WEB_FURNITURE: tuple[tuple[str, str], ...] = (
    # Matches: "Home -", "Home > World", "Home | China". A separator must follow "Home",
    # and what follows it is short and ends no sentence, so "Home prices rose." is no match.
    ("breadcrumb", r"Home \s*+ [-|>\u00bb\u203a/] [^.!?\n]{0,80}+ \Z"),
    # Matches: "(by Wang Jinyu)", "(By Xinhua writer Li Xin)".
    ("byline", r"\( \s*+ by \s++ [^()\n]{1,80}+ \) \Z"),
    # Matches: "Editor: Liu Yang", "Web editor: Xu Yan": a name of one to six words after the
    # colon. A longer line is a note to editors opening a paragraph, "EDITORS: The story
    # below moves again at noon with ...", which may go on to the next line.
    (
        "editor",
        r"""(?: (?: web | responsible ) \s++ )?+ editors?+ [^\S\n]*+ :
            (?: [^\S\n]*+ \S++ ){1,6}+ [^\S\n]*+ \Z""",
    ),
    _NEWS_SERVICE,
    # Matches a release or embargo line above a story, printed in capitals: "FOR WEDNESDAY
    # AMs", "FOR SUNDAY PAPERS", "FOR RELEASE SUNDAY, JUNE 3", "FOR IMMEDIATE RELEASE",
    # "HOLD FOR RELEASE UNTIL 6 P.M. EDT", "EMBARGOED FOR TUESDAY, MAY 15, 2007", "ADVANCE
    # FOR USE SUNDAY, JUNE 3". It tells editors when the story may run, and is no part of it.
    # What follows the opening words is a day, a date or a time, up to eight words: a
    # headline glued after it ("EMBARGOED FOR MAY 15 RAIN FALLS") leaves the line a headline.
    (
        "release",
        r"""(?-i:
            (?: (?: HOLD [^\S\n]++ )?+ FOR [^\S\n]++ (?: IMMEDIATE [^\S\n]++ )?+ RELEASE
            | (?: EMBARGOED | ADVANCE ) [^\S\n]++ (?: FOR | UNTIL | TILL )
            | FOR (?= [^\S\n]++ (?: MON | TUES | WEDNES | THURS | FRI | SATUR | SUN ) DAY
                [^\S\n]++ (?: [AP] \.?+ M | PAPERS | EDITIONS ) ) )
            (?: [^\S\n]++
                (?: (?: MON | TUES | WEDNES | THURS | FRI | SATUR | SUN ) DAY
                | (?: JAN | FEB | MAR | APR | MAY | JUNE? | JULY? | AUG | SEPT? | OCT | NOV | DEC )
                    [A-Z]{0,6}+ \.?+
                | [0-9] [0-9:/.]{0,9}+ | [AP] \.?+ M \.?+ [Ss]?+ | PAPERS | EDITIONS | USE
                | UNTIL | AT | ON | NOON | MIDNIGHT | GMT | UTC | [ECMP] [SD] T | ET
                ) ,?+ ){0,8}+
            ) [^\S\n]*+ \Z""",
    ),
)
"""Furniture of scraped news pages and of syndicated copy whatever the agency: ``(kind,
pattern)`` pairs, each a verbose, case-insensitive pattern matching a whole line, white space
trimmed."""

WIRE_TRAILERS: tuple[tuple[str, str], ...] = (
    # Matches: "(Reporting by Lin Ma; Editing by Tom Hogue)", "(Additional reporting by
    # Ana Silva in Lima; Writing by Jo Kent; Editing by Alex Ross)": one credit block, its
    # lines joined. Credits hold no parentheses.
    (
        "credit",
        r"""\( \s*+ (?: (?: additional \s++ )?+ reporting | writing | editing | compiled
            | research | graphics | translated | produced ) \s++ by \b [^()]{1,600}+ \) \Z""",
    ),
    # Matches AP's: "Associated Press writer Jo Kent in Paris contributed to this report."
    # Bounded, lazily, so that a block without "contributed" fails in bounded time.
    (
        "credit",
        r"""(?: the \s++ )?+ (?: associated \s++ press | AP ) \b [^\n]{1,400}? \b contributed
            (?: \s++ to \s++ (?: this \s++ )?+ (?: report | story ) )?+ \.?+ \Z""",
    ),
    # Matches AP's rule before the credits: "___", "____".
    ("rule", r"_{3,}+ \Z"),
    # Matches a desk's initials: "ms/vd", "hh/ph/ts/hd", "(jai/mr)", "AK/JS", "(SDA\/sj)"
    # (the agency and the editor, the slash escaped as some systems print it).
    ("initials", r"\(?+ \p{L}{1,5}+ (?: \\?+ / \p{L}{1,5}+ ){1,7}+ \)?+ \Z"),
    # Matches the end of a transmission: "NNNN", "nnnn".
    ("end-of-message", r"NNNN \Z"),
    # Matches a wire's transmission stamp: "AP-WF-02-20-16 0337GMT",
    # "AP-NY-06-01-98 0828EDT", IPTC 7901's day, hour and minute, month and year ("131137 GMT
    # Nov 13", "211259 Nov 18", "091223 dec 18"), Xinhua's "=01022049"; control characters
    # (ETX, EOT, DEL) may lead and end it, and "<" end AP's.
    (
        "transmission",
        r"""[\x00-\x08\x7f]*+
            (?: AP - [A-Z]{2}+ - [0-9]{2}+ - [0-9]{2}+ - [0-9]{2}+ \s++ [0-9]{4}+ \s*+ [A-Z]{3}+ <?+
            | [0-9]{6}+ (?: \s++ (?: GMT | UTC ) )?+ \s++ \p{L}{3}+ \s++ [0-9]{1,2}+
            | = [0-9]{6,10}+ ) [\x00-\x08\x7f]*+ \Z""",
    ),
    # Matches a contact line: "newsdesk@yna.co.kr", "(END) " aside.
    ("contact", r"[\w.+\-]{1,64}+ @ [\w\-]{1,63}+ (?: \. [\w\-]{1,63}+ ){1,5}+ \Z"),
)
"""Trailers any agency's copy may end with, after or instead of its terminator:
``(kind, pattern)`` pairs, each a verbose, case-insensitive pattern matching a whole block of
the story's end, its lines joined with a space. A pattern holds no named group."""


def _alternation(words: tuple[str, ...]) -> str:
    """An alternation of literal ``words``, longest first so that ``--`` wins over ``-``."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _last_chars(words: Iterable[str]) -> frozenset[str]:
    """The last letters of case-folded ``words``, and every ASCII character that case-folds
    to one of them: the characters a line may end with for one of the words to end it."""
    letters = {word[-1:] for word in words}
    return frozenset(letters | {c for c in map(chr, range(128)) if c.casefold() in letters})


def _kinds_pattern(
    pieces: tuple[tuple[str, str], ...],
) -> tuple[regex.Pattern[str], Mapping[str, str]]:
    """One pattern with a named alternative per ``(kind, pattern)``, and the kind of each name."""
    pattern = regex.compile(
        "|".join(f"(?P<f{number}> {source} )" for number, (_, source) in enumerate(pieces)),
        regex.VERBOSE | regex.IGNORECASE,
    )
    return pattern, MappingProxyType({f"f{n}": kind for n, (kind, _) in enumerate(pieces)})


@attrs.frozen(kw_only=True)
class _DialectPatterns:
    """A dialect's patterns, compiled once when the dialect is made.

    Attributes:
        tag: Finds the agency tag of a dateline, ``(Xinhua)``, then its separator; None for a
            dialect without agency tags.
        date: Matches a dateline date such as ``May 6``, ``Sept. 30, 2024``, ``30 jun``,
            ``8th August, 2026``, to the end of the text it is given.
        forms: Matches, at a line's start, a whole dateline of a form of the dialect's own
            (``新华社北京8月12日电``); None when it has none.
        kicker: Matches a headline led by a known kicker or tag.
        terminator: Matches a terminator at the end of the text it is given, as the group
            ``terminator``; a carriage return in caret notation after it (``REUTER^M``) is the
            group ``control``.
        source: Matches a whole source line.
        published: Matches a whole publication-date line.
        furniture: Matches a whole line of furniture, the dialect's or :data:`WEB_FURNITURE`;
            the name of the alternative that matched is a key of ``furniture_kinds``.
        furniture_kinds: The kind of furniture each alternative of ``furniture`` finds.
        furniture_by_last_word: The furniture that the last word of its line tells, apart
            from ``furniture``: the word, case-folded, the pattern of a whole line, the kind.
        furniture_last_chars: The last letters of those words, and the ASCII characters that
            case-fold to one of them: a line ending in no such character (or in a character
            beyond ASCII that case-folds to none) ends in none of the words.
        trailer: Matches a whole trailer block, the dialect's or :data:`WIRE_TRAILERS`; the
            name of the alternative that matched is a key of ``trailer_kinds``.
        trailer_kinds: The kind of trailer each alternative of ``trailer`` finds.
        tag_marks: Characters one of which a line's first characters hold when they hold
            the agency tag: ``(`` for a tag in parentheses, ``/`` between slashes, ``,``
            after a comma; None when a bare tag may be printed, which no one character tells.
        terminator_window: How many characters from a line's end can hold a terminator.
        months: Month names case-folded, without a trailing period, to month numbers.
        day_words: Days printed as words, case-folded, to day numbers.
    """

    tag: regex.Pattern[str] | None
    date: regex.Pattern[str]
    forms: regex.Pattern[str] | None
    kicker: regex.Pattern[str] | None
    terminator: regex.Pattern[str] | None
    source: regex.Pattern[str] | None
    published: regex.Pattern[str]
    furniture: regex.Pattern[str]
    furniture_kinds: Mapping[str, str]
    furniture_by_last_word: tuple[tuple[str, regex.Pattern[str], str], ...]
    furniture_last_chars: frozenset[str]
    trailer: regex.Pattern[str]
    trailer_kinds: Mapping[str, str]
    tag_marks: str | None
    terminator_window: int
    months: Mapping[str, int]
    day_words: Mapping[str, int]


PARTNER_BEFORE = r"(?: (?-i: \p{Ll}{2,7}+ ) / )?+"
"""A partner agency's code before the agency in a tag, in lower case: ``(tca/dpa)``."""

PARTNER_AFTER = r"""(?: [^\S\n]++ (?! photo | file | video ) (?-i: \p{Ll}{2,7}+ ) )?+"""
"""A partner agency's code after the agency in a tag, in lower case: ``(ats afp)``; a word of
a caption (``photo``, ``file``, ``video``) is none."""

_TAG_FORMS: dict[str, str] = {
    # Matches: "(Xinhua) -- ", "(Xinhua)--", "( Xinhua ) —", "(ANI):", "(EFE).-", "(PTI) ",
    # and a partner's story: "(tca/dpa) - ", "(ats afp) ".
    "paren": r"\( \s*+ {before} (?P<agency> \L<agencies> ) {after} \s*+ \)"
    r" [^\S\n]*+ (?P<separator> {seps} )?+",
    # Matches: "/TASS/. ", "/Синьхуа/ --".
    "slash": r"/ \s*+ (?P<agency> \L<agencies> ) \s*+ / [^\S\n]*+ (?P<separator> {seps} )?+",
    # Matches: "AAP - ", "Kyodo -": the word, then a separator that must be there.
    "bare": r"""(?<! [\p{L}\p{N}] ) (?P<agency> \L<agencies> ) [^\S\n]++ (?P<separator> {seps} )
        (?= \s | \Z )""",
    # Matches: ", SPA -- ": a comma, the word, then a separator that must be there.
    "comma": r""", [^\S\n]*+ (?P<agency> \L<agencies> ) [^\S\n]*+ (?P<separator> {seps} )""",
}


def _compile_tag(dialect: Dialect) -> regex.Pattern[str] | None:
    if not dialect.agency_tags:
        return None
    seps = _alternation(dialect.separators)
    alternatives = [
        _TAG_FORMS[style]
        .replace("{seps}", seps)
        .replace("{before}", PARTNER_BEFORE)
        .replace("{after}", PARTNER_AFTER)
        for style in dialect.tag_styles
    ]
    return regex.compile(
        " | ".join(f"(?: {a} )" for a in alternatives),
        regex.VERBOSE | regex.IGNORECASE,
        agencies=list(dialect.agency_tags),
    )


_TAG_MARKS: dict[str, str] = {"paren": "(", "slash": "/", "comma": ","}
"""The character each style of tag is printed with (see ``_TAG_FORMS``); a bare tag has none."""


def _tag_marks(styles: tuple[TagStyle, ...]) -> str | None:
    if "bare" in styles:
        return None
    return "".join(dict.fromkeys(_TAG_MARKS[style] for style in styles))


def _compile_date(dialect: Dialect) -> regex.Pattern[str]:
    day_word = r"| \L<day_words>" if dialect.day_words else ""
    # Matches the end of a dateline prefix: "BEIJING, May 6", "GAZA, Dec. 1",
    # "STOCKHOLM, Aug 29, 2014", "May 6" alone, "NAIROBI, September 7th", "EL CAIRO, 30 jun",
    # "MOSCOW. April 2", "ABU DHABI, 8th August, 2026", "LIMA, 1 de marzo de 2024",
    # "Пекин, 1 марта", "ВАШИНГТОН, 22 января.", "بكين اول سبتمبر 2008".
    # Month names in any case; periods, ordinals and the year are optional. Digits are ASCII,
    # full-width or Arabic-Indic (DIGIT): int() reads them all.
    source = (
        r"""
        (?: (?: ^ | , | (?-i: (?<= \p{Lu}{4} ) ) \. ) \s*+ | (?<= \s ) )
        (?P<date>
            (?:
                (?P<month> \L<months> ) \.?+ \s*+
                (?P<day> {D}{1,2}+ ) (?: st | nd | rd | th )?+
              | (?P<day> {D}{1,2}+ """
        + day_word
        + r""" ) (?: st | nd | rd | th | er | \. )?+ \s*+ (?: de \s++ )?+
                (?P<month> \L<months> )
            )
            (?: \.?+ [^\S\n]*+ (?: , | de | del )?+ [^\S\n]*+ (?P<year> {D}{4}+ ) )?+
        )
        [\s,.]*+ \Z
        """
    )
    return regex.compile(
        source.replace("{D}", DIGIT),
        regex.VERBOSE | regex.IGNORECASE,
        months=list(dialect.months),
        day_words=list(dialect.day_words),
        ignore_unused=True,
    )


def _compile_kicker(dialect: Dialect) -> regex.Pattern[str] | None:
    alternatives = []
    if dialect.kickers:
        # Matches: "Xinhua Headlines: Xi's upcoming visit ...", "Roundup : ...".
        alternatives.append(r"(?P<kicker> \L<kickers> ) \s*+ : \s*+")
    if dialect.dash_kickers:
        # Matches: "UPDATE 1-Oil rises", "FACTBOX-What is known", "EXCLUSIVE-...": capitals
        # only, a number maybe, a hyphen.
        alternatives.append(
            r"(?-i: (?P<kicker> \L<dash_kickers> (?: [^\S\n]++ \p{Nd}{1,2}+ )?+ ) ) [^\S\n]*+ -"
            r" [^\S\n]*+"
        )
    if dialect.headline_tags:
        # Matches: "(LEAD) N. Korea ...", "(2nd LD) ...", "(URGENT) ...", "(3rd LD, with ...)".
        alternatives.append(
            r"""\( \s*+ (?P<kicker> \L<headline_tags>
                | \p{Nd}{1,2}+ (?: st | nd | rd | th ) \s++ LD (?: , [^()\n]{1,60}+ )?+ )
                \s*+ \) \s*+"""
        )
    if not alternatives:
        return None
    return regex.compile(
        "(?: " + " | ".join(alternatives) + r" ) (?P<title> \S .*+ ) \Z",
        regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
        kickers=list(dialect.kickers),
        dash_kickers=list(dialect.dash_kickers),
        headline_tags=list(dialect.headline_tags),
        ignore_unused=True,
    )


def _compile(dialect: Dialect) -> _DialectPatterns:
    months = list(dialect.months)
    terminator = None
    if dialect.terminators or dialect.terminator_patterns:
        words = r"(?: \L<terminators> ) \.{0,3}+" if dialect.terminators else "(?!)"
        others = "".join(f" | (?: {form} )" for form in dialect.terminator_patterns)
        # Matches at the end of a line: "he said. Enditem", "he said.Enditem", "Enditem.",
        # " Reuter", "REUTER...", "REUTER^M". The terminator must not continue a word:
        # "...Xenditem" is no terminator; one opening with punctuation ("（完）", "-0-") may
        # follow anything. A carriage return printed in caret notation ("^M", as copy that went
        # through a terminal or an editor shows it) may follow, as the group "control".
        terminator = regex.compile(
            r"""(?: (?<! [\p{L}\p{N}] ) | (?= [^\p{L}\p{N}] ) )
            (?P<terminator> """
            + words
            + others
            + r""" ) (?P<control> \^M )?+ \Z""",
            regex.VERBOSE | regex.IGNORECASE,
            terminators=list(dialect.terminators),
            ignore_unused=True,
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
    furniture, furniture_kinds = _kinds_pattern(tuple(p for p in pieces if p not in _LAST_WORDS))
    by_last_word = tuple(
        (word, pattern, piece[0])
        for piece, (word, pattern) in _LAST_WORDS.items()
        if piece in pieces
    )
    trailer, trailer_kinds = _kinds_pattern((*dialect.trailers, *WIRE_TRAILERS))
    forms = None
    if dialect.dateline_forms:
        forms = regex.compile(
            " | ".join(f"(?: {form} )" for form in dialect.dateline_forms),
            regex.VERBOSE | regex.IGNORECASE,
        )
    window = max((len(t) for t in dialect.terminators), default=0) + 4 + len(CARET_CR)
    if dialect.terminator_patterns:
        window = max(window, TERMINATOR_PATTERN_WINDOW)
    folded = {name.rstrip(".").casefold(): number for name, number in dialect.months.items()}
    return _DialectPatterns(
        tag=_compile_tag(dialect),
        date=_compile_date(dialect),
        forms=forms,
        kicker=_compile_kicker(dialect),
        terminator=terminator,
        source=source,
        published=published,
        furniture=furniture,
        furniture_kinds=furniture_kinds,
        furniture_by_last_word=by_last_word,
        furniture_last_chars=_last_chars(word for word, _, _ in by_last_word),
        trailer=trailer,
        trailer_kinds=trailer_kinds,
        tag_marks=_tag_marks(dialect.tag_styles),
        terminator_window=window,
        months=MappingProxyType(folded),
        day_words=MappingProxyType({w.casefold(): d for w, d in dialect.day_words.items()}),
    )


def _check_styles(
    _: object, __: attrs.Attribute[tuple[TagStyle, ...]], value: tuple[TagStyle, ...]
) -> None:
    unknown = [style for style in value if style not in TAG_STYLES]
    if unknown or not value:
        raise ValueError(f"tag_styles must be some of {TAG_STYLES}, not {value!r}")


_EMPTY: Mapping[str, int] = MappingProxyType({})

CARET_CR = "^M"
"""A carriage return in caret notation, which may follow a terminator (see
the dialect's terminator pattern)."""

TERMINATOR_PATTERN_WINDOW = 40
"""How long a terminator matched by one of :attr:`Dialect.terminator_patterns` may be."""


@attrs.frozen(kw_only=True)
class Dialect:
    """How one agency writes its copy: the data the rules read.

    Attributes:
        name: The registry key, lower case (``"xinhua"``, ``"xinhua-es"``).
        agency: The agency's name for people (``"Xinhua"``).
        language: The copy's language as a BCP 47 tag (``"en"``).
        agency_tags: The agency as printed in its dateline tag, ``(Xinhua)``.
        tag_styles: How the tag is printed: some of :data:`TAG_STYLES`.
        separators: What may follow the tag before the story begins, such as ``--``; none at
            all is accepted too (``(PTI) The ...``), except after a bare or comma tag.
        months: Month names as printed in datelines, to month numbers.
        day_words: Days printed as words in datelines, to day numbers (Arabic's ``اول``).
        indented_paragraphs: Whether every indented line starts a paragraph, as in
            hard-wrapped wire copy whose results tables indent each line (``    Shr 34 cts vs
            1.19 dlrs``); otherwise indented lines start paragraphs only in a text that also
            has flush lines going on a paragraph.
        tagless: Whether a dateline may print no agency tag at all, as Reuters' 1987 wire
            (``SALVADOR, Feb 26 -``) and the New York Times (``WASHINGTON _``) do. Such a
            dateline must open a paragraph, its place in capitals, a separator after it.
        implied_agency: The agency a tagless dateline stands for, given as its
            :attr:`~wireparse.Dateline.agency` (``"Reuters"`` for the 1987 wire, whose copy
            came from Reuters alone); None when the dialect implies none (the New York Times
            News Service carries many papers).
        dated: Whether tagless datelines print a date; tells two tagless dialects apart.
        dateline_forms: Verbose patterns, each matching a whole dateline at the start of a
            line in a form of the dialect's own, with the named groups ``agency``, ``location``
            and ``date`` (itself holding ``month``, ``day`` and maybe ``year``), any of them
            optional: Chinese ``新华社北京8月12日电（记者 ...）``.
        kickers: Words that may lead the headline before a colon (``Xinhua Headlines``).
        dash_kickers: Capitals that may lead the headline before a hyphen, maybe with a
            number: Reuters' ``UPDATE 1-``, ``FACTBOX-``.
        headline_tags: Tags in parentheses that may lead the headline: Yonhap's ``(LEAD)``;
            ``(2nd LD)`` and other numbered leads are always recognised with them.
        headline_marks: Marks that end a headline on the dialect's wire and are no part of
            its title, such as Kyodo's ``+``; ANPA's ``<`` and IPTC 7901's ``=`` are always
            recognised.
        terminators: End-of-story marks (``Enditem``).
        terminator_patterns: Verbose, case-insensitive patterns of terminators that are no
            fixed word, such as AP's desk initials (``(jai/mr)``, ``jk-kl``); they match the
            whole terminator, at most ``TERMINATOR_PATTERN_WINDOW`` (40) characters long, and
            hold no named group.
        terminator_alone: Whether a terminator must stand on a line of its own (``Reuter``,
            ``ends``) rather than glued to the last sentence, as ``Enditem`` may be.
        terminator_required: Whether a story without a terminator is reported
            (:attr:`~wireparse.DefectCode.NO_TERMINATOR`); AP's desk initials, say, are printed
            on the wire but not on the web.
        trailers: ``(kind, pattern)`` pairs, verbose and case-insensitive, each matching a
            whole block that may follow the story (desk initials, a transmission stamp);
            :data:`WIRE_TRAILERS` is added to them. A pattern holds no named group.
        source_names: Lines that name the source on a page (``Xinhua``).
        furniture: ``(kind, pattern)`` pairs: verbose, case-insensitive patterns each matching
            a whole line of page furniture particular to the agency, such as photo captions
            (:data:`WEB_FURNITURE` is added to them). A pattern holds no named group.
        patterns: The compiled patterns, made from the fields above.
    """

    name: str
    agency: str
    language: str = "en"
    agency_tags: tuple[str, ...] = ()
    tag_styles: tuple[TagStyle, ...] = attrs.field(default=("paren",), validator=_check_styles)
    separators: tuple[str, ...] = ("--", "\u2014", "\u2013", "-", "_", ":", ".-")
    months: Mapping[str, int] = attrs.field(default=ENGLISH_MONTHS, hash=False)
    day_words: Mapping[str, int] = attrs.field(default=_EMPTY, hash=False)
    indented_paragraphs: bool = False
    tagless: bool = False
    implied_agency: str | None = None
    dated: bool = True
    dateline_forms: tuple[str, ...] = ()
    kickers: tuple[str, ...] = ()
    dash_kickers: tuple[str, ...] = ()
    headline_tags: tuple[str, ...] = ()
    headline_marks: tuple[str, ...] = ()
    terminators: tuple[str, ...] = ()
    terminator_patterns: tuple[str, ...] = ()
    terminator_alone: bool = False
    terminator_required: bool = True
    trailers: tuple[tuple[str, str], ...] = ()
    source_names: tuple[str, ...] = ()
    furniture: tuple[tuple[str, str], ...] = ()
    patterns: _DialectPatterns = attrs.field(
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
            if regex.fullmatch(regex.escape(month.rstrip(".")), key, regex.IGNORECASE):
                return number
        return None

    def day_number(self, text: str) -> int | None:
        """Return the day of the month ``text`` prints: digits of any script, or a day word."""
        if text.isdecimal():
            return int(text)
        return self.patterns.day_words.get(text.casefold())


_Kept = TypeVar("_Kept")


class PerDialect(Generic[_Kept]):
    """What ``make`` derives from a dialect, made the first time it is asked for and kept.

    A rule that reads each dialect's data in a form of its own (the meta rule's reader, the
    dateline rule's plain forms) keeps it here. Dialects are kept by ``id``, since hashing a
    dialect hashes every one of its fields; each entry holds its dialect, so that no other
    dialect takes that ``id`` while it is kept. At most :attr:`MAX` dialects are kept: past
    that all are forgotten and made anew, so that dialects made on the fly cannot grow the
    table without bound.
    """

    MAX = 64

    __slots__ = ("_kept", "_make")

    def __init__(self, make: Callable[[Dialect], _Kept]) -> None:
        self._make = make
        self._kept: dict[int, tuple[Dialect, _Kept]] = {}

    def __call__(self, dialect: Dialect) -> _Kept:
        """What ``make`` derives from ``dialect``."""
        entry = self._kept.get(id(dialect))
        if entry is None or entry[0] is not dialect:
            if len(self._kept) >= self.MAX:
                self._kept.clear()
            entry = self._kept[id(dialect)] = (dialect, self._make(dialect))
        return entry[1]
