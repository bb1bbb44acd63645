"""An agenda read from a web page: "Omedelbar justering" on the proposal's label line is no proposal, and the
page's link text ("Ärendedokument", "Läs dokument (PDF)", "Handlingar", "Bilagor") is no part of one.

The document is written for these tests (a made-up stadsdelsnämnd's list on its web page), in the form Swedish
municipal sites print their agendas.
"""

from __future__ import annotations

from protokoll.parse import parse_text

WEB_AGENDA = """Föredragningslista
Norrby stadsdelsnämnd
Tid: torsdagen den 14 mars 2024 kl. 18.00
Plats: Stadsdelskontoret

1 Val av justerare

2 Yttrande över remiss om parkeringsnorm
Dnr 120-2024-1.2.

Förslag till beslut Omedelbar justering
Stadsdelsnämnden tillstyrker remissen.
Ärendedokument
Läs dokument (PDF)

3 Ekonomisk uppföljning februari
Dnr 98-2024-1.1.

Förslag till beslut
Stadsdelsnämnden godkänner uppföljningen.
Handlingar
Tjänsteutlåtande

4 Lokal för fritidsgården
Dnr 77-2024-2.3.

Förslag till beslut Omedelbar justering

Stadsdelsnämnden hyr lokalen på Torggatan 4 för fritidsgården.
Bilagor
Hyresavtal
"""


def _proposals(text: str) -> dict[str, str | None]:
    record = parse_text(text, "foredragningslista.txt")
    return {str(item.number): item.proposed_decision for item in record.items}


def test_immediate_approval_is_no_proposal():
    proposals = _proposals(WEB_AGENDA)
    assert proposals["2"] == "Stadsdelsnämnden tillstyrker remissen."
    assert proposals["4"] == "Stadsdelsnämnden hyr lokalen på Torggatan 4 för fritidsgården."


def test_link_text_is_no_part_of_the_proposal():
    proposals = _proposals(WEB_AGENDA)
    assert proposals["3"] == "Stadsdelsnämnden godkänner uppföljningen."
    assert all("Ärendedokument" not in (p or "") and "Läs dokument" not in (p or "") for p in proposals.values())


def test_no_label_line_is_still_read_as_a_proposal():
    text = WEB_AGENDA.replace("Förslag till beslut Omedelbar justering\nStadsdelsnämnden tillstyrker remissen.",
                              "Förslag till beslut\nStadsdelsnämnden tillstyrker remissen.")
    assert _proposals(text)["2"] == "Stadsdelsnämnden tillstyrker remissen."


NUMBERED = """Föredragningslista
Norrby stadsdelsnämnd
Tid: torsdagen den 14 mars 2024 kl. 18.00

1 Val av justerare

2 Ny förskola i Norrby centrum
Dnr 200-2024-3.1.

Förslag till beslut Omedelbar justering

1. Stadsdelsnämnden godkänner inriktningen för en ny förskola.

2. Stadsdelsnämnden begär hos kommunstyrelsen medel för projekteringen.

Sammanfattning
Förvaltningen har utrett behovet av förskoleplatser.
"""


def test_numbered_points_under_the_label_are_one_proposal():
    proposal = _proposals(NUMBERED)["2"]
    assert proposal == ("1. Stadsdelsnämnden godkänner inriktningen för en ny förskola. "
                        "2. Stadsdelsnämnden begär hos kommunstyrelsen medel för projekteringen.")
