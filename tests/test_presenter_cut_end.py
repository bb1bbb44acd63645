"""A kallelse excerpt cut off inside its last presenter's name, without a line's end (text invented here): the cut
name is no presenter; a whole name at the end stays, and so does a short one where the document ends."""

from __future__ import annotations

from protokoll.parse import parse_text

KALLELSE = """KALLELSE Barn- och utbildningsnämnden
Måndagen den 3 mars 2031 kl 18:00
Föredragningslista Ärende/Föredragande
1 Upprop
2 Lägesrapport om skolbyggen Tove Lind
3 Avveckling av förskola Tove Lind, Mats Ah"""


def test_a_name_cut_by_the_excerpts_end_is_dropped():
    assert parse_text(KALLELSE, source="k.txt").items[-1].presenters == ["Tove Lind"]


def test_a_whole_name_at_the_end_stays():
    whole = KALLELSE.replace("Mats Ah", "Mats Ahlberg")
    assert parse_text(whole, source="k.txt").items[-1].presenters == ["Tove Lind", "Mats Ahlberg"]


def test_a_short_surname_at_a_documents_own_end_stays():
    assert parse_text(KALLELSE.replace("Mats Ah", "Mats Ek") + "\n", source="k.txt").items[-1].presenters == [
        "Tove Lind", "Mats Ek"]
