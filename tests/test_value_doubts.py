"""Header values whose shape no place and no name has are left open with the reason (parse/valuedoubts.py),
and the trims that keep a place whole ("Hos X, Y", a label's second line, a flattened header's next label)."""

from protokoll.parse import parse_text
from protokoll.parse.placeforms import refine
from protokoll.parse.placetrim import trim_place
from protokoll.parse.valuedoubts import name_doubt, place_doubt


def _uncertain(rec, field: str) -> list[str]:
    return [e.rule for e in rec.evidence if e.path == field and e.rule.startswith("uncertain:")]


def test_values_shaped_as_no_place_are_doubted():
    assert place_doubt("(Skriv lokal här)")
    assert place_doubt("Lena Ek (MP)")
    assert place_doubt("Förbundsstyrelsemöte i Spelförbundet (12)")
    assert place_doubt("Styrelsens möte, Spelförbundet 2(9)")
    assert place_doubt("Diarienr: Föreningens kansli, Norrby")
    assert place_doubt("12 Information om budget")
    assert place_doubt("Hamnkaféet vid kajenLars B")
    assert place_doubt("Förbundets direktion Förbundet i Norrby län")


def test_real_places_are_not_doubted():
    for place in ("Stadshuset, sal B", "Hotellet (sal Vega)", "FoU-rummet, Kommunhuset", "ABCs kansli i Norrby",
                  "Eken Länsstyrelsen Norrbotten, Luleå", "Kommunstyrelsens sammanträdesrum",
                  "Tekniska nämndens sessionssal", "Förvaltningshuset 1:4", "Kungsgatan 12, plan 2",
                  "Rum 3 (plan 2), Rådhuset"):
        assert place_doubt(place) is None, place


def test_names_with_a_glued_word_label_or_region_are_doubted():
    assert name_doubt("Karin Ström Vice")
    assert name_doubt("Karin Ström Till")
    assert name_doubt("Utdragsbestyrkande Paragrafer Sekreterare")
    assert name_doubt("Västmanland Lena Ek")


def test_a_word_of_the_protocols_apparatus_is_no_name():
    # a signature block "<name> Ordförande Protokolljustering Norrby den ...": the next label read as the chair
    for value in ("Protokolljustering Norrby", "Justerare Åsa Berg", "Anslagsdatum Norrby", "Per Holm Underskrift",
                  "Sammanträdesdatum Norrby", "Paragrafer Lena Ek"):
        assert name_doubt(value), value
    for name in ("Justus Berg", "Anna Protzen", "Paula Grafström", "Per Anslöv"):
        assert name_doubt(name) is None, name


def test_a_signing_label_after_the_chairs_role_leaves_the_chair_open():
    text = ("NORRBY KOMMUN SOCIALNÄMNDEN SAMMANTRÄDESPROTOKOLL Nr 3/21\nTid Tisdagen den 9 mars 2021 kl 18.00\n"
            "Plats Kommunhuset, Norrby\nNärvarande Ledamöter Berit Holm, ordförande Sven Ek Anna Lind\n"
            "Underskrifter Norrby den 10.03.2021 Berit Holm Ordförande Protokolljustering Norrby den 10.03.2021 "
            "Sven Ek Protokolljusterare\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    rec = parse_text(text, source="x.txt")
    assert rec.chair != "Protokolljustering Norrby"


def test_real_names_are_not_doubted():
    for name in ("Karin Ström", "Dag Lindholm", "Lena Ek-Ström", "Nordin Carolina", "Per Olof Berg"):
        assert name_doubt(name) is None, name


def test_a_place_read_as_a_roster_member_is_left_open_with_the_reason():
    text = ("PROTOKOLL Kommunstyrelsen 2012-05-03 Närvarande Lena Ek (S), Per Holm (M) och Karin Ström (MP). Övriga "
            "Justering Justerande Plats och tid Karin Ström (MP) Paragrafer Underskrifter Sekreterare Ordförande\n\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    rec = parse_text(text, "x.txt")
    assert rec.place is None
    assert any("member" in r for r in _uncertain(rec, "place"))


def test_a_chair_with_the_next_role_word_glued_is_left_open():
    text = ("Protokoll styrelsemöte 2021-03-04\nNärvarande Ordförande Karin Ström Vice ordförande Per Holm "
            "Kassör Lena Ek\n\n1. Mötets öppnande\nMötet öppnades.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair is None
    assert any("'Vice'" in r for r in _uncertain(rec, "chair"))


def test_a_meeting_at_home_keeps_its_host_in_the_place():
    text = ("Protokoll\nStyrelsemöte i Norrby vägförening\nDag 2016-08-27\nPlats: Hos Karin Ström, Byn\n"
            "Närvarande: Karin Ström, ordförande, Per Holm\n1. Öppnande\n")
    assert parse_text(text, "x.txt").place == "Hos Karin Ström, Byn"


def test_the_host_of_a_meeting_at_home_stays_in_the_place():
    assert refine("Hos Karin Ström, Byn") == "Hos Karin Ström, Byn"
    assert refine("Stadshuset, rum Ekorren Karin Lindqvist, Norrby kommun") == "Stadshuset, rum Ekorren"


def test_a_label_left_before_the_place_goes():
    assert trim_place("för sammanträdet Biblioteket, Norrby") == "Biblioteket, Norrby"
    assert trim_place("Beslutande Rådhuset, sal 2") == "Rådhuset, sal 2"
    assert trim_place("Beslutat Rådhuset, sal 2") == "Rådhuset, sal 2"
