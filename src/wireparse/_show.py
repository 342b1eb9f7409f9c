"""See a parse: a story as an HTML page with each element's span highlighted and labelled.

The page is self-contained (inline CSS, no script, no external resource). The story is printed
once, in order, inside ``<pre id="story">``; elements are ``<span>`` wrappers around their spans,
and their labels are drawn by CSS from ``data-label`` attributes, so that the text content of
the story element is the input, character for character.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterator, Sequence

import attrs
import regex

from . import dialects
from ._models import Article, Dateline, DefectCode, Span
from ._text import line_column, line_starts

# Matches one character that must not go into the page as is: the markup characters & < >,
# and characters that are invisible or that an HTML parser would change (a carriage return
# becomes a line feed): control, format, private-use and unassigned characters, and every space
# and separator but the plain space. Tab and line feed are left alone.
_SPECIAL = regex.compile(
    r"""
    [&<>]
  | (?! [\t\n\x20] ) [\p{C}\p{Z}]
    """,
    regex.VERBOSE,
)

_MARKUP = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}

# What a special character is shown as: its usual abbreviation, or its code point.
_ABBREVIATIONS = {
    "\x00": "NUL",
    "\r": "CR",
    "\x0b": "VT",
    "\x0c": "FF",
    "\x1c": "FS",
    "\x1d": "GS",
    "\x1e": "RS",
    "\x1f": "US",
    "\x85": "NEL",
    "\xa0": "NBSP",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u2028": "LS",
    "\u2029": "PS",
    "\u202f": "NNBSP",
    "\u2060": "WJ",
    "\u3000": "IDSP",
    "\ufeff": "BOM",
}

# What each kind of highlight means, in the order of the legend: (class, label, meaning).
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("id", "id", "an id line opening or closing the story in a corpus dump"),
    ("headline", "headline", "the headline line"),
    ("kicker", "kicker", "a known kicker leading the headline"),
    ("title", "title", "the headline after its kicker"),
    ("meta", "meta", "a source line or a publication-date line"),
    ("dateline", "dateline", "the dateline opening the body, separator included"),
    ("location", "location", "the dateline's place"),
    ("date", "date", "the dateline's date"),
    ("agency", "agency", "the agency in the dateline's tag"),
    ("section", "section", "a section: the lead one, then one per subheading"),
    ("heading", "heading", "an ALL-CAPS subheading"),
    ("paragraph", "paragraph", "a paragraph of the body"),
    ("terminator", "terminator", "the end-of-story mark"),
    ("furniture", "furniture", "page furniture: breadcrumb, caption, byline, editor line"),
    ("unknown", "unknown-line", "a line no rule could place (a defect)"),
    ("defect", "defect", "a defect: where something odd is, or where something is missing"),
    ("other", "other", "an element of another kind, labelled with its name"),
    ("ch", "NBSP", "an invisible or control character, shown by its name"),
)
"""The highlights of a page: ``(css class, label, meaning)`` in the order of the legend."""

# The labels of Article.spans() that _pieces draws with their own colours.
_DRAWN = frozenset(
    [
        "id",
        "headline",
        "meta",
        "furniture",
        "dateline",
        "heading",
        "paragraph",
        "terminator",
        "defect",
    ]
)

# Nesting of pieces with equal spans: a section holds its elements, an element its parts, and
# a defect is innermost.
_SECTION, _ELEMENT, _PART, _DEFECT = range(4)


@attrs.frozen(kw_only=True)
class _Piece:
    """A labelled span of the story: one ``<span>`` of the page."""

    start: int
    end: int
    rank: int
    css: str
    label: str
    title: str
    anchor: str | None = None


def render_html(article: Article, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing how ``article`` was read.

    The story is printed once, in order, with every element's span highlighted and labelled:
    id markers, the headline and its kicker, source and date lines, the dateline and its
    location, date and agency, sections with their headings and paragraphs, the terminator,
    furniture and defects (an empty-span defect, such as a missing terminator, is a mark where
    the element was expected). Invisible and control characters are shown by name. A legend,
    a summary table and the list of defects follow the story. The page has inline CSS only:
    no script and no external resource.

    The text content of the page's ``<pre id="story">`` element is ``article.text``, character
    for character (a carriage return is written as ``&#13;`` so that an HTML parser keeps it).

    Args:
        article: The parsed story.
        title: The page's title; by default the headline, or ``"wireparse"`` without one.

    Returns:
        The page, as a ``str`` to be written out as UTF-8.

    Example:
        >>> import wireparse
        >>> article = wireparse.parse("Rain\\n\\nBEIJING (Xinhua) -- Rain fell.")
        >>> page = wireparse.render_html(article)
        >>> page.startswith("<!DOCTYPE html>"), 'data-label="dateline"' in page
        (True, True)
    """
    if not isinstance(article, Article):
        raise TypeError(f"render_html() expects an Article, not {type(article).__name__}")
    if title is None:
        title = article.headline.text if article.headline is not None else "wireparse"
    return "".join(
        (
            _head(title),
            f"<header><h1>{_text(title)}</h1>\n<p>{_about(article)}</p></header>\n<main>\n",
            *_story_element(article, 'id="story"', ""),
            "<aside>\n",
            *_legend(),
            *_facts(article, ""),
            "</aside>\n</main>\n</body>\n</html>\n",
        )
    )


