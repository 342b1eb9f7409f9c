"""Splitting: a dump of stories cut into the text of each, before any parse.

A dump holds many stories one after another. In the seed's convention each sits between an
opening and a closing id line; some dumps have opening ids only, and some separate stories by
nothing but their terminators. :class:`Splitter` takes the dump's text a block of whole lines at
a time (:func:`wireparse._io.text_chunks`) and gives each story out as soon as its end is known,
so memory holds about one block and one story however long the dump is.

How a story ends, line by line (blank lines are skipped when deciding):

* An id line after the story's text ends it. Whether it closes that story or opens the next
  one depends on the line after it: another id line or the end of the source means it closes,
  anything else means it opens.
* A line ending in a terminator ends the story, unless an id line follows (which then closes or
  opens as above). A terminator is what the parser takes for one (:func:`wireparse.rules.
  terminator.terminator_ending`): the named dialect's, or, when none is named, that of any
  registered dialect, a user's own included, so that a dump of Reuters copy signed `` Reuter``
  or of Kyodo copy ending ``==Kyodo`` is split without being told its agency.

Nothing is dropped: every non-blank line of the source belongs to exactly one story, and text
that is neither a story nor an id line (stray lines between stories) is a story of its own,
which its parse then reports.

Those lines are found with one search of each block, not a look at each of its lines: the
block is reversed, so that a line's end comes right after the line break before it, and one
pattern tries, at each line break, whether the line (read from its end) is an id line or ends
as a terminator can end (:class:`LinesFromEnd`). Most lines fail at their last character or
two inside that search; only the few it finds are judged in Python.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator

import regex

from . import dialects
from ._io import Chunk
from ._models import Defect, DefectCode
from ._story import Story
from ._text import LINE_BREAK, SPACE
from .dialects import Dialect
from .rules.terminator import terminator_ending
from .rules.trailer import END_OF_TEXT, TRAILER_LINES

# Inline white space: SPACE without the line breaks, as a character class.
_INLINE = "[" + regex.escape(SPACE.replace("\n", "").replace("\r", ""), special_only=True) + "]"

MAX_ID_DIGITS = 20
"""How many digits an id line may hold."""

DIGITS = "0123456789"

# Matches an id line of LF or CRLF text, its content in "id": "7156699", " 8200801 \r".
ID_LINE_LF = regex.compile(
    rf"""(?m) ^ (?P<id> {_INLINE}*+ [0-9]{{1,{MAX_ID_DIGITS}}}+ {_INLINE}*+ ) \r?+ $""",
    regex.VERBOSE,
)
# Matches an id line of text whose lines may also end in a lone CR (old Mac copy): slower.
ID_LINE_CR = regex.compile(
    rf"""(?<! [^\r\n] ) (?P<id> {_INLINE}*+ [0-9]{{1,{MAX_ID_DIGITS}}}+ {_INLINE}*+ )
    (?= [\r\n] | \Z )""",
    regex.VERBOSE,
)


# -- Lines read from their end ------------------------------------------------------------------
#
# The patterns of LinesFromEnd run over a whole reversed block: the search jumps from line
# break to line break and fails a line within a character or two. A dump's lines are then
# judged with the dialects' own patterns. Each try starts right after a line break and reads
# one line at most, and every quantifier is possessive, so the search is linear in the block.


_ASCII = "".join(chr(code) for code in range(0x80))


def _re_class(chars: Iterable[str]) -> str:
    """The inside of a character class holding ``chars``, runs of consecutive characters
    written as ranges."""
    codes = sorted({ord(c) for c in chars})
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        _re_char(low) if low == high else f"{_re_char(low)}-{_re_char(high)}" for low, high in runs
    )


def _re_char(code: int) -> str:
    """A character as a class in a pattern holds it: letters and digits as they are."""
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\U{code:08x}"


def _re_chars(chars: Iterable[str], *, beyond: bool = False) -> str:
    """A character class holding ``chars`` and, if ``beyond``, every character beyond ASCII
    but white space. That one is written as the class of what it does not hold, so that the
    search tells whether a character is in it with one look, not a look at each range."""
    if beyond:
        return "[^" + _re_class(set(_ASCII + SPACE) - set(chars)) + "]"
    return "[" + _re_class(chars) + "]"


_RE_INLINE = "[" + _re_class(SPACE.replace("\n", "").replace("\r", "")) + "]"
_RE_BLANK = "[" + _re_class(SPACE.replace("\n", "")) + "]"  # white space, CR included

# Matches, in reversed text after the white space that ends a line, an id line's digits and
# what is before them: " 1996658 " and "7156699\r" (of CRLF text) reversed.
_RE_ID_LINE = rf"[0-9] [0-9]{{0,{MAX_ID_DIGITS - 1}}}+ {_RE_INLINE}*+ (?= \n | \Z ) (?P<id>)"

_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The characters beyond ASCII that `regex`, case ignored, takes for an ASCII letter: capital I
with a dot above and dotless i for ``i``, the long s for ``s`` and the Kelvin sign for
``k``."""


