"""LDC newswire in SGML or XML, ``<DOC>`` elements, one or many to a file: every variant.

One schema reads them all, since they share the ``<DOC>`` root and differ only in which of a
few elements each prints (all shapes below are the LDC's published ones; the examples are
written for this module):

- AQUAINT (LDC2002T31): ``<DOCNO>``, ``<DOCTYPE>``, ``<DATE_TIME>``, ``<BODY>`` holding
  ``<HEADLINE>`` and ``<TEXT>``/``<P>``; the dateline opens the first ``P``.
- English and Chinese Gigaword, editions 1 to 5: ``<DOC id="AFP_ENG_20050101.0001"
  type="story">`` (``type`` one of story, multi, advis, other), ``<HEADLINE>``, ``<DATELINE>``,
  ``<TEXT>``/``<P>``.
- TAC KBP source documents (2009-2011): ``<DOCID>``, ``<DOCTYPE SOURCE="newswire">``,
  ``<DATETIME>``, ``<BODY>`` holding ``<HEADLINE>`` and ``<TEXT>``/``<P>``.
- The LDC XML of later KBP and ERE releases: ``<DOC id="...">``, ``<DATE_TIME>``,
  ``<HEADLINE>``, ``<AUTHOR>``, ``<TEXT>`` holding the story as sent, blank lines between
  its paragraphs and often its headline again on the first line.
- ACE 2005 ``.sgm``: ``<DOCID>``, ``<DOCTYPE>``, ``<DATETIME>``, ``<BODY>`` holding
  ``<HEADLINE>`` and a ``<TEXT>`` of paragraphs between blank lines, or of ``<TURN>`` elements
  (``<SPEAKER>`` first) in broadcast copy, ``<POST>`` elements (``<POSTER>``, ``<POSTDATE>``) in
  web logs.
"""

from __future__ import annotations

import datetime

import regex

from ._records import Fields, Issue
from ._sgml import (
    RawDocument,
    Schema,
    decode,
    indented_paragraphs,
    one_line,
    trim_blank_lines,
    trimmed,
)

SCHEMA = Schema(
    root="DOC",
    captured=frozenset(
        {
            *("DOCNO", "DOCID", "DOCTYPE", "DATE_TIME", "DATETIME"),
            *("HEADLINE", "DATELINE", "AUTHOR", "P"),
        }
    ),
    containers=frozenset({"BODY", "TEXT"}),
    skipped=frozenset(
        {"HEADER", "SLUG", "TRAILER", "CATEGORY", "ANNOTATION", "KEYWORD", "ENDTIME", "END_TIME"}
    ),
    transparent=frozenset({"TURN", "SPEAKER", "POST", "POSTER", "POSTDATE", "SUBJECT"}),
)

# Matches an ISO DATE_TIME: "1998-06-02 18:49", "1996-01-04", "1998-06-02T18:49:00".
ISO_DATE = regex.compile(
    r"""
    \s*+ (?P<year> [0-9]{4}+ ) - (?P<month> [0-9]{1,2}+ ) - (?P<day> [0-9]{1,2}+ ) (?! [0-9] )
    """,
    regex.VERBOSE,
)

# Matches a US DATE_TIME, month first: "06/04/1998 09:18:00".
US_DATE = regex.compile(
    r"""
    \s*+ (?P<month> [0-9]{1,2}+ ) / (?P<day> [0-9]{1,2}+ ) / (?P<year> [0-9]{4}+ ) (?! [0-9] )
    """,
    regex.VERBOSE,
)

# Matches a compact DATETIME, as some ACE sources print it: "20030304", "20030304.1110". A run
# of white space is entered at its start only, so that a search runs in linear time.
COMPACT_DATE = regex.compile(
    r"""
    (?<! \s ) \s*+
    (?P<year> (?: 19 | 20 ) [0-9]{2} ) (?P<month> [0-9]{2} ) (?P<day> [0-9]{2} ) (?! [0-9] )
    """,
    regex.VERBOSE,
)

# Finds the date in an LDC document id: "APW19980601.0348", "AFP_ENG_19940512.0004".
ID_DATE = regex.compile(
    r"""
    (?<! [0-9] ) (?P<year> (?: 19 | 20 ) [0-9]{2} ) (?P<month> [0-9]{2} ) (?P<day> [0-9]{2} )
    (?= \. [0-9] )
    """,
    regex.VERBOSE,
)

TOLERANCE = datetime.timedelta(days=7)
"""How far ``DATE_TIME`` may stray from the id's date and still be believed."""


