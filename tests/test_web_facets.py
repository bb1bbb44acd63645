"""``render.facet_items`` writes a search facet's values exactly as the template's loop over them did
(the loop was most of an uncached search page's rendering); ``facet_html.facets_html`` the facets' whole
``<aside>`` as the template's loop over the facets did."""

from __future__ import annotations

import pytest

from protokoll.web.facet_html import facets_html
from protokoll.web.render import facet_items, make_templates

#: the template's loop as it was before ``facet_items`` (_partials/hits.html)
LOOP = """      <ul>
      {% for v in values %}
        <li{% if v.selected %} class="selected"{% endif %}><a href="{{ v.url }}">{{ v.label }}</a> <span class="n">{% if not facets_exact %}ca {% endif %}{{ v.count }}</span></li>
      {% endfor %}
      </ul>
"""
FILTER = """      <ul>
{{ values|facet_items(facets_exact) }}      </ul>
"""
VALUES = [{"value": "Lund & Malmö", "count": 12, "selected": False, "label": "Lund & Malmö",
           "url": "/sok?q=plan&kommun=Lund+%26+Malm%C3%B6"},
          {"value": 2024, "count": 3, "selected": True, "label": 2024, "url": "/sok?q=plan"},
          {"value": "<script>", "count": 1, "selected": False, "label": "<b>\"x\"</b>", "url": "/sok?q=a\"b'<"}]


@pytest.mark.parametrize("exact", [True, False])
@pytest.mark.parametrize("values", [VALUES, VALUES[:1], []])
def test_the_values_are_written_as_the_loop_wrote_them(values, exact):
    env = make_templates().env
    context = {"values": values, "facets_exact": exact}
    assert env.from_string(FILTER).render(context) == env.from_string(LOOP).render(context)


def test_text_is_escaped():
    html = str(facet_items(VALUES[2:], exact=False))
    assert "<b>" not in html and "&lt;b&gt;" in html and 'href="/sok?q=a&#34;b&#39;&lt;"' in html
    assert "ca 1" in html


def test_a_value_holding_the_separator_is_escaped_all_the_same():
    values = [{"value": "a\x00<b>", "count": 2, "selected": False, "label": "a\x00<b>", "url": "/sok?x=1&y=2"},
              VALUES[0]]
    html = str(facet_items(values))
    assert html.count("<li") == 2 and "a\x00&lt;b&gt;" in html and 'href="/sok?x=1&amp;y=2"' in html
    env = make_templates().env
    context = {"values": values, "facets_exact": True}
    assert env.from_string(FILTER).render(context) == env.from_string(LOOP).render(context)



#: the template's facets as they were before ``facets_html`` (_partials/hits.html), around ``facet_items``
SECTIONS = """  {% if facets %}
  <aside class="facets" aria-label="Avgränsa">
    {% for f in facets if f["values"] %}
    <section class="facet" id="facett-{{ f.param }}">
      <h2>{{ f.label }}</h2>
      <ul>
{{ f["values"]|facet_items(facets_exact) }}      </ul>
      {# (the comment the template held here) #}
      {% for url, text in ((f.more_url, "Visa alla (%d)" % f.size), (f.less_url, "Visa färre")) if url %}<p class="facet-more"><a id="facett-{{ f.param }}-alla" href="{{ url }}" aria-label="{{ text }}: {{ f.label }}" hx-get="{{ url.partition('#')[0] }}" hx-target="#traffar" hx-swap="outerHTML" hx-push-url="{{ url }}">{{ text }}</a></p>{% endfor %}
    </section>
    {% endfor %}
  </aside>
  {% endif %}
  <ol class="hits">
"""
FACETS_FILTER = """{{ facets|facets_html(facets_exact) }}  <ol class="hits">
"""


def _facet(param: str, label: str, values: list[dict], more: str | None = None, less: str | None = None) -> dict:
    return {"name": param, "param": param, "label": label, "values": values, "size": len(values) + 40,
            "more_url": more, "less_url": less}


FACETS = [_facet("organisation", "Organisation", VALUES, more="/sok?q=plan&visa=organisation#facett-organisation"),
          _facet("organ", "Organ", []),
          _facet("kommun", "Kommun", VALUES[:1], less="/sok?q=plan&sida=2#facett-kommun"),
          _facet("ar", "År", VALUES[1:2]),
          _facet("typ<", "Typ & \"slag\"", VALUES[2:], more="/sok?q=a\"b'<&visa=typ#x#y", less="/sok?q=<>")]


@pytest.mark.parametrize("exact", [True, False])
@pytest.mark.parametrize("facets", [FACETS, FACETS[:1], FACETS[1:2], FACETS[2:], [], [FACETS[1], FACETS[1]]])
def test_the_facets_are_written_as_the_template_wrote_them(facets, exact):
    env = make_templates().env
    context = {"facets": facets, "facets_exact": exact}
    assert env.from_string(FACETS_FILTER).render(context) == env.from_string(SECTIONS).render(context)


def test_the_facets_text_is_escaped():
    html = str(facets_html(FACETS[4:]))
    assert 'id="facett-typ&lt;"' in html and "<h2>Typ &amp; &#34;slag&#34;</h2>" in html
    assert 'hx-get="/sok?q=a&#34;b&#39;&lt;&amp;visa=typ"' in html and "Visa alla (41)" in html
