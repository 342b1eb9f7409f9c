"""Coverage-guided fuzzing of ``wireparse.parse`` and ``wireparse.iter_articles`` with atheris.

Run it with the Python that has wireparse and atheris installed (``pip install atheris``),
from the repository root; the first folder collects the inputs found, the others seed it::

    mkdir -p /tmp/wireparse-corpus
    python fuzz/fuzz_wireparse.py /tmp/wireparse-corpus tests/fixtures examples \\
        -dict=fuzz/wireparse.dict -max_len=4096 -max_total_time=600

Every input is checked twice:

* as text (the bytes read as UTF-8, undecodable bytes kept as lone surrogates), by ``parse``:
  the lenient parse never raises; every span lies within the text, the spans are sorted and
  disjoint and every character that is not white space lies in one; the strict parse raises
  ``ParseError`` exactly when the lenient one records a defect, naming its first defect, and
  returns the same article otherwise;
* as bytes, by ``iter_articles``: it never raises, and the non-blank lines of the input, decoded
  as the library decodes them, are exactly the non-blank lines of the articles' texts, in order:
  no line is lost, none is read twice.

A failing input is written to ``crash-*`` in the current folder; replay it with
``python fuzz/fuzz_wireparse.py crash-...``.
"""

from __future__ import annotations

import io
import re
import sys

import atheris

with atheris.instrument_imports():
    import wireparse
    from wireparse import ParseError
    from wireparse._text import SPACE

LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""A line break as the layout counts them."""

BYTE_LINE = re.compile(rb"[^\r\n]*+(?:\r\n|\r|\n)?+")
"""A line of bytes with its break: how the stream reader cuts undecodable text into pieces."""


def check_parse(text: str) -> None:
    """The lenient parse never raises, its spans cover the text; strict raises iff defects."""
    article = wireparse.parse(text)
    assert article.text == text
    previous = 0
    covered = [False] * len(text)
    for label, (start, end) in article.spans():
        assert 0 <= start <= end <= len(text), (label, start, end)
        assert start >= previous, f"{label} {(start, end)} overlaps the span before it"
        previous = end
        covered[start:end] = [True] * (end - start)
    missed = [i for i, char in enumerate(text) if char not in SPACE and not covered[i]]
    assert not missed, f"characters in no span at {missed[:10]}"
    try:
        strict = wireparse.parse(text, strict=True)
    except ParseError as error:
        assert article.defects, "strict raised on a story without defects"
        assert error.defect == article.defects[0]  # noqa: PT017 - no pytest here
    else:
        assert not article.defects, "strict did not raise on a story with defects"
        assert strict == article


def decoded(data: bytes) -> str:
    """``data`` decoded as the stream reader decodes it: line by line, UTF-8 or else cp1252
    or Latin-1, a leading byte order mark dropped."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    pieces = []
    for match in BYTE_LINE.finditer(data):
        piece = match.group()
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                pieces.append(piece.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
    return "".join(pieces)


def visible_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold more than white space, without their breaks and the
    white space that ends them (a story's text ends where its last line's text ends)."""
    return [line.rstrip(SPACE) for line in LINE_BREAK.split(text) if line.strip(SPACE)]


def check_stream(data: bytes) -> None:
    """iter_articles never raises on bytes and puts every visible line in exactly one story."""
    articles = list(wireparse.iter_articles(io.BytesIO(data)))
    read = [line for article in articles for line in visible_lines(article.text)]
    assert read == visible_lines(decoded(data)), "lines lost, added or moved between stories"
    starts = [article.start_line for article in articles]
    assert starts == sorted(starts), f"stories out of order: {starts}"


def test_one_input(data: bytes) -> None:
    """The entry point libFuzzer calls with each input."""
    check_parse(data.decode("utf-8", "surrogateescape"))
    check_stream(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
