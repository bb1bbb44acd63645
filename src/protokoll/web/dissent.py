"""Dissent on a page: who, their party and the sentence that gives the reason, from the record.

Parse reads the statement and the party from the document
(``items[].dissent_details``, :mod:`protokoll.parse.dissent`); the page adds
the link to the person. A name of ``dissent`` without details (a record
written in the app, or corrected) is shown with neither: nothing is guessed.
"""

from __future__ import annotations

from ..query.archive_view import ArchiveView as Linked
from .urls import person_url


def dissent_json(names: list[str], item: dict, linked: Linked, meeting_id: int | None) -> list[dict]:
    """Each dissenter (of ``names``) of the record's ``item`` with party, statement and person link."""
    details = {d.get("name"): d for d in item.get("dissent_details") or []}
    out = []
    for name in names:
        found = details.get(name) or {}
        pid = linked.person_id(name, meeting_id)
        out.append({"name": name, "party": found.get("party"), "statement": found.get("statement"),
                    "url": person_url(pid) if pid else None})
    return out