def _render_stories(articles: Sequence[Article], *, title: str) -> str:
    """Return one self-contained HTML page showing how each of ``articles`` was read, in turn.

    Each story is drawn as :func:`render_html` draws one, in a section of its own with its
    summary and defects, inside ``<pre class="story" data-story="N">`` (N counting from 1),
    whose text content is that article's text, character for character. The legend comes once,
    first. A list of the stories links to each.

    Args:
        articles: The parsed stories, in the order of their source.
        title: The page's title, such as the name of the file read.
    """
    parts = [
        _head(title),
        f"<header><h1>{_text(title)}</h1>\n<p>{len(articles):,} stories.</p></header>\n",
        "<nav>\n",
        *_legend(),
        "<h2>Stories</h2>\n<ol>\n",
    ]
    for number, article in enumerate(articles, 1):
        parts.append(f'<li><a href="#story-{number}">{_text(_name(article, number))}</a></li>\n')
    parts.append("</ol>\n</nav>\n")
    for number, article in enumerate(articles, 1):
        prefix = f"story-{number}-"
        parts += [
            f'<section id="story-{number}">\n<h2>{number}. {_text(_name(article, number))}</h2>\n',
            f"<p>Line {article.start_line:,} of the source. {_about(article)}</p>\n<main>\n",
            *_story_element(article, f'class="story" data-story="{number}"', prefix),
            "<aside>\n",
            *_facts(article, prefix),
            "</aside>\n</main>\n</section>\n",
        ]
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def _name(article: Article, number: int) -> str:
    return article.headline.text if article.headline is not None else f"story {number}"


def _head(title: str) -> str:
    """The page's start, up to and with ``<body>``."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="wireparse">\n'
        f"<title>{_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
    )


def _about(article: Article) -> str:
    """One sentence on a story: its dialect, its length and its defects, as HTML."""
    defects = "defect." if len(article.defects) == 1 else "defects."
    return (
        f"Read with the <code>{_text(article.dialect)}</code> dialect: "
        f"{len(article.text):,} characters, {len(article.defects)} {defects}"
    )


def _story_element(article: Article, attributes: str, prefix: str) -> Iterator[str]:
    """The story's ``<pre>``: its text, each piece labelled; ``prefix`` starts its anchors."""
    language = _language(article.dialect)
    lang = f' lang="{_attr(language)}"' if language else ""
    yield f"<pre {attributes}{lang}><code>"
    yield from _story(article, prefix)
    yield "</code></pre>\n"


def _legend() -> Iterator[str]:
    yield '<h2>Legend</h2>\n<ul class="legend">\n'
    for css, label, meaning in LEGEND:
        yield f'<li><span class="{css}" data-label="{label}"></span> {_text(meaning)}</li>\n'
    yield "</ul>\n"


