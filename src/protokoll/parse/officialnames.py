"""Which municipalities' official names a text writes (issue 12): found where each name's last word
("kommun", "stad") occurs, with a dict per last word, instead of a scan of the text per municipality."""

from __future__ import annotations

from functools import cache

from ..swedish import gazetteer


@cache
def official_names() -> tuple[tuple[str, str], ...]:
    """Each municipality's official name and its last word ("kommun", "stad"), in the gazetteer's order."""
    return tuple((m.official_name, m.official_name.rsplit(" ", 1)[-1]) for m in gazetteer.all_municipalities())


@cache
def _names_before_last() -> dict[str, tuple[frozenset[int], dict[str, str]]]:
    """Last word ("kommun") -> (the lengths of the text before it, {"Lunds ": "Lunds kommun", ...})."""
    out: dict[str, tuple[set[int], dict[str, str]]] = {}
    for name, last in official_names():
        lengths, names = out.setdefault(last, (set(), {}))
        lengths.add(len(name) - len(last))
        names[name[:len(name) - len(last)]] = name
    return {last: (frozenset(lengths), names) for last, (lengths, names) in out.items()}


def in_gazetteer_order(names: set[str]) -> list[str]:
    """Official ``names`` in the gazetteer's order (as a walk of :func:`official_names` meets them), sorted by a
    kept rank: a text names a few, and a walk of all 290 for them cost ~20 us a document (issue 12)."""
    return sorted(names, key=_rank().__getitem__)


@cache
def _rank() -> dict[str, int]:
    """Official name -> its place in :func:`official_names` (every official name is written once there)."""
    return {name: k for k, (name, _last) in enumerate(official_names())}


def official_names_in(text: str) -> set[str]:
    """The official names written in ``text`` (as ``name in text``): read where each last word occurs, not
    by a scan of the text per municipality (290 of them, issue 12)."""
    found: set[str] = set()
    for last, (lengths, names) in _names_before_last().items():
        at = text.find(last)
        while at >= 0:
            for k in lengths:
                if k <= at and (name := names.get(text[at - k:at])):
                    found.add(name)
            at = text.find(last, at + 1)
    return found
