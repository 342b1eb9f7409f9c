"""Detection: which registered dialect a story is written in, read from its first lines.

One pattern, built from every registered dialect's agency tags and forms, is searched once in
a bounded window at the start of the text; the tag it finds names the agency. When several
dialects share a tag (Xinhua's services), the dateline's month names and the story's
terminator tell their languages apart. A tagless dateline above the first tag (``NEW DELHI,
May 4 -`` above a mention of "the Press Trust of India (PTI)") wins over the tag. Without any
tag, a tagless dateline (Reuters' 1987 wire, the New York Times) printing its dialect's separator
is looked for; without one, the first dialect whose terminator ends the story is taken, and
failing that, a tagless dateline with another separator.

Most stories are settled without the combined pattern: when the first opening parenthesis holds
a tag (``(Xinhua)``) and plain string tests show that no other tag or form can stand before it,
the tag is the first match; when the lines above it cannot hold a tagless dateline, none is
looked for; and when the first dialect printing the tag ends the story with its terminator and
neither the terminators nor the months of the others can fit, it is taken without reading the
date. Each shortcut only decides what the general reading would; where plain tests cannot tell,
the general reading runs.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs
import regex

from ..rules.dateline import MISSPELT_DATE, search_date, tagless_dateline, tagless_openings
from ..rules.wire import IPTC_HEADER
from ._dialect import ENGLISH_MONTHS, PARTNER_AFTER, PARTNER_BEFORE, Dialect

WINDOW = 3000
"""How many characters from the start of a story are searched for a dialect's tag."""

_HEADER_LINES = 3
"""How many lines from the top may hold a wire header naming the sender."""

END_WINDOW = 200
"""How many characters from the end of a story are searched for a terminator."""

# Matches the opening of a named group, "(?P<location>", to make it a plain group.
_NAMED_GROUP = regex.compile(r"\( \? P < \w++ >", regex.VERBOSE)

# Matches a digit of any script: a date's day needs one.
_DIGIT = regex.compile(r"\p{Nd}")

_ENGLISH = frozenset(name.rstrip(".").casefold() for name in ENGLISH_MONTHS)

_First = tuple[str, str, int]
"""The first match of the combined pattern: the name of its alternative's group, the tag (or
form) as printed, and where it starts."""

_Found = tuple[int, int, str, str]
"""The first match of one alternative of the combined pattern: where it starts, the
alternative's place in the pattern, the name of its group, the tag (or form) as printed."""


class _Unknown(enum.Enum):
    UNKNOWN = enum.auto()


_UNKNOWN: Final = _Unknown.UNKNOWN
"""What a shortcut gives when string tests cannot tell."""


_ASCII = tuple(map(chr, range(128)))

# The ASCII characters `[^\S\n]` matches, as the tag patterns read white space on a line.
_ASCII_INLINE = frozenset(c for c in _ASCII if regex.match(r"[^\S\n]", c))

# The ASCII characters `\s` matches.
_ASCII_SPACE = frozenset(c for c in _ASCII if regex.match(r"\s", c))

_ASCII_DIGITS = frozenset("0123456789")

# What may follow a month in a date (see _compile_date in _dialect.py), in ASCII text: a
# period, white space, the day's and the year's digits, an ordinal ("st", "nd", "rd", "th"),
# "de" or "del" before the year, commas: "May 6, 2024", "junio de 2024", "Sept. 30th".
_AFTER_MONTH = "".join(
    sorted({c for c in _ASCII if regex.match(r"\s", c)} | set(".,0123456789stndrhelSTNDRHEL"))
)

_MONTH_CACHE_SIZE = 4096
"""How many date endings (``january 4 ``) a shortcut remembers the months of, per tag."""


class _NoShortcutError(Exception):
    """Raised while building the shortcuts when plain string tests cannot stand for a pattern."""


@functools.cache
def _ascii_twins(char: str) -> frozenset[str]:
    """The ASCII characters, in lower case, that ``char`` matches in a case-insensitive
    pattern: ``K`` gives ``k``, and so does the Kelvin sign; ``新`` gives none."""
    pattern = regex.compile(regex.escape(char), regex.IGNORECASE)
    return frozenset(c.lower() for c in _ASCII if pattern.fullmatch(c))


def _ascii_key(word: str) -> str | None:
    """The ASCII text, in lower case, that ``word`` matches in a case-insensitive pattern
    (``Kyodo`` gives ``kyodo``); None when no ASCII text matches it (``新华社``, ``TASS`` in
    Cyrillic letters)."""
    key: list[str] = []
    for char in word:
        twins = _ascii_twins(char)
        if not twins:
            return None
        if len(twins) > 1:  # pragma: no cover - no character has two ASCII twins
            raise _NoShortcutError(word)
        key.extend(twins)
    return "".join(key)


