"""A municipality that is only where a federation met, the web site that hosts its papers, or the members of a
collaboration is not the organisation; nor is a municipality's own council named as the document's title (issue 10).
Every text here is written for the test."""

from pathlib import Path

from protokoll.pipeline import load, process

ITEMS = ("\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Föregående anteckningar\n"
         "Lades till handlingarna.\n")


def _organisation(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    data, sha = load(path)
    return process(path, data, sha).record.organization


def test_a_federation_board_meeting_in_a_member_municipality_names_no_municipality(tmp_path):
    text = ("Protokoll från förbundsstyrelsens sammanträde fredagen den 12 mars 2021 i kommunhuset, Åmåls kommun\n"
            "Närvarande: Klara Sund (S), ordförande, Olle Berg (M)\nSekreterare: Tove Lind\n" + ITEMS)
    assert _organisation(tmp_path, text) is None


def test_a_directorate_on_a_municipalitys_site_is_not_the_municipalitys(tmp_path):
    text = ("Åmåls kommun > Kommun och politik > Samverkan > Protokoll\nProtokoll Direktionen 2021-03-12\n"
            "Närvarande: Klara Sund (S), ordförande, Olle Berg (M)\nSekreterare: Tove Lind\n" + ITEMS)
    assert _organisation(tmp_path, text) is None


def test_a_meeting_of_the_county_board_is_no_municipalitys(tmp_path):
    text = ("Minnesanteckningar\nMöte med Länsstyrelsen i Sjödala län\n2021-03-12\n"
            "Närvarande: Klara Sund, Åmåls kommun, Olle Berg, Länsstyrelsen\n" + ITEMS)
    assert _organisation(tmp_path, text) is None


def test_a_municipal_council_named_as_the_title_is_the_body_not_the_organisation(tmp_path):
    text = "Pensionärsrådet\nMinnesanteckningar 2021-03-12\nNärvarande: Klara Sund, ordförande\nOlle Berg\n" + ITEMS
    assert _organisation(tmp_path, text) is None
    text = "Sjödalsrådet\nMinnesanteckningar 2021-03-12\nNärvarande: Klara Sund, ordförande\nOlle Berg\n" + ITEMS
    assert _organisation(tmp_path, text) == "Sjödalsrådet"  # a collaboration's own name is still read


def test_a_sites_name_above_its_menu_is_not_a_networks_letterhead(tmp_path):
    text = ("Åmåls kommun\nSök\nMeny\nMinnesanteckningar\nNätverket för kulturchefer i Sjödala län\n2021-03-12\n"
            "Närvarande: Klara Sund, Åmåls kommun, Olle Berg, Bengtsfors kommun\n" + ITEMS)
    assert _organisation(tmp_path, text) is None
    text = ("Åmåls kommun\nProtokoll\nKommunstyrelsen\n2021-03-12\nNärvarande: Klara Sund (S), ordförande\n"
            "Sekreterare: Tove Lind\n" + ITEMS)
    assert _organisation(tmp_path, text) == "Åmåls kommun"  # a letterhead without a site's menu under it is read
