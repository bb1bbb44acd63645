"""Attachments that name the paragraph they belong to: "Bilaga 2 § 46", "Bilaga 3 till § 47", "bilaga 1,
§ 45", "Bilaga 4 till protokoll § 48", and a list under a "Bilagor" label whose entries name their paragraph
("Bilagor" / "1. § 45 Budget" / "2. Avgifter (§ 46)").

A protocol numbers its attachments through the whole meeting and often lists them at its end (or in its
header) with the paragraph each belongs to. Such a reference, read inside another item's text (most often
the last item's, which runs on to the end of the document), belongs to the item of that paragraph: it is moved
there. A paragraph this record has no item for is left alone (it may be another meeting's), and so is a
reference whose paragraph is the item it stands in.
"""

from __future__ import annotations

import re

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
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if not LIST_LABEL.match(line):
            continue
        for entry in lines[k + 1:]:
            m = LISTED.match(entry)
            if not m:
                break
            paragraphs = PARAGRAPH.findall(entry)
            if len(paragraphs) == 1:
                out.append((f"bilaga {int(m.group(1))}", paragraphs[0], entry))
    return out


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


def _plain(text: str) -> list[str]:
    """The attachments the item also refers to without another paragraph's number ("se bilaga 2")."""
    entries = {line for _, _, line in listed_addressed(text)}
    rest = "\n".join(line for line in ADDRESSED.sub(" ", text).split("\n") if line not in entries)
    return find_attachments(rest)
