"""A county council's body named with its county ("Norrdala läns landstingsstyrelse", the older councils' own
form) and the posting box's "Organ" value set after the box's own sentence by a flattened page
(parse/orgsigns.py, parse/regional.py, parse/bodysigns.py). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.bodysigns import labelled_body
from protokoll.parse.orgsigns import municipal_genitive

HEADER = """Sammanträdesprotokoll 1 (12)
Plats och tid Stora salen, landstingshuset, Norrtälje den 3 maj 2001 kl
Beslutande Karin Sjögren Olle Berg Tina Falk
Utses att justera Olle Berg
Underskrifter Sekreterare Paragrafer Ulla Borg Ordförande Justerande Karin Sjögren Olle Berg
Organ BEVIS Justeringen har tillkännagivits genom anslag Uppsala läns landstingsstyrelse
Datum för anslags uppsättande Förvaringsplats för protokollet Landstingets kansli Underskrift Ulla Borg

2 (12) 40 Fastställande av föredragningslista
Föredragningslistan fastställs.
"""


def test_the_county_named_body_is_the_councils_board():
    assert municipal_genitive("Uppsala läns landstingsstyrelse") == ("Landstingsstyrelsen", "Uppsala läns landsting")
    assert municipal_genitive("Norrdala läns landstingsstyrelse") is None  # no county of that name


def test_a_protocol_whose_box_names_the_county_councils_board():
    rec = parse_text(HEADER, "a.txt")
    assert rec.body == "Landstingsstyrelsen"
    assert rec.organization == "Uppsala läns landsting"


def test_the_organ_value_after_the_boxs_own_sentence():
    value = "BEVIS Justeringen har tillkännagivits genom anslag Uppsala läns landstingsstyrelse"
    assert labelled_body(value) == "Landstingsstyrelsen"
    value = "Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Byggnämnden Anslags uppsättande"
    assert labelled_body(value) == "Byggnämnden"
