"""Dissent as the document wrote it: who, their party and the sentence that gives the reason.

The record's ``dissent`` holds the names (or municipalities) the parser found.
Swedish minutes write a reservation as one sentence ("Anna Lind (S) reserverar
sig mot beslutet till förmån för eget yrkande.", "Habo stöder inte beslutet"),
so the sentence of the item's text that names the dissenter and says so is
its statement, and a party abbreviation in brackets after the name is its
party. When no such sentence is found the statement stays None (abstain).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..swedish.fold import fold_name as fold
from ..query.linked import ArchiveView as Linked
from .urls import person_url

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|\n|$)")
_CUE = re.compile(r"reserv|stod\w* (?:\w+ )?inte|avvikande mening|deltar inte i beslut|till forman for|"
                  r"protokollsanteckning|yrkar avslag|instammer inte")
_PARTY = r"\s*\(([A-ZÅÄÖ][A-Za-zåäö]{0,3})\)"


def statement(text: str, name: str, title: str | None = None) -> str | None:
    """The sentence after the item's title that names `name` and says they dissent."""
    start = 0
    if title:
        found = _folded_document(text).find(fold(title))
        start = max(found, 0)
    key = fold(name)
    for m in _SENTENCE.finditer(text, start):
        sentence = " ".join(m.group(0).split())
        folded = fold(sentence)
        if key in folded and _CUE.search(folded):
            return sentence[:400]
    return None


@lru_cache(maxsize=8)
def _folded_document(text: str) -> str:
    """``fold(text)`` of a document's text, folded once for all the dissenters of its items."""
    return fold(text)


def party(sentence: str | None, name: str) -> str | None:
    if not sentence:
        return None
    m = re.search(re.escape(name) + _PARTY, sentence)
    return m[1] if m else None


def dissent_json(names: list[str], text: str | None, title: str | None, linked: Linked,
                 meeting_id: int | None) -> list[dict]:
    """Each dissenter of an item with party, statement and a link to the person when known."""
    out = []
    for name in names:
        said = statement(text, name, title) if text else None
        pid = linked.person_id(name, meeting_id)
        out.append({"name": name, "party": party(said, name), "statement": said,
                    "url": person_url(pid) if pid else None})
    return out


def document_texts(sessions, document_ids: set[int]) -> dict[int, str]:
    """Document id -> the text parse read, for the given ids."""
    from sqlalchemy import select

    from ..store.models import Document

    if not document_ids:
        return {}
    with sessions() as session:
        rows = session.execute(select(Document.id, Document.text).where(Document.id.in_(document_ids))).all()
    return {i: t for i, t in rows}
