"""The OParl API of a real `protokoll serve`, crawled from ``/oparl`` through Chromium's HTTP client as an
OParl client would: every object reached validates against the OParl 1.1 schemas, each id answers its
object, and every File's access URL gives the original file (issue 14, part 9)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from browser_server import require_browser
from test_oparl import PREFIX, SCHEMAS, Crawler

require_browser()
pytestmark = pytest.mark.skipif(not SCHEMAS.is_dir(), reason="../shared/oparl is not beside the checkout")



class ChromiumClient:
    """What the crawler asks of an HTTP client, answered by Chromium's request context."""

    def __init__(self, request) -> None:
        self.request = request

    def get(self, path: str):
        answer = self.request.get(path)
        body = answer.body()
        return SimpleNamespace(status_code=answer.status, headers=answer.headers, content=body,
                               json=answer.json)


@pytest.fixture(scope="module")
def crawler(browser, server):
    context = browser.new_context(base_url=server.base)
    client = ChromiumClient(context.request)
    system = client.get("/oparl").json()
    yield Crawler(client, site=system["id"].removesuffix("/oparl"))
    context.close()


def test_every_object_of_the_served_api_validates_and_its_id_answers_it(crawler):
    crawler.check(crawler.get(crawler.site + "/oparl"))
    kinds = {o["type"].removeprefix(PREFIX) for o in crawler.objects.values()}
    assert {"System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "File"} <= kinds
    for url, obj in crawler.objects.items():
        if "/location" not in url:  # a meeting's place: embedded only
            assert crawler.get(url) == obj, url


def test_every_file_of_the_served_api_is_the_original(crawler):
    files = [o for o in crawler.objects.values() if o["type"].endswith("/File")] or \
        crawler.get(crawler.get(crawler.site + "/oparl/body")["data"][0]["file"] + "?limit=100")["data"]
    assert len(files) >= 12
    for f in files:
        original = crawler.client.get(f["accessUrl"].removeprefix(crawler.site))
        assert original.status_code == 200 and len(original.content) == f["size"], f["accessUrl"]
        assert original.headers["content-type"].split(";")[0] == f["mimeType"]
