"""The ``<li>`` lines of a search page's hits (``pages.search.hit_json`` dicts), written as the template's
loop over them wrote them (``_partials/hits.html``).

Jinja's loop looked up ~12 attributes and escaped ~10 values per hit, one call each: after the facets
(:func:`.render.facet_items`) the largest part of rendering an uncached search page. Here every hit's
text fields are escaped by one call over the whole page (escaping is per character, so the separator,
which escaping leaves as it is, splits them again) and each line is one f-string.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup, escape

_MARK = re.compile(r"(</?mark>)")
_SEP = "\x00"  #: between the fields escaped at once
_FIELDS = 6  #: url, title, kind label, body, organisation, date (or year)


def hit_items(hits: list[dict], date_text: Callable[[str], str]) -> Markup:
    """Every hit of ``hits`` as the template wrote it: title link, where it was said (the meeting's date
    written by ``date_text``: the template's ``datum`` filter), snippet."""
    fields = [_SEP.join(_texts(h, date_text)) for h in hits]
    escaped = str(escape(_SEP.join(fields))).split(_SEP) if fields else []
    if len(escaped) != _FIELDS * len(hits):  # a separator inside a value: each field escaped on its own
        escaped = [str(escape(x)) for h in hits for x in _texts(h, date_text)]
    out = []
    for n, h in enumerate(hits):
        url, title, label, body, org, day = escaped[n * _FIELDS:(n + 1) * _FIELDS]
        point = f" · punkt {escape(h['item_number'])}" if h["item_number"] else ""
        out.append(f'    <li class="hit">\n      <h2><a href="{url}">{title}</a></h2>\n'
                   f'      <p class="where">{label} · {body} {org} · {day}{point}</p>\n'
                   f'      <p class="snippet">{snippet_html(h["snippet"])}</p>\n    </li>\n')
    return Markup("".join(out))


def _texts(h: dict, date_text: Callable[[str], str]) -> tuple[str, ...]:
    """A hit's fields as the template printed them (before escaping), in the order of :data:`_FIELDS`."""
    day = date_text(h["meeting_date"]) if h["meeting_date"] else (h["year"] or "")
    return (str(h["url"]), str(h["title"]), str(h["kind_label"]), str(h["body"] or ""),
            str(h["organization"] or ""), str(day))


def snippet_html(snippet: str) -> Markup:
    """A search snippet as markup: its ``<mark>`` tags kept, anything else that looks like a tag escaped.

    The search API returns snippets already escaped; this only guards against one that is not.
    """
    snippet = snippet or ""
    bare = snippet.replace("<mark>", "").replace("</mark>", "")
    if "<" not in bare and ">" not in bare:  # (every snippet search makes: nothing to escape, no pieces to split)
        return Markup(snippet)
    parts = _MARK.split(snippet)
    return Markup("".join(p if p in ("<mark>", "</mark>") or not ("<" in p or ">" in p) else escape(p)
                          for p in parts))
