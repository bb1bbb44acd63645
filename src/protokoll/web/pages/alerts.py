"""Alerts and crawlers: Atom feeds of new meetings (overall, per organisation,
body, municipality and person), ``robots.txt``, ``sitemap.xml`` and the favicon.

A meeting feed has one entry per held meeting (one per meeting, not per
document: minutes and agenda of one day are one entry), newest first, dated
by the meeting's date; its summary lists the items.
"""

from __future__ import annotations

import io
from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import Response
from lxml import etree

from ...link.chain import Node
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..data import KIND_LABELS
from ..feeds import FeedEntry, atom_feed
from ...query import site
from ...query.meetings import held_before, nodes_of_meetings
from ...store.linked_tables import ChainMeeting
from ..render import base_url, cached_response, swedish_date, text_response
from ..urls import (body_url, case_url, meeting_url, municipality_url, organisation_url, person_url)
from .bodies import body_nodes
from .municipalities import attendance as municipality_attendance, find_municipality
from .organisations import find_organisation
from .people import find_person

router = APIRouter()
ATOM = "application/atom+xml; charset=utf-8"
SHOWN = 50  #: entries per feed
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


def meeting_title(node: Node) -> str:
    """``Minnesanteckningar – Kommundirektörsgruppen – Vätterstadsregionen – 30 januari 2025``."""
    kinds = sorted({KIND_LABELS.get(s.record.get("kind") or "", "") for s in node.sources} - {""})
    parts = [" och ".join(kinds).capitalize(), node.body, node.organization, swedish_date(node.date)]
    return " – ".join(p for p in parts if p)


def meetings_feed(request: Request, linked: Linked, nodes, title: str, page_url: str) -> Response:
    root = base_url(request)
    held = sorted((n for n in nodes if n.sources and n.date), key=lambda n: (n.date, n.id), reverse=True)
    entries = []
    for node in held[:SHOWN]:
        src = node.sources[0]
        items = [i.get("title") for s in node.sources for i in s.record.get("items") or [] if i.get("title")]
        entries.append(FeedEntry(f"{root}/moten/{node.id}", meeting_title(node), root + meeting_url(src.meeting_id),
                                 node.date, "Punkter: " + "; ".join(dict.fromkeys(items)) if items else ""))
    xml = atom_feed(root + request.url.path, title, root + request.url.path, root + page_url, entries)
    return text_response(xml, ATOM)


@router.get("/moten/atom.xml", name="meetings_feed", response_class=Response, summary="Nya möten som Atom-flöde")
def all_meetings_feed(request: Request):
    linked = state(request).linked()
    return meetings_feed(request, linked, held_before(linked, None, SHOWN, records=True), "Nya möten", "/moten")


@router.get("/organisationer/{name}/atom.xml", name="organisation_feed", response_class=Response,
            summary="En organisations nya möten som Atom-flöde")
def organisation_feed(request: Request, name: str):
    linked = state(request).linked()
    org = find_organisation(linked, name)
    nodes = held_before(linked, None, SHOWN, ChainMeeting.organization.in_({org.name, *org.aliases}), records=True)
    return meetings_feed(request, linked, nodes, f"Nya möten: {org.name}", organisation_url(org.name))


@router.get("/organ/{org}/{body}/atom.xml", name="body_feed", response_class=Response,
            summary="Ett organs nya möten som Atom-flöde")
def body_feed(request: Request, org: str, body: str):
    linked = state(request).linked()
    nodes, names = body_nodes(linked, org, body)
    organization = nodes[0].organization
    return meetings_feed(request, linked, nodes, f"Nya möten: {names[0]} – {organization or ''}".rstrip(" –"),
                         body_url(organization, names[0]) or "/moten")


@router.get("/kommuner/{name}/atom.xml", name="municipality_feed", response_class=Response,
            summary="Nya möten där kommunen var närvarande, som Atom-flöde")
def municipality_feed(request: Request, name: str):
    linked = state(request).linked()
    found = find_municipality(name)
    attended = [r["meeting"] for r in municipality_attendance(linked, found.name) if r["present"]]
    nodes = linked.nodes(ChainMeeting.key.in_(attended[:SHOWN]))  # the latest: attendance is newest first
    return meetings_feed(request, linked, nodes, f"Nya möten: {found.name}", municipality_url(found.name))


@router.get("/personer/{person_id}/atom.xml", name="person_feed", response_class=Response,
            summary="Nya möten som nämner personen, som Atom-flöde")
def person_feed(request: Request, person_id: str):
    linked = state(request).linked()
    found = find_person(linked, person_id)
    nodes = nodes_of_meetings(linked, {m.meeting_id for m in found.mentions}, SHOWN)
    return meetings_feed(request, linked, nodes, f"Nya möten: {found.name}", person_url(found.id))


@router.get("/robots.txt", name="robots", response_class=Response, summary="Regler för sökmotorer")
def robots(request: Request):
    body = (f"User-agent: *\nDisallow: /sok\nDisallow: /api/\nDisallow: /-/\n"
            f"Sitemap: {base_url(request)}/sitemap.xml\n")
    return Response(body, media_type="text/plain; charset=utf-8")


@router.get("/sitemap.xml", name="sitemap", response_class=Response, summary="Alla sidor för sökmotorer")
def sitemap(request: Request):
    linked = state(request).linked()  # the whole archive's pages: built once per link generation
    return cached_response(linked.pages, ("sitemap", base_url(request)), lambda: _sitemap(request, linked))


def _sitemap(request: Request, linked: Linked) -> Response:
    root = base_url(request)
    urlset = etree.Element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP})
    for path, modified in site_pages(linked):
        url = etree.SubElement(urlset, f"{{{SITEMAP}}}url")
        etree.SubElement(url, f"{{{SITEMAP}}}loc").text = root + path
        if modified:
            etree.SubElement(url, f"{{{SITEMAP}}}lastmod").text = modified
    xml = etree.tostring(urlset, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return Response(xml, media_type="application/xml")


def site_pages(linked: Linked) -> list[tuple[str, str | None]]:
    """Every public page once: (path, date of its newest meeting where it has one)."""
    session = linked.session
    pages = [(p, None) for p in ("/", "/moten", "/arenden", "/uppdrag", "/personer", "/kommuner",
                                 "/organisationer")]
    pages += [(meeting_url(mid), day) for mid, day in site.held_documents(session)]
    pages += [(case_url(key), None) for key in site.case_keys(session)]
    pages += [(person_url(key), None) for key in site.person_keys(session)]
    pages += [(municipality_url(n), None) for n in sorted(site.municipality_names(session))]
    for org, bodies in site.organisation_bodies(session):
        pages.append((organisation_url(org), None))
        pages += [(body_url(org, body), last) for body, last in bodies]
    return list(dict.fromkeys(p for p in pages if p[0]))


@lru_cache(maxsize=1)
def favicon_bytes() -> bytes:
    """The site's icon: a white "§"-like bar mark on the accent blue, as a 16+32 px ICO (drawn, no file)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (32, 32), (31, 95, 168, 255))
    draw = ImageDraw.Draw(image)
    for y in (8, 15, 22):
        draw.rectangle((8, y, 24, y + 2), fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="ICO", sizes=[(16, 16), (32, 32)])
    return out.getvalue()


@router.get("/favicon.ico", name="favicon", response_class=Response, include_in_schema=False)
def favicon():
    return Response(favicon_bytes(), media_type="image/x-icon", headers={"Cache-Control": "max-age=86400"})
