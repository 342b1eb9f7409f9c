"""A story read from a source, and the one step that turns it into an article.

Every reader ends here: :func:`wireparse.parse`, :func:`~wireparse.iter_articles`, the corpus
readers and each worker of ``wireparse parse`` hand a :class:`Story` to :func:`read`, so that
the same text gives the same article whichever way it came in.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, NamedTuple

from . import dialects
from ._errors import check
from ._models import Article, Defect
from .dialects import Dialect

if TYPE_CHECKING:
    from ._parser import Parser


class DocumentKeys(NamedTuple):
    """What a corpus document's markup says of it, beside its text: written with its article.

    Attributes:
        id: The document's id (see :attr:`wireparse.readers.Document.id`), or None.
        date: The document's date, or None.
        type: The document's type (see :attr:`wireparse.readers.Document.type`), or None.
    """

    id: str | None
    date: datetime.date | None
    type: str | None


class Story(NamedTuple):
    """The raw text of one story, before parsing, and what its reader knows of it.

    Attributes:
        text: The story, from the start of its first non-blank line to the end of its last.
        start_line: The 1-based line of the source where it starts.
        defects: What was found while reading it (bytes that were not UTF-8, a source cut
            short), spans in ``text``.
        reference_date: The date its container gives it (a corpus document's), which resolves
            dateline dates when the story prints no publication date; or None.
        document: The id, date and type of the corpus document the story is; None for a
            story that is no corpus document (copy as the wire sent it).
        dialect: The name of the dialect its container says it is written in (an agency
            feed's provider), used when the caller names none; or None to detect it.
    """

    text: str
    start_line: int = 1
    defects: tuple[Defect, ...] = ()
    reference_date: datetime.date | None = None
    document: DocumentKeys | None = None
    dialect: str | None = None

    def __repr__(self) -> str:
        return f"Story(start_line={self.start_line}, text={self.text[:40]!r})"


def read(
    story: Story,
    parser: Parser,
    *,
    dialect: Dialect | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
) -> Article:
    """Parse ``story`` with ``parser``: in ``dialect``, or the one its container names, or
    the one detected in its text.

    ``reference_date`` serves when the story's own is None.

    Raises:
        ParseError: ``strict`` is true and the article has a defect.
    """
    chosen = dialect if dialect is not None else _named(story.dialect)
    if chosen is None:
        chosen = dialects.detect(story.text)
    article = parser._read(
        story.text,
        chosen,
        story.reference_date if story.reference_date is not None else reference_date,
        start_line=story.start_line,
        defects=story.defects,
    )
    return check(article, strict=strict)


def _named(name: str | None) -> Dialect | None:
    """The registered dialect ``name``, or None when it is None or not registered here."""
    if name is None:
        return None
    try:
        return dialects.get(name)
    except KeyError:
        return None
