"""A search page's facets (``pages.search.facets_json``) as HTML, written as the template's loops over
them wrote them (``_partials/hits.html``): :func:`facets_html` the whole ``<aside>``, :func:`facet_items`
one facet's ``<li>`` lines.

Jinja's loops looked up every value's fields and escaped each one with a call of its own: a facet of
every organisation, body and municipality is some hundreds of lines a page, and after them the five
facets' sections with their links were still a sizeable part of rendering an uncached search page.
"""

from __future__ import annotations

from markupsafe import Markup, escape

_SEP = "\x00"  #: between the fields :func:`facet_items` escapes at once
_SELECTED = ' class="selected"'


def facets_html(facets: list[dict], exact: bool = True) -> Markup:
    """The facets' ``<aside>`` (nothing without facets): each facet that has values, its values
    (:func:`facet_items`) and its links to all of them or to the top ones again."""
    if not facets:
        return Markup("")
    out = ['  <aside class="facets" aria-label="Avgränsa">\n']
    for f in facets:
        if not f["values"]:
            continue
        param, label = escape(f["param"]), escape(f["label"])
        out.append(f'    <section class="facet" id="facett-{param}">\n      <h2>{label}</h2>\n      <ul>\n'
                   f'{facet_items(f["values"], exact)}      </ul>\n')
        for url, text in ((f["more_url"], "Visa alla (%d)" % f["size"]), (f["less_url"], "Visa färre")):
            if url:
                out.append(f'<p class="facet-more"><a id="facett-{param}-alla" href="{escape(url)}" '
                           f'aria-label="{escape(text)}: {label}" hx-get="{escape(url.partition("#")[0])}" '
                           f'hx-target="#traffar" hx-swap="outerHTML" hx-push-url="{escape(url)}">'
                           f'{escape(text)}</a></p>')
        out.append("    </section>\n")
    out.append("  </aside>\n")
    return Markup("".join(out))


def facet_items(values: list[dict], exact: bool = True) -> Markup:
    """The ``<li>`` lines of a search facet's values, as the template wrote them one by one.

    Every value's URL, label and count are escaped by one call over all of them (escaping is per
    character, so the separator, which escaping leaves as it is, splits them again).
    """
    about = "" if exact else "ca "
    fields = [f"{v['url']}{_SEP}{v['label']}{_SEP}{v['count']}" for v in values]
    escaped = str(escape(_SEP.join(fields))).split(_SEP) if fields else []  # (str: Markup's split wraps each piece)
    if len(escaped) != 3 * len(values):  # a separator inside a value: each escaped on its own
        escaped = [str(escape(x)) for v in values for x in (v["url"], v["label"], v["count"])]
    lines = iter(escaped)
    return Markup("".join(
        f'        <li{_SELECTED if v["selected"] else ""}><a href="{url}">{label}</a>'
        f' <span class="n">{about}{count}</span></li>\n' for v, url, label, count in zip(values, lines, lines, lines)))
