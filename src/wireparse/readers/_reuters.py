"""Reuters-21578: 1987 Reuters wire stories in SGML, ``<REUTERS>`` elements in ``reut2-*.sgm``."""

from __future__ import annotations

import datetime

import regex

from ..dialects import ENGLISH_MONTHS
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
    root="REUTERS",
    captured=frozenset({"DATE", "TITLE", "AUTHOR", "DATELINE", "BODY"}),
    containers=frozenset({"TEXT"}),
    skipped=frozenset(
        {"TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES", "UNKNOWN", "MKNOTE"}
    ),
    transparent=frozenset({"D"}),  # the items of the lists above
)

# Matches a DATE: " 26-FEB-1987 15:01:01.79", "5-MAR-1987 09:12:56.11\t\t\tF" (some dates
# carry desk codes after the time, which are ignored). The month is English, in any case.
DATE = regex.compile(
    r"""
    \s*+ (?P<day> [0-9]{1,2}+ ) - (?P<month> [A-Za-z]{3}+ ) - (?P<year> [0-9]{4}+ ) (?! [0-9] )
    """,
    regex.VERBOSE,
)


def parse_date(text: str) -> datetime.date | None:
    """Read a Reuters-21578 ``DATE`` such as ``26-FEB-1987 15:01:01.79``; None if it is none."""
    match = DATE.match(text)
    if match is None:
        return None
    month = ENGLISH_MONTHS.get(match.group("month").capitalize())
    if month is None:
        return None
    try:
        return datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def document_parts(raw: RawDocument) -> tuple[str | None, datetime.date | None, str, Fields]:
    """Turn a ``<REUTERS>`` element into its id, date, plain text and fields.

    Problems with the markup are added to ``raw.issues``. An element printed once a story
    (``DATE``, ``TITLE``, ``AUTHOR``, ``DATELINE``, ``BODY``) that comes twice keeps its first
    occurrence; the text of the others goes to :attr:`Fields.extra`, with an issue.
    """
    issues = raw.issues
    kept: list[str] = []
    document_id = raw.attributes.get("NEWID")
    if document_id is None:
        issues.append(Issue(line=raw.line, message="the <REUTERS> tag has no NEWID attribute"))
    date_text = raw.single("DATE", kept)
    date = parse_date(date_text) if date_text is not None else None
    if date is None:
        what = "no <DATE>" if date_text is None else f"an unreadable <DATE> {date_text.strip()!r}"
        issues.append(Issue(line=raw.line, message=f"the document has {what}"))

    has_text = "TEXT" in raw.element_attributes
    kind = raw.element_attributes["TEXT"].get("TYPE", "NORM") if has_text else None
    if not has_text:
        issues.append(Issue(line=raw.line, message="the document has no <TEXT>"))

    title_text = raw.single("TITLE", kept)
    title = one_line(decode(title_text)) if title_text is not None else None
    author_text = raw.single("AUTHOR", kept)
    author_line = decode(author_text).rstrip() if author_text is not None else ""
    dateline_text = raw.single("DATELINE", kept)
    dateline = decode(dateline_text) if dateline_text is not None else None
    body_text = raw.single("BODY", kept)
    body = decode(body_text) if body_text is not None else None
    own = [decode(run) for run in raw.own_text("TEXT")]

    if title is None and dateline is None and body is None:
        # An UNPROC story: the text is the element's own, untagged.
        story = trim_blank_lines("".join(own))
        paragraphs = indented_paragraphs(story)
        extra: list[str] = []
    else:
        if kind == "NORM" and body is None:
            issues.append(Issue(line=raw.line, message="the <TEXT> has no <BODY>"))
        lead = (author_line + "\n" if author_line.strip() else "") + (dateline or "") + (body or "")
        story = trim_blank_lines(lead)
        paragraphs = indented_paragraphs(body) if body is not None else ()
        extra = [trimmed(run) for run in own]
    extra += [trimmed(decode(run)) for run in raw.own_text(SCHEMA.root)]
    extra += kept

    text = "\n\n".join(part for part in (title, story) if part)
    fields = Fields(
        title=title,
        author=author_line.strip() or None,
        dateline=(dateline.strip() or None) if dateline is not None else None,
        paragraphs=paragraphs,
        kind=kind,
        extra=tuple(run for run in extra if run),
    )
    return document_id, date, text + "\n" if text else "", fields
