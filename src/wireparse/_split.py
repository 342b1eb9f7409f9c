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
"""

from __future__ import annotations

import bisect
import functools
import sys
from collections.abc import Iterable, Iterator

import regex

from . import dialects
from ._io import Chunk
from ._models import Defect, DefectCode
from ._story import Story
from ._text import LINE_BREAK, SPACE
from .dialects import Dialect
from .dialects._dialect import CARET_CR
from .rules.terminator import terminator_ending
from .rules.trailer import END_OF_TEXT, TRAILER_LINES

# Inline white space: SPACE without the line breaks, as a character class.
_INLINE = "[" + regex.escape(SPACE.replace("\n", "").replace("\r", ""), special_only=True) + "]"

MAX_ID_DIGITS = 20
"""How many digits an id line may hold."""

DIGITS = "0123456789"
TAIL = 8
"""How many of a terminator word's last characters :meth:`Endings.scan` looks for at the end of
a line (dots and ``^M`` aside) before it tries the terminators' pattern there."""
_CARET_CR = CARET_CR.casefold()

# Matches an id line of LF or CRLF text, its content in "id": "7156699", " 8200801 \r".
ID_LINE_LF = regex.compile(
    rf"""(?m) ^ (?P<id> {_INLINE}*+ [0-9]{{1,{MAX_ID_DIGITS}}}+ {_INLINE}*+ ) \r?+ $""",
    regex.VERBOSE,
)
# Matches a line break and the first character of a line that may be an id line: a digit or
# inline white space. Looking for these first, then matching ID_LINE_LF where one is, is
# several times faster than searching for ID_LINE_LF in the whole text.
ID_LINE_OPENING = regex.compile(rf"\n (?: [0-9] | {_INLINE} )", regex.VERBOSE)
# Matches an id line of text whose lines may also end in a lone CR (old Mac copy): slower.
ID_LINE_CR = regex.compile(
    rf"""(?<! [^\r\n] ) (?P<id> {_INLINE}*+ [0-9]{{1,{MAX_ID_DIGITS}}}+ {_INLINE}*+ )
    (?= [\r\n] | \Z )""",
    regex.VERBOSE,
)
# Matches white space, line breaks included: what lies between the lines of text.
_BLANK = regex.compile(rf"[{regex.escape(SPACE, special_only=True)}]*+")


def id_lines(text: str, pos: int = 0) -> list[tuple[int, int]]:
    """Where the id lines of LF or CRLF ``text`` are from ``pos`` on: the spans of their
    content, as ``ID_LINE_LF.finditer(text, pos)`` gives them in the group ``id``."""
    spans = []
    match = ID_LINE_LF.match
    if pos == 0 or text[pos - 1] == "\n":  # pos is where a line starts
        found = match(text, pos)
        if found is not None:
            spans.append(found.span("id"))
    for opening in ID_LINE_OPENING.finditer(text, pos):
        found = match(text, opening.start() + 1)
        if found is not None:
            spans.append(found.span("id"))
    return spans


