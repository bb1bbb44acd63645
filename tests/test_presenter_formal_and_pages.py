"""Presenters of § protocols and agendas read off the web (session 15, h115): a paragraph page that restates
its title without its number under the page's running word, the meeting's formalities (no presenter), and a
presenter label after a comma in an agenda entry. All texts are invented."""

from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.parse.presenterplaces import formal_item, place_restated_presenters
from protokoll.pipeline import process
from protokoll.record import Item


def _items(path: Path, text: str) -> list[dict]:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return process(path, data, hashlib.sha256(data).hexdigest()).record.to_dict()["items"]


# a contents list, then the paragraph pages without their numbers, run on into the last listed item
PAGES = """Protokoll Ekbacka IT-nämnd Tid 14:00 Plats Ekbacka kommunhus Beslutande Lars Nyberg (S), ordförande
Eva Torp (C) Nämndsekreterare Olof Bäck

Protokoll Ärendelista 21 Val av justerare 22 Information från förvaltningschefen 23 Prognos för helåret 24 Redovisning av delegationsbeslut Justerare signatur

Protokoll Val av justerare Beslut Nämnden väljer Eva Torp (C) till justerare. Justerare signatur

Protokoll Information från förvaltningschefen Ärendebeskrivning Tf förvaltningschef Rune Alsköld informerar om läget. Beslut Nämnden lägger informationen till handlingarna.
"""


def test_a_page_restating_a_title_without_its_number_gives_that_item_its_presenter(tmp_path):
    items = {i["number"]: i["presenters"] for i in _items(tmp_path / "p.txt", PAGES)}
    assert items["22"] == ["Rune Alsköld"]
    assert items["24"] == []


def test_a_title_mentioned_in_running_text_moves_nothing():
    items = [Item("1", "Information från förvaltningschefen"),
             Item("2", "Redovisning av delegationsbeslut", presenters=["Rune Alsköld"],
                  text="Som vid Information från förvaltningschefen Rune Alsköld redovisar besluten.")]
    place_restated_presenters(items)
    assert items[1].presenters == ["Rune Alsköld"]
    assert items[0].presenters == []


FORMALITIES = """Protokoll Allmänna utskottet 2021-03-02 Plats Kommunhuset Beslutande Ulla Berg (S), ordförande
Per Ahl (M) Sekreterare Ida Lind
§ 1 Godkännande av kallelse till dagens sammanträde
Ordförande Ulla Berg (S) redogör för kallelsen, vilken godkänns.
§ 2 Fastställande av dagordning
Ordförande Ulla Berg (S) informerar att ärende 9 utgår.
§ 3 Information om bredband
Ordförande Ulla Berg (S) informerar om utbyggnaden.
"""


def test_the_chair_conducting_a_formality_presents_nothing(tmp_path):
    items = {i["number"]: i["presenters"] for i in _items(tmp_path / "f.txt", FORMALITIES)}
    assert items["1"] == []
    assert items["2"] == []
    assert items["3"] == ["Ulla Berg"]


def test_formal_titles():
    for title in ("Val av justerare", "Sammanträdets öppnande, dagordningens fastställande och val av "
                  "justeringsperson", "Godkännande av föredragningslistan", "Mötets öppnande",
                  "Val av justerare samt fastställande av tid för protokolljustering", "Upprop."):
        assert formal_item(title), title
    for title in ("Föregående protokoll", "Val av ombud till stämman", "Information om dagordningen för fullmäktige",
                  "Budget 2024"):
        assert not formal_item(title), title


AGENDA = """KALLELSE
Kultur- och fritidsnämnden
Tid: tisdag 2022-05-10 kl. 18.00
Plats: Kulturhuset, Ekby
Ärenden
1. Val av justerare
2. Föreningsbidrag 2023, föredragande Anna Ström
3. Biblioteksplan, föredragande: bibliotekschef Nils Ek
4. Lokaler, vägar och broar
"""


def test_a_presenter_label_after_a_comma_in_an_agenda_entry(tmp_path):
    items = {i["number"]: (i["title"], i["presenters"]) for i in _items(tmp_path / "a.txt", AGENDA)}
    assert items["2"] == ("Föreningsbidrag 2023", ["Anna Ström"])
    assert items["3"] == ("Biblioteksplan", ["Nils Ek"])
    assert items["4"] == ("Lokaler, vägar och broar", [])


FLAT = ("SAMMANTRÄDESPROTOKOLL Fritidsnämnden 2019-04-09 Plats och tid Rådhuset, Lillby kl. 13.00-16.00 Beslutande "
        "Maj Öberg (S) ordförande Sekreterare Ida Berg § 35 Dnr FN 2019/13 Ekonomisk uppföljning mars Föredragande "
        "Controller Bo Lindh Bo Lindh redovisar utfallet för mars. Nämndens beslut Nämnden godkänner uppföljningen. "
        "§ 36 Hallbokning Föredragande Ekonomichef Tua Sand Tua Sand redovisar förslaget. Beslut Godkänns.\n")


def test_a_label_name_joined_to_the_same_name_opening_the_next_sentence(tmp_path):
    items = {i["number"]: i["presenters"] for i in _items(tmp_path / "d.txt", FLAT)}
    assert items["35"] == ["Bo Lindh"]
    assert items["36"] == ["Tua Sand"]


def test_a_capitalised_title_after_a_run_on_label_leaves_the_title(tmp_path):
    text = ("KALLELSE Tekniska nämnden 2022-03-01 Plats Kommunhuset\nÄrenden\n1. Val av justerare\n"
            "2. Information Dragning av Avdelningschef Åsa Berg\n3. Gatuprogram\n")
    items = {i["number"]: (i["title"], i["presenters"]) for i in _items(tmp_path / "t.txt", text)}
    assert items["2"] == ("Information", ["Åsa Berg"])


def test_a_title_with_an_abbreviation_before_its_hyphen(tmp_path):
    text = ("PROTOKOLL Kommunstyrelsen 2021-06-01 Plats Stadshuset Beslutande Lena Ahl (S) ordförande Sekreterare "
            "Bo Sten\n§ 74 Avlopp\nInformation lämnas av VA-chef Olle Träff.\n§ 76 Datorer\n"
            "IT-chef Mira Dahl informerar om systemet.\n")
    items = {i["number"]: i["presenters"] for i in _items(tmp_path / "h.txt", text)}
    assert items["74"] == ["Olle Träff"]
    assert items["76"] == ["Mira Dahl"]
