"""The municipality a document names (parse/municipal.py) read from the few official names the text writes, in the
gazetteer's order, not by a walk of all 290 names for each document; regions counted only where one is written
(issue 12). The reading is the same."""

import random

from protokoll.parse.municipal import named_municipality
from protokoll.parse.officialnames import in_gazetteer_order, official_names


def test_names_come_in_the_gazetteer_order():
    order = [name for name, _ in official_names()]
    rng = random.Random(3)
    for _ in range(200):
        picked = set(rng.sample(order, rng.randint(0, 6)))
        assert in_gazetteer_order(picked) == [name for name in order if name in picked]


def test_counterparts_are_listed_in_the_gazetteer_order_whatever_the_text_order():
    text = ("Protokoll\nMiljönämnden\n\n§ 1 Avtal\nAvtal med Umeå kommun om vatten. Yttrande till Lunds kommun "
            "om planen.\n")
    said = "uncertain: a municipal body, and only another party named (Lunds kommun, Umeå kommun)"
    assert named_municipality(text) == (None, said)


def test_a_region_is_counted_only_where_its_name_is_written():
    assert named_municipality("Protokoll\nNämnden\nRegion Uppsala och Region Uppsala\n") == (
        None, "uncertain: a municipal body, and only a region named (Region Uppsala)")
    assert named_municipality("Protokoll\nNämnden\nUppsala län\n") == (
        None, "uncertain: a municipal body, but no municipality named")
    assert named_municipality("Protokoll\nNorrby\nVid mötet: Västerås stad, Västerås stad, Västerås stad.\n")[0] \
        == "Västerås stad"
