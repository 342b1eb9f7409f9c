"""Agency XML read safely, one news item at a time.

The feeds of news agencies (NITF, NewsML 1.2, NewsML-G2) come from outside, and XML read
naively is dangerous: an internal entity that expands to a billion copies of itself ("billion
laughs") fills the memory, and an external entity (``<!ENTITY x SYSTEM "file:///etc/passwd">``)
reads a local file or a URL into the text. ``defusedxml`` closes both: its parser is the
standard library's (:mod:`xml.etree.ElementTree` over expat), with handlers that refuse every
entity declaration and every external reference before anything is expanded or fetched, and it
never loads a DTD. It was chosen over ``lxml`` because it is pure Python, small, the
long-standing standard fix for exactly this, and keeps wireparse free of compiled dependencies;
lxml would be safe only as long as every ``XMLParser`` is built with ``resolve_entities``,
``no_network`` and ``load_dtd`` switched off, which a later change could forget.

A document type declaration without entities (``<!DOCTYPE nitf SYSTEM "nitf-3-5.dtd">``, as NITF
files carry) is allowed: it is not read. Entities the markup declares are refused, and the
reader reports the refusal as an :class:`~wireparse.readers.Issue` of the document at the line
it stands on; so is XML that is not well-formed, or a file cut short. The text is fed to the
parser a chunk at a time and each item is handed over when its end tag is read, so a feed of
many items is never held whole, and the items before a fault are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import attrs
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .._io import Chunk
from ._records import Issue


def local(tag: object) -> str:
    """The local name of an element's tag: ``{http://iptc.org/std/nar/2006-10-01/}newsItem``
    is ``newsItem``; a comment or a processing instruction has none (``""``)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


@attrs.define
class RawItem:
    """One news item as read: its element, where it opens, and what went wrong reading it.

    Attributes:
        element: The item's element with everything read of it; None when the file held no
            item at all (then ``issues`` says why).
        line: The 1-based line where it opens.
        issues: Problems with the XML found while reading it, or after the last item.
    """

    element: Element | None
    line: int
    issues: list[Issue] = attrs.Factory(list)


class _Target:
    """The parser's target: builds the tree and notes each item as it opens and closes."""

    def __init__(self, items: frozenset[str]) -> None:
        self._builder = TreeBuilder()
        self._items = items
        self._depth = 0
        self._item_depth = -1  # the depth of the open item, or -1
        self.parser: Any = None  # the expat parser, for line numbers
        self.open: RawItem | None = None
        self.done: list[RawItem] = []
        self.seen_root = False

    def line(self) -> int:
        """The line the parser is at."""
        return int(self.parser.CurrentLineNumber) if self.parser is not None else 1

    def start(self, tag: str, attributes: dict[str, str]) -> Element:
        self.seen_root = True
        element = self._builder.start(tag, attributes)
        if self._item_depth < 0 and local(tag) in self._items:
            self.open = RawItem(element, self.line())
            self._item_depth = self._depth
        self._depth += 1
        return element

    def end(self, tag: str) -> Element:
        element = self._builder.end(tag)
        self._depth -= 1
        if self._depth == self._item_depth and self.open is not None:
            self.done.append(self.open)
            self.open = None
            self._item_depth = -1
        return element

    def data(self, text: str) -> None:
        self._builder.data(text)

    def close(self) -> Element | None:
        return None


def not_utf8(chunk: Chunk, lines: int) -> list[Issue]:
    """An issue for each line of ``chunk`` that was not UTF-8; ``lines`` line breaks came
    before it."""
    numbers = (lines + chunk.text.count("\n", 0, offset) + 1 for offset in chunk.bad)
    return [
        Issue(line=number, message=f"line {number} is not UTF-8: it was read as cp1252 or Latin-1")
        for number in numbers
    ]


def items(chunks: Iterator[Chunk], names: frozenset[str]) -> Iterator[RawItem]:
    """Yield each item of an XML feed (elements whose local name is in ``names``, outermost
    only), as its end tag is read.

    Problems do not raise: an item left open by a fault or the end of the file is handed over
    as read, with an issue; a fault after the last item is an issue of that item; a file
    without any item gives one :class:`RawItem` without element, whose issues say why.
    """
    target = _Target(names)
    parser = DefusedXMLParser(target=target, forbid_dtd=False)
    target.parser = parser.parser
    held: RawItem | None = None
    problem: Issue | None = None
    pending: list[Issue] = []  # problems found since the last item was handed over
    lines = 0  # the line breaks fed so far
    for chunk in chunks:
        pending.extend(not_utf8(chunk, lines))
        lines += chunk.text.count("\n")
        try:
            parser.feed(chunk.text)
        except (ParseError, DefusedXmlException) as error:
            problem = _problem(error, target.line())
        if chunk.cut is not None and problem is None:
            problem = Issue(
                line=lines + 1, message=f"the file ends at line {lines + 1}: {chunk.cut}"
            )
        ready, held = _hand_over(target, held, pending)
        yield from ready
        if problem is not None:
            break
    if problem is None:
        try:
            parser.close()
        except (ParseError, DefusedXmlException) as error:
            problem = _problem(error, target.line())
        ready, held = _hand_over(target, held, pending)  # expat may keep the last end tag
        yield from ready
    if target.open is not None:
        if held is not None:
            yield held
        held = target.open
        line = problem.line if problem is not None else target.line()
        held.issues.append(
            Issue(line=line, message=f"the item opened at line {held.line} is not closed")
        )
    if problem is not None or pending:
        if held is None:
            held = RawItem(None, problem.line if problem is not None else 1)
        held.issues.extend(pending)
        if problem is not None:
            held.issues.append(problem)
    elif held is None:
        what = ", ".join(f"<{name}>" for name in sorted(names))
        message = (
            f"the file holds no {what} element" if target.seen_root else "the file holds no XML"
        )
        held = RawItem(None, 1, [Issue(line=1, message=message)])
    yield held


def _hand_over(
    target: _Target, held: RawItem | None, pending: list[Issue]
) -> tuple[list[RawItem], RawItem | None]:
    """The items ready to be yielded, and the one to hold: the last read, which carries the
    problems found after it. The problems found since the last item go to the next."""
    ready: list[RawItem] = []
    for item in target.done:
        if held is not None:
            ready.append(held)
        item.issues[:0] = pending
        pending.clear()
        held = item
    target.done.clear()
    return ready, held


def _problem(error: Exception, line: int) -> Issue:
    """The issue an error of the parser is."""
    if isinstance(error, DefusedXmlException):
        name = getattr(error, "name", None)
        what = f"the entity {name!r}" if name else "an entity"
        return Issue(
            line=line,
            message=f"the XML declares {what}, which is refused as unsafe"
            f" ({type(error).__name__}): the rest of the file is not read",
        )
    position = getattr(error, "position", None)
    where = position[0] if position else line
    return Issue(
        line=where,
        message=f"the XML is not well-formed ({error}): the rest of the file is not read",
    )
