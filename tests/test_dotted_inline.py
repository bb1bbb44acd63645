"""parse.dottedinline: dotted sub-numbered points ("1.1 Title 1.2 Title 2.1 Title") run together on one line."""

from protokoll.parse import parse_text

HEAD = "Minnesanteckningar från nätverksträff för fritidsledare\nDatum: 2025-03-12\nPlats: Folkets hus, Lindås\n\n"
POINTS = ["1.1 Välkommen", "1.2 Val av sekreterare", "1.3 Föregående anteckningar", "2.1 Budget 2025",
          "2.2 Lokalfrågor", "2.3 Övriga frågor"]


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in parse_text(HEAD + text, "t.txt").items]


def test_a_flattened_list_of_dotted_points_reads_as_the_same_list_on_separate_lines():
    apart = _items("\n".join(POINTS) + "\n")
    assert [n for n, _ in apart] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert _items("Dagordning " + " ".join(POINTS) + "\n") == apart


def test_points_with_their_text_run_on_are_items_with_their_decisions():
    text = ("1.1 Välkommen Ordföranden hälsade alla välkomna. 1.2 Val av sekreterare Till sekreterare valdes "
            "Petra Holm. 1.3 Föregående anteckningar Anteckningarna lades till handlingarna. 2.1 Budget 2025 "
            "Ekonomin redovisades, kl 9.30 började dragningen och ramen är 2.5 miljoner kronor. 2.2 Lokalfrågor "
            "Enligt 3.2 i avtalet ansvarar hyresvärden för städningen. 2.3 Övriga frågor Inga övriga frågor.\n")
    assert _items(text) == _items("\n".join(POINTS) + "\n")


def test_chapter_headings_between_the_points_are_kept_as_items():
    text = "1 Inledning 1.1 Mötets öppnande 1.2 Dagordning 1.3 Justering 2 Verksamhet 2.1 Rapport från gruppen 2.2 Lokaler\n"
    assert _items(text) == _items(text.replace(" 1.", "\n1.").replace(" 2", "\n2"))
    assert [n for n, _ in _items(text)] == ["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2"]


def test_times_amounts_versions_and_references_in_prose_are_no_items():
    text = ("Vi gick igenom resultatet. Kostnaderna minskade med 1.5 procent och enligt 3.1 Allmänt i avtalet ska "
            "hyran räknas upp. Mötet startade kl 9.30 och pågick till 11.45. Budgeten är 2.5 miljoner och version 1.2 "
            "Bas av planen antogs. Kapitel 4.1 Ansvar samt 4.2 Ekonomi ska skrivas om till 4.3 Uppföljning.\n")
    assert _items(text) == []


def test_numbers_out_of_order_are_no_chain():
    text = ("Gruppen tog upp 2.4 Skolskjuts och därefter 1.1 Matsalen, sedan 3.7 Fritids, 1.3 Biblioteket och "
            "5.2 Idrottshallen i nämnd ordning utan särskild ordning alls.\n")
    assert _items(text) == []


def test_the_chain_goes_on_on_the_next_flattened_page():
    page1 = ("Minnesanteckningar nätverket (1 av 2) 1.1 Välkommen Ordföranden hälsade alla välkomna till träffen. "
             "1.2 Dagordning Dagordningen godkändes. 2.1 Rapporter Gruppen rapporterade om arbetet med sommarlovet.")
    page2 = "Minnesanteckningar nätverket (2 av 2) 2.2 Lokalbokning Lokalen bokas av Eva. 2.3 Avslutning Mötet avslutades."
    items = _items(page1 + "\n\n" + page2 + "\n")
    assert [n for n, _ in items] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert items[3] == ("2.2", "Lokalbokning")


def test_two_points_alone_on_a_line_are_no_chain():
    text = ("Styrelsen diskuterade läget. Frågan om 1.1 Lokaler och 1.2 Budget tas upp på nästa möte, "
            "efter att gruppen har hunnit läsa underlaget.\n")
    assert _items(text) == []


def test_a_list_opened_by_a_colon_is_read_from_its_first_point():
    assert _items("Dagordning: " + " ".join(POINTS) + "\n") == _items("\n".join(POINTS) + "\n")
