"""Atom feeds (RFC 4287), built with lxml so every text is escaped by the serializer."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .xmltext import xml_safe

ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01"


@dataclass
class FeedEntry:
    id: str  #: a stable URI (tag: or the page URL)
    title: str
    url: str  #: absolute
    date: str | None  #: ISO date
    summary: str = ""
    html: bool = False  #: the summary is (pre-escaped) HTML


def timestamp(day: str | None) -> str:
    """An ISO date as an RFC 3339 timestamp at midnight UTC."""
    return f"{day or EPOCH}T00:00:00Z"


def atom_feed(feed_id: str, title: str, self_url: str, page_url: str, entries: list[FeedEntry]) -> str:
    """The feed as an XML string, newest entry first."""
    root = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _text(root, "id", feed_id)
    _text(root, "title", title)
    _text(root, "updated", timestamp(max((e.date for e in entries if e.date), default=None)))
    etree.SubElement(root, f"{{{ATOM}}}link", rel="self", href=xml_safe(self_url))
    etree.SubElement(root, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=xml_safe(page_url))
    author = etree.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "Protokoll")
    for e in sorted(entries, key=lambda e: e.date or "", reverse=True):
        entry = etree.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", e.id)
        _text(entry, "title", e.title)
        _text(entry, "updated", timestamp(e.date))
        etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=xml_safe(e.url))
        if e.summary:
            summary = _text(entry, "summary", e.summary)
            summary.set("type", "html" if e.html else "text")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True).decode()


def _text(parent, tag: str, value: str):
    el = etree.SubElement(parent, f"{{{ATOM}}}{tag}")
    el.text = xml_safe(value)  # from the query or a stored document: may hold what XML cannot
    return el