@functools.lru_cache(maxsize=256)
def _alike(char: str) -> tuple[set[str], bool]:
    """The characters that `regex`, case ignored, takes for ``char`` or a case of it, and maybe
    a few more: ``char``, its ASCII forms and those of :data:`_FOLDS_TO_ASCII`; and whether
    every character beyond ASCII must be taken too, as for a character beyond ASCII that has
    cases."""
    cases = {c for c in (char, char.lower(), char.upper(), char.casefold()) if len(c) == 1}
    probe = regex.compile("[" + "".join(map(regex.escape, cases)) + "]", regex.IGNORECASE)
    alike = set(probe.findall(_ASCII + _FOLDS_TO_ASCII)) | cases
    return alike, any(not c.isascii() and (c.lower(), c.upper()) != (c, c) for c in cases)


def _re_any_case(char: str) -> str:
    """A character class holding every character that `regex`, case ignored, takes for
    ``char`` (see :func:`_alike`)."""
    alike, beyond = _alike(char)
    return _re_chars(alike, beyond=beyond)


def _re_words(words: Iterable[str]) -> tuple[str, str]:
    """A pattern matching, with no flag (case ignored as `regex` ignores it with
    ``IGNORECASE``), any of ``words`` at the start of a text, and maybe a few other texts; and
    the class of the characters such a text may start with.

    The words are put in a tree by their characters, so that a text that starts with none of
    them fails at its first character: ``[Mm][Ee][Tt][Ii](?:[Dd][Nn][Ee]|[Nn][Ee])`` rather than
    ``metidne|metine``; a look at the class before a choice among many first characters spares
    a look at each.
    """
    tree: dict[str, dict[str, object]] = {}
    for word in words:
        node = tree
        for char in word:
            lower = char.lower()
            node = node.setdefault(lower if len(lower) == 1 else char, {})  # type: ignore[assignment]
        node[""] = {}

    def pattern(node: dict[str, dict[str, object]]) -> str:
        if "" in node:
            return ""  # a word ends here: the longer ones need not be read
        branches = [_re_any_case(char) + pattern(rest) for char, rest in sorted(node.items())]  # type: ignore[arg-type]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    firsts = [_alike(char) for char in tree if char]
    first = _re_chars(set().union(*(a for a, _ in firsts)), beyond=any(b for _, b in firsts))
    return rf"(?= {first} ) {pattern(tree)}", first


class LinesFromEnd:
    """Finds the lines of LF or CRLF text that some patterns match when they read them from
    their ends.

    The text from a line's start on is reversed, and, right after each line break of the
    reversed text (and at its start when the text does not end with a line break), the white
    space that ends the line (a CR of a CRLF included) is stepped over and each of ``kinds``
    (verbose patterns) is tried: it reads the line backwards, from its end to its start,
    which it must reach, and ends with an empty group whose name says what kind of line it
    found. Each kind starts with a character or a class, so that the search skips at once, with one
    look, the kinds that cannot start with the line's last character.
    """

    def __init__(self, kinds: Iterable[str], ends_with: str) -> None:
        body = rf"{_RE_BLANK}*+ (?= {ends_with} ) (?: {' | '.join(kinds)} )"
        self._after_break = regex.compile(rf"\n {body}", regex.VERBOSE)
        self._at_end = regex.compile(body, regex.VERBOSE)

    def find(self, text: str, pos: int) -> list[tuple[str | None, int, int]]:
        """The lines of ``text`` from ``pos`` (where a line starts) on that a kind matches,
        in order: the name of the kind, and the span of the line without its line break (or
        its CRLF)."""
        reverse = text[: pos - 1 : -1] if pos else text[::-1]
        size = len(text)
        found = []
        if reverse and reverse[0] != "\n":  # the last line has no line break
            match = self._at_end.match(reverse)
            if match is not None:
                found.append((match.lastgroup, size - match.end(), size - (reverse[0] == "\r")))
        for match in self._after_break.finditer(reverse):
            end = size - match.start() - 1  # where the line's LF is
            if text[end - 1] == "\r":
                end -= 1
            found.append((match.lastgroup, size - match.end(), end))
        found.reverse()
        return found


