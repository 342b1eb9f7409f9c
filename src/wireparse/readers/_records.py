"""The values the corpus readers yield: a document, its markup fields, and container problems."""

from __future__ import annotations

import datetime

import attrs

from .._errors import WireparseError
from .._models import Article


@attrs.frozen(kw_only=True)
class Issue:
    """Something wrong with a document's markup, recorded instead of raised in lenient mode.

    Attributes:
        line: The 1-based line of the file where it was found.
        message: A sentence for humans, naming the element concerned.
    """

    line: int
    message: str


class CorpusError(WireparseError):
    """Markup a reader cannot accept in strict mode, or a file that is no corpus file at all.

    Attributes:
        source: The file's name, or ``"<stream>"`` for a stream without one.
        line: The 1-based line where the problem is.
        message: What is wrong.
    """

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message


@attrs.frozen(kw_only=True)
class Fields:
    """What a document's own markup says about the story: ground truth for a parse of its text.

    Every string has its entities decoded and its invisible control characters removed, as in
    :attr:`Document.text`.

    The agency feeds (NITF, NewsML 1.2, NewsML-G2, ninjs) fill the members from ``subtitle``
    on; the corpus readers leave them at their defaults. In a feed, ``title`` is the main
    headline, ``author`` the byline as printed, ``dateline`` the dateline element's text,
    ``paragraphs`` the body's paragraphs (without subheadings) and ``kind`` the item's type
    (``"ninat:text"``, ``"text"``).

    Attributes:
        title: The ``TITLE`` (Reuters-21578) or ``HEADLINE`` (AQUAINT, Gigaword) on one line:
            its lines joined with one space, white space trimmed; None when absent or blank.
        author: The ``AUTHOR`` line (Reuters-21578: ``"by Janie Doe, Reuters"``; the LDC's
            KBP and ERE XML) on one line; None when absent, and always for AQUAINT.
        dateline: The ``DATELINE`` element (Reuters-21578, Gigaword), trimmed
            (Gigaword's on one line)
            (``"SALVADOR, Feb 26 -"``); None when the markup has none, as in AQUAINT, which
            prints the dateline inside the first paragraph.
        paragraphs: The body's paragraphs, each trimmed, keeping its own line breaks.
            AQUAINT and Gigaword: one per non-blank ``P`` element, in order, without the blank
            lines a few ``P`` elements hold (in the text, blank lines separate paragraphs only).
            Reuters-21578, and an AQUAINT ``TEXT`` without ``P`` elements: the ``BODY`` (or
            ``TEXT``) split where a line is blank or starts with white space, the way 1980s and
            1990s wire copy indents each paragraph. A Reuters-21578 lead does not hold the
            dateline, which has its own element; an AQUAINT lead does.
        kind: The story type the markup gives: Reuters-21578 ``TEXT TYPE`` (``"NORM"``,
            ``"BRIEF"``, ``"UNPROC"``); Gigaword ``type`` (``"story"``, ``"multi"``,
            ``"advis"``, ``"other"``), else ``DOCTYPE`` (AQUAINT, TAC KBP, ACE: ``"NEWS
            STORY"``); None when the markup says nothing.
        extra: Text the markup leaves outside every element the reader knows, trimmed, one
            string per run between two tags: the ``Blah blah blah.`` of a Reuters-21578 brief,
            the byline and service notes between an AQUAINT ``HEADLINE`` and its ``TEXT``; the
            text of an element printed twice where the format prints it once (a second
            ``HEADLINE``, ``DOCNO`` or ``BODY``: an issue says so). It is not part of
            :attr:`Document.text`, but it is not lost either. In an agency feed: captions and
            other text outside the body.
        subtitle: The subheadline (NITF ``hl2`` in ``hedline``, NewsML ``SubHeadLine``,
            NewsML-G2 ``subheadline`` or a ``headline`` whose role is a subheadline's, ninjs
            ``subheadline`` or a ``headlines`` entry of role ``sub``).
        located: The place the story is from as the markup names it apart from the dateline
            (NewsML-G2 ``located``, ninjs ``located``).
        first_created: When the item was first created (NITF ``date.issue``, NewsML
            ``FirstCreated``, NewsML-G2 ``firstCreated``, ninjs ``firstcreated``); aware when
            the markup gives a zone.
        version_created: When this version was created (NewsML ``ThisRevisionCreated``,
            NewsML-G2 ``versionCreated``, ninjs ``versioncreated``).
        provider: The provider or agency (NITF ``doc.copyright`` holder or ``distributor``,
            NewsML ``ProviderId``, NewsML-G2 ``provider``, ninjs ``copyrightholder``).
        language: The language tag (``"en"``).
        keywords: Keywords and subject names, each once, in order.
        slug: The slugline (NITF ``du-key``, NewsML ``SlugLine``, NewsML-G2 ``slugline``,
            ninjs ``slugline``).
        headings: The body's subheadings as the markup gives them, in order.
        sign_off: The sign-off or tagline below the body (NITF ``body.end``), when there is one.
    """

    title: str | None
    author: str | None
    dateline: str | None
    paragraphs: tuple[str, ...]
    kind: str | None
    extra: tuple[str, ...]
    subtitle: str | None = None
    located: str | None = None
    first_created: datetime.datetime | None = None
    version_created: datetime.datetime | None = None
    provider: str | None = None
    language: str | None = None
    keywords: tuple[str, ...] = ()
    slug: str | None = None
    headings: tuple[str, ...] = ()
    sign_off: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """One story read from a corpus file.

    Attributes:
        id: The document's id as the markup gives it: ``NEWID`` for Reuters-21578 (``"1"``),
            ``DOCNO``, ``DOCID`` or the ``id`` attribute for the LDC's formats
            (``"XIE19960104.0100"``, ``"AFP_ENG_20070101.0001.LDC2009T13"``);
            None when the markup has none (an issue says so).
        date: The story's date from the container: Reuters-21578 ``DATE``; the LDC's
            ``DATE_TIME`` or ``DATETIME``, or the date in the id when that is missing,
            unreadable or more than a week away from it; None when there is no date at all (an
            issue says so).
        text: The plain text a reader of the story sees, the text handed to the parser. See
            :func:`reuters21578` and :func:`aquaint` for how each corpus's is laid out.
        type: The document's type as its markup gives it, as :attr:`Fields.kind`: the
            Gigaword ``type`` attribute (``"story"``, ``"multi"``, ``"advis"``, ``"other"``),
            the ``DOCTYPE`` of AQUAINT, TAC KBP and ACE (``"NEWS STORY"``), the Reuters-21578
            ``TEXT TYPE`` (``"NORM"``, ``"BRIEF"``, ``"UNPROC"``); None when it gives none.
        fields: The story's own markup: ground truth for the parse.
        article: ``text`` parsed with :func:`wireparse.parse`, with ``date`` as the reference
            date; None when the reader was asked not to parse.
        source: The file's name, or ``"<stream>"``.
        line: The 1-based line of the file where the document opens.
        issues: What was wrong with the document's markup, in the order found; empty for a
            well-formed document.
    """

    id: str | None
    date: datetime.date | None
    type: str | None
    text: str
    fields: Fields
    article: Article | None
    source: str
    line: int
    issues: tuple[Issue, ...]
