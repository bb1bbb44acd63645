"""A kallelse printed from a template leaves "Beslut:" blank under each item for the meeting to fill in; the next
item ("2. Budgetuppföljning") under that empty label is the next item, not an entry of a decision's list, since a
list a label opens counts from 1 (issue 10, h69). A decision written as numbered parts ("Beslut:" / "1. ..." /
"2. ...") is still one item's decisions. Every fixture is written for the test (invented names)."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text

KALLELSE = """KALLELSE
Socialnämnden
Tid: 2027-04-10 kl. 13.00
Plats: Kommunhuset, sal Ekan

1. Val av justerare
Förslag till beslut: Nämnden utser Eva Lund att justera protokollet.
{label}
2. Budgetuppföljning
Förslag till beslut: Nämnden godkänner uppföljningen.
{label}
3. Övriga frågor
"""


@pytest.mark.parametrize("label", ["Beslut:", "Beslut", "Nämndens beslut:", "Beslut:\n"])
def test_blank_decision_label_does_not_swallow_the_next_items(label):
    record = parse_text(KALLELSE.format(label=label), "kallelse.txt")
    assert record.kind == "agenda"
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Val av justerare"), ("2", "Budgetuppföljning"), ("3", "Övriga frågor")]
    assert not any(i.decisions for i in record.items)
    assert [i.proposed_decision for i in record.items[:2]] == [
        "Nämnden utser Eva Lund att justera protokollet.", "Nämnden godkänner uppföljningen."]


PROTOCOL = """Protokoll
Tekniska nämnden 2026-05-12

§ 14 Taxor för vatten och avlopp
Beslut:
1. Nämnden föreslår fullmäktige att anta taxan.
2. Nämnden uppdrar åt förvaltningen att informera abonnenterna.

§ 15 Övriga frågor
Inga övriga frågor.
"""


def test_numbered_parts_of_a_decision_stay_one_items():
    record = parse_text(PROTOCOL, "protokoll.txt")
    assert [i.number for i in record.items] == ["14", "15"]
    told = " ".join(record.items[0].decisions)
    assert "anta taxan" in told and "informera abonnenterna" in told
