"""A web page's ``<br>`` tags copied into its text (issue 10, h150).

Every text here is invented: a district council's agenda page whose titles carry their second line after a
``<br>`` in the same cell, and a label/value block written with the same tag.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.pipeline import process
from protokoll.repair import repair_text
from protokoll.repair.markup import read_breaks

AGENDA = """Din position: Hem > Malmö stad > Norra stadsdelsnämnden > Sammanträde 2011-03-09

Sammanträde 2011-03-09

Klockan
18.30
Plats
Stora salen, Rådhusgatan 4

1 Val av justerare <br>Anmälan av föregående sammanträdes protokoll

2 Ombyggnad av fritidsgården vid Parkskolan<br>Genomförandebeslut

Dnr: 2.1-104-2011

Handläggare: Petra Lind, 040 34 12 00

3 Nytt vårdboende i kv Lärkan<br />Svar på skrivelse från (C)

Dnr: 1.3-118-2011

4 Riktlinjer för föreningsbidrag

Dnr: 1.2-120-2011
"""


def record(text: str):
    data = text.encode("utf-8")
    return process(Path("invented.txt"), data, hashlib.sha256(data).hexdigest()).record


def test_a_tag_in_an_items_line_is_the_titles_wrap() -> None:
    assert read_breaks("5 Ny idrottshall<br>Genomförandebeslut") == "5 Ny idrottshall Genomförandebeslut"
    assert read_breaks("§ 12 Taxor 2012 <BR/> Remiss") == "§ 12 Taxor 2012 Remiss"


def test_a_tag_elsewhere_is_a_line_break() -> None:
    assert read_breaks("Plats<br>Stora salen") == "Plats\nStora salen"
    assert read_breaks("Anna Berg (S)<br />Olof Ek (M)") == "Anna Berg (S)\nOlof Ek (M)"
    assert read_breaks("inga taggar < här") == "inga taggar < här"


def test_repair_reads_the_tags() -> None:
    text, changes = repair_text("2 Ombyggnad av skolan<br>Genomförandebeslut\n")
    assert "<br>" not in text and "Ombyggnad av skolan Genomförandebeslut" in text
    assert any("<br>" in c.reason for c in changes)


def test_portal_agenda_titles_are_whole() -> None:
    titles = {item.number: item.title for item in record(AGENDA).items}
    assert titles["1"] == "Val av justerare Anmälan av föregående sammanträdes protokoll"
    assert titles["2"] == "Ombyggnad av fritidsgården vid Parkskolan Genomförandebeslut"
    assert titles["3"] == "Nytt vårdboende i kv Lärkan Svar på skrivelse från (C)"
    assert titles["4"] == "Riktlinjer för föreningsbidrag"
