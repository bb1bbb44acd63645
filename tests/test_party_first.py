"""A party column before each member's name, flattened ("S Anna Berg S Per Holm C Lisa Ek"), read as the names
with their parties (parse.partyfirst, parse.attendance). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.partyfirst import party_first
from protokoll.repair import repair_text


def test_rows_with_the_party_first():
    assert party_first("S Anna Berg S Per Holm, tjänstgör för Bo Ros (S) KD Eva-Lena Strand") == \
        "Anna Berg (S), Per Holm (S), tjänstgör för Bo Ros (S), Eva-Lena Strand (KD)"
    assert party_first("Lisa Ek L Olle Berg M Kim Nord") == "Olle Berg (L), Kim Nord (M), Lisa Ek"


def test_values_of_another_form_are_left_alone():
    for value in ("Anna Berg (S), Per Holm (M)", "S Anna Berg S Per Holm Ordförande", "Eva Ek S Anna Berg",
                  "S Anna Berg Per Holm Lisa Ek Olle Berg M Kim Nord"):
        assert party_first(value) == value


def test_a_flattened_protocol_lists_its_members_with_their_parties():
    text = ("SAMMANTRÄDESPROTOKOLL Sida 1(9) Tid kl 13.00-15.00 Plats Stora salen, Rådhuset Beslutande "
            "S Anna Berg S Per Holm, tjänstgör för Bo Ros (S) C Lisa Ek M Pär-Ola Nord SD Kim Strand "
            "Övriga deltagande Ej tjänstgörande ersättare S Eva Ek L Olle Berg M Jan Sten Tjänstemän Karin Lund "
            "Förvaltningschef Utses att justera Lisa Ek (C)\n\n§ 1 Budget\nNämnden beslutar att godkänna budgeten.\n")
    people = {a["name"]: (a["affiliation"], a["group"])
              for a in parse_text(repair_text(text)[0], source="t.txt").to_dict()["attendees"]}
    for name, party in (("Anna Berg", "S"), ("Per Holm", "S"), ("Lisa Ek", "C"), ("Pär-Ola Nord", "M"),
                        ("Kim Strand", "SD")):
        assert people.get(name) == (party, "present")
    assert "Bo Ros" not in people  # replaced, so not there
    assert people.get("Eva Ek") == (None, "other") and people.get("Olle Berg") == ("L", "other")
    assert not any(n.startswith(("S ", "C ", "M ", "SD ")) or n.endswith((" L", " M")) for n in people)
