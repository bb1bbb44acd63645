"""Presenters written with their job titles in ways a line break or a flattened page moves apart (issue 10,
session 29): a "Föredragande:" value that is a title alone, its name on the next line; a title written with a
capital between two people of an agenda's presenter note; an acting or deputy's mark before a title. The texts
are invented, in the forms Swedish agendas and minutes use."""

from __future__ import annotations

import pytest

from protokoll.parse.assemble import parse_text
from protokoll.parse.presenterrun import leading_people, title_alone, without_leading_title
from protokoll.parse.givenopen import opens_name

MINUTES = """Protokoll
Miljönämnden
Sammanträdesdatum 2025-04-08
Närvarande: Maja Sundin (S), ordförande, Ture Falk (M)

§ 12 Tillsynsplan 2025
{body}

§ 13 Övriga frågor
Inga övriga frågor anmäldes.
"""


def presenters_of_first(body: str, flatten: bool = False) -> tuple[str, list[str]]:
    text = MINUTES.format(body=body)
    rec = parse_text(text.replace("\n", " ") if flatten else text, "inbjuden.txt")
    item = next(i for i in rec.items if str(i.number).strip("§ .") == "12")
    return item.title, list(item.presenters)


@pytest.mark.parametrize("flatten", [False, True])
def test_a_title_alone_after_the_label_takes_the_name_on_the_next_line(flatten):
    title, presenters = presenters_of_first("Föredragande: miljöinspektör\nGreta Vinberg\nNämnden godkänner planen.",
                                            flatten)
    assert (title, presenters) == ("Tillsynsplan 2025", ["Greta Vinberg"])


def test_a_title_alone_skips_a_blank_line_before_the_name():
    assert presenters_of_first("Föredragande: miljöchef\n\nGreta Vinberg\n")[1] == ["Greta Vinberg"]


def test_a_title_alone_takes_no_sentence_that_opens_with_no_name():
    # the next line is the decision, no name: nothing is read, and the decision stays the item's
    text = MINUTES.format(body="Föredragande: miljöchef\nNämnden beslutar att godkänna planen.")
    item = next(i for i in parse_text(text, "inbjuden.txt").items if str(i.number).strip("§ .") == "12")
    assert item.presenters == []
    assert item.decisions == ["Nämnden beslutar att godkänna planen."]


def test_title_alone():
    assert title_alone("miljöinspektör") and title_alone("t.f. förvaltningschef")
    assert not title_alone("se bilaga") and not title_alone("Greta Vinberg") and not title_alone("")


def test_a_capitalised_title_between_two_people_keeps_both():
    value = "Greta Vinberg, Regional miljöstrateg, och Ola Lindfors, Projektledare för klimatfrågor"
    assert leading_people(value) == ["Greta Vinberg", "Ola Lindfors"]
    assert leading_people("Greta Vinberg, Miljöchef, Ola Lindfors, Controller") == ["Greta Vinberg", "Ola Lindfors"]


def test_a_capitalised_organisation_between_two_names_is_no_title():
    # "Region Väst" names no post: the list is not read on past it, as before
    assert leading_people("Greta Vinberg, Region Väst, och Ola Lindfors, Länsstyrelsen") == ["Greta Vinberg"]


def test_an_agenda_note_with_capitalised_titles_names_both_presenters():
    agenda = ("Kallelse\nMiljönämnden\nTid: 2025-04-08 kl. 09.00\n\nÄrenden\n1. Val av justerare\n"
              "2. Klimatanpassning Muntlig information av Greta Vinberg, Regional miljöstrateg, och Ola Lindfors, "
              "Projektledare för klimatfrågor\n3. Övriga frågor\n")
    rec = parse_text(agenda, "kallelse.txt")
    item = next(i for i in rec.items if str(i.number).strip(". ") == "2")
    assert (item.title, item.presenters) == ("Klimatanpassning", ["Greta Vinberg", "Ola Lindfors"])


def test_an_acting_mark_before_the_title_is_left_out():
    assert without_leading_title("T.f. miljöchef Greta Vinberg informerar", opens_name) == "Greta Vinberg informerar"
    assert without_leading_title("Bitr. rektor Greta Vinberg", opens_name) == "Greta Vinberg"
    assert presenters_of_first("T.f. miljöchef Greta Vinberg informerar om planen.")[1] == ["Greta Vinberg"]