def _date(match: regex.Match[str] | None) -> datetime.date | None:
    if match is None:
        return None
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def parse_date(date_time: str | None, document_id: str | None) -> datetime.date | None:
    """Read the document's date from ``DATE_TIME``, checked against the date in its id.

    ``DATE_TIME`` (or ``DATETIME``) wins when it is readable (ISO, month first with slashes,
    or ``YYYYMMDD``) and within
    :data:`TOLERANCE` of the id's date, since a story filed late in the evening gets the next
    day's id. Otherwise the id's date is used: some AP ``DATE_TIME`` values swap day and month
    (``1998-14-06`` in ``APW19980614.0676``).
    """
    stamped = None
    if date_time is not None:
        stamped = (
            _date(ISO_DATE.match(date_time))
            or _date(US_DATE.match(date_time))
            or _date(COMPACT_DATE.match(date_time))
        )
    from_id = _date(ID_DATE.search(document_id)) if document_id is not None else None
    if stamped is not None and (from_id is None or abs(stamped - from_id) <= TOLERANCE):
        return stamped
    return from_id


def _one_of(raw: RawDocument, names: tuple[str, ...], extra: list[str]) -> str | None:
    """The first of the elements ``names`` (which variants spell differently) the document has;
    a second one is kept in ``extra``, with an issue (see :meth:`RawDocument.single`)."""
    found = [text for text in (raw.single(name, extra) for name in names) if text is not None]
    spelled = " and ".join(f"<{name}>" for name in names)
    for text in found[1:]:
        message = f"the document has both {spelled}: the second is kept in the fields' extra"
        raw.issues.append(Issue(line=raw.line, message=message))
        extra.append(trimmed(decode(text)))
    return found[0] if found else None


def document_parts(raw: RawDocument) -> tuple[str | None, datetime.date | None, str, Fields]:
    """Turn a ``<DOC>`` element into its id, date, plain text and fields.

    Problems with the markup are added to ``raw.issues``. An element the formats print once
    (id, date, type, headline, dateline, author) that comes twice keeps its first occurrence;
    the text of the others goes to :attr:`Fields.extra`, with an issue.
    """
    issues = raw.issues
    extra: list[str] = []
    docno = _one_of(raw, ("DOCNO", "DOCID"), extra)
    document_id = (docno.strip() if docno is not None else None) or raw.attributes.get("ID")
    if not document_id:
        document_id = None
        issues.append(
            Issue(line=raw.line, message="the document has no <DOCNO>, no <DOCID> and no id")
        )
    date_time = _one_of(raw, ("DATE_TIME", "DATETIME"), extra)
    date = parse_date(date_time, document_id)
    if date is None:
        issues.append(Issue(line=raw.line, message="the document has no readable date"))

    doctype = raw.single("DOCTYPE", extra)
    kind = raw.attributes.get("TYPE") or (doctype.strip() if doctype is not None else None)
    headline = raw.single("HEADLINE", extra)
    title = one_line(decode(headline)) if headline is not None else None
    dateline_text = raw.single("DATELINE", extra)
    dateline = one_line(decode(dateline_text)) if dateline_text is not None else None
    author_text = raw.single("AUTHOR", extra)
    author = one_line(decode(author_text)) if author_text is not None else None

    extra += [trimmed(decode(run)) for run in raw.own_text(SCHEMA.root) + raw.own_text("BODY")]
    has_text = "TEXT" in raw.element_attributes
    if not has_text:
        issues.append(Issue(line=raw.line, message="the document has no <TEXT>"))
    if "P" in raw.captured:
        paragraphs = tuple(p for p in (trimmed(decode(t)) for t in raw.texts("P")) if p)
        body = "\n\n".join(paragraphs)
        extra += [trimmed(decode(run)) for run in raw.own_text("TEXT")]
    else:  # paragraphs marked by blank lines or by indentation, as on the wire
        body = trim_blank_lines(decode("".join(raw.own_text("TEXT"))))
        paragraphs = indented_paragraphs(body)
        if title is not None and paragraphs and one_line(paragraphs[0]) == title:
            # The story as sent, its headline first (KBP and ERE XML): the text is the story.
            title = None
            paragraphs = paragraphs[1:]
    if dateline is not None and not body.lstrip().startswith(dateline):
        body = dateline + "\n" + body if body else dateline

    text = "\n\n".join(part for part in (title, body) if part)
    fields = Fields(
        title=one_line(decode(headline)) if headline is not None else None,
        author=author,
        dateline=dateline,
        paragraphs=paragraphs,
        kind=kind or None,
        extra=tuple(run for run in extra if run),
    )
    return document_id, date, text + "\n" if text else "", fields