def _facts(article: Article, prefix: str) -> Iterator[str]:
    """The summary table and the list of defects of one story."""
    yield "<h2>Summary</h2>\n<table>\n"
    for name, value in _summary(article):
        yield f"<tr><th>{name}</th><td>{value}</td></tr>\n"
    yield "</table>\n"
    yield from _defect_list(article, prefix)


def _language(name: str) -> str | None:
    """The language of the dialect called ``name``, when it is registered."""
    try:
        return dialects.get(name).language
    except KeyError:
        return None


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


# -- The story ----------------------------------------------------------------------------------


def _story(article: Article, prefix: str) -> Iterator[str]:
    """The story's text as HTML, its pieces wrapped in labelled spans, properly nested."""
    text = article.text
    pieces = sorted(_pieces(article, prefix), key=lambda p: (p.start, -p.end, p.rank))
    cursor = 0
    open_ends: list[int] = []
    for piece in pieces:
        start = min(max(piece.start, 0), len(text))
        end = min(max(piece.end, start), len(text))
        while open_ends and open_ends[-1] <= start:
            yield from _characters(text, cursor, open_ends[-1])
            cursor = open_ends.pop()
            yield "</span>"
        # Spans of a well-formed article nest; clip one that does not, so the page still does.
        if open_ends:
            end = min(end, open_ends[-1])
        start = max(start, cursor)
        end = max(end, start)
        yield from _characters(text, cursor, start)
        cursor = start
        anchor = f' id="{piece.anchor}"' if piece.anchor else ""
        yield (
            f'<span class="{piece.css}" data-label="{_attr(piece.label)}"'
            f' title="{_attr(piece.title)}"{anchor}>'
        )
        if start == end:
            yield "</span>"
        else:
            open_ends.append(end)
    while open_ends:
        yield from _characters(text, cursor, open_ends[-1])
        cursor = open_ends.pop()
        yield "</span>"
    yield from _characters(text, cursor, len(text))


def _characters(text: str, start: int, end: int) -> Iterator[str]:
    """``text[start:end]`` as HTML: markup escaped, special characters wrapped and named."""
    pos = start
    for match in _SPECIAL.finditer(text, start, end):
        yield text[pos : match.start()]
        char = match.group()
        pos = match.end()
        if char in _MARKUP:
            yield _MARKUP[char]
            continue
        name = unicodedata.name(char, "")
        point = f"U+{ord(char):04X}"
        shown = _ABBREVIATIONS.get(char, point)
        raw = "&#13;" if char == "\r" else char
        title = f"{point} {name}".rstrip()
        yield f'<span class="ch" data-label="{shown}" title="{title}">{raw}</span>'
        if char == "\r" and text[pos : pos + 1] != "\n":
            yield "<br>"  # a lone carriage return ends a line, as it does for the parser
    yield text[pos:end]