_META = ".^$*+?{}[]\\|()#"
"""The characters a verbose pattern gives a meaning to; a literal character is none of them."""


def _skip_space(source: str, pos: int) -> int:
    """The position of the first character of the verbose pattern ``source`` from ``pos`` that
    is no white space and no comment."""
    while pos < len(source):
        if source[pos].isspace():
            pos += 1
        elif source[pos] == "#":
            line_end = source.find("\n", pos)
            pos = len(source) if line_end < 0 else line_end + 1
        else:
            break
    return pos


def _class_end(source: str, pos: int) -> int:
    """The position after the character class that opens at ``source[pos]``, ``[``."""
    pos += 1
    if source.startswith("^", pos):
        pos += 1
    if source.startswith("]", pos):
        pos += 1  # a "]" first is a literal one
    while pos < len(source) and source[pos] != "]":
        pos += 2 if source[pos] == "\\" else 1
    return pos + 1


def _has_top_level_bar(source: str) -> bool:
    """Tell whether the verbose pattern ``source`` is an alternation at its top level; a bar
    in a group, a class or a comment, or escaped, is none."""
    depth = 0
    pos = 0
    while pos < len(source):
        char = source[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            pos = _class_end(source, pos)
            continue
        if char == "#":
            pos = _skip_space(source, pos)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        pos += 1
    return False


def _leading_literal(source: str) -> str | None:
    """The text every match of the verbose pattern ``source`` opens with, when its source shows
    it plainly; None when it does not.

    It shows it when it is no alternation at its top level and opens with literal characters
    or escaped punctuation, none made optional by a quantifier, maybe alone in a group that
    opens it: the Chinese forms open with the agency, ``(?P<agency> 新华社 ) ...``, ANSA's with
    ``\\( [^\\S\\n]*+ (?P<agency> ANSA ) ...``.
    """
    if _has_top_level_bar(source):
        return None
    pos = _skip_space(source, 0)
    grouped = False
    if source.startswith("(?P<", pos):
        name_end = source.find(">", pos)
        if name_end < 0:
            return None
        pos, grouped = name_end + 1, True
    elif source.startswith("(?:", pos):
        pos, grouped = pos + 3, True
    literal = []
    while True:
        pos = _skip_space(source, pos)
        if pos >= len(source):
            break
        char = source[pos]
        if char == "\\" and pos + 1 < len(source) and not source[pos + 1].isalnum():
            atom, after = source[pos + 1], pos + 2  # escaped punctuation: "\(", "\ "
        elif char in _META:
            break
        else:
            atom, after = char, pos + 1
        quantified = _skip_space(source, after)
        if quantified < len(source) and source[quantified] in "?*+{":
            break  # "ANSA?" makes the last letter optional
        literal.append(atom)
        pos = after
    if grouped:
        # The group holds the literal alone, and is not made optional: "(?P<agency> 新华社 ) ".
        if not source.startswith(")", pos):
            return None
        after_group = _skip_space(source, pos + 1)
        if after_group < len(source) and source[after_group] in "?*+{":
            return None
    return "".join(literal) or None


@attrs.frozen
class _Fit:
    """What tells, without reading a date, that the first of several dialects printing one tag
    fits a story best (see :meth:`_Detector._first_fits`).

    Attributes:
        terminators: The first dialect's terminators: one of them ends the story.
        last_letters: The ASCII characters, in lower case, that the other dialects'
            terminators may end with: none of them ends the story.
        months: The other dialects' month names, in ASCII and lower case, that are no English
            month's: none of them is in the dateline's date.
        tail: How many characters of a story's end the terminators are looked for in.
        seen: Date endings (``january 4 ``) already looked at, and whether one of ``months``
            is in them.
        ends: Story ends (``. Enditem``), their last :attr:`tail` characters, already looked
            at, and whether the first dialect's terminator ends them and no other's can.
    """

    terminators: tuple[str, ...]
    last_letters: frozenset[str]
    months: tuple[str, ...]
    tail: int
    seen: dict[str, bool] = attrs.field(factory=dict, eq=False)
    ends: dict[str, bool] = attrs.field(factory=dict, eq=False)

    @classmethod
    def build(cls, found: tuple[Dialect, ...]) -> _Fit | None:
        """What tells that the first of ``found`` fits best; None when nothing plain can:
        it has no terminator, or another's terminator is a pattern (AP's desk initials)."""
        first, others = found[0], found[1:]
        if not first.terminators:
            return None
        last_letters: set[str] = set()
        months: list[str] = []
        for dialect in others:
            if dialect.terminator_patterns:
                return None
            for terminator in dialect.terminators:
                last_letters |= _ascii_twins(terminator[-1:] or ".")
            for name in dialect.months:
                key = _ascii_key(name.rstrip("."))
                if key is not None and key not in _ENGLISH:
                    months.append(key)
        # What the tests read of the story's end: a terminator and the character before it,
        # or the last character before three periods and a caret notation ("^M").
        tail = max(max(map(len, first.terminators)) + 1, 1 + _PERIODS + len("^M"))
        return cls(first.terminators, frozenset(last_letters), tuple(dict.fromkeys(months)), tail)

    def ends_first(self, tail: str) -> bool:
        """Tell whether one of :attr:`terminators` ends ``tail``, the last :attr:`tail`
        characters of a story's end, and no terminator of the others can; remember it in
        :attr:`ends`."""
        last = _last_characters(tail)
        found = (
            _terminator_ends(self.terminators, tail)
            and last.isascii()
            and self.last_letters.isdisjoint(last.lower())
        )
        if len(self.ends) < _MONTH_CACHE_SIZE:
            self.ends[tail] = found
        return found

    def months_in(self, ending: str) -> bool:
        """Tell whether one of :attr:`months` is in ``ending``; remember it in :attr:`seen`."""
        found = any(month in ending for month in self.months)
        if len(self.seen) < _MONTH_CACHE_SIZE:
            self.seen[ending] = found
        return found


@attrs.frozen
class _Shortcuts:
    """What the plain string tests that settle most stories read, made once per set of
    dialects (see :meth:`_Detector._quick_first`).

    Attributes:
        paren_tags: The tags printed in parentheses, as listed, that hold no white space,
            bracket or slash: ``(Xinhua)`` is the whole match of the tag pattern.
        longest: The length of the longest of them.
        paren_keys: The tags printed in parentheses, in ASCII and lower case, that ASCII text
            may print.
        comma_keys: The tags printed after a comma, in ASCII and lower case, that ASCII text
            may print.
        bare_keys: The bare tags, in ASCII and lower case, that ASCII text may print.
        marks: Every mark below: the slash, the bare tags, the tags after a comma, the
            literals the forms open with.
        alternatives: Each style's alternative of the combined pattern, alone, to try where
            string tests cannot tell whether it matches: ``(XINHUA)``, ``, Reuter -``.
        forms: The literal each dialect form opens with, in ASCII and lower case, where
            ASCII text may print it, the name of the form's group in the combined pattern,
            and the form's pattern, to try where the literal is.
        tagless_separators: The separators of the tagless dialects, those in
            ``undated_separators`` first.
        undated_separators: Those of them that a tagless dialect printing no date, or days
            as words, prints: before them a dateline needs no digit.
        fits: By ``(style, tag)`` that several dialects share (as ``by_tag`` of the
            detector), what tells that the first fits best; None where nothing plain can.
    """

    paren_tags: frozenset[str]
    longest: int
    paren_keys: tuple[str, ...]
    comma_keys: tuple[str, ...]
    bare_keys: tuple[str, ...]
    marks: tuple[str, ...]
    alternatives: Mapping[str, regex.Pattern[str]]
    forms: tuple[tuple[str, str, regex.Pattern[str]], ...]
    tagless_separators: tuple[str, ...]
    undated_separators: frozenset[str]
    fits: Mapping[tuple[str, str], _Fit | None]

    @classmethod
    def build(
        cls,
        dialects: Sequence[Dialect],
        by_tag: Mapping[tuple[str, str], tuple[Dialect, ...]],
        alternatives: Mapping[str, regex.Pattern[str]],
        forms: Sequence[tuple[str, str, regex.Pattern[str]]],
    ) -> _Shortcuts | None:
        """The shortcuts of ``dialects``, given the combined pattern's ``alternatives`` and
        ``forms`` (each form's source, the name of its group, its pattern); None when plain
        string tests cannot stand for their patterns (a dialect form whose source opens with
        no literal, a tag holding a bracket)."""
        try:
            return cls._build(dialects, by_tag, alternatives, forms)
        except _NoShortcutError:
            return None

    @classmethod
    def _build(
        cls,
        dialects: Sequence[Dialect],
        by_tag: Mapping[tuple[str, str], tuple[Dialect, ...]],
        alternatives: Mapping[str, regex.Pattern[str]],
        forms: Sequence[tuple[str, str, regex.Pattern[str]]],
    ) -> _Shortcuts:
        paren = [t for d in dialects if "paren" in d.tag_styles for t in d.agency_tags]
        if any(c in "()" for tag in paren for c in tag):
            raise _NoShortcutError("a tag holds a bracket")
        plain = frozenset(t for t in paren if not any(c.isspace() or c == "/" for c in t))
        keys: dict[str, list[str]] = {"paren": [], "comma": [], "bare": []}
        for dialect in dialects:
            for tag in dialect.agency_tags:
                key = _ascii_key(tag)
                for style in dialect.tag_styles:
                    if key is not None and style in keys:
                        keys[style].append(key)
        bare_keys = keys["bare"]
        form_keys = []
        for source, name, pattern in forms:
            literal = _leading_literal(source)
            if literal is None:
                raise _NoShortcutError(source)
            key = _ascii_key(literal)
            if key is not None:
                form_keys.append((key, name, pattern))
        if any("(" in key[1:] for key, _, _ in form_keys) or any(
            "(" in key or not key or key[0] in _ASCII_SPACE
            for found in keys.values()
            for key in found
        ):
            raise _NoShortcutError("a tag or form holds a bracket, or opens with a space")
        tagless = [d for d in dialects if d.tagless]
        undated = frozenset(
            s for d in tagless if not d.dated or d.patterns.day_words for s in d.separators
        )
        separators = tuple(
            sorted(
                dict.fromkeys(s for d in tagless for s in d.separators),
                key=lambda s: s not in undated,
            )
        )
        fits = {key: _Fit.build(found) for key, found in by_tag.items() if len(found) > 1}
        return cls(
            frozenset(plain),
            max(map(len, plain), default=0),
            tuple(dict.fromkeys(keys["paren"])),
            tuple(dict.fromkeys(keys["comma"])),
            tuple(dict.fromkeys(bare_keys)),
            _fewest_marks(
                [
                    *(["/"] if "slash" in alternatives else []),
                    *bare_keys,
                    *keys["comma"],
                    *(key for key, _, _ in form_keys),
                ]
            ),
            MappingProxyType(dict(alternatives)),
            tuple(form_keys),
            separators,
            undated,
            MappingProxyType(fits),
        )


@attrs.frozen
class _Detector:
    """The combined pattern of a set of dialects, and what each of its matches means.

    Attributes:
        dialects: The dialects, in the order of preference.
        pattern: Finds the first agency tag or dialect form of any of them; None when none of
            them has a tag or a form.
        by_tag: ``(style, tag)``, the tag case-folded, to the dialects printing it so.
        by_form: The name of each form's group to its dialect.
        tagless: The dialects whose datelines may print no tag.
        shortcuts: What the plain string tests that settle most stories read; None when
            they cannot stand for the patterns of these dialects.
    """

    dialects: tuple[Dialect, ...]
    pattern: regex.Pattern[str] | None
    by_tag: Mapping[tuple[str, str], tuple[Dialect, ...]]
    by_form: Mapping[str, Dialect]
    tagless: tuple[Dialect, ...]
    shortcuts: _Shortcuts | None

    @classmethod
    def build(cls, dialects: Sequence[Dialect]) -> _Detector:
        """Make the detector of ``dialects``, the first preferred when two fit as well."""
        tags: dict[str, list[str]] = {"paren": [], "slash": [], "bare": [], "comma": []}
        by_tag: dict[tuple[str, str], list[Dialect]] = {}
        by_form: dict[str, Dialect] = {}
        forms: list[str] = []
        sources: list[tuple[str, str]] = []  # each form's source, and without its groups' names
        for dialect in dialects:
            for style in dialect.tag_styles:
                for tag in dialect.agency_tags:
                    tags[style].append(tag)
                    by_tag.setdefault((style, tag.casefold()), []).append(dialect)
            for form in dialect.dateline_forms:
                name = f"form{len(forms)}"
                # The form's own groups are not needed here: only which form matched.
                bare_form = _NAMED_GROUP.sub("(?:", form)
                forms.append(f"(?P<{name}> {bare_form} )")
                sources.append((form, bare_form))
                by_form[name] = dialect
        alternatives = [
            # Matches: "(Xinhua)", "( AP )", a partner's story "(tca/dpa)", "(ats afp)".
            rf"\( \s*+ {PARTNER_BEFORE} (?P<paren> \L<paren> ) {PARTNER_AFTER} \s*+ \)",
            # Matches: "/TASS/", "/Синьхуа/".
            r"/ \s*+ (?P<slash> \L<slash> ) \s*+ /",
            # Matches: "12 AAP - ": a bare tag after a date's day, a separator after it. The
            # day is looked behind for once the tag is found (the tag again, as matched, then
            # the day): a look behind at every character would cost the search most of its
            # time.
            r"""(?P<bare> \L<bare> ) (?<= \p{Nd} [^\S\n]{1,3}+ (?P=bare) ) [^\S\n]++
                (?: -- | - | \u2014 | \u2013 ) (?= \s )""",
            # Matches: ", SPA -- ".
            r", [^\S\n]*+ (?P<comma> \L<comma> ) [^\S\n]*+ (?: -- | - | \u2014 | \u2013 )",
        ]
        by_style = dict(zip(tags, alternatives, strict=True))
        used = [by_style[style] for style in tags if tags[style]]
        used.extend(forms)
        shared = MappingProxyType({key: tuple(value) for key, value in by_tag.items()})
        return cls(
            tuple(dialects),
            _combined(used, tags),
            shared,
            MappingProxyType(by_form),
            tuple(d for d in dialects if d.tagless),
            _Shortcuts.build(
                dialects,
                shared,
                {
                    style: _combined([by_style[style]], tags) or _NEVER
                    for style in tags
                    if tags[style]
                },
                [
                    (source, f"form{number}", _combined([bare], tags) or _NEVER)
                    for number, (source, bare) in enumerate(sources)
                ],
            ),
        )

    def detect(self, text: str, *, shortcuts: bool = True) -> Dialect | None:
        """Return the dialect ``text`` is written in, or None when nothing tells.

        ``shortcuts=False`` reads every story the general way, as the shortcuts must agree
        with.
        """
        window = text[:WINDOW]
        first = self._quick_first(window) if shortcuts else _UNKNOWN
        if first is _UNKNOWN:
            first = self._first(window)
        if first is not None:
            group, tag, start = first
            # A tagless dateline above the first tag opens the story, and the tag is one
            # the story mentions: "said the Press Trust of India (PTI)".
            if shortcuts and self._no_tagless_above(window[:start]):
                return self._from_tag(text, group, tag, start, True)
            above = self._tagless(window, before=start, exact=True)
            return above or self._from_tag(text, group, tag, start, shortcuts)
        # A tagless dateline in a dialect's own form decides; one with another separator
        # than the dialect prints ("TOKYO -" where it prints "_") only after the terminator.
        exact = None
        if not (shortcuts and self._no_tagless_above(window)):
            exact = self._tagless(window, exact=True)
        return (
            exact or self._by_terminator(text) or self._tagless(window) or self._by_sender(window)
        )

    def _by_sender(self, window: str) -> Dialect | None:
        """The dialect whose tag names the sender in an IPTC 7901 header on one of the first
        lines (``eca0001 4 rs 46  dpa 0027``, ``dpa-tns``): a service message has no dateline."""
        for line in window.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
            header = IPTC_HEADER.match(line.strip())
            if header is None:
                continue
            for word in header["more"].split():
                found = self.by_tag.get(("paren", word.partition("-")[0].casefold()))
                if found:
                    return found[0]
            return None
        return None

    def _by_terminator(self, text: str) -> Dialect | None:
        """The first dialect whose terminator ends ``text``, standing alone if it must."""
        end = _story_end(text)
        for dialect in self.dialects:
            patterns = dialect.patterns
            if patterns.terminator is None:
                continue
            window = max(0, len(end) - patterns.terminator_window)
            match = patterns.terminator.search(end, window)
            if match is None:
                continue
            line_start = end.rfind("\n", 0, match.start()) + 1
            if not dialect.terminator_alone or not end[line_start : match.start()].strip():
                return dialect
        return None

    def _first(self, window: str) -> _First | None:
        """The first tag or form in ``window``, by the combined pattern: its group, its text
        and where it starts; None when there is none."""
        match = None if self.pattern is None else self.pattern.search(window)
        if match is None:
            return None
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            return None
        return group, match[group], match.start()

    def _quick_first(self, window: str) -> _First | _Unknown | None:
        """:meth:`_first`, told by string tests where they can: :data:`_UNKNOWN` where not.

        Each alternative of the combined pattern can only start where a string test finds
        its mark: a tag in parentheses at an opening parenthesis that a tag, in any case,
        follows (``(2)`` and ``(by Li Xin)`` are none, ``(Xinhua)`` is all of one); a tag
        between slashes at a slash; a bare tag (``12 AAP -``) where it is printed; a tag after
        a comma where it follows a comma (``, SPA --``); a dialect form where the literal it
        opens with is printed (``(ANSA) -``). Only there is the alternative tried, the first
        of them found in the ASCII text before the first tag in parentheses, if any; in text
        that is no ASCII, string tests cannot tell.
        """
        shortcuts = self.shortcuts
        if shortcuts is None:
            return _UNKNOWN
        start = window.find("(")
        close = window.find(")", start + 1, start + 2 + shortcuts.longest)
        if start >= 0 and close >= 0 and window[start + 1 : close] in shortcuts.paren_tags:
            first: _Found | _Unknown | None = (start, 0, "paren", window[start + 1 : close])
        else:
            first = self._quick_paren(window, shortcuts)
        if first is _UNKNOWN:
            return _UNKNOWN
        head = window if first is None else window[: first[0]]
        if not head.isascii():
            return _UNKNOWN
        found = self._quick_marked(window, head, shortcuts)
        if first is not None:
            if not found:
                return "paren", first[3], first[0]  # as in most stories: the tag alone
            found.append(first)
        if not found:
            return None
        start, _, group, tag = min(found)
        return group, tag, start

    @staticmethod
    def _quick_paren(window: str, shortcuts: _Shortcuts) -> _Found | _Unknown | None:
        """The first tag in parentheses in ``window``, told by string tests (see
        :meth:`_quick_first`)."""
        start = window.find("(")
        while start >= 0:
            close = window.find(")", start + 1, start + 2 + shortcuts.longest)
            if close >= 0 and window[start + 1 : close] in shortcuts.paren_tags:
                return start, 0, "paren", window[start + 1 : close]
            after = start + 1
            while after < len(window) and window[after] in _ASCII_SPACE:
                after += 1
            opening = window[after : after + shortcuts.longest]
            if not opening.isascii():
                return _UNKNOWN
            keys = shortcuts.paren_keys
            tagged = opening.lower().startswith(keys)
            slash = -1 if tagged else window.find("/", after + 2, after + 8)
            if slash >= 0:
                # A partner's code may stand before the agency, as in a story dpa moves for
                # a partner: "(tca/dpa)", two to seven letters in lower case, then a slash.
                partner = window[after:slash]
                agency = window[slash + 1 : slash + 1 + shortcuts.longest]
                if not (partner.isascii() and agency.isascii()):
                    return _UNKNOWN
                tagged = partner.isalpha() and partner.islower() and agency.lower().startswith(keys)
            if tagged:
                match = shortcuts.alternatives["paren"].match(window, start)
                if match is not None:
                    return start, 0, "paren", match["paren"]
            start = window.find("(", start + 1)
        return None

    @staticmethod
    def _quick_marked(window: str, head: str, shortcuts: _Shortcuts) -> list[_Found]:
        """The first match in ``head``, the ASCII start of ``window``, of each alternative of
        the combined pattern but the tag in parentheses, told by string tests (see
        :meth:`_quick_first`)."""
        alternatives = shortcuts.alternatives
        lowered = head.lower()
        for mark in shortcuts.marks:
            if mark in lowered:
                break
        else:
            return []  # as in most stories: no alternative can start before the first tag
        found = []
        marks = [(1, "slash", "/")] if "slash" in alternatives else []
        marks.extend((2, "bare", key) for key in shortcuts.bare_keys)
        for order, group, mark in marks:
            match = _match_at(alternatives[group], window, lowered, mark)
            if match is not None:
                found.append((match.start(), order, group, match[group]))
        for key in shortcuts.comma_keys:
            at = lowered.find(key)
            while at >= 0:
                # A comma before the tag, white space on the line between.
                comma = at - 1
                while comma >= 0 and head[comma] in _ASCII_INLINE:
                    comma -= 1
                match = None
                if comma >= 0 and head[comma] == ",":
                    match = alternatives["comma"].match(window, comma)
                if match is not None:
                    found.append((comma, 3, "comma", match["comma"]))
                    break
                at = lowered.find(key, at + 1)
        for order, (key, group, form) in enumerate(shortcuts.forms, 4):
            match = _match_at(form, window, lowered, key)
            if match is not None:
                found.append((match.start(), order, group, match[0]))
        return found

    def _no_tagless_above(self, head: str) -> bool:
        """Tell, by string tests, that no line of ``head`` holds a tagless dateline that
        ``_tagless(window, before=len(head), exact=True)`` takes; False when they cannot tell.

        Such a line prints a separator of a tagless dialect, and opens (white space aside)
        with a letter or a bracket. A separator that only dated dialects without day words
        print (Reuters' 1987 ``-``) needs a day in digits before it, so that a line printing
        only such separators and no digit holds none: ``Home -``, a scraped page's
        breadcrumb above the story, is no dateline of the 1987 wire.
        """
        shortcuts = self.shortcuts
        if not self.tagless:
            return True
        if shortcuts is None or "\r" in head:
            return False
        for separator in shortcuts.tagless_separators:
            at = head.find(separator)
            while at >= 0:
                line_start = head.rfind("\n", 0, at) + 1
                line_end = head.find("\n", at)
                if line_end < 0:
                    line_end = len(head)
                opening = head[line_start]
                if opening.isalpha() or opening == "(":
                    # The separators needing no digit come first: a line printing one of
                    # them has already told, so that a line seen here prints none.
                    if separator in shortcuts.undated_separators:
                        return False
                    line = head[line_start:line_end]
                    if not line.isascii() or not _ASCII_DIGITS.isdisjoint(line):
                        return False
                elif not opening.isascii() or opening in _ASCII_INLINE:
                    return False
                at = head.find(separator, line_end)
        return True

    def _from_tag(
        self, text: str, group: str, tag: str, start: int, shortcuts: bool = True
    ) -> Dialect | None:
        """The dialect of the first match, ``tag`` in the alternative ``group`` at ``start``,
        told by string tests where they can if ``shortcuts``."""
        key = (group, tag.casefold())
        candidates = self.by_tag.get(key)
        if candidates is None:
            return self.by_form.get(group)  # a form's group, or a tag no dialect prints so
        if len(candidates) == 1:
            return candidates[0]
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[max(line_start, start - 160) : start]
        end = _story_end(text)
        first = candidates[0]
        if shortcuts and self._first_fits(key, prefix, end):
            return first
        score = _language_score(first, prefix, end)
        if score >= _BEST_ENGLISH and first.language == "en":
            # An English month and the terminator: no other dialect can fit better, since
            # the month gives none of them the bonus of a month of its own language.
            return first
        best = first
        for dialect in candidates[1:]:
            other = _language_score(dialect, prefix, end)
            if other > score:
                best, score = dialect, other
        return best

    def _first_fits(self, key: tuple[str, str], prefix: str, end: str) -> bool:
        """Tell, by string tests, that the first of the dialects printing the tag ``key``
        scores highest (see :func:`_language_score`); False when they cannot tell.

        It does when its terminator ends the story (two) and no other's does, nor is a month
        of another's language but English in the date: another then scores one at most.
        ``... Enditem`` under ``NAIROBI, January 4 (Xinhua) --`` is Xinhua English, whatever
        the date, since neither ``Fin`` nor a Spanish or French month is there. Such a month
        ends at the last character of the dateline's prefix that cannot follow a month in a
        date (``y`` of ``January 4 ``), or after it, so only the word there and what follows
        are looked at.
        """
        shortcuts = self.shortcuts
        fit = None if shortcuts is None else shortcuts.fits.get(key)
        if fit is None or not prefix.isascii():
            return False
        tail = end[-fit.tail :]
        ends = fit.ends.get(tail)
        if not (fit.ends_first(tail) if ends is None else ends):
            return False
        lowered = prefix.lower()
        date_end = len(lowered.rstrip(_AFTER_MONTH))
        words = lowered[:date_end].rsplit(None, 1)
        ending = (words[-1] if words else "") + lowered[date_end:]
        found = fit.seen.get(ending)
        return not (fit.months_in(ending) if found is None else found)

    def _tagless(
        self, window: str, *, before: int | None = None, exact: bool = False
    ) -> Dialect | None:
        """The tagless dialect of the first tagless dateline in ``window`` (starting before
        ``before``) that prints one of the dialect's separators and, as the dialect does, a
        date or none; failing that, unless ``exact``, the first that prints a date or none as
        the dialect does, whatever its separator."""
        if not self.tagless:
            return None
        fallback = None
        opening = len(window) - len(window.lstrip())  # where the text's first line opens
        for match in tagless_openings(window, before):
            prefix = match["prefix"].rstrip(" ,")
            line_end = window.find("\n", match.end())
            rest = window[match.end() : None if line_end < 0 else line_end]
            first = match.start() <= opening
            separator = match["separator"]
            dates: dict[tuple[str, int], regex.Match[str] | None] = {}  # by date pattern
            # A date's day is digits, or a word in a dialect that has day words.
            if prefix.isascii():  # the digits of ASCII text are ASCII
                digits = not _ASCII_DIGITS.isdisjoint(prefix)
            else:
                digits = _DIGIT.search(prefix) is not None
            if exact and not any(
                separator in dialect.separators
                and (digits or not dialect.dated or dialect.patterns.day_words)
                for dialect in self.tagless
            ):
                # No dialect could take it here: none prints this separator, or all that do
                # print a date, and the prefix has no day ("Home -" above a tagged dateline).
                continue
            for dialect in self.tagless:
                pattern = dialect.patterns.date
                key = (pattern.pattern, pattern.flags)
                if key not in dates:
                    dates[key] = (
                        search_date(dialect, prefix) or MISSPELT_DATE.search(prefix)
                        if digits or dialect.patterns.day_words
                        else None
                    )
                date = dates[key]
                place = prefix if date is None else prefix[: date.start()].rstrip(" ,")
                dated = date is not None
                if dated != dialect.dated or not tagless_dateline(
                    place, dated=dated, rest=rest, first=first, separator=separator
                ):
                    continue
                if separator in dialect.separators:
                    return dialect
                fallback = fallback or dialect
        return None if exact else fallback


def _fewest_marks(marks: list[str]) -> tuple[str, ...]:
    """``marks`` without those holding another: where ``reuters`` is printed, so is ``reuter``."""
    unique = list(dict.fromkeys(marks))
    return tuple(m for m in unique if not any(o != m and o in m for o in unique))


def _match_at(
    pattern: regex.Pattern[str], window: str, lowered: str, mark: str
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``window`` at a place where ``lowered``, the start of
    ``window`` in lower case, prints ``mark``."""
    at = lowered.find(mark)
    while at >= 0:
        match = pattern.match(window, at)
        if match is not None:
            return match
        at = lowered.find(mark, at + 1)
    return None


_NEVER = regex.compile("(?!)")
"""A pattern that matches nowhere."""


def _combined(alternatives: list[str], tags: dict[str, list[str]]) -> regex.Pattern[str] | None:
    """One pattern of ``alternatives``, the tags of each style as its named lists."""
    if not alternatives:
        return None
    return regex.compile(
        " | ".join(alternatives),
        regex.VERBOSE | regex.IGNORECASE,
        ignore_unused=True,
        paren=tags["paren"],
        slash=tags["slash"],
        bare=tags["bare"],
        comma=tags["comma"],
    )


def _terminator_ends(terminators: tuple[str, ...], end: str) -> bool:
    """Tell whether one of ``terminators``, as listed, ends ``end`` where the terminator
    pattern takes it: after no letter or digit (``said. Enditem``, ``said.Enditem``)."""
    if not end.endswith(terminators):
        return False
    for terminator in terminators:
        if terminator and end.endswith(terminator):
            before = end[-len(terminator) - 1 : -len(terminator)]
            if not before or (before.isascii() and not before.isalnum()):
                return True
    return False


_PERIODS = 3
"""How many periods the terminator pattern takes after a terminator."""


def _last_characters(end: str) -> str:
    """The characters of ``end`` that a terminator ending it (see the terminator pattern) may
    end with: the last one before up to three periods and maybe a carriage return in caret
    notation (``Fin...^M``), or a period."""
    if end[-1:] not in (".", "M", "m"):
        return end[-1:]  # as most stories end: no period, no caret notation
    found = ""
    bodies = [end]
    if end[-2:] in ("^M", "^m"):
        bodies.append(end[:-2])
    for body in bodies:
        periods = len(body) - len(body.rstrip("."))
        if periods:
            found += "."
        if periods <= _PERIODS:
            found += body[len(body) - periods - 1 : len(body) - periods]
    return found


def _story_end(text: str) -> str:
    """The last characters of ``text``, white space and a closing id line left out."""
    end = text[-END_WINDOW:].rstrip()
    last_break = end.rfind("\n")
    if last_break >= 0 and end[last_break + 1 :].strip().isdigit():
        end = end[:last_break].rstrip()  # a closing id line, as corpus dumps print
    return end


_BEST_ENGLISH = 3
"""The best score an English dialect can have: a date, and its terminator."""


def _language_score(dialect: Dialect, prefix: str, end: str) -> int:
    """How well ``dialect`` fits a dateline's ``prefix`` and the story's ``end``.

    A date read in the dialect's month names counts one, two more when the month is no English
    one (``30 junio``, ``28 décembre``); the dialect's terminator at the end counts two.
    """
    score = 0
    date = search_date(dialect, prefix)
    if date is not None:
        score += 1
        if date["month"].rstrip(".").casefold() not in _ENGLISH:
            score += 2
    patterns = dialect.patterns
    terminator = patterns.terminator
    window = max(0, len(end) - patterns.terminator_window)
    if terminator is not None and terminator.search(end, window) is not None:
        score += 2
    return score
