"""``render.facet_items`` writes a search facet's values exactly as the template's loop over them did
(the loop was most of an uncached search page's rendering)."""

from __future__ import annotations

import pytest

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