_REMEMBERED_LINE = 80
"""How long a line may be for :class:`Endings` to remember that it ends in no terminator."""
_REMEMBERED_LINES = 4096
"""How many such lines it remembers at most: it forgets them all when it knows that many."""


class Endings:
    """Finds the lines of a text that end in a terminator of any of some dialects.

    The lines are those the parser would take for ending in a terminator: a line whose end one
    combined pattern matches (a terminator word, in any case, or one of the dialects'
    terminator patterns), tried backwards from the line's end, is checked with each dialect's
    own pattern (:func:`~wireparse.rules.terminator.terminator_ending`), so that a terminator
    that must stand alone or must not continue a word is judged as the parser judges it.

    Which lines are worth that look is found for a whole block at once (:meth:`events`, with
    :class:`LinesFromEnd`): a line that ends (white space, ``^M`` and dots aside) in one of the
    terminator words, in any case; and, for terminators given as patterns (the AP's desk
    initials, ``(jai/mr)``), a line whose last character one of them may end with, and which is
    short enough to be one where such a terminator must stand alone.
    """

    def __init__(self, candidates: Iterable[Dialect]) -> None:
        self.dialects = tuple(d for d in candidates if d.patterns.terminator is not None)
        self._last = self.dialects[0] if self.dialects else dialects.DEFAULT
        words = sorted({w for d in self.dialects for w in d.terminators}, key=len, reverse=True)
        forms = list(dict.fromkeys(f for d in self.dialects for f in d.terminator_patterns))
        alternatives = [r"(?: \L<words> ) \.{0,3}+"] if words else []
        alternatives += [f"(?: {form} )" for form in forms]
        # Matches, backwards from the end of a line: "Enditem", "REUTER...", "Fin.", "(jai/mr)",
        # each maybe followed by "^M" and inline white space.
        self.line_end = (
            regex.compile(
                rf"""(?r) (?: {" | ".join(alternatives)} ) (?: \^M )?+ {_INLINE}*+ \Z""",
                regex.VERBOSE | regex.IGNORECASE,
                words=words,
                ignore_unused=True,
            )
            if alternatives
            else None
        )
        # What a line may end with, white space aside, to be worth a look: a digit (an id
        # line), or what the kinds of lines below start with.
        kinds, ends_with, beyond = [_RE_ID_LINE], set(DIGITS), False
        caret_chars, _ = _alike("M")
        caret = _re_chars(caret_chars) + r" \^"
        if words:
            # Match, reversed, the end of a line ending in a word, maybe with dots or "^M" and
            # dots after it: "Enditem", "REUTER...", "Reuter^M".
            tree, _ = _re_words(w[::-1] for w in words)
            kinds += [
                rf"\. \.{{0,2}} {tree} (?P<dots>) .*",
                rf"{caret} \.{{0,3}} {tree} (?P<caret>) .*",
                rf"{tree} (?P<word>) .*",
            ]
            for word in words:
                alike, more = _alike(word[-1])
                ends_with |= alike
                beyond = beyond or more
            ends_with |= {"."} | caret_chars
        ends_in = ""
        if forms:
            # The last characters a terminator given as a pattern may have, found by asking its
            # pattern whether it may match a text ending in each ASCII character: of the AP's
            # desk initials, ")" and the lower-case letters. Every other character is taken.
            ending = regex.compile(
                rf"""(?r) (?: {" | ".join(f"(?: {form} )" for form in forms)} ) \Z""",
                regex.VERBOSE | regex.IGNORECASE,
            )
            ends_in = "".join(
                char
                for char in _ASCII
                if char not in SPACE and ending.match(char, partial=True) is not None
            )
            last = _re_chars(ends_in, beyond=True)
            alone = all(d.terminator_alone for d in self.dialects if d.terminator_patterns)
            window = max(
                d.patterns.terminator_window for d in self.dialects if d.terminator_patterns
            )
            # Match, reversed, a line whose last character ("^M" aside) a terminator pattern
            # may end with; of at most `window` characters where such a terminator must stand
            # alone: "(jai/mr)", "af-vj^M".
            short = rf"{_RE_BLANK}*+ (?= \n | \Z )"
            kinds += (
                [
                    rf"{last} [^\n]{{0,{window - 1}}}+ {short} (?P<form>)",
                    rf"{caret} [^\n]{{0,{max(window - 2, 0)}}}+ {short} (?P<form_caret>)",
                ]
                if alone
                else [rf"{last} (?P<form>) .*", rf"{caret} (?P<form_caret>) .*"]
            )
            ends_with |= set(ends_in) | caret_chars
            beyond = True
        self._lines = LinesFromEnd(kinds, _re_chars(ends_with, beyond=beyond))
        # Whether an id line may also end in a terminator: only if a terminator may be digits.
        digits_only = set(DIGITS + SPACE)
        self._ids_may_end = any(set(w) <= digits_only for w in words) or any(
            c in DIGITS for c in ends_in
        )
        self._not_ending: set[str] = set()  # short lines that end in no terminator
        self._window = max((d.patterns.terminator_window for d in self.dialects), default=0)

    def events(self, text: str, pos: int) -> list[tuple[int, int, Dialect | None]]:
        """Find, in one search of the LF or CRLF lines of ``text`` from ``pos`` (where a line
        starts) on, its id lines and the lines that end in a terminator, in order.

        Each id line is ``(start, end, None)``, the span of its content as ``ID_LINE_LF`` finds
        it; each line that ends in a terminator is ``(end, end, dialect)``: where it ends
        and whose terminator it is, as :meth:`find` gives them. An id line that also ends in a
        terminator is given as both, the id line first.
        """
        events: list[tuple[int, int, Dialect | None]] = []
        judge, ids_may_end = self._judge, self._ids_may_end
        for kind, start, end in self._lines.find(text, pos):
            if kind == "id":
                events.append((start, end, None))
                if not ids_may_end:
                    continue
            found = judge(text, start, end)
            if found is not None:
                events.append((found[0], found[0], found[1]))
        return events

    def scan(self, text: str, pos: int) -> tuple[list[tuple[int, int]], dict[int, Dialect]]:
        """The id lines and the lines ending in a terminator of ``text`` from ``pos`` on, as
        :meth:`events` finds them: the spans of the id lines' content, as ``ID_LINE_LF`` finds
        them in its group ``id``, and where each line that ends in a terminator ends, with the
        dialect whose terminator it is, as :meth:`find` gives them."""
        ids: list[tuple[int, int]] = []
        ends: dict[int, Dialect] = {}
        for start, end, dialect in self.events(text, pos):
            if dialect is None:
                ids.append((start, end))
            else:
                ends[start] = dialect
        return ids, ends

    def _judge(self, text: str, start: int, end: int) -> tuple[int, Dialect] | None:
        """Where the line ``text[start:end]`` ends (its last character that is not white space,
        plus one) if it ends in a terminator, and the dialect whose terminator it is."""
        if self.line_end is None:
            return None
        # Short lines that end in no terminator come back, story after story (an agency's
        # name under the headline, "Xinhua"; "Home -"): each is matched once, then remembered.
        line = text[start:end] if end - start <= _REMEMBERED_LINE else None
        if line is not None and line in self._not_ending:
            return None
        first, last = _content(text, start, end)
        # The pattern reads no further back than the dialects' windows: a terminator that
        # ends a line (dots and "^M" with it) lies in its dialect's, a story's last line
        # before it does not need reading.
        if self.line_end.match(text, max(start, last - self._window), end) is None:
            if line is not None:
                if len(self._not_ending) >= _REMEMBERED_LINES:
                    self._not_ending.clear()
                self._not_ending.add(line)
            return None
        # The dialects' patterns are given the line alone: a pattern that must find a word in
        # the text before it matches looks for it to the end of what it is given. The line
        # starts as the text does, for a look behind a terminator: after no letter or digit.
        if line is None:
            line = text[start:end]
        first, last = first - start, last - start
        # A dump is mostly one agency's: the dialect of the last terminator is tried first.
        if terminator_ending(line, self._last, first, last) is not None:
            return start + last, self._last
        for dialect in self.dialects:
            if terminator_ending(line, dialect, first, last) is not None:
                self._last = dialect
                return start + last, dialect
        return None

    def find(self, text: str, pos: int, *, lone_cr: bool = False) -> Iterator[tuple[int, Dialect]]:
        """Yield where each line from ``pos`` on that ends in a terminator ends (its last
        character that is not white space, plus one), and the dialect whose terminator it is.

        ``pos`` is where a line starts; ``lone_cr`` says that a CR alone may end a line. Each
        line is judged: this is the slow path, for text whose lines may end in a lone CR.
        """
        for start, end in _lines(text, pos, lone_cr=lone_cr):
            found = self._judge(text, start, end)
            if found is not None:
                yield found


