"""Attachments that name the paragraph they belong to: "Bilaga 2 § 46", "Bilaga 3 till § 47", "bilaga 1,
§ 45", "Bilaga 4 till protokoll § 48", and a list under a "Bilagor" label whose entries name their paragraph
("Bilagor" / "1. § 45 Budget" / "2. Avgifter (§ 46)").

A protocol numbers its attachments through the whole meeting and often lists them at its end (or in its
header) with the paragraph each belongs to. Such a reference, read inside another item's text (most often
the last item's, which runs on to the end of the document), belongs to the item of that paragraph: it is moved
there. A paragraph this record has no item for is left alone (it may be another meeting's), and so is a
reference whose paragraph is the item it stands in.

A list whose entries name no paragraph but an item's subject ("Bilagor:" / "1. Ekonomisk rapport för första
halvåret" / "2. Förslag till placeringspolicy") read in the last item (a document's closing list) or in the header
gives each attachment to the one item whose title the entry names (:func:`place_titled`), or to the one earlier item
that already refers to it (the closing list restates it); an entry neither answers stays where it was read, except
in an item that closes the meeting ("Mötets avslutande"), which has no attachments of its own: there the list is
the document's, and an attachment whose item is unknown is left out.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..record import Item
from .attachments import LIST_LABEL, LISTED, find_attachments

#: "Bilaga 2 § 46", "Bilaga 2, § 46", "bilaga 2 till § 46", "Bilaga 2 till protokollet § 46", "Bilaga 2 - § 46", and an
#: attachment page's heading naming the protocol: "Bilaga 2 till kommunstyrelsens protokoll 2019-09-03, § 46",
#: "Bilaga 2, KS 2019-09-03, § 46"
ADDRESSED = re.compile(r"\b(?:bilaga|bil\.?)\s*(?:nr\.?\s*)?(\d{1,3}[a-h]?)\s*(?:[,:–-]\s*)?"
                       r"(?:till\s+)?(?:(?:[a-zåäö\-]+s|(?-i:[A-ZÅÄÖ]{2,5}))\s+)?(?:protokoll(?:et)?\s+)?"
                       r"(?:(?:den\s+)?(?:19|20)\d{2}-\d{2}-\d{2}\s*,?\s*)?§\s*(\d{1,4})(?![\d,.-]\d)", re.I)


def addressed(text: str) -> list[tuple[str, str]]:
    """("bilaga N", paragraph number) for each attachment reference that names its paragraph."""
    if "§" not in text:
        return []
    return [(name, m.group(2)) for m in ADDRESSED.finditer(text)
            for name in find_attachments(m.group(0).split("§")[0]) if name == f"bilaga {m.group(1)}"] \
        + [(name, paragraph) for name, paragraph, _ in listed_addressed(text)]


PARAGRAPH = re.compile(r"§\s*(\d{1,4})(?![\d,.-]\d)")


def listed_addressed(text: str) -> list[tuple[str, str, str]]:
    """("bilaga N", paragraph number, the entry's line) for each entry of a list under a "Bilagor" label of its
    own that names one paragraph: "1. § 45 Budget", "2 - Avgifter (§ 46)"; the list ends at the first line
    that is not an entry."""
    out: list[tuple[str, str, str]] = []
    for name, entry in _list_entries(text):
        paragraphs = PARAGRAPH.findall(entry)
        if len(paragraphs) == 1:
            out.append((name, paragraphs[0], entry))
    return out


def _list_entries(text: str) -> Iterator[tuple[str, str]]:
    """("bilaga N", the entry's line) for each numbered entry of a list under a "Bilagor" label alone on its line;
    a list ends at the first line that is not an entry."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if not LIST_LABEL.match(line):
            continue
        for entry in lines[k + 1:]:
            m = LISTED.match(entry)
            if not m:
                break
            yield f"bilaga {int(m.group(1))}", entry


def place_addressed(items: list[Item], texts: list[str]) -> None:
    """Move each attachment that names another item's paragraph to that item (``texts[k]``: the text item k's
    attachments were read from)."""
    numbered = {item.number: item for item in items if item.number and item.number.isdigit()}
    for item, text in zip(items, texts):
        plain: list[str] | None = None  # the item's references without a paragraph's number, read once
        for name, paragraph in addressed(text):
            target = numbered.get(paragraph)
            if target is None or target is item:
                continue
            if name in item.attachments:
                plain = _plain(text) if plain is None else plain
                if name not in plain:
                    item.attachments.remove(name)
            if name not in target.attachments:
                target.attachments.append(name)


#: an item that only closes the meeting: "Mötets avslutande", "Avslutning", "Mötet avslutas"
CLOSING = re.compile(r"^(?:(?:mötets|sammanträdets|årsmötets|stämmans)\s+)?(?:avslutande|avslutning)\.?$|"
                     r"^(?:mötet|sammanträdet)\s+avslutas\.?$", re.I)
#: words that say nothing of an item's subject ("Förslag till ...", "Ang. ...")
MINOR = frozenset("för och av till om på med samt ang angående gällande förslag den det från inför enligt".split())
SHARE = 2 / 3  #: how much of a title an entry must name
#: the cheap test for a "Bilagor" list label alone on its line (:data:`.attachments.LIST_LABEL`) in a document
LIST_WORD = re.compile(r"^[ \t]*(?:Bilagor|Bilaga|BILAGOR)[ \t]*:?[ \t]*$", re.M)


def listed_titled(text: str) -> list[tuple[str, str]]:
    """("bilaga N", the entry's line) for each entry of a list under a "Bilagor" label of its own that names no
    paragraph ("1. Ekonomisk rapport för första halvåret")."""
    return [(name, entry) for name, entry in _list_entries(text) if not PARAGRAPH.search(entry)]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-zåäöéü0-9]+", text.casefold())
            if w not in MINOR and (len(w) >= 4 or w.isdigit())]


