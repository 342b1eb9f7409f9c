"""NITF 3.x: the News Industry Text Format, one ``<nitf>`` document a story.

AP, PA, AAP, ANSA and many others send NITF, alone or inside NewsML. The parts read::

    <nitf>
      <head>
        <title>...</title>
        <tobject tobject.type="news"><tobject.subject tobject.subject.matter="..."/></tobject>
        <docdata>
          <doc-id id-string="..."/>  <date.issue norm="20240506T093000+0800"/>
          <date.release norm="..."/>  <doc.copyright holder="Xinhua"/>  <du-key key="slug"/>
          <key-list><keyword key="tea"/></key-list>
        </docdata>
      </head>
      <body>
        <body.head>
          <hedline><hl1>headline</hl1><hl2>subheadline</hl2></hedline>
          <byline>By ...</byline>  <distributor>...</distributor>
          <dateline><location><city>KUNMING</city></location>,
            <story.date>May 6</story.date></dateline>
          <abstract>...</abstract>
        </body.head>
        <body.content><p>...</p><hl2>subheading</hl2><p>...</p></body.content>
        <body.end><tagline>sign-off</tagline></body.end>
      </body>
    </nitf>
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ._feeds import (
    Descendants,
    Item,
    add_keyword,
    attribute,
    child,
    children,
    element_text,
    set_time,
    tree_blocks,
)
from ._xml import local

ITEMS = frozenset({"nitf"})
"""The element each NITF document is."""


def read_into(item: Item, nitf: Element) -> None:
    """Fill ``item`` from a ``<nitf>`` element; what ``item`` already holds is kept, so that a
    NewsML envelope's own values come first."""
    head = child(nitf, "head")
    docdata = child(head, "docdata")
    body = child(nitf, "body")
    body_head = child(body, "body.head")
    item.id = item.id or attribute(child(docdata, "doc-id"), "id-string")
    item.kind = item.kind or attribute(child(head, "tobject"), "tobject.type")
    if item.first_created is None:
        set_time(
            item, "first_created", attribute(child(docdata, "date.issue"), "norm"), "date.issue"
        )
    if item.version_created is None:
        release = attribute(child(docdata, "date.release"), "norm")
        set_time(item, "version_created", release, "date.release")
    item.provider = (
        item.provider
        or attribute(child(docdata, "doc.copyright"), "holder")
        or element_text(child(body_head, "distributor"))
    )
    item.language = item.language or next(
        (lang for lang in map(_lang, (nitf, body, child(body, "body.content"))) if lang), None
    )
    item.slug = item.slug or attribute(child(docdata, "du-key"), "key")
    found = Descendants(nitf)
    for keyword in found("keyword"):
        add_keyword(item, attribute(keyword, "key") or element_text(keyword))
    for subject in found("tobject.subject"):
        add_keyword(item, attribute(subject, "tobject.subject.matter"))

    hedline = child(body_head, "hedline")
    item.headline = item.headline or element_text(child(hedline, "hl1"))
    if item.headline is None:
        item.headline = element_text(child(head, "title"))
    item.subtitle = item.subtitle or element_text(child(hedline, "hl2"))
    bylines = [text for text in map(element_text, found("byline")) if text]
    if bylines:
        item.byline = item.byline or bylines[0]
        item.extra.extend(line for line in bylines[1:] if line != item.byline)
    item.dateline = item.dateline or element_text(child(body_head, "dateline"))
    abstract = element_text(child(body_head, "abstract"))
    if abstract:
        item.extra.append(abstract)

    blocks, extra = tree_blocks(children(body, "body.content") if body is not None else ())
    item.blocks.extend(blocks)
    item.extra.extend(extra)
    body_end = child(body, "body.end")
    if body_end is not None:
        tagline = element_text(child(body_end, "tagline"))
        if tagline:
            item.sign_off = tagline
        ends, end_extra = tree_blocks(inner for inner in body_end if local(inner.tag) != "tagline")
        item.extra.extend(text for _, text in ends)
        item.extra.extend(end_extra)


def _lang(element: Element | None) -> str | None:
    return attribute(element, "lang")


def item(nitf: Element, line: int) -> Item:
    """The item a ``<nitf>`` element is."""
    read = Item(line=line)
    read_into(read, nitf)
    return read
