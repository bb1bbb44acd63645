"""`items[].text`: an item's own text as written, kept by parse, exported, searchable and shown."""

from __future__ import annotations

import json

from protokoll.parse import parse_text
from protokoll.record import MeetingRecord

#: An invented protocol: two pages, a running footer beside each page counter, a wrapped line,
#: a labelled decision, a signature block.
DOCUMENT = """Protokoll
Kulturnämnden
Datum: 2023-10-05

§ 7 Bibliotekets öppettider
Föredragande: Karin Lund
Biblioteket har haft fler besökare på kvällarna under hösten. Förvaltningen före-
slår därför längre öppettider på torsdagar.

Beslut: Kulturnämnden beslutar att biblioteket har öppet till kl. 20 på torsdagar.
Kulturnämnden · Protokoll 2023-10-05
1(2)
§ 8 Övriga frågor
Ordföranden tackade för i dag.

Vid protokollet
Per Holm
"""


def test_parse_keeps_each_items_own_text_in_paragraphs():
    rec = parse_text(DOCUMENT, "kultur.txt")
    assert [i.text for i in rec.items] == [
        "Föredragande: Karin Lund\n\n"
        "Biblioteket har haft fler besökare på kvällarna under hösten. Förvaltningen föreslår därför "
        "längre öppettider på torsdagar.\n\n"
        "Beslut: Kulturnämnden beslutar att biblioteket har öppet till kl. 20 på torsdagar.",
        "Ordföranden tackade för i dag.",
    ]


def test_item_text_is_exported_and_read_back():
    rec = parse_text(DOCUMENT, "kultur.txt")
    data = json.loads(json.dumps(rec.to_dict(), ensure_ascii=False))
    assert data["items"][1]["text"] == "Ordföranden tackade för i dag."
    assert [i.text for i in MeetingRecord.from_dict(data).items] == [i.text for i in rec.items]


def test_a_record_without_item_text_reads_as_empty_text():
    data = parse_text(DOCUMENT, "kultur.txt").to_dict()
    for item in data["items"]:
        del item["text"]
    assert [i.text for i in MeetingRecord.from_dict(data).items] == ["", ""]
