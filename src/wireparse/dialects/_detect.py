"""Detection: which registered dialect a story is written in, read from its first lines.

One pattern, built from every registered dialect's agency tags and forms, is searched once in
a bounded window at the start of the text; the tag it finds names the agency. When several
dialects share a tag (Xinhua's services), the dateline's month names and the story's
terminator tell their languages apart. A tagless dateline above the first tag (``NEW DELHI,
May 4 -`` above a mention of "the Press Trust of India (PTI)") wins over the tag. Without any
tag, a tagless dateline (Reuters' 1987 wire, the New York Times) printing its dialect's separator
is looked for; without one, the first dialect whose terminator ends the story is taken, and
failing that, a tagless dateline with another separator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

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
    """

    dialects: tuple[Dialect, ...]
    pattern: regex.Pattern[str] | None
    by_tag: Mapping[tuple[str, str], tuple[Dialect, ...]]
    by_form: Mapping[str, Dialect]
    tagless: tuple[Dialect, ...]

    @classmethod
    def build(cls, dialects: Sequence[Dialect]) -> _Detector:
        """Make the detector of ``dialects``, the first preferred when two fit as well."""
        tags: dict[str, list[str]] = {"paren": [], "slash": [], "bare": [], "comma": []}
        by_tag: dict[tuple[str, str], list[Dialect]] = {}
        by_form: dict[str, Dialect] = {}
        forms: list[str] = []
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
        used = [a for a, style in zip(alternatives, tags, strict=True) if tags[style]]
        used.extend(forms)
        return cls(
            tuple(dialects),
            _combined(used, tags),
            MappingProxyType({key: tuple(value) for key, value in by_tag.items()}),
            MappingProxyType(by_form),
            tuple(d for d in dialects if d.tagless),
        )

    def detect(self, text: str) -> Dialect | None:
        """Return the dialect ``text`` is written in, or None when nothing tells."""
        window = text[:WINDOW]
        if self.pattern is not None:
            match = self.pattern.search(window)
            if match is not None:
                # A tagless dateline above the first tag opens the story, and the tag is one
                # the story mentions: "said the Press Trust of India (PTI)".
                above = self._tagless(window, before=match.start(), exact=True)
                return above or self._from_match(text, match)
        # A tagless dateline in a dialect's own form decides; one with another separator
        # than the dialect prints ("TOKYO -" where it prints "_") only after the terminator.
        return (
            self._tagless(window, exact=True)
            or self._by_terminator(text)
            or self._tagless(window)
            or self._by_sender(window)
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

    def _from_match(self, text: str, match: regex.Match[str]) -> Dialect | None:
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            return None
        if group in self.by_form:
            return self.by_form[group]
        candidates = self.by_tag.get((group, match[group].casefold()), ())
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        line_start = text.rfind("\n", 0, match.start()) + 1
        prefix = text[max(line_start, match.start() - 160) : match.start()]
        end = _story_end(text)
        first = candidates[0]
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
