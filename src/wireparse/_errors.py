"""The exceptions wireparse raises, and the one place that decides to record or raise a defect."""

from __future__ import annotations

from ._models import Article, Defect
from ._text import line_column


class WireparseError(ValueError):
    """The base of every exception wireparse raises about its input.

    Catch it to handle any input wireparse refuses in strict mode, a story's defect
    (:class:`ParseError`) or a corpus file's markup (:class:`~wireparse.readers.CorpusError`)
    alike. It is a :class:`ValueError`, as both were before it.

    >>> import wireparse
    >>> try:
    ...     wireparse.parse("Rain fell.", strict=True)
    ... except wireparse.WireparseError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError))
    ParseError True
    """


class ParseError(WireparseError):
    """A defect found while parsing in strict mode.

    Attributes:
        defect: The defect that stopped the parse.
        line: The 1-based line of the input where it is (of the whole source, for a story
            read by :func:`~wireparse.iter_articles`).
        column: The 1-based column (in characters) where it is.
    """

    def __init__(self, defect: Defect, line: int, column: int) -> None:
        super().__init__(f"line {line}, column {column}: {defect.message} [{defect.code.value}]")
        self.defect = defect
        self.line = line
        self.column = column


def check(article: Article, *, strict: bool) -> Article:
    """Return ``article``; in strict mode, raise its first defect instead, if it has one.

    Raises:
        ParseError: ``strict`` is true and the article has a defect.
    """
    if strict and article.defects:
        defect = article.defects[0]
        raise ParseError(defect, *locate(article, defect))
    return article


def locate(article: Article, defect: Defect) -> tuple[int, int]:
    """Where ``defect`` of ``article`` starts: its 1-based line in the source (the whole dump,
    for a story read from one) and its 1-based column."""
    line, column = line_column(article.text, defect.span[0])
    return line + article.start_line - 1, column