class Endings:
    """Finds the lines of a text that end in a terminator of any of some dialects.

    The lines are those the parser would take for ending in a terminator: a line whose end one
    combined pattern matches (a terminator word, in any case, or one of the dialects'
    terminator patterns), tried once per line and backwards from the line's end, is checked
    with each dialect's own pattern (:func:`~wireparse.rules.terminator.terminator_ending`), so
    that a terminator that must stand alone or must not continue a word is judged as the parser
    judges it. Trying each line's end once, rather than searching the text for the words,
    keeps the cost to one short look a line, whatever the dialects' patterns are.
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
        # What a line must look like to be worth that look (see :meth:`scan`): its last letter
        # one of the words' last letters, or, for terminators given as patterns, the whole
        # line short enough to be one where such a terminator must stand alone.
        self._tails = tuple({w.rstrip(".")[-TAIL:].casefold() for w in words})
        alone = all(d.terminator_alone for d in self.dialects if d.terminator_patterns)
        windows = [d.patterns.terminator_window for d in self.dialects if d.terminator_patterns]
        self._short = max(windows, default=-1) if alone else sys.maxsize

    def scan(self, text: str, pos: int) -> tuple[list[tuple[int, int]], dict[int, Dialect]]:
        """Find, in one pass over the LF or CRLF lines of ``text`` from ``pos`` on, its id lines
        and the lines that end in a terminator.

        Returns the spans of the id lines' content, as :func:`id_lines` gives them, and where
        each line that ends in a terminator ends with the dialect whose terminator it is, as
        :meth:`find` gives them. A line is looked at with the terminators' pattern only if it
        ends (dots, ``^M`` and white space aside) as a terminator word does, or if it is short
        enough to be a terminator that must stand alone on its line: most lines of a story are
        neither, and cost a few string operations.
        """
        ids: list[tuple[int, int]] = []
        ends: dict[int, Dialect] = {}
        if self.line_end is None:
            return id_lines(text, pos), ends
        tails, short, judge = self._tails, self._short, self._judge
        start = pos
        for line in text[pos:].split("\n"):
            size = len(line)
            content = line.strip(SPACE) if size else ""
            if content:
                if content[0] in DIGITS and content.isdigit() and content.isascii():
                    body = size - 1 if line[-1] == "\r" else size
                    if len(content) <= MAX_ID_DIGITS and "\r" not in line[:body]:
                        ids.append((start, start + body))
                tail = content[-TAIL - len(_CARET_CR) - 3 :].casefold()  # with its dots
                if tail.endswith(_CARET_CR):
                    tail = tail[:-2]
                if len(content) <= short or tail.rstrip(".").endswith(tails):
                    found = judge(text, start, start + size - (line[-1] == "\r"))
                    if found is not None:
                        ends[found[0]] = found[1]
            start += size + 1
        return ids, ends

    def _judge(self, text: str, start: int, end: int) -> tuple[int, Dialect] | None:
        """Where the line ``text[start:end]`` ends (its last character that is not white space,
        plus one) if it ends in a terminator, and the dialect whose terminator it is."""
        if self.line_end is None or self.line_end.match(text, start, end) is None:
            return None
        first = _BLANK.match(text, start, end).end()  # type: ignore[union-attr]
        last = first + len(text[first:end].rstrip(SPACE))
        # A dump is mostly one agency's: the dialect of the last terminator is tried first.
        for dialect in (self._last, *self.dialects):
            if terminator_ending(text, dialect, first, last) is not None:
                self._last = dialect
                return last, dialect
        return None

    def find(self, text: str, pos: int, *, lone_cr: bool = False) -> Iterator[tuple[int, Dialect]]:
        """Yield where each line from ``pos`` on that ends in a terminator ends (its last
        character that is not white space, plus one), and the dialect whose terminator it is.

        ``pos`` is where a line starts; ``lone_cr`` says that a CR alone may end a line.
        """
        for start, end in _lines(text, pos, lone_cr=lone_cr):
            found = self._judge(text, start, end)
            if found is not None:
                yield found


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


def _next_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line after the one ``start`` is in, if nothing but inline white space
    is between ``start`` and that line's break, and the line ends before ``end``; else None."""
    lf, cr = text.find("\n", start, end), text.find("\r", start, end)
    found = [at for at in (lf, cr) if at >= 0]
    if not found:
        return None
    line_break = min(found)
    if text[start:line_break].strip(SPACE):
        return None
    first = line_break + (2 if text.startswith("\r\n", line_break) else 1)
    if first >= end or text[first] in "\r\n":
        return None  # a blank line, or none: the block ends here
    lf, cr = text.find("\n", first, end), text.find("\r", first, end)
    found = [at for at in (lf, cr) if at >= 0]
    return first, min(found) if found else end


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

    def split(self, chunks: Iterable[Chunk]) -> Iterator[Story]:
        """Yield the stories of ``chunks``, each as soon as its end is known.

        When the source is cut (the last chunk says why), the last story carries a ``cut``
        defect at its end; a source cut before any text gives an empty story that carries it.
        """
        cut = None
        for chunk in chunks:
            yield from self._feed(chunk.text, chunk.bad)
            cut = chunk.cut
        if cut is None:
            yield from self._finish()
            return
        last = None
        for story in self._finish():
            if last is not None:
                yield last
            last = story
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
        self.buffer += chunk
        self.bad.extend(b + offset for b in bad)
        yield from self._scan(chunk)

    def _scan(self, chunk: str) -> Iterator[Story]:
        buffer = self.buffer
        # Once a lone CR was seen, later chunks (a last line without its break) need it too.
        self.lone_cr = self.lone_cr or ("\r" in chunk and chunk.count("\r") != chunk.count("\r\n"))
        if self.lone_cr:
            events = [
                (m.start("id"), m.end("id"), True) for m in ID_LINE_CR.finditer(buffer, self.pos)
            ]
            ends = dict(self.endings.find(buffer, self.pos, lone_cr=True))
        else:
            ids, ends = self.endings.scan(buffer, self.pos)
            events = [(start, end, True) for start, end in ids]
        if ends:
            events.extend((end, end, False) for end in ends)
            events.sort()
        for start, end, is_id in events:
            if is_id:
                yield from self._text(self.pos, start)
                yield from self._id(start, end)
            else:
                yield from self._text(self.pos, end)
                self.ended = ends[end]
            self.pos = end
        yield from self._text(self.pos, len(buffer))
        self.pos = len(buffer)

    def _text(self, start: int, end: int) -> Iterator[Story]:
        """Take the lines between ``start`` and ``end``, which hold no id line."""
        buffer = self.buffer
        if self.ended is not None:
            start = self._trailers(start, end)
        first = _BLANK.match(buffer, start, end).end()  # type: ignore[union-attr]
        if first == end:
            return
        line_start = max(buffer.rfind("\n", start, first), buffer.rfind("\r", start, first)) + 1
        line_start = max(line_start, start)
        if self.held is not None:  # the id line held back opens the story these lines are in
            opening = self.held[0]
            yield self._story(self.end)
            self.start = opening
        elif self.start is None:
            self.start = line_start
        elif self.ended is not None:
            yield self._story(self.end)
            self.start = line_start
        self.has_text, self.ended = True, None
        self.end = start + len(buffer[start:end].rstrip(SPACE))

    def _trailers(self, start: int, end: int) -> int:
        """Keep with the story that a terminator ended the trailer lines right under it, and
        return where the text after them starts.

        Wire copy follows the terminator with desk initials or a transmission stamp, in the
        same block (``==Kyodo`` then ``\x03KWS-21:37-09-12-18\x04``; ``--IANS`` then
        ``ms/vd``): up to :data:`~wireparse.rules.trailer.TRAILER_LINES` lines, each a trailer
        of the terminator's dialect (see :func:`~wireparse.rules.trailer.claim_trailers`).
        """
        buffer = self.buffer
        dialect = self.ended
        assert dialect is not None
        for _ in range(TRAILER_LINES):
            line = _next_line(buffer, start, end)
            if line is None:
                break
            first, last = line
            content = buffer[first:last].strip(SPACE)
            if not (content.startswith(END_OF_TEXT) or dialect.patterns.trailer.match(content)):
                break
            start = last
            self.end = first + len(buffer[first:last].rstrip(SPACE))
        return start

    def _id(self, start: int, end: int) -> Iterator[Story]:
        if self.held is not None:  # the held id line closes its story; this one opens the next
            yield self._story(self.held[1])
            self.held = None
            self.start, self.end, self.has_text, self.ended = start, end, False, None
        elif self.start is None:
            self.start, self.end, self.has_text, self.ended = start, end, False, None
        elif self.has_text:
            self.held = (start, end)
        else:  # an id line right after the opening one closes a story without text
            yield self._story(end)

    def _finish(self) -> Iterator[Story]:
        if self.held is not None:
            yield self._story(self.held[1])
        elif self.start is not None:
            yield self._story(self.end)

    def _story(self, end: int) -> Story:
        """Give out the story from ``self.start`` to ``end``; no story is being read after."""
        start = self.start
        assert start is not None  # only called while a story is being read
        self._count(start)
        text = self.buffer[start:end]
        defects: tuple[Defect, ...] = ()
        low, high = bisect.bisect_left(self.bad, start), bisect.bisect_left(self.bad, end)
        if high > low:
            defects = (_not_utf8(self.bad[low] - start, high - low),)
        self.start, self.held, self.has_text, self.ended = None, None, False, None
        return Story(text, self.line, defects)

    def _count(self, offset: int) -> None:
        """Move the line count forward to ``offset``."""
        buffer, counted = self.buffer, self.counted
        if offset <= counted:
            return
        breaks = buffer.count("\n", counted, offset)
        returns = buffer.count("\r", counted, offset)
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