def _pieces(article: Article, prefix: str) -> Iterator[_Piece]:
    """Every labelled span of ``article``: elements, their parts, sections and defects (each
    defect anchored as ``{prefix}defect-N``)."""
    text = article.text
    ids = article.id_markers
    if ids is not None:
        for which, value, span in (
            ("start", ids.start, ids.start_span),
            ("end", ids.end, ids.end_span),
        ):
            if span is not None:
                yield _element("id", f"id ({which})", span, f"id marker {value}")
    if article.headline is not None:
        headline = article.headline
        yield _element("headline", "headline", headline.span, headline.text)
        start, end = headline.span
        if headline.kicker is not None and text.startswith(headline.kicker, start):
            kicker_end = start + len(headline.kicker)
            yield _part("kicker", (start, kicker_end), headline.kicker)
            title_start = end - len(headline.title)
            if title_start >= kicker_end and text.startswith(headline.title, title_start):
                yield _part("title", (title_start, end), headline.title)
    for meta in article.meta_lines:
        yield _element("meta", f"meta: {meta.kind}", meta.span, meta.text)
    for furniture in article.furniture:
        yield _element("furniture", f"furniture: {furniture.kind}", furniture.span, furniture.text)
    if article.dateline is not None:
        yield from _dateline(text, article.dateline)
    for number, section in enumerate(article.sections, 1):
        heading = section.heading
        name = "lead section" if heading is None else heading.text
        yield _Piece(
            start=section.span[0],
            end=section.span[1],
            rank=_SECTION,
            css="section",
            label=f"section {number}",
            title=f"section {number}: {name} {_where(section.span)}",
        )
        if heading is not None:
            yield _element("heading", "heading", heading.span, heading.text)
    for number, paragraph in enumerate(article.paragraphs, 1):
        yield _element("paragraph", f"paragraph {number}", paragraph.span, paragraph.text[:80])
    if article.terminator is not None:
        yield _element("terminator", "terminator", article.terminator.span, article.terminator.text)
    for label, span in article.spans():
        if label not in _DRAWN:  # an element this page has no colour of its own for
            yield _element("other", label, span, text[span[0] : span[1]][:80])
    for number, defect in enumerate(article.defects, 1):
        unknown = defect.code is DefectCode.UNKNOWN_LINE
        yield _Piece(
            start=defect.span[0],
            end=defect.span[1],
            rank=_ELEMENT if unknown else _DEFECT,
            css="unknown" if unknown else "defect",
            label=defect.code.value,
            title=f"{defect.code.value}: {defect.message} {_where(defect.span)}",
            anchor=f"{prefix}defect-{number}",
        )


def _dateline(text: str, dateline: Dateline) -> Iterator[_Piece]:
    """The dateline, and its location, date and agency where they were read."""
    yield _element("dateline", "dateline", dateline.span, dateline.text)
    pos, end = dateline.span
    for css, value in (
        ("location", dateline.location),
        ("date", dateline.date_text),
        ("agency", dateline.agency),
    ):
        if value is None:
            continue
        found = text.find(value, pos, end)
        if found < 0:
            continue
        pos = found + len(value)
        detail = value
        if css == "date" and dateline.date is not None:
            detail = f"{value}: {dateline.date.isoformat()}"
        yield _part(css, (found, pos), detail)


def _element(css: str, label: str, span: Span, detail: str) -> _Piece:
    return _Piece(
        start=span[0],
        end=span[1],
        rank=_ELEMENT,
        css=css,
        label=label,
        title=f"{label} {_where(span)}: {detail}",
    )


def _part(css: str, span: Span, detail: str) -> _Piece:
    return _Piece(
        start=span[0], end=span[1], rank=_PART, css=css, label=css, title=f"{css}: {detail}"
    )


def _where(span: Span) -> str:
    return f"[{span[0]}, {span[1]})"


# -- Summary and defects ------------------------------------------------------------------------


def _summary(article: Article) -> Iterator[tuple[str, str]]:
    """The rows of the summary table: ``(name, value as HTML)``."""

    def value(item: object) -> str:
        return '<span class="none">none</span>' if item is None else _text(str(item))

    yield "Dialect", _text(article.dialect)
    starts = line_starts(article.text)
    lines = len(starts) - (starts[-1] == len(article.text))  # a final line break ends a line
    yield "Characters", f"{len(article.text):,} on {lines:,} lines"
    ids = article.id_markers
    yield "Id markers", "none" if ids is None else f"{value(ids.start)} / {value(ids.end)}"
    headline = article.headline
    yield "Headline", value(None if headline is None else headline.title)
    yield "Kicker", value(None if headline is None else headline.kicker)
    yield "Source", value(article.source)
    yield "Published", value(article.published)
    dateline = article.dateline
    if dateline is None:
        yield "Dateline", value(None)
    else:
        yield "Location", value(dateline.location)
        date = dateline.date_text
        if date is not None and dateline.date is not None:
            date = f"{date} ({dateline.date.isoformat()})"
        yield "Date", value(date)
        yield "Agency", value(dateline.agency)
    headings = ", ".join(h.text for h in article.headings)
    sections = f"{len(article.sections)}" + (f": {headings}" if headings else "")
    yield "Sections", _text(sections)
    yield "Paragraphs", str(len(article.paragraphs))
    terminator = article.terminator
    yield "Terminator", value(None if terminator is None else terminator.text)
    kinds = ", ".join(f.kind for f in article.furniture)
    yield "Furniture", _text(f"{len(article.furniture)}" + (f": {kinds}" if kinds else ""))
    yield "Defects", str(len(article.defects))


