"""``web.hit_items`` writes a search page's hits exactly as the template's loop over them did (the loop
was, after the facets, most of an uncached search page's rendering)."""

from __future__ import annotations

import pytest

from protokoll.web.hit_items import hit_items
from protokoll.web.render import make_templates, swedish_date

#: the template's loop as it was before ``hit_items`` (_partials/hits.html)
LOOP = """  <ol class="hits">
  {% for h in hits %}
    <li class="hit">
      <h2><a href="{{ h.url }}">{{ h.title }}</a></h2>
      <p class="where">{{ h.kind_label }} · {{ h.body or '' }} {{ h.organization or '' }} · {{ h.meeting_date|datum if h.meeting_date else (h.year or '') }}{% if h.item_number %} · punkt {{ h.item_number }}{% endif %}</p>
      <p class="snippet">{{ h.snippet|snippet }}</p>
    </li>
  {% endfor %}
  </ol>
"""
FILTER = """  <ol class="hits">
{{ hits|hit_items }}  </ol>
"""


def _hit(**changes) -> dict:
    hit = {"kind": "item", "kind_label": "Punkt", "meeting_id": 7, "meeting_date": "2024-03-05", "year": 2024,
           "organization": "Norrbyns kommun", "body": "Tekniska nämnden", "item_number": "4",
           "title": "Budget 2025", "snippet": "Nämnden antar <mark>budgeten</mark> &amp; planen.",
           "url": "/moten/7#punkt-4"}
    return hit | changes


HITS = [_hit(),
        _hit(meeting_date=None, year=2019, item_number=None, body=None, title='<b>"Ny" & \'gammal\'</b>',
             url="/moten/8?a=1&b=2"),
        _hit(meeting_date=None, year=None, organization=None, kind_label="Beslut", snippet="<script>x</script>"),
        _hit(meeting_date="2024-13-40", item_number="§ 12 <a>", snippet=None)]


@pytest.mark.parametrize("hits", [HITS, HITS[:1], HITS[1:2], []])
def test_the_hits_are_written_as_the_loop_wrote_them(hits):
    env = make_templates().env
    assert env.from_string(FILTER).render(hits=hits) == env.from_string(LOOP).render(hits=hits)


def test_text_is_escaped_and_marks_kept():
    html = str(hit_items(HITS, swedish_date))
    assert "&lt;b&gt;&#34;Ny&#34; &amp; &#39;gammal&#39;&lt;/b&gt;" in html and 'href="/moten/8?a=1&amp;b=2"' in html
    assert "<mark>budgeten</mark>" in html and "<script>" not in html and "5 mars 2024" in html


def test_a_value_holding_the_separator_is_escaped_all_the_same():
    hits = [_hit(title="a\x00<b>"), _hit(body="x\x00y")]
    env = make_templates().env
    html = env.from_string(FILTER).render(hits=hits)
    assert html == env.from_string(LOOP).render(hits=hits) and "a\x00&lt;b&gt;" in html


def _snippet_as_before(snippet: str):
    """``render.snippet_html`` as it was: every piece between mark tags looked at."""
    from markupsafe import Markup, escape

    from protokoll.web.hit_items import _MARK

    return Markup("".join(p if p in ("<mark>", "</mark>") or not ("<" in p or ">" in p) else escape(p)
                          for p in _MARK.split(snippet or "")))


@pytest.mark.parametrize("snippet", ["a <mark>b</mark> c &amp; d", "", None, "<script>x</script>",
                                     "<<mark>mark>x</mark>", "x > y <mark>y</mark>", "<mark>a</mark><b>",
                                     "<mark>", "</mark></mark>"])
def test_a_snippet_with_nothing_to_escape_is_kept_as_it_was_kept(snippet):
    from protokoll.web.render import snippet_html

    assert snippet_html(snippet) == _snippet_as_before(snippet)
    assert isinstance(snippet_html(snippet), type(_snippet_as_before(snippet)))
