"""Points lettered without their item's number under an agenda item, each with who presents it on the line
under it (issue 10, h142). The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

INFORMATION_POINTS = """KALLELSE
Tekniska nämnden
Tid: Torsdagen den 8 juni 2023 kl. 14.00
Plats: Sammanträdesrum Ån, Stadshuset

Föredragningslista
1. Mötets öppnande
2. Information
a) Vinterväghållning
Eva Nord, gatuchef
b) Ny avfallsplan
Tom Vik, avfallsstrateg
c)
Kommentarer till beslutsärendena
Lisa Holm, förvaltningschef
3. Budget 2024
4. Mötets avslutande
"""


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, list(it.presenters)) for it in parse_text(text, "x.txt").items]


def test_lettered_points_under_an_item_are_items_with_their_presenters():
    assert _items(INFORMATION_POINTS) == [
        ("1", "Mötets öppnande", []), ("2", "Information", []),
        ("2 a", "Vinterväghållning", ["Eva Nord"]), ("2 b", "Ny avfallsplan", ["Tom Vik"]),
        ("2 c", "Kommentarer till beslutsärendena", ["Lisa Holm"]),
        ("3", "Budget 2024", []), ("4", "Mötets avslutande", [])]


def test_points_lettered_after_a_missing_number_take_that_number():
    text = """Socialnämnden
Sammanträde 2023-05-16
Klockan 15:00
Plats Nämndrummet, Förvaltningshuset

6 Månadsrapport för april

7 a) Anmälan av protokoll från pensionärsrådet

b) Anmälan av delegationsbeslut

c) Anmälan av inkomna skrivelser

8 Övriga frågor
"""
    assert [(n, t) for n, t, _ in _items(text)] == [
        ("6", "Månadsrapport för april"), ("7 a", "Anmälan av protokoll från pensionärsrådet"),
        ("7 b", "Anmälan av delegationsbeslut"), ("7 c", "Anmälan av inkomna skrivelser"), ("8", "Övriga frågor")]


def test_a_lettered_list_of_sentences_stays_the_items_text():
    text = INFORMATION_POINTS.replace(
        "a) Vinterväghållning\nEva Nord, gatuchef\nb) Ny avfallsplan\nTom Vik, avfallsstrateg\n",
        "a) Eva Nord har i skrivelse avsagt sig uppdraget som ersättare.\n"
        "b) Tom Vik har i skrivelse avsagt sig uppdraget som ledamot.\n")
    assert [n for n, _, _ in _items(text)] == ["1", "2", "3", "4"]


def test_a_single_point_letters_out_of_order_and_att_clauses_stay_text():
    one = INFORMATION_POINTS.replace("b) Ny avfallsplan\nTom Vik, avfallsstrateg\nc)\n"
                                     "Kommentarer till beslutsärendena\nLisa Holm, förvaltningschef\n", "")
    assert [n for n, _, _ in _items(one)] == ["1", "2", "3", "4"]
    shuffled = INFORMATION_POINTS.replace("a) Vinter", "c) Vinter").replace("c)\nKomm", "a)\nKomm")
    assert [n for n, _, _ in _items(shuffled)] == ["1", "2", "3", "4"]
    clauses = INFORMATION_POINTS.replace("a) Vinterväghållning", "a) Att anta planen").replace(
        "b) Ny avfallsplan", "b) Att ge förvaltningen i uppdrag")
    assert "2 a" not in [n for n, _, _ in _items(clauses)]


def test_points_with_running_text_between_them_stay_text():
    text = INFORMATION_POINTS.replace("Eva Nord, gatuchef\n", "Eva Nord, gatuchef\nPlanen gicks igenom.\n")
    assert "2 a" not in [n for n, _, _ in _items(text)]


FLAT_KALLELSE = ("KALLELSE Fritidsnämnden\n\nTranskript\n\n"
                 "1 KALLELSE 1(3) Fritidsnämnden Tid: Onsdagen den 5 april 2023 kl. 18.00 Plats: Biblioteket, Ekby "
                 "Ärenden 1 Sammanträdets öppnande 2 Ekonomisk uppföljning februari Föredragande: Lena Ström, ekonom "
                 "3 Bidrag till föreningar 2023 Föredragande: Johan Ek, fritidschef 4 Övriga frågor\n\n"
                 "2 2(3) Ärende 2 Ekonomisk uppföljning februari Dnr FRN 2023/7 Förvaltningen har gjort en uppföljning.\n")


def test_a_flattened_kallelse_with_its_presenter_labels_keeps_its_items(tmp_path):
    """Repair cut the page's line before each "Föredragande:" but not before the item numbers (the document
    is not flattened as a whole), so the agenda's pieces were too short for parse's flattened-line reader."""
    from conftest import record_of

    rec = record_of(tmp_path, "kallelse.txt", FLAT_KALLELSE)
    assert [(it.number, it.title, list(it.presenters)) for it in rec.items][:3] == [
        ("1", "Sammanträdets öppnande", []), ("2", "Ekonomisk uppföljning februari", ["Lena Ström"]),
        ("3", "Bidrag till föreningar 2023", ["Johan Ek"])]


FLAT_SIGNED = ("KALLELSE Omsorgsnämnden\n\nTranskript\n\n"
               "1 KALLELSE 1 (5) Omsorgsnämnden Tid Torsdagen den 21 september 2023 kl. 09.00 Plats Nämndrummet, "
               "Förvaltningshuset Ärenden Föredragande 1 Val av justerare 2 Ekonomisk uppföljning augusti Sara Lind, "
               "ekonom 3 Kvalitetsberättelse 2022 Per Holm, kvalitetsutvecklare 4 Delegationsbeslut Anna Ek Ordförande "
               "Maria Sand Sekreterare\n\n"
               "2 2 (5) 2 Ekonomisk uppföljning augusti Dnr ON 2023/88 Förvaltningen redovisar utfallet till och med "
               "augusti. Förslag till beslut Nämnden godkänner uppföljningen.\n\n"
               "3 3 (5) 3 Kvalitetsberättelse 2022 Dnr ON 2023/41 Kvalitetsberättelsen beskriver arbetet under året. "
               "Förslag till beslut Nämnden godkänner kvalitetsberättelsen.\n")


def test_the_last_listed_item_before_the_signature_keeps_its_title(tmp_path):
    """ "4 Delegationsbeslut Anna Ek Ordförande": the signer's name is two words after the item's number, not
    three (the number is no sentence's end), so the title stays with its number."""
    from conftest import record_of

    rec = record_of(tmp_path, "kallelse.txt", FLAT_SIGNED)
    assert [(it.number, it.title) for it in rec.items] == [
        ("1", "Val av justerare"), ("2", "Ekonomisk uppföljning augusti"), ("3", "Kvalitetsberättelse 2022"),
        ("4", "Delegationsbeslut")]
    assert rec.chair == "Anna Ek"
