"""Golden pages: every page of the example archive, crawled as a client, equals its file in tests/golden_pages/.

A safety net for refactoring how pages get their data: the crawl starts at the
site's lists (``START``) and follows every internal link of every HTML page (GET
links only; not /static, not the /-/ pages of signing in, uploading and
writing, not the original files). Each HTML page is checked through its JSON
twin (``<path>.json``), compared as parsed JSON; calendars, CSV, Atom feeds,
the sitemap and robots.txt are compared as exact text; the OParl API is crawled
from ``/oparl`` by the URLs in its objects (list pages included). ``index.txt``
lists every URL reached, with its status, so a page that appears or disappears
fails too.

Only what legitimately varies between runs is normalised (``normal_json`` and
``normal_text``): the time a document was stored (``ingested_at``, OParl's
``created``/``modified``) and the moment a calendar was made (``DTSTAMP``).
Ids need none: the same ingest gives the same ids on every run (checked twice).

The golden files are made on SQLite. On PostgreSQL (checked by hand at 85e4016)
every answer is the same except search ranked by relevance (``/sok`` and its
exports, ``protokoll search``): the same hits, totals and facets, in another
order; a store-independent order for equal ranks would make them one.

Regenerate after an intended change, then review the diff in git::

    PROTOKOLL_REGOLD=1 pytest tests/test_page_golden.py
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
import pytest

from golden import Golden, check, normal_json
from example_archive import SITE

FOLDER = Path(__file__).parent / "golden_pages"
START = ["/", "/moten", "/arenden", "/personer", "/kommuner", "/organisationer", "/uppdrag", "/sok?q=budget",
         "/kalender.ics", "/uppdrag.csv", "/moten/atom.xml", "/sitemap.xml", "/robots.txt", "/oparl"]
SKIP = re.compile(r"^/(static/|-/|favicon\.ico$|dokument/[^/]+/original$|openapi\.json$)")
LOCAL = "http://testserver"  #: the test client's own address: pages link root-relative
TEXT_TYPES = ("text/calendar", "text/csv", "application/atom+xml", "application/xml", "text/plain")
BINARY_TYPES = ("application/vnd.openxmlformats",)  #: spreadsheets: zip files; listed in the index, not compared
def normal_text(text: str) -> str:
    """Calendars' DTSTAMP: the moment the calendar was made (now). Feeds' ``updated`` are meeting dates: kept."""
    return re.sub(r"(?m)^(DTSTAMP|CREATED|LAST-MODIFIED):[^\r\n]*", r"\1:<time>", text)


def internal(url: str, base: str) -> str | None:
    """The site path (with query) ``url`` on the page at ``base`` points to, or None if outside the site."""
    if url.startswith(SITE + "/"):  # absolute: feeds, calendars, OParl and the sitemap
        url = url.removeprefix(SITE)
    url = urldefrag(urljoin(LOCAL + base, url)).url
    if not url.startswith(LOCAL + "/"):
        return None
    path = url.removeprefix(LOCAL)
    return None if SKIP.match(urlsplit(path).path) else path


def json_twin(path: str) -> str:
    """The URL of the JSON twin of the page at ``path`` (as the pages link it: ``/.json``, ``/x.json?query``)."""
    parts = urlsplit(path)
    twin = "/.json" if parts.path == "/" else parts.path.rstrip("/") + ".json"
    return twin + (f"?{parts.query}" if parts.query else "")


class Crawl:
    """A breadth-first crawl of the site from ``START``; every answer goes into ``golden``."""

    def __init__(self, client) -> None:
        self.client = client
        self.golden = Golden(FOLDER)
        self.seen: set[str] = set()
        self.queue: deque[str] = deque()
        self.status: list[str] = []
        self.refinements: set[str] = set()  #: searches linked from a search page: their facet
        # and sorting links are not followed (the combinations multiply without reaching other code)

    def run(self) -> Golden:
        for path in START:
            self.enqueue(path)
        while self.queue:
            self.visit(self.queue.popleft())
        self.golden.add("status", "".join(sorted(self.status)), is_json=False)
        return self.golden

    def enqueue(self, path: str | None) -> None:
        if path and path not in self.seen:
            self.seen.add(path)
            self.queue.append(path)

    def visit(self, path: str) -> None:
        response = self.client.get(path)
        kind = response.headers.get("content-type", "").split(";")[0]
        self.status.append(f"{path}\t{response.status_code}\t{kind}\n")
        if response.status_code != 200:
            return
        if kind == "text/html":
            self.html_page(path, response.text)
        elif kind == "application/json":
            data = response.json()
            self.golden.add(path, normal_json(data), is_json=True)
            self.follow_json(data)
        elif kind in TEXT_TYPES:
            self.golden.add(path, normal_text(response.text), is_json=False)
            if kind == "application/xml" and "<urlset" in response.text:  # the sitemap
                for loc in re.findall(r"<loc>([^<]+)</loc>", response.text):
                    self.enqueue(internal(loc, "/"))
        else:
            assert kind.startswith(BINARY_TYPES), f"{path}: unexpected content type {kind}"

    def html_page(self, path: str, text: str) -> None:
        doc = lxml.html.fromstring(text)
        search, refined = urlsplit(path).path == "/sok", path in self.refinements
        for href in doc.xpath("//a/@href | //link[@rel='alternate']/@href"):
            link = internal(href, path)
            if search and link and link != path and link.startswith("/sok"):
                if refined:
                    continue
                self.refinements.add(link)
            self.enqueue(link)
        self.enqueue(json_twin(path))

    def follow_json(self, data) -> None:
        """The OParl URLs in an OParl answer (its objects' links, list pages)."""
        if isinstance(data, dict):
            for value in data.values():
                self.follow_json(value)
        elif isinstance(data, list):
            for value in data:
                self.follow_json(value)
        elif isinstance(data, str) and data.startswith(SITE + "/oparl"):
            self.enqueue(internal(data, "/"))


@pytest.fixture(scope="module")
def crawled(client) -> Golden:
    return Crawl(client).run()


def test_every_page_equals_its_golden_file(crawled):
    assert len(crawled.answers) > 100, "the crawl reached too little of the site"
    check(crawled)
