"""The little SGML that corpus files use, read one line at a time.

A corpus file is a run of documents (``<REUTERS>``, ``<DOC>``), each a tree of a few known
elements. :func:`documents` walks the lines of a file once, keeping only the document being read:
the text of each element the caller captures, and the text left between elements. It never
raises on bad markup: an unclosed element is closed where the markup shows it must have ended,
and the document records an :class:`Issue` saying so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import attrs
import regex

from .._io import Lines
from ._records import CorpusError, Issue

# Matches a tag or a declaration: "<REUTERS TOPICS="YES" NEWID="1">", "</BODY>", "<P>",
# "<DOC id="AFP_ENG_19940512.0004" type="story" >", "<!DOCTYPE lewis SYSTEM "lewis.dtd">",
# '<?xml version="1.0" encoding="utf-8"?>' (the LDC's XML releases open with one).
# The name is a letter then name characters; anything but angle brackets may follow it, so an
# attribute value holding ">" is not supported (no corpus file has one). A "<" that starts no
# such tag is text, and so is a tag whose name the format does not know (see :func:`documents`).
TAG = regex.compile(
    r"""
    <
    (?:
        (?P<close> / )?+
        (?P<name> [A-Za-z] [A-Za-z0-9_.\-]*+ )
        (?P<attributes> [^<>]*+ )
    |
        (?P<declaration> [!?] ) [^<>]*+
    )
    >
    """,
    regex.VERBOSE,
)

# Matches one attribute: NEWID="1", type="story", TYPE='BRIEF', LEWISSPLIT=TRAIN.
# The name may not continue a longer word, so that a run of letters is tried once, not once
# per letter.
ATTRIBUTE = regex.compile(
    r"""
    (?<! [A-Za-z0-9_.\-] )
    (?P<key> [A-Za-z_] [A-Za-z0-9_.\-]*+ ) \s*+ = \s*+
    (?: " (?P<double> [^"]*+ ) " | ' (?P<single> [^']*+ ) ' | (?P<bare> [^\s"'<>]++ ) )
    """,
    regex.VERBOSE,
)

# Matches a reference: "&lt;", "&#3;", "&#x1F;", "&AMP;", "&QL;", "&Cx1f;". Bounded lengths:
# no entity name or number in these corpora is longer.
ENTITY = regex.compile(
    r"""
    &
    (?:
        \# (?: [xX] (?P<hex> [0-9A-Fa-f]{1,6}+ ) | (?P<decimal> [0-9]{1,7}+ ) )
    |
        (?P<name> [A-Za-z] [A-Za-z0-9]{0,15}+ )
    )
    ;
    """,
    regex.VERBOSE,
)

_NAMED = {
    # SGML's and HTML's own.
    "lt": "<",
    "gt": ">",
    "amp": "&",
    "quot": '"',
    "apos": "'",
    # ANPA-1312 typesetting codes, which AQUAINT keeps as entities: quad left, centre and
    # right end a line; upper and lower rail switch the font. They print nothing.
    "ql": "",
    "qc": "",
    "qr": "",
    "ur": "",
    "lr": "",
    # ... and the horizontal tab, which prints as one.
    "ht": "\t",
}

INVISIBLE = dict.fromkeys([*range(0x09), *range(0x0E, 0x20), 0x7F])
"""Control characters a reader never sees, for :meth:`str.translate`: C0 codes other than the
tab, line feed, vertical tab, form feed and carriage return, and DEL. Wire copy carries them as
transmission framing (``&#2;`` STX opens a story, ``&#3;`` ETX ends it) or line noise."""


def _entity(match: regex.Match[str]) -> str:
    hex_digits, decimal, name = match.group("hex", "decimal", "name")
    if name is None:
        code = int(hex_digits, 16) if hex_digits is not None else int(decimal)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return match.group()  # no character: keep the reference as printed
        return chr(code)
    known = _NAMED.get(name.lower())
    if known is not None:
        return known
    if len(name) == 4 and name[:2].lower() == "cx":  # AQUAINT's control codes: &Cx1f;
        with contextlib.suppress(ValueError):
            return chr(int(name[2:], 16))
    return match.group()  # an unknown entity stays as printed


def decode(text: str) -> str:
    """Resolve the entities of ``text`` and remove the control characters no reader sees.

    Character references (``&#3;``, ``&#x41;``), SGML's named entities in either case (``&lt;``,
    ``&AMP;``) and AQUAINT's ANPA codes (``&QL;``, ``&HT;``, ``&Cx1f;``) are resolved; an
    unknown entity is kept as printed. Then the characters in :data:`INVISIBLE` are removed,
    whether they were printed or referenced.
    """
    if "&" in text:
        text = ENTITY.sub(_entity, text)
    return text.translate(INVISIBLE)


def attributes(text: str) -> dict[str, str]:
    """Return the attributes in the part of a tag after its name, keys in upper case."""
    found: dict[str, str] = {}
    for match in ATTRIBUTE.finditer(text):
        value = match.group("double")
        if value is None:
            value = match.group("single")
        if value is None:
            value = match.group("bare")
        found.setdefault(match.group("key").upper(), value)
    return found


# -- Walking the elements -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Schema:
    """The elements of one corpus format that a reader cares about.

    Attributes:
        root: The element that holds one document: ``REUTERS``, ``DOC``.
        captured: Elements whose text is kept, each occurrence apart.
        containers: Elements whose own text, outside their children, is kept (the root's too).
        skipped: Elements whose text is thrown away: metadata such as ``TOPICS``, ``HEADER``.
        transparent: Elements whose tags are dropped and whose text belongs to the element
            around them: ACE's ``TURN`` and ``SPEAKER``, the ``D`` of Reuters-21578 lists.

    A tag of any other element is no tag at all: it is kept as text, as printed, so that a
    literal ``a<b and c>d`` in a story is read as it stands.
    """

    root: str
    captured: frozenset[str]
    containers: frozenset[str]
    skipped: frozenset[str]
    transparent: frozenset[str] = frozenset()

    @property
    def known(self) -> frozenset[str]:
        """Every element name but the root's."""
        return self.captured | self.containers | self.skipped


@attrs.define
class RawDocument:
    """One document's markup as read, before a reader turns it into a :class:`Document`.

    Attributes:
        source: The file's name.
        line: The line where it opens.
        attributes: The root tag's attributes, keys in upper case.
        element_attributes: The attributes of the first occurrence of each known element.
        captured: For each captured element, the raw text of each of its occurrences.
        runs: For the root and each container, its own raw text, one string per run between
            two tags.
        issues: What was wrong with the markup.
    """

    source: str
    line: int
    attributes: dict[str, str]
    element_attributes: dict[str, dict[str, str]] = attrs.Factory(dict)
    captured: dict[str, list[list[str]]] = attrs.Factory(dict)
    runs: dict[str, list[list[str]]] = attrs.Factory(dict)
    issues: list[Issue] = attrs.Factory(list)

    def texts(self, name: str) -> list[str]:
        """The raw text of each occurrence of the captured element ``name``."""
        return ["".join(parts) for parts in self.captured.get(name, ())]

    def first(self, name: str) -> str | None:
        """The raw text of the first occurrence of ``name``, or None when it has none."""
        parts = self.captured.get(name)
        return "".join(parts[0]) if parts else None

    def own_text(self, name: str) -> list[str]:
        """The raw runs of text of the container ``name`` outside its children."""
        return ["".join(parts) for parts in self.runs.get(name, ())]

    def single(self, name: str, extra: list[str]) -> str | None:
        """The raw text of the first occurrence of ``name``, which the format allows once.

        Each further occurrence is not lost: its text, decoded and trimmed, is added to
        ``extra`` (for :attr:`Fields.extra`), and an issue names the element and its line.
        """
        texts = self.texts(name)
        for text in texts[1:]:
            self.issues.append(
                Issue(
                    line=self.line,
                    message=f"the document has more than one <{name}>: the text of the others"
                    " is kept in the fields' extra",
                )
            )
            extra.append(trimmed(decode(text)))
        return texts[0] if texts else None


class _Walker:
    """The state of one pass over a file: the open document and its open elements."""

    def __init__(self, schema: Schema, source: str, *, strict: bool) -> None:
        self.schema = schema
        self.source = source
        self.strict = strict
        self.known = schema.known
        self.tags = schema.known | schema.transparent | {schema.root}
        self.document: RawDocument | None = None
        self.stack: list[tuple[str, int]] = []  # open elements inside the root, with their lines
        self.pending: list[Issue] = []  # problems found between documents
        self.run_open = False  # whether the last text went to a container and no tag followed

    def problem(self, line: int, message: str) -> None:
        """Record a problem on the open document, or for the next one when none is open."""
        issues = self.document.issues if self.document is not None else self.pending
        issues.append(Issue(line=line, message=message))

    def start(self, line: int, attributes: dict[str, str]) -> None:
        self.document = RawDocument(source=self.source, line=line, attributes=attributes)
        self.document.issues.extend(self.pending)
        self.pending.clear()
        self.stack.clear()

    def start_implicitly(self, line: int, what: str) -> None:
        """Open a document that lacks its root tag, saying so."""
        self.start(line, {})
        self.problem(
            line, f"{what} outside any <{self.schema.root}>: the document's opening tag is missing"
        )

    def close_down_to(self, depth: int, line: int, reason: str) -> None:
        """Close the open elements above ``depth``, each with an issue naming ``reason``."""
        while len(self.stack) > depth:
            name, opened = self.stack.pop()
            self.problem(line, f"<{name}> opened at line {opened} is not closed {reason}")

    def finish(self, line: int, reason: str) -> RawDocument:
        """Close what is open in the document and hand it over."""
        self.close_down_to(0, line, reason)
        document = self.document
        assert document is not None
        self.document = None
        return document

    def text(self, chunk: str, line: int) -> None:
        document = self.document
        if document is None:
            if not chunk.strip():
                return
            self.start_implicitly(line, "text")
            document = self.document
            assert document is not None
        name = self.stack[-1][0] if self.stack else self.schema.root
        if name in self.schema.captured:
            document.captured[name][-1].append(chunk)
        elif name not in self.schema.skipped:  # the root or a container
            runs = document.runs.setdefault(name, [])
            if self.run_open and runs:
                runs[-1].append(chunk)
            else:
                runs.append([chunk])
                self.run_open = True

    def open(self, name: str, attribute_text: str, line: int) -> RawDocument | None:
        """Open element ``name``; return the document it ends, if opening it ends one."""
        ended = None
        if name == self.schema.root:
            if self.document is not None:
                reason = f"before the <{name}> at line {line}"
                self.problem(
                    line, f"<{name}> opened at line {self.document.line} is not closed {reason}"
                )
                ended = self.finish(line, reason)
            self.start(line, attributes(attribute_text))
            return ended
        if name not in self.known:
            return None
        if self.document is None:
            self.start_implicitly(line, f"<{name}>")
        document = self.document
        assert document is not None
        for depth, (open_name, _) in enumerate(self.stack):
            if open_name == name:  # an end tag left out: <P> ... <P>
                self.close_down_to(depth, line, f"before the <{name}> at line {line}")
                break
        self.stack.append((name, line))
        document.element_attributes.setdefault(name, attributes(attribute_text))
        if name in self.schema.captured:
            document.captured.setdefault(name, []).append([])
        return None

    def close(self, name: str, line: int) -> RawDocument | None:
        """Close element ``name``; return the document, if that ends it."""
        if name == self.schema.root:
            if self.document is None:
                self.problem(line, f"</{name}> closes no open <{name}>")
                return None
            return self.finish(line, f"before </{name}> at line {line}")
        if name not in self.known:
            return None
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == name:
                self.close_down_to(depth + 1, line, f"before </{name}> at line {line}")
                self.stack.pop()
                return None
        self.problem(line, f"</{name}> closes no open <{name}>")
        return None

    def end(self, line: int) -> RawDocument | None:
        """At the end of the input: hand over the open document, if any."""
        if self.document is not None:
            root = self.schema.root
            opened = self.document.line
            self.problem(
                line, f"<{root}> opened at line {opened} is not closed at the end of the input"
            )
            return self.finish(line, "at the end of the input")
        if self.pending and self.strict:
            issue = self.pending[0]
            raise CorpusError(self.source, issue.line, issue.message)
        return None


def documents(lines: Lines, source: str, schema: Schema, *, strict: bool) -> Iterator[RawDocument]:
    """Yield each document of a file, given its lines, one at a time.

    Only the document being read and the one before it are held in memory: the one before is
    given out when the next one ends, so that a problem found after the last document (text
    that opens none, a file cut short) is an issue of that last document rather than of none.
    Problems become issues on the document they concern; a problem between documents goes to
    the next document. A line that was not UTF-8 (read as cp1252 or Latin-1, see
    :mod:`wireparse._io`) and a file cut short are problems too.

    Raises:
        CorpusError: ``strict`` is true and the input ends with a problem that no document
            follows to carry it.
    """
    walker = _Walker(schema, source, strict=strict)
    number = 0
    held: RawDocument | None = None
    for number, line, not_utf8 in lines:
        if not_utf8:
            walker.problem(number, f"line {number} is not UTF-8: it was read as cp1252 or Latin-1")
        position = 0
        for match in TAG.finditer(line) if "<" in line else ():
            name = match.group("name")
            if name is not None and name.upper() not in walker.tags:
                continue  # no element of the format: text, as printed
            if match.start() > position:
                walker.text(line[position : match.start()], number)
            position = match.end()
            walker.run_open = False
            if name is None or name.upper() in walker.schema.transparent:
                continue
            name = name.upper()
            if match.group("close") is not None:
                ended = walker.close(name, number)
            else:
                ended = walker.open(name, match.group("attributes"), number)
            if ended is not None:
                if held is not None:
                    yield held
                held = ended
        walker.text(line[position:] + "\n", number)
    if lines.cut is not None:
        walker.problem(number, f"the file ends at line {number}: {lines.cut}")
    if walker.document is None and walker.pending and held is not None:
        held.issues.extend(walker.pending)  # after the last document: it carries them
        walker.pending.clear()
    ended = walker.end(number)
    if held is not None:
        yield held
    if ended is not None:
        yield ended


def trim_blank_lines(text: str) -> str:
    """Drop the blank lines before and the white space after ``text``, keeping its first
    line's indentation."""
    stripped = text.lstrip()
    if not stripped:
        return ""
    start = text.rfind("\n", 0, len(text) - len(stripped)) + 1
    return text[start:].rstrip()


def trimmed(text: str) -> str:
    """``text`` trimmed: its blank lines and the white space at the ends of its lines dropped,
    its other line breaks kept."""
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip()).strip()


def one_line(text: str) -> str | None:
    """Join the non-blank lines of ``text`` with one space, each trimmed; None if all blank."""
    joined = " ".join(part.strip() for part in text.splitlines() if part.strip())
    return joined or None


def indented_paragraphs(text: str) -> tuple[str, ...]:
    """Split hard-wrapped copy into paragraphs, each trimmed.

    A paragraph ends at a blank line or where a line starts with white space: the first line of
    each paragraph of 1980s and 1990s wire copy is indented, and its other lines are not.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if current:
                paragraphs.append("\n".join(current).strip())
                current = []
            continue
        if current and line[0] in " \t":
            paragraphs.append("\n".join(current).strip())
            current = []
        current.append(line.rstrip())
    if current:
        paragraphs.append("\n".join(current).strip())
    return tuple(paragraphs)
