"""Items in forms met in fresh real documents, eighth pass (issue 10, h26): web agendas whose numbered
titles end in a full stop and are split by section headings. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

#: a district council's web agenda: each title its own paragraph, ending in a full stop, the list split by
#: section headings and notes
SECTIONED = """Sammanträde 2024-05-16

Datum
Klockan
18:30
Plats
Medborgarhuset, Storgatan 4

4 Val av justerare och tid för justering

5 Förvaltningschefens information.

6 Inkomna skrivelser och medborgarförslag.

Anmälan av rådens protokoll

7 Protokoll från pensionärsrådet.

8 Protokoll från rådet för funktionshinderfrågor.

Beslutsärenden

9 Ombyggnad av Lindgårdens förskola.

10 Uppföljning av hemtjänsten - redovisning av åtgärder.

Remiss från kommunstyrelsen.
Dnr 1.5-211-2024

11 Riktlinjer för föreningsbidrag.
"""


def test_a_web_agenda_of_titles_ending_in_full_stops_reads_every_item_across_its_section_headings():
    items = parse_text(SECTIONED, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("4", "Val av justerare och tid för justering"), ("5", "Förvaltningschefens information"),
        ("6", "Inkomna skrivelser och medborgarförslag"), ("7", "Protokoll från pensionärsrådet"),
        ("8", "Protokoll från rådet för funktionshinderfrågor"), ("9", "Ombyggnad av Lindgårdens förskola"),
        ("10", "Uppföljning av hemtjänsten - redovisning av åtgärder"), ("11", "Riktlinjer för föreningsbidrag")]


#: two numbered sentences in a row are no agenda: the second is the first's proposal run on
TWO_SENTENCES = """Föredragningslista

1 Justering
Eva Ek utses att justera.

2 Godkännande av dagordningen godkänna den utsända dagordningen.

3 Anmälan av skrivelser notera skrivelserna till protokollet.
Följande skrivelser anmäls: brev från länsstyrelsen om tillsyn och från regionen om samverkan.
"""


def test_two_numbered_sentences_alone_are_not_read_as_an_agenda_of_full_stop_titles():
    items = parse_text(TWO_SENTENCES, "x.txt").items
    assert [it.number for it in items] == ["1"]