_SPACES = frozenset(SPACE)


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the text between ``start`` and ``end`` (``start < end``) starts and ends, white
    space aside; ``(end, end)`` when it is white space only. Most lines and stories neither
    start nor end with white space: they are not copied to be stripped."""
    first = start
    if text[first] in _SPACES:
        first = end - len(text[start:end].lstrip(SPACE))
        if first == end:
            return end, end
    last = end
    if text[last - 1] in _SPACES:
        last = first + len(text[first:end].rstrip(SPACE))
    return first, last


def _lines(text: str, pos: int, *, lone_cr: bool) -> Iterator[tuple[int, int]]:
    """Yield the span of each line of ``text`` from ``pos`` on, without its line break."""
    if lone_cr:
        start = pos
        for match in LINE_BREAK.finditer(text, pos):
            yield start, match.start()
            start = match.end()
        if start < len(text):
            yield start, len(text)
        return
    find = text.find
    start, length = pos, len(text)
    while start < length:
        lf = find("\n", start)
        end = length if lf < 0 else lf
        yield start, end - 1 if end > start and text[end - 1] == "\r" else end
        start = end + 1


@functools.lru_cache(maxsize=8)
def _endings(key: tuple[Dialect, ...]) -> Endings:
    return Endings(key)


def endings(dialect: Dialect | None) -> Endings:
    """The terminators that end a story: ``dialect``'s, or when None every registered one's."""
    if dialect is not None:
        return _endings((dialect,))
    return _endings(tuple(dialects.get(name) for name in dialects.names()))


def _line_break(text: str, start: int, end: int) -> int:
    """Where the first line break (LF, or CR) between ``start`` and ``end`` is, or -1."""
    lf = text.find("\n", start, end)
    cr = text.find("\r", start, end if lf < 0 else lf)
    return cr if cr >= 0 else lf


def _next_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line after the one ``start`` is in, if nothing but inline white space
    is between ``start`` and that line's break, and the line ends before ``end``; else None."""
    line_break = _line_break(text, start, end)
    if line_break < 0 or text[start:line_break].strip(SPACE):
        return None
    first = line_break + (2 if text.startswith("\r\n", line_break) else 1)
    if first >= end or text[first] in "\r\n":
        return None  # a blank line, or none: the block ends here
    last = _line_break(text, first, end)
    return first, last if last >= 0 else end


