"""The meeting's number ("Protokoll 4/97", "KS 3/2019") and the next meeting under an item heading
("§ 3 Nästa möte" / its date on the line below), and presenters named in a sentence."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.presenters import presenters_in

HEAD = "PROTOKOLL\nStyrelsen\nDatum: 2019-03-14\n\n§ 1 Val av justerare\nAnna Berg utsågs.\n\n"


def number(title: str) -> str | None:
    return parse_text(title + "\nDatum: 2019-03-14\n", "x.txt").number


def test_meeting_number_with_a_two_digit_year_or_after_a_body_code():
    assert number("PROTOKOLL 4/97") == "4/97"
    assert number("Styrelsemöte nr 3/19") == "3/19"
    assert number("KS 11/2019 Kommunstyrelsen") == "11/2019"
    assert number("Protokoll 1/2019 sida 3/5") == "1/2019"


def test_a_case_number_is_no_meeting_number():
    assert number("Dnr KS 11/2019") is None
    assert number("Kommunstyrelsen Dnr KS 2019/112") is None


def test_next_meeting_under_a_numbered_heading():
    for heading in ("§ 3 Nästa möte", "13. Nästa möte", "Punkt 4 Nästa sammanträde"):
        rec = parse_text(HEAD + f"{heading}\nDen 12 maj klockan 9-12 i Stadshuset.\n", "x.txt")
        assert rec.next_meeting is not None and rec.next_meeting.date == "2019-05-12", heading
        assert (rec.next_meeting.start, rec.next_meeting.end) == ("09:00", "12:00")


def test_a_heading_about_something_else_gives_no_next_meeting():
    rec = parse_text(HEAD + "§ 3 Budget inför nästa möte med regionen\nDen 12 maj 2019 kom förslaget.\n", "x.txt")
    assert rec.next_meeting is None


def test_presenters_named_in_a_sentence():
    assert presenters_in("Ekonomichef Anna Berg och Per Ek informerade om budgeten.") == ["Anna Berg", "Per Ek"]
    assert presenters_in("Anna Berg från Regionförbundet redogjorde för läget.") == ["Anna Berg"]
    assert presenters_in("Information lämnades av Anna Berg om budgeten.") == ["Anna Berg"]
    assert presenters_in("Kommunstyrelsen informerade om budgeten.") == []
    assert presenters_in("Anna Berg hälsade välkommen.") == []


def test_a_municipality_after_a_person_is_an_affiliation_not_the_organisation():
    for head in ("PROTOKOLL Hälsorådet\nBeslutande Anna Berg (S), Bollnäs kommun Per Ek (M), Söderhamns kommun\n",
                 "MINNESANTECKNINGAR Styrgruppen\nAnna Berg, kommunchef, Bollnäs kommun\n"):
        assert parse_text(head + "Datum: 2019-03-14\n", "x.txt").organization is None
    assert parse_text("PROTOKOLL Bollnäs kommun\nKommunstyrelsen\n", "x.txt").organization == "Bollnäs kommun"


def test_signature_box_with_the_paragraphs_in_its_margin_names_secretary_and_chair():
    base = ("PROTOKOLL\nKommunstyrelsen\nDatum: 2019-03-14\nBeslutande: Anna Berg (S), Per Ek (M), Eva Holm (C)\n"
            "{}Sekreterare ........ Paragrafer 1-5\nLisa Ström\nOrdförande ........\nAnna Berg\n"
            "Justerande ........\nEva Holm\n\n§ 1 Val av justerare\nEva Holm utsågs.\n")
    for box in ("", "Underskrifter "):
        rec = parse_text(base.format(box), "x.txt")
        assert (rec.secretary, rec.chair) == ("Lisa Ström", "Anna Berg"), box


def test_a_name_glued_to_the_place_is_cut_off_a_room_named_after_a_person_is_not():
    from protokoll.parse.header import trim_place

    assert trim_place("Stadsbiblioteket, Norrby Fredrik Ek") == "Stadsbiblioteket, Norrby"
    assert trim_place("Hotell Anna Lindh") == "Hotell Anna Lindh"
    assert trim_place("Kommunhuset, Stora Salen") == "Kommunhuset, Stora Salen"


def test_the_municipality_a_federation_or_council_names_most_is_not_its_organisation():
    members = "Anna Berg, Bollnäs kommun, Per Ek, Bollnäs kommun, Eva Holm, Bollnäs kommun, Lisa Ström, Ovanåkers kommun"
    for body in ("Förbundsstyrelsen", "Norrlandsrådet"):
        rec = parse_text(f"PROTOKOLL\n{body}\nDatum: 2019-03-14\n\n§ 1 Rapporter\n{members} informerade.\n", "x.txt")
        assert rec.organization is None, body
        assert any(e.path == "organization" and e.rule.startswith("uncertain:") for e in rec.evidence)
    rec = parse_text(f"PROTOKOLL\nSocialnämnden\nDatum: 2019-03-14\n\n§ 1 Rapporter\n{members} informerade.\n", "x.txt")
    assert rec.organization == "Bollnäs kommun"


def test_presenter_after_the_verb_when_an_adverbial_opens_the_sentence():
    assert presenters_in("Därefter informerade Anna Berg om budgeten.") == ["Anna Berg"]
    assert presenters_in("Under punkten redogör ekonomichefen Anna Berg och Per Ek för läget.") == [
        "Anna Berg", "Per Ek"]
    assert presenters_in("Sedan informerade kansliet om läget.") == []


def test_a_number_in_its_year_after_the_name_in_a_title_line():
    assert number("Beslutsgruppen 4/97") == "4/97"
    assert number("Styrelsen 3/2019") == "3/2019"
    assert number("Kommunstyrelsen 12/10") is None  # may be a date: 12 October
    assert number("Sida 2/14") is None


def test_body_named_in_the_genitive_of_its_owner_and_a_pair_written_without_a_space():
    def body(title: str) -> str | None:
        return parse_text(title + "\n\nDatum: 2019-03-14\n", "x.txt").body

    assert body("SAMMANTRÄDESPROTOKOLL Socialnämndens arbetsutskott") == "Socialnämndens arbetsutskott"
    assert body("Protokoll Förbundets presidium") == "Förbundets presidium"
    assert body("Sammanträdesdatum Sida\nKultur-och fritidsnämnden 2019-03-27 1") == "Kultur- och fritidsnämnden"
    assert body("Ärenden till Socialnämndens arbetsutskott\nProtokoll Arbetsgruppen") == "Arbetsgruppen"


def test_body_from_the_subject_of_its_decisions_when_no_title_names_it():
    text = ("Vid protokollet Anna Berg\n\n1. Budget\nStyrgruppen beslutar att godkänna budgeten.\n\n"
            "2. Plan\nStyrgruppen ställer sig bakom planen. Arbetsgruppen noterar detta.\n")
    assert parse_text(text, "x.txt").body == "Styrgruppen"
    once = "Vid protokollet Anna Berg\n\n1. Budget\nStyrgruppen beslutar att godkänna budgeten.\n"
    assert parse_text(once, "x.txt").body is None
