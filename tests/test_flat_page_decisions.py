"""Decisions in paragraphs of flattened pages (h100), read through the whole pipeline (repair, then parse): a
document-sharing site's copy runs each page into one line, and the repair breaks it at some labels only.

- a decision label run on after other text in a short part ("Tjänsteskrivelse 2021-01-12 Beslut Nämnden antar
  taxan.", "... verksamheten. Beslutet Nämnden antar taxan.") opens the decision;
- a decision's numbered list under its label ("Kultur- och fritidsnämndens beslut" / "1. ..." / "2. ...") is the
  decision, not items of their own that would push the paragraph's own heading out.
All names and texts are invented.
"""

import hashlib
from pathlib import Path

from protokoll.pipeline import process

HEADER = ("Sammanträdesprotokoll\n\nTranskript\n\n1 SAMMANTRÄDESPROTOKOLL 1 (9) Kultur- och fritidsnämnden Plats och tid "
          "Kulturhuset, Norrby kl 13.00-15.00 Beslutande Anna Berg (S), ordförande Per Ek (M) Sekreterare Lisa Strand "
          "Justerare Per Ek\n\n")
TEXT = ("Förvaltningen har under hösten arbetat fram ett underlag som beskriver läget och de olika alternativen för "
        "verksamheten. ")
NEXT_PAGE = ("3 SAMMANTRÄDESPROTOKOLL 3 (9) Kultur- och fritidsnämnden § 6 Övrigt " + TEXT +
             "Inga övriga frågor anmäldes.")


def _items(page: str) -> dict:
    text = HEADER + "2 SAMMANTRÄDESPROTOKOLL 2 (9) Kultur- och fritidsnämnden " + page + \
        " Justerandes sign Utdragsbestyrkande\n\n" + NEXT_PAGE
    data = text.encode()
    record = process(Path("x.txt"), data, hashlib.sha256(data).hexdigest()).record
    return {it.number: it for it in record.items}


def test_a_decision_label_after_the_papers_listed_in_a_short_part():
    items = _items("§ 5 Taxor för lokaler 2022 " + TEXT + "Beslutsunderlag Tjänsteskrivelse 2021-01-12 Beslut "
                   "Nämnden antar taxorna.")
    assert items["5"].decisions == ["Nämnden antar taxorna."]


def test_the_label_beslutet_run_on_after_a_sentence():
    items = _items("§ 5 Taxor för lokaler 2022 " + TEXT + "Beslutet Nämnden antar taxorna.")
    assert items["5"].decisions == ["Nämnden antar taxorna."]


def test_a_decisions_numbered_list_under_its_label_is_no_item():
    items = _items("§ 5 Taxor för lokaler 2022 " + TEXT + "Kultur- och fritidsnämndens beslut 1. Taxorna antas. "
                   "2. Förvaltningen får i uppdrag att informera föreningarna.")
    assert sorted(items) == ["5", "6"]
    assert items["5"].title == "Taxor för lokaler 2022"
    assert items["5"].decisions[0].startswith("1. Taxorna antas.")
