"""NewsML 1.2 and NewsML-G2: IPTC's envelopes for news items, told apart by their elements.

NewsML 1.2 (AFP, EFE, ATS, Kyodo) wraps each story in a ``NewsItem``, many to a ``NewsML``
file after its ``NewsEnvelope``::

    <NewsItem>
      <Identification><NewsIdentifier><ProviderId/><DateId/><NewsItemId/>
        <PublicIdentifier/></NewsIdentifier></Identification>
      <NewsManagement><NewsItemType FormalName="News"/><FirstCreated/><ThisRevisionCreated/>
      </NewsManagement>
      <NewsComponent>
        <NewsLines><HeadLine/><SubHeadLine/><ByLine/><DateLine/><CreditLine/><SlugLine/>
          <KeywordLine/></NewsLines>
        <DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
        <ContentItem><MediaType FormalName="Text"/><DataContent>NITF, XHTML or text
        </DataContent></ContentItem>
      </NewsComponent>
    </NewsItem>

NewsML-G2 (2008 on) names its elements in camel case, one ``newsItem`` a file or many in a
``newsMessage``::

    <newsItem guid="..." xml:lang="en">
      <itemMeta><itemClass qcode="ninat:text"/><provider literal="..."/>
        <versionCreated/><firstCreated/></itemMeta>
      <contentMeta><located><name/></located><subject><name/></subject><keyword/><slugline/>
        <headline/><subheadline/><dateline/><by/><creditline/><language tag="en"/>
      </contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml">XHTML or NITF</inlineXML>
      </contentSet>
    </newsItem>

The values the envelope gives come first; a NITF body fills in what the envelope leaves out.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from . import _nitf
from ._feeds import (
    Descendants,
    Item,
    add_keyword,
    attribute,
    child,
    children,
    clean,
    element_text,
    set_time,
    text_blocks,
    tree_blocks,
)
from ._xml import local

ITEMS = frozenset({"NewsItem", "newsItem"})
"""The elements a NewsML 1.2 item (``NewsItem``) and a NewsML-G2 item (``newsItem``) are."""


def item(element: Element, line: int) -> Item:
    """The item a ``NewsItem`` (1.2) or ``newsItem`` (G2) element is."""
    read = Item(line=line)
    if local(element.tag) == "NewsItem":
        _news_item(read, element)
    else:
        _g2_item(read, element)
    return read


def _first(found: Descendants, name: str) -> str | None:
    """The text of the first element named ``name`` that has any."""
    return next((text for text in map(element_text, found(name)) if text), None)


def _news_item(item: Item, news: Element) -> None:
    found = Descendants(news)
    identifier = child(news, "Identification", "NewsIdentifier")
    item.id = element_text(child(identifier, "PublicIdentifier"))
    if item.id is None and identifier is not None:
        parts = [element_text(inner) for inner in identifier]
        item.id = ":".join(part for part in parts if part) or None
    management = child(news, "NewsManagement")
    item.kind = attribute(child(management, "NewsItemType"), "FormalName")
    set_time(item, "first_created", element_text(child(management, "FirstCreated")), "FirstCreated")
    revised = element_text(child(management, "ThisRevisionCreated"))
    set_time(item, "version_created", revised, "ThisRevisionCreated")
    item.headline = _first(found, "HeadLine")
    item.subtitle = _first(found, "SubHeadLine")
    item.byline = _first(found, "ByLine")
    item.dateline = _first(found, "DateLine")
    item.slug = _first(found, "SlugLine")
    for line in found("KeywordLine"):
        add_keyword(item, element_text(line))
    party = next(iter(found("Provider")), None)
    item.provider = (
        element_text(child(identifier, "ProviderId"))
        or attribute(child(party, "Party"), "FormalName")
        or _first(found, "CreditLine")
    )
    item.language = attribute(next(iter(found("Language")), None), "FormalName")
    for content in found("ContentItem"):
        media = attribute(child(content, "MediaType"), "FormalName")
        if media is not None and media.casefold() != "text":
            continue  # a photo, a graphic, a sound: no copy to read
        data = child(content, "DataContent")
        if data is not None:
            _content(item, data)


def _g2_item(item: Item, news: Element) -> None:
    item.id = attribute(news, "guid")
    meta = child(news, "itemMeta")
    content_meta = child(news, "contentMeta")
    item.kind = attribute(child(meta, "itemClass"), "qcode")
    set_time(item, "first_created", element_text(child(meta, "firstCreated")), "firstCreated")
    set_time(item, "version_created", element_text(child(meta, "versionCreated")), "versionCreated")
    provider = child(meta, "provider")
    item.provider = (
        attribute(provider, "literal")
        or element_text(child(provider, "name"))
        or attribute(provider, "qcode")
    )
    if content_meta is not None:
        for headline in children(content_meta, "headline"):
            role = (attribute(headline, "role") or "").casefold()
            if "sub" in role:
                item.subtitle = item.subtitle or element_text(headline)
            else:
                item.headline = item.headline or element_text(headline)
        item.subtitle = item.subtitle or element_text(child(content_meta, "subheadline"))
        item.dateline = element_text(child(content_meta, "dateline"))
        located = child(content_meta, "located")
        item.located = element_text(child(located, "name")) or attribute(located, "literal")
        item.byline = element_text(child(content_meta, "by"))
        credit = element_text(child(content_meta, "creditline"))
        if item.provider is None:
            item.provider = credit
        elif credit and credit != item.provider:
            item.extra.append(credit)
        item.language = attribute(child(content_meta, "language"), "tag")
        item.slug = element_text(child(content_meta, "slugline"))
        for subject in children(content_meta, "subject"):
            add_keyword(item, element_text(child(subject, "name")) or attribute(subject, "literal"))
        for keyword in children(content_meta, "keyword"):
            add_keyword(item, element_text(keyword))
    item.language = item.language or attribute(news, "lang")
    found = Descendants(news)
    for content in (*found("inlineXML"), *found("inlineData")):
        _content(item, content)


def _content(item: Item, data: Element) -> None:
    """Read a body: NITF, XHTML or other markup, or plain text."""
    inner = [element for element in data if local(element.tag)]
    for element in inner:
        if local(element.tag) == "nitf":
            _nitf.read_into(item, element)
        else:
            blocks, extra = tree_blocks([element])
            item.blocks.extend(blocks)
            item.extra.extend(extra)
    if not inner and clean(data.text):
        item.blocks.extend(text_blocks(data.text or ""))