def titled(entry: str, items: list[Item]) -> Item | None:
    """The one item whose title the entry names: two thirds of the title's words (a word of five letters or more
    among them) begin a word of the entry ("Avtal" in "Avtalsförslag"); None when no item or two items do."""
    said = _words(entry)
    best: list[tuple[float, Item]] = []
    for item in items:
        words = _words(item.title or "")
        if not words or max(len(w) for w in words) < 5:
            continue
        share = sum(1 for w in words if any(e.startswith(w[:6]) for e in said)) / len(words)
        if share >= SHARE:
            best.append((share, item))
    best.sort(key=lambda b: -b[0])
    if not best or len(best) > 1 and best[1][0] == best[0][0]:
        return None
    return best[0][1]


def place_titled(items: list[Item], texts: list[str], header: str = "") -> None:
    """Give each attachment of a "Bilagor" list whose entry names an item's subject to that item; leave out one
    whose item is unknown when the list stands in an item that closes the meeting (``texts[k]``: item k's text).
    A list in the ``header`` (the lines before the first item) gives only the attachments whose item it names."""
    for name, entry in listed_titled(header) if "ilag" in header or "ILAG" in header else ():
        target = titled(entry, items)
        if target is not None and name not in target.attachments:
            target.attachments.append(name)
    for item, text in list(zip(items, texts))[-1:]:  # the document's closing list runs on in the last item's text;
        # a list in an item before it is that item's own ("§ 5 Budget" / "Bilagor:" / "1. Budgetförslag")
        entries = listed_titled(text) if "ilag" in text or "ILAG" in text else []
        if not entries:
            continue
        rest = "\n".join(line for line in text.split("\n") if line not in {e for _, e in entries})
        plain = find_attachments(rest)  # what the item refers to outside the list ("se bilaga 2")
        for name, entry in entries:
            target = titled(entry, items) or referred_before(name, items[:-1])
            if target is item or target is None and not CLOSING.match((item.title or "").strip()):
                continue
            if name in item.attachments and name not in plain:
                item.attachments.remove(name)
            if target is not None and name not in target.attachments:
                target.attachments.append(name)


def referred_before(name: str, items: list[Item]) -> Item | None:
    """The one item among ``items`` (those before the last) that already refers to attachment ``name`` ("... under
    höstterminen (bilaga 1)"): the document's closing list ("Bilagor" / "Bilaga 1. Svinnmätning (pdf)") restates
    that item's attachment; None when no item or two refer to it."""
    holders = [item for item in items if name in item.attachments]
    return holders[0] if len(holders) == 1 else None


def _plain(text: str) -> list[str]:
    """The attachments the item also refers to without another paragraph's number ("se bilaga 2")."""
    entries = {line for _, _, line in listed_addressed(text)}
    rest = "\n".join(line for line in ADDRESSED.sub(" ", text).split("\n") if line not in entries)
    return find_attachments(rest)
