"""The OParl 1.1 API crawled from ``/oparl`` as a client would: every object it reaches, listed or
embedded, validates against the OParl schemas in ../shared/oparl/schema, and each object's ``id``
answers with the same object. Over a real SQLite archive ingested from the examples."""

from __future__ import annotations

import json
from datetime import date, datetime
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft7Validator, FormatChecker

from conftest import SHARED
from example_archive import SITE

SCHEMAS = SHARED / "oparl" / "schema"
pytestmark = pytest.mark.skipif(not SCHEMAS.is_dir(), reason="../shared/oparl is not beside the checkout")
PREFIX = "https://schema.oparl.org/1.1/"
CHECKER = FormatChecker()


@CHECKER.checks("url")
def _url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@CHECKER.checks("date-time")
def _date_time(value: str) -> bool:
    return datetime.fromisoformat(value).tzinfo is not None  # RFC 3339: an offset is required


@CHECKER.checks("date")
def _date(value: str) -> bool:
    return date.fromisoformat(value).isoformat() == value


def validator(kind: str) -> Draft7Validator:
    return Draft7Validator(json.loads((SCHEMAS / f"{kind}.json").read_text(encoding="utf-8")),
                           format_checker=CHECKER)


class Crawler:
    """Follows every URL an OParl client would, validating each object by its type."""

    def __init__(self, client, site: str = SITE) -> None:
        self.client = client
        self.site = site  #: the server's public address, as the objects' ids begin
        self.objects: dict[str, dict] = {}  #: id -> object as first met
        self.lists: set[str] = set()
        self.validators: dict[str, Draft7Validator] = {}

    def get(self, url: str) -> dict:
        assert url.startswith(self.site + "/oparl"), url
        response = self.client.get(url.removeprefix(self.site))
        assert response.status_code == 200 and response.headers["content-type"] == "application/json", url
        return response.json()

    def check(self, obj: dict) -> None:
        kind = obj["type"].removeprefix(PREFIX)
        v = self.validators.setdefault(kind, validator(kind))
        errors = sorted(v.iter_errors(obj), key=str)
        assert not errors, (obj["id"], [e.message for e in errors])
        if obj["id"] in self.objects:
            return
        self.objects[obj["id"]] = obj
        for key, value in obj.items():  # embedded objects, lists and references
            for one in value if isinstance(value, list) else [value]:
                if isinstance(one, dict) and "type" in one:
                    self.check(one)
                elif isinstance(one, str) and one.startswith(self.site + "/oparl/") and key not in ("id",):
                    self.follow(one)

    def follow(self, url: str) -> None:
        if url in self.objects or url in self.lists:
            return
        data = self.get(url)
        if "data" in data:
            self.lists.add(url)
            for obj in data["data"]:
                self.check(obj)
            if "next" in data["links"]:
                self.follow(data["links"]["next"])
        else:
            self.check(data)


def test_every_object_reached_from_the_system_validates_and_its_id_answers_it(client):
    crawler = Crawler(client)
    crawler.check(crawler.get(SITE + "/oparl"))
    kinds = {o["type"].removeprefix(PREFIX) for o in crawler.objects.values()}
    assert {"System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "File"} <= kinds
    for url, obj in crawler.objects.items():
        if "/location" in url:
            continue  # a meeting's place: embedded only
        assert crawler.get(url) == obj, url
    meetings = [o for o in crawler.objects.values() if o["type"].endswith("/Meeting")]
    held = [m for m in client.get("/moten.json").json()["meetings"] if m["documents"] and m["organization"]]
    assert len(meetings) == len(held)


def test_files_are_the_originals(client):
    crawler = Crawler(client)
    body = crawler.get(SITE + "/oparl/body")["data"][0]
    files = crawler.get(body["file"] + "?limit=100")["data"]
    assert len(files) == 12
    for f in files:
        original = client.get(f["accessUrl"].removeprefix(SITE))
        assert original.status_code == 200 and len(original.content) == f["size"]
        assert original.headers["content-type"].split(";")[0] == f["mimeType"]


def test_pagination_and_modified_since(client):
    crawler = Crawler(client)
    body = crawler.get(SITE + "/oparl/body")["data"][0]
    first = crawler.get(body["meeting"] + "?limit=5")
    pages = first["pagination"]["totalPages"]
    assert first["pagination"]["elementsPerPage"] == 5 and pages > 1 and "prev" not in first["links"]
    seen, page = [], first
    while True:
        seen += [m["id"] for m in page["data"]]
        if "next" not in page["links"]:
            break
        page = crawler.get(page["links"]["next"])
    assert len(seen) == len(set(seen)) == first["pagination"]["totalElements"]
    assert page["links"]["self"] == first["links"]["last"] and "prev" in page["links"]
    latest = max(m["modified"] for m in crawler.get(body["meeting"] + "?limit=100")["data"])
    newer = crawler.get(body["meeting"] + f"?limit=100&modified_since={latest.replace('+', '%2B')}")
    # the examples may all be stored within one second: the newest are kept, nothing older than asked
    assert 1 <= newer["pagination"]["totalElements"] <= len(seen)
    assert all(m["modified"] >= latest for m in newer["data"])
    future = crawler.get(body["meeting"] + "?limit=100&modified_since=2999-01-01T00:00:00%2B00:00")
    assert future["pagination"]["totalElements"] == 0 and future["data"] == []
    assert client.get("/oparl/body/vatterstadsregionen/meeting?page=99").status_code == 404
    bad = client.get("/oparl/body/vatterstadsregionen/meeting?modified_since=igår")
    assert bad.status_code == 400 and bad.headers["content-type"] == "application/json"
    assert client.get("/oparl/body/finns-inte").status_code == 404
