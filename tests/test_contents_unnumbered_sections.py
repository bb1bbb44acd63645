"""A contents list whose numbers were lost, followed by the sections it names, their numbers lost too (issue 10,
h68): the items are read at the sections, each once. The documents are invented."""

from __future__ import annotations

from protokoll.parse import parse_text

LISTED = """Protokoll
Kultur- och fritidsnämnden i Ekås
2019-05-14

Innehållsförteckning
Val av justerare
Budgetuppföljning april
Motion om ny konstgräsplan
Informationsärenden

Val av justerare
Till justerare utses Per Ek.

Budgetuppföljning april
Nämnden godkänner uppföljningen.

Motion om ny konstgräsplan
Nämnden föreslår fullmäktige att avslå motionen.

Informationsärenden
Informationen noteras.
"""


def test_each_listed_item_once_read_at_its_section():
    rec = parse_text(LISTED, source="t.txt")
    assert [it.title for it in rec.items] == ["Val av justerare", "Budgetuppföljning april",
                                              "Motion om ny konstgräsplan", "Informationsärenden"]
    assert rec.items[0].decisions == ["Till justerare utses Per Ek."]


def test_a_list_whose_sections_do_not_all_follow_gives_each_title_once():
    text = LISTED.replace("Informationsärenden\nInformationen noteras.\n", "")
    titles = [it.title for it in parse_text(text, source="t.txt").items]
    assert titles.count("Val av justerare") == 1
