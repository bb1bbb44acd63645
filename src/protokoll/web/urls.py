"""URLs of the web pages: Swedish, lower case, built in one place so links never drift."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from urllib.parse import quote_plus, urlencode, urlsplit

from ..swedish.fold import slug

#: The site's address when none is configured: `protokoll serve`'s default host and port.
#: Behind a proxy or under a public name, set ``protokoll serve --base-url`` ($PROTOKOLL_BASE_URL).
DEFAULT_BASE_URL = "http://127.0.0.1:8000"

__all__ = ["DEFAULT_BASE_URL", "site_address", "slug", "meeting_url", "node_url", "document_url", "case_url",
           "person_url", "municipality_url", "organisation_url", "body_url", "item_anchor", "item_url", "with_query"]


def meeting_url(meeting_id: int) -> str:
    """The page of one stored meeting record."""
    return f"/moten/{meeting_id}"


def node_url(node_id: str) -> str:
    """A meeting of the chain (held or expected) by its chain id."""
    return f"/moten/{node_id}"


def document_url(document_id: int) -> str:
    return f"/dokument/{document_id}"


def case_url(case_id: str) -> str:
    return f"/arenden/{case_id}"


def person_url(person_id: str) -> str:
    return f"/personer/{person_id}"


@lru_cache(maxsize=4096)  # a list page makes the same few dozen again and again
def municipality_url(name: str) -> str:
    return f"/kommuner/{slug(name)}"


@lru_cache(maxsize=4096)  # a list page makes the same few dozen again and again
def organisation_url(name: str) -> str:
    return f"/organisationer/{slug(name)}"


@lru_cache(maxsize=4096)  # a list page makes the same few dozen again and again
def body_url(organization: str | None, body: str | None) -> str | None:
    """The page of a body within its organisation (``okand`` stands for an unknown organisation)."""
    return f"/organ/{slug(organization)}/{slug(body)}" if body and body.strip() else None


@lru_cache(maxsize=4096)  # a search page makes one for each of its hits, of a few hundred distinct numbers
def item_anchor(key: str) -> str:
    """The HTML id of an item from its key in a document: its number, or ``#N`` for the N:th item.

    ``"3"`` -> ``punkt-3``; ``"#4"`` (unnumbered or repeated number) -> ``punkt-i4``.
    """
    if key.startswith("#"):
        return f"punkt-i{key[1:]}"
    return "punkt-" + re.sub(r"[^\w.-]+", "-", key)


def item_url(meeting_id: int, key: str) -> str:
    return f"{meeting_url(meeting_id)}#{item_anchor(key)}"


def item_keys(items: list[dict]) -> list[str]:
    """Each item's key in its document, as ``link.cases.collect_items`` makes them."""
    keys, seen = [], set()
    for index, item in enumerate(items, 1):
        number = item.get("number")
        key = number if number and number not in seen else f"#{index}"
        seen.add(key)
        keys.append(key)
    return keys


def with_query(path: str, params: dict[str, object]) -> str:
    """``path`` with the non-empty ``params`` as a query string (in their order; a list's values repeat
    the name), each written as :func:`encoded` writes it."""
    query = "&".join(encoded(params).values())
    return f"{path}?{query}" if query else path


def with_one_changed(path: str, params: dict[str, object], name: str,
                     pieces: dict[str, str] | None = None) -> Callable[[object], str]:
    """``lambda value: with_query(path, {**params, name: value})``, all but ``name`` encoded once.

    For the many links that differ in one parameter (a search's facet values, some hundreds a page):
    encoding the whole query string for each of them was half of an uncached search page's time.
    ``pieces``: :func:`encoded` ``params``, when several of these are made of the same ``params``.
    """
    if pieces is None:
        pieces = encoded(params)
    before: list[str] = []
    after: list[str] = []
    current = before
    for key in {**params, name: None}:  # ``name`` keeps its place, or comes last
        if key == name:
            current = after
        elif key in pieces:
            current.append(pieces[key])
    head = "&".join([*before, quote_plus(name) + "="])
    tail = "&".join(["", *after]) if after else ""
    rest = "&".join([*before, *after])
    plain = f"{path}?{rest}" if rest else path

    def url(value: object) -> str:
        if isinstance(value, (list, tuple)):  # several values of one name: as with_query does it
            own = encoded({name: value}).get(name)
            query = "&".join([*before, own, *after]) if own else rest
            return f"{path}?{query}" if query else path
        if value in (None, "", []):
            return plain
        return f"{path}?{head}{_quoted(str(value))}{tail}"

    return url


def encoded(params: dict[str, object]) -> dict[str, str]:
    """Each non-empty parameter (not None, "" or []) as it stands in a query string: ``name=value``, or
    ``name=a&name=b`` for a list. The one encoding of a query: :func:`with_query` joins these pieces,
    :func:`with_one_changed` reuses them."""
    out = {}
    for key, value in params.items():
        if value in (None, "", []):
            continue
        if isinstance(value, str):  # (what urlencode writes for a text, without its checks: most values)
            out[key] = f"{_quoted(key)}={_quoted(value)}"
        elif piece := urlencode({key: value}, doseq=True):  # (an empty tuple encodes to nothing)
            out[key] = piece
    return out


@lru_cache(maxsize=4096)
def _quoted(value: str) -> str:
    """``quote_plus(value)``, kept: a search's facet values (organisations, bodies, municipalities, years)
    are a small vocabulary met again on every page, some hundreds a page."""
    return quote_plus(value)


def site_address(value: str) -> str:
    """A configured site address (``https://protokoll.example.se/arkiv``) without a trailing slash.

    Absolute URLs in feeds, calendars and exports start with it, never with
    the request's Host header (which a client chooses). Raises ValueError
    for anything but an http(s) URL with a host and no query or fragment.
    """
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment \
            or any(c.isspace() or ord(c) < 0x20 for c in text):
        raise ValueError(f"{value!r} is not a site address (http:// or https://, a host, an optional path)")
    return text.rstrip("/")
