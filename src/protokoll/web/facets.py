"""The facets of a search page: each facet's largest values with their links, and a link to all of them.

Search engines show a facet this way: a common word's hits come from every organisation, body and
municipality of the archive (some hundreds of values, ~90 % of a page's bytes and most of its
rendering), of which a reader scans the first few. The counts stay exact; ``visa`` (one facet's GET
parameter) shows that facet in full. The JSON API (``/api/search``) keeps every value.
"""

from __future__ import annotations

from itertools import islice

from .urls import encoded, with_one_changed, with_query

#: facet of the search API -> (GET parameter, Swedish label)
FACETS = {"organization": ("organisation", "Organisation"), "body": ("organ", "Organ"),
          "year": ("ar", "År"), "municipality": ("kommun", "Kommun"), "kind": ("typ", "Typ")}
FACET_PARAMS = tuple(param for param, _ in FACETS.values())  #: the values of ``visa``
#: values a facet shows (the largest counts) until its "Visa alla" link asks for all of them: a common word's
#: facets hold ~700 values (every organisation, body and municipality), ~90 % of the page's bytes
FACET_TOP = 10
KIND_LABELS = {"item": "punkt", "decision": "beslut", "assignment": "uppdrag", "person": "person"}


def facets_json(p, facets: dict[str, dict[str, int]]) -> list[dict]:
    """Each facet's values with their exact counts and the URL that sets (or, when set, clears) one; ``p``:
    the search's parameters (``pages.search.Params``). For the search page only: ``/api/search`` gives
    every value of every facet (its OpenAPI description says so).

    A facet shows its :data:`FACET_TOP` values of the largest counts (the search's order) and the value
    chosen, wherever it stands; ``size`` is how many values it has, ``more_url`` the page showing all of
    them (``visa``; None when all are shown) and ``less_url`` the page showing the top ones again (None
    unless this facet is the one shown in full).
    """
    out = []
    base = p.query()
    pieces = encoded(base)  # (each parameter encoded once a page, not once a facet)
    for name, (param, label) in FACETS.items():
        chosen = getattr(p, param)
        counts = facets.get(name) or {}
        expanded = p.visa == param
        shown = list(counts.items()) if expanded else _top(counts, FACET_TOP, chosen)
        url = with_one_changed("/sok", base, param, pieces)
        labels = KIND_LABELS if name == "kind" else {}
        values = [{"value": v, "count": n, "selected": v == chosen, "label": labels.get(v, v),
                   "url": url("" if v == chosen else v)} for v, n in shown]
        more = len(counts) > FACET_TOP
        out.append({"name": name, "param": param, "label": label, "values": values, "size": len(counts),
                    "more_url": _facet_url(p, param) if more and not expanded else None,
                    "less_url": _facet_url(p, None) if more and expanded else None})
    return out


def _facet_url(p, visa: str | None) -> str:
    """The same page with the facet ``visa`` (None: none) shown in full, opened at that facet."""
    query = p.query(visa=visa, sida=p.sida if p.sida > 1 else None)
    return with_query("/sok", query) + f"#facett-{visa or p.visa}"


def _top(counts: dict[str, int], top: int, chosen: str) -> list[tuple[str, int]]:
    """The first ``top`` (value, count) pairs of ``counts``, and the ``chosen`` value's if it comes later."""
    shown = list(islice(counts.items(), top))
    if chosen in counts and all(value != chosen for value, _ in shown):
        shown.append((chosen, counts[chosen]))
    return shown
