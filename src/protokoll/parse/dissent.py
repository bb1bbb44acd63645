"""``items[].dissent_details``: each dissenter of an item (``items[].dissent``, the spec's field) with
their party and the sentence that says they dissent (:mod:`protokoll.swedish.minutes`), searched from
the item's heading where parse found it (its evidence ``items[k]``), so a sentence of an earlier item
that names the same person is never taken."""

from __future__ import annotations

from ..record import Dissent, Evidence, Item
from ..swedish.minutes import party, statement


def heading_starts(evidence: list[Evidence]) -> dict[int, int]:
    """Item index -> the offset of its heading in the text, from parse's evidence ``items[k]``."""
    out = {}
    for e in evidence:
        if e.path.startswith("items[") and e.path.endswith("]") and e.path[6:-1].isdigit():
            out.setdefault(int(e.path[6:-1]), e.start)
    return out


def add_dissent_details(items: list[Item], text: str, starts: dict[int, int] | None = None) -> None:
    """Set each item's ``dissent_details``: one entry per name of its ``dissent`` (``starts``: item
    index -> its heading's offset in ``text``, :func:`heading_starts`)."""
    for k, item in enumerate(items):
        start = (starts or {}).get(k)
        item.dissent_details = [details(name, text, item.title, start) for name in item.dissent]


def details(name: str, text: str, title: str | None, start: int | None = None) -> Dissent:
    said = statement(text, name, title, start)
    return Dissent(name=name, party=party(said, name), statement=said)
