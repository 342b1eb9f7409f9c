"""AQUAINT and Gigaword: LDC news text in SGML, ``<DOC>`` elements, one or many to a file."""

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
    captured=frozenset({"DOCNO", "DOCTYPE", "DATE_TIME", "HEADLINE", "DATELINE", "P"}),
    containers=frozenset({"BODY", "TEXT"}),
    skipped=frozenset({"HEADER", "SLUG", "TRAILER", "CATEGORY", "ANNOTATION", "KEYWORD"}),
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

    ``DATE_TIME`` wins when it is readable (ISO, or month first with slashes) and within
    :data:`TOLERANCE` of the id's date, since a story filed late in the evening gets the next
    day's id. Otherwise the id's date is used: some AP ``DATE_TIME`` values swap day and month
    (``1998-14-06`` in ``APW19980614.0676``).
    """
    stamped = None
    if date_time is not None:
        stamped = _date(ISO_DATE.match(date_time)) or _date(US_DATE.match(date_time))
    from_id = _date(ID_DATE.search(document_id)) if document_id is not None else None
    if stamped is not None and (from_id is None or abs(stamped - from_id) <= TOLERANCE):
        return stamped
    return from_id


def document_parts(raw: RawDocument) -> tuple[str | None, datetime.date | None, str, Fields]:
    """Turn a ``<DOC>`` element into its id, date, plain text and fields.

    Problems with the markup are added to ``raw.issues``.
    """
    issues = raw.issues
    docno = raw.first("DOCNO")
    document_id = (docno.strip() if docno is not None else None) or raw.attributes.get("ID")
    if not document_id:
        document_id = None
        issues.append(Issue(line=raw.line, message="the document has no <DOCNO> and no id"))
    date_time = raw.first("DATE_TIME")
    date = parse_date(date_time, document_id)
    if date is None:
        issues.append(Issue(line=raw.line, message="the document has no readable date"))

    doctype = raw.first("DOCTYPE")
    kind = raw.attributes.get("TYPE") or (doctype.strip() if doctype is not None else None)
    headline = raw.first("HEADLINE")
    title = one_line(decode(headline)) if headline is not None else None
    dateline_text = raw.first("DATELINE")
    dateline = one_line(decode(dateline_text)) if dateline_text is not None else None

    extra = [trimmed(decode(run)) for run in raw.own_text(SCHEMA.root) + raw.own_text("BODY")]
    has_text = "TEXT" in raw.element_attributes
    if not has_text:
        issues.append(Issue(line=raw.line, message="the document has no <TEXT>"))
    if "P" in raw.captured:
        paragraphs = tuple(p for p in (trimmed(decode(t)) for t in raw.texts("P")) if p)
        body = "\n\n".join(paragraphs)
        extra += [trimmed(decode(run)) for run in raw.own_text("TEXT")]
    else:  # paragraphs marked only by indentation, as on the wire
        body = trim_blank_lines(decode("".join(raw.own_text("TEXT"))))
        paragraphs = indented_paragraphs(body)
    if dateline is not None and not body.lstrip().startswith(dateline):
        body = dateline + "\n" + body if body else dateline

    text = "\n\n".join(part for part in (title, body) if part)
    fields = Fields(
        title=title,
        author=None,
        dateline=dateline,
        paragraphs=paragraphs,
        kind=kind or None,
        extra=tuple(run for run in extra if run),
    )
    return document_id, date, text + "\n" if text else "", fields