@pytest.mark.parametrize("sentence, expected", [
    ("Muntlig föredragning av miljöinspektör Greta Vinberg.", ["Greta Vinberg"]),
    ("Muntlig information av Greta Vinberg, miljöchef, och Ola Lindfors, controller.", ["Greta Vinberg", "Ola Lindfors"]),
])
def test_oral_information_given_by_named_officials(sentence, expected):
    assert presenters_of_first(sentence)[1] == expected


@pytest.mark.parametrize("sentence", [
    "Nämndens tillsynsplan föredras av miljöchef Greta Vinberg.",
    "Förvaltningens förslag presenterades av Greta Vinberg.",
])
def test_a_passive_with_a_genitive_subject_names_its_agent(sentence):
    assert presenters_of_first(sentence)[1] == ["Greta Vinberg"]


def test_a_passive_with_a_genitive_subject_and_no_person_names_no_one():
    assert presenters_of_first("Nämndens tillsynsplan föredrogs av ordföranden.")[1] == []


ANNUAL = """Protokoll från årsmöte den 14 mars 2025
Föreningen Ängsgården
Närvarande: 21 medlemmar

§ 1 Ordförande Britt Ekdahl hälsar välkommen och öppnar mötet.

§ 2 Styrelsens verksamhetsberättelse föredras av Jonas Wreder.

§ 3 Revisionsberättelsen läses upp av revisor Maj Lindell.

§ 4 Revisor Maj Lindell läser upp revisionsberättelsen och tillstyrker ansvarsfrihet.

§ 5 Föregående protokoll läses upp av Jonas Wreder.

§ 6 Mötet avslutas.
"""


def test_one_sentence_paragraphs_of_annual_minutes_name_their_presenters():
    # reading a report out ("läses upp", "läser upp") is no presenting wording (tests/test_item_forms_wild7.py)
    rec = parse_text(ANNUAL, "arsmote.txt")
    got = {str(i.number).strip("§ ."): list(i.presenters) for i in rec.items}
    assert got == {"1": [], "2": ["Jonas Wreder"], "3": [], "4": [], "5": [], "6": []}


def agenda_item_two(row: str, flatten: bool) -> tuple[str, list[str]]:
    text = ("Kallelse\nMiljönämnden\nTid: 2025-04-08 kl. 09.00\nPlats: Kommunhuset\n\nÄrenden\n1. Val av justerare\n"
            f"2. Tillsynsplan 2025\n{row}\nFörslag till beslut: Nämnden godkänner planen.\n3. Övriga frågor\n")
    rec = parse_text(text.replace("\n", " ") if flatten else text, "kallelse.txt")
    item = next(i for i in rec.items if str(i.number).strip(". ") == "2")
    return item.title, list(item.presenters)


@pytest.mark.parametrize("row", ["Justerare: Greta Vinberg", "Motionär: Greta Vinberg", "Kopia: Greta Vinberg",
                                 "Kontaktperson: Greta Vinberg", "Upprättad av: Greta Vinberg"])
@pytest.mark.parametrize("flatten", [False, True])
def test_a_name_after_another_label_is_no_presenter(row, flatten):
    # a flattened page runs the field on into the heading: the name after "Justerare:" is no presenter column
    assert agenda_item_two(row, flatten)[1] == []


@pytest.mark.parametrize("row", ["Föredragande: Greta Vinberg", "Dragning: Greta Vinberg", "Ansvarig: Greta Vinberg",
                                 "Inbjuden: Greta Vinberg", "Föredr.: Greta Vinberg", "Föredr: miljöchef Greta Vinberg"])
@pytest.mark.parametrize("flatten", [False, True])
def test_a_name_after_a_presenting_label_is_the_presenter(row, flatten):
    assert agenda_item_two(row, flatten)[1] == ["Greta Vinberg"]


def test_a_label_that_opens_the_heading_is_the_titles_own():
    from protokoll.parse.headingpresenters import other_label_before
    assert not other_label_before("Tillsynsplan: Greta Vinberg", "Greta Vinberg")
    assert other_label_before("Tillsynsplan Justerare: Greta Vinberg", "Greta Vinberg")
    assert not other_label_before("Tillsynsplan Föredragande: Greta Vinberg", "Greta Vinberg")