def _defect_list(article: Article, prefix: str) -> Iterator[str]:
    if not article.defects:
        return
    yield '<h2>Defects</h2>\n<ol class="defects">\n'
    for number, defect in enumerate(article.defects, 1):
        line, column = line_column(article.text, min(max(defect.span[0], 0), len(article.text)))
        line += article.start_line - 1  # the source's line, for a story read from a dump
        yield (
            f'<li><a href="#{prefix}defect-{number}">line {line}, column {column}</a>: '
            f"<code>{defect.code.value}</code> {_text(defect.message)}</li>\n"
        )
    yield "</ol>\n"


_CSS = """
:root { color-scheme: light; --ink: #1d2129; --muted: #5b6270; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: #fafafa; }
header { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { margin: 0; font-size: 1.3rem; }
header p { margin: .25rem 0 0; color: var(--muted); }
main { display: flex; flex-wrap: wrap; gap: 1.5rem; padding: 1.5rem; align-items: flex-start; }
#story, pre.story { flex: 3 1 36rem; min-width: 0; margin: 0; padding: 1rem; background: #fff;
  border: 1px solid #ddd; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 14px/1.9 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
aside { flex: 1 1 18rem; }
nav { padding: 1rem 1.5rem 0; }
section { border-top: 1px solid #ddd; }
section > h2 { margin: 0; padding: 1rem 1.5rem 0; font-size: 1.1rem; }
section > p { margin: .25rem 0 0; padding: 0 1.5rem; color: var(--muted); }
aside h2 { font-size: 1rem; margin: 0 0 .5rem; }
aside h2 + * { margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .2rem .5rem; border: 1px solid #ddd; }
th { white-space: nowrap; font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
ul.legend { list-style: none; padding: 0; margin: 0 0 1.5rem; }
ul.legend li { margin: .15rem 0; }
ol.defects { padding-left: 1.5rem; }
[data-label]::before { content: attr(data-label); display: inline-block; margin-right: .3em;
  padding: 0 .35em; border-radius: 3px; font: 600 10px/1.6 system-ui, sans-serif;
  letter-spacing: .02em; vertical-align: .2em; color: #fff; background: var(--tag, #555);
  white-space: nowrap; user-select: none; }
#story span, pre.story span { border-radius: 3px; }
.id { --tag: #6b7280; background: #eceef1; }
.headline { --tag: #b45309; background: #fdf0dc; font-weight: 700; }
.kicker { --tag: #c2410c; background: #fbd9bf; }
.title { --tag: #a16207; }
.meta { --tag: #0f766e; background: #d8f1ec; }
.dateline { --tag: #1d4ed8; background: #dde7fd; }
.location { --tag: #1e40af; background: #c5d6fb; }
.date { --tag: #6d28d9; background: #e4d9fb; }
.agency { --tag: #0369a1; background: #cbe8f8; }
.section { --tag: #4b5563; }
.section::before { background: transparent; color: var(--tag); border: 1px solid var(--tag); }
.heading { --tag: #9d174d; background: #fbdde9; font-weight: 700; }
.paragraph { --tag: #15803d; background: #e6f5e9; }
.terminator { --tag: #7c2d12; background: #f6d5c9; font-weight: 700; }
.furniture { --tag: #737373; background: #ececec; color: #555; font-style: italic; }
.unknown { --tag: #b91c1c; background: #fde2e2; text-decoration: wavy underline #b91c1c; }
.defect { --tag: #b91c1c; text-decoration: wavy underline #b91c1c; }
.defect:empty::before { content: "\\26A0  " attr(data-label); }
.other { --tag: #374151; background: #e5e7eb; }
.ch { --tag: #9ca3af; }
.ch::before { font-size: 9px; margin: 0 .1em; }
:target { outline: 2px solid #b91c1c; outline-offset: 2px; }
"""