def split(chunks: Iterable[Chunk], dialect: Dialect | None = None) -> Iterator[Story]:
    """Yield the stories of the text in ``chunks``, each as soon as its end is known.

    Args:
        chunks: The dump's text, as :func:`wireparse._io.text_chunks` gives it.
        dialect: The dialect whose terminators end a story, or None for any registered one's.
    """
    return Splitter(endings(dialect)).split(chunks)


class Splitter:
    """Cut decoded text into stories; see the module's documentation for the rules.

    Text arrives in chunks of whole lines. ``buffer`` holds what is not yet given out, from the
    start of the story being read; offsets below are in it.
    """

    def __init__(self, endings: Endings) -> None:
        self.endings = endings
        self.buffer = ""
        self.bad: list[int] = []  # where characters that were not UTF-8 are
        self.line = 1  # the line number at offset ``counted`` of the buffer
        self.counted = 0
        self.pos = 0  # everything before this is read
        self.start: int | None = None  # where the story being read starts
        self.end = 0  # where its last text ends
        self.has_text = False  # it holds a line that is no id line
        self.ended: Dialect | None = None  # whose terminator ends its last line, if any
        self.held: tuple[int, int] | None = None  # an id line after the text: closes or opens?
        self.lone_cr = False  # whether lines may end in a lone CR
        self.has_cr = False  # whether the text has held a CR

    def split(self, chunks: Iterable[Chunk]) -> Iterator[Story]:
        """Yield the stories of ``chunks``, each as soon as its end is known.

        When the source is cut (the last chunk says why), the last story carries a ``cut``
        defect at its end; a source cut before any text gives an empty story that carries it.
        """
        cut = None
        for chunk in chunks:
            yield from self._feed(chunk.text, chunk.bad)
            cut = chunk.cut
        last = self._finish()
        if cut is None:
            if last is not None:
                yield last
            return
        if last is None:
            last = Story("", self.line)
        defect = Defect(code=DefectCode.CUT, message=cut, span=(len(last.text), len(last.text)))
        yield last._replace(defects=(*last.defects, defect))

    def _feed(self, chunk: str, bad: list[int]) -> Iterator[Story]:
        keep = self.pos if self.start is None else self.start
        if keep:
            self._count(keep)
            self.buffer = self.buffer[keep:]
            self.bad = [b - keep for b in self.bad if b >= keep]
            self.counted -= keep
            self.pos -= keep
            self.end = max(0, self.end - keep)
            if self.start is not None:
                self.start -= keep
            if self.held is not None:
                self.held = (self.held[0] - keep, self.held[1] - keep)
        offset = len(self.buffer)
        self.buffer = self.buffer + chunk if offset else chunk
        self.bad.extend(b + offset for b in bad)
        return self._scan(chunk)

    def _events(self, chunk: str) -> list[tuple[int, int, Dialect | None]]:
        """The id lines and the lines ending in a terminator of the buffer from ``self.pos``
        on, ``chunk`` being its last part, as :meth:`Endings.events` gives them."""
        buffer = self.buffer
        # Once a lone CR was seen, later chunks (a last line without its break) need it too.
        self.lone_cr = self.lone_cr or ("\r" in chunk and chunk.count("\r") != chunk.count("\r\n"))
        self.has_cr = self.has_cr or "\r" in chunk
        if not self.lone_cr:
            return self.endings.events(buffer, self.pos)
        events: list[tuple[int, int, Dialect | None]] = [
            (m.start("id"), m.end("id"), None) for m in ID_LINE_CR.finditer(buffer, self.pos)
        ]
        ends = [
            (end, end, ended) for end, ended in self.endings.find(buffer, self.pos, lone_cr=True)
        ]
        if ends:
            events.extend(ends)
            events.sort(key=lambda event: event[:2])  # an id line before its terminator
        return events

    def _scan(self, chunk: str) -> Iterator[Story]:
        buffer = self.buffer
        events = self._events(chunk)
        size = len(buffer)
        events.append((size, size, None))  # the text after the last event
        pos, start, end, has_text, ended, held = (
            self.pos,
            self.start,
            self.end,
            self.has_text,
            self.ended,
            self.held,
        )
        story = self._story
        for at, until, dialect in events:
            # The lines between the last event and this one, which hold no id line.
            stop = at if dialect is None else until
            begin = pos
            if ended is not None:
                begin, end = self._trailers(pos, stop, ended, end)
            if begin < stop:
                first, last = _content(buffer, begin, stop)
                text = first < stop
            else:
                # begin > stop: an id line that ends in a terminator (a user's terminator of
                # digits), whose end, read after the id line, is before the id line's end.
                first = last = begin
                text = begin > stop
            if text:
                line_start = begin
                if first > begin:
                    line_start = max(
                        buffer.rfind("\n", begin, first), buffer.rfind("\r", begin, first)
                    )
                    line_start = max(line_start + 1, begin)
                if held is not None:  # the id line held back opens the story these lines are in
                    yield story(start, end)  # type: ignore[arg-type]
                    start, held = held[0], None
                elif start is None:
                    start = line_start
                elif ended is not None:
                    yield story(start, end)
                    start = line_start
                has_text, ended, end = True, None, last
            # The event: a terminator that ends the lines, or an id line.
            if dialect is not None:
                ended = dialect
            elif at < until:
                if held is not None:  # the held id line closes its story; this one opens the next
                    yield story(start, held[1])  # type: ignore[arg-type]
                    start, end, has_text, ended, held = at, until, False, None, None
                elif start is None:
                    start, end, has_text, ended = at, until, False, None
                elif has_text:
                    held = (at, until)
                else:  # an id line right after the opening one closes a story without text
                    yield story(start, until)
                    start, has_text, ended = None, False, None
            pos = until
        self.pos, self.start, self.end, self.has_text, self.ended, self.held = (
            pos,
            start,
            end,
            has_text,
            ended,
            held,
        )

    def _trailers(self, start: int, end: int, dialect: Dialect, story_end: int) -> tuple[int, int]:
        """Keep with the story that a terminator of ``dialect`` ended the trailer lines right
        under it, from ``start`` on and before ``end``; return where the text after them starts,
        and where the story, which ended at ``story_end``, now ends.

        Wire copy follows the terminator with desk initials or a transmission stamp, in the
        same block (``==Kyodo`` then ``\x03KWS-21:37-09-12-18\x04``; ``--IANS`` then
        ``ms/vd``): up to :data:`~wireparse.rules.trailer.TRAILER_LINES` lines, each a trailer
        of the terminator's dialect (see :func:`~wireparse.rules.trailer.claim_trailers`).
        """
        buffer = self.buffer
        if buffer.startswith("\n\n", start) or buffer.startswith("\r\n\r\n", start):
            return start, story_end  # a blank line right under the terminator
        for _ in range(TRAILER_LINES):
            line = _next_line(buffer, start, end)
            if line is None:
                break
            first, last = line
            content = buffer[first:last].strip(SPACE)
            if not (content.startswith(END_OF_TEXT) or dialect.patterns.trailer.match(content)):
                break
            start = last
            story_end = first + len(buffer[first:last].rstrip(SPACE))
        return start, story_end

    def _finish(self) -> Story | None:
        """The story being read when the text ends, if any."""
        if self.start is None:
            return None
        story = self._story(self.start, self.end if self.held is None else self.held[1])
        self.start, self.held = None, None
        return story

    def _story(self, start: int, end: int) -> Story:
        """The story from ``start`` to ``end``."""
        self._count(start)
        text = self.buffer[start:end]
        defects: tuple[Defect, ...] = ()
        if self.bad:
            bad = self.bad
            low, high = bisect.bisect_left(bad, start), bisect.bisect_left(bad, end)
            if high > low:
                defects = (_not_utf8(bad[low] - start, high - low),)
        return Story(text, self.line, defects)

    def _count(self, offset: int) -> None:
        """Move the line count forward to ``offset``."""
        buffer, counted = self.buffer, self.counted
        if offset <= counted:
            return
        breaks = buffer.count("\n", counted, offset)
        returns = buffer.count("\r", counted, offset) if self.has_cr else 0
        if returns:
            breaks += returns - buffer.count("\r\n", counted, offset)
            if buffer[offset - 1 : offset + 1] == "\r\n":
                breaks -= 1  # the CR is counted, its LF is not: one break, not yet ended
        self.line += breaks
        self.counted = offset


def _not_utf8(offset: int, lines: int) -> Defect:
    plural = lines > 1
    return Defect(
        code=DefectCode.NOT_UTF8,
        message=(
            f"{lines} line{'s' if plural else ''} of the story {'are' if plural else 'is'} not"
            f" UTF-8 and {'were' if plural else 'was'} read as cp1252 or Latin-1"
        ),
        span=(offset, offset + 1),
    )
