"""Proposals in agendas (kallelser) as municipalities write them (issue 10, session 19): the label in capitals
("FÖRSLAG TILL BESLUT"), and a proposal that ends "enligt förvaltningens förslag", which is the proposal itself,
not the label of another one. Texts written here (invented municipality and matters)."""

from conftest import record_of

HEAD = """KALLELSE
Miljö- och byggnämnden, Sjöby kommun
Tid: onsdagen den 6 november 2024 kl. 09.00
Plats: Kommunhuset, sal Björk

Ärenden

1. Val av justerare

2. Strandskyddsdispens för brygga
Dnr MBN 2024/88
"""
TAIL = "\n3. Övriga frågor\n"


def _item(tmp_path, text: str):
    rec = record_of(tmp_path, "kallelse.txt", HEAD + text + TAIL)
    return next(i for i in rec.items if i.number == "2")


def test_the_label_in_capitals_opens_the_proposal(tmp_path):
    item = _item(tmp_path, "FÖRSLAG TILL BESLUT\nMiljö- och byggnämnden beviljar dispensen.\n")
    assert (item.proposed_decision, item.decisions) == ("Miljö- och byggnämnden beviljar dispensen.", [])
    item = _item(tmp_path, "FÖRSLAG TILL BESLUT: att bevilja dispensen med villkor.\n")
    assert item.proposed_decision == "att bevilja dispensen med villkor."


def test_a_proposal_that_ends_as_the_office_proposed_is_the_proposal(tmp_path):
    for label in ("Förslag till beslut", "Miljö- och byggnämndens förslag till beslut"):
        for bullet in ("", "- ", "– ", "• "):
            item = _item(tmp_path, f"{label}\n{bullet}Dispensen beviljas enligt förvaltningens förslag.\n")
            assert (item.proposed_decision, item.decisions) == ("Dispensen beviljas enligt förvaltningens förslag.",
                                                                []), (label, bullet)


def test_an_owners_proposal_label_still_opens_a_proposal(tmp_path):
    item = _item(tmp_path, "Arbetsutskottets förslag\nNämnden beviljar dispensen.\n")
    assert item.proposed_decision == "Nämnden beviljar dispensen."


def test_the_account_of_the_matter_after_the_proposal_is_no_part_of_it(tmp_path):
    text = ("Förslag till beslut\nNämnden beviljar dispensen.\n\nSökanden vill bygga en brygga vid sin fastighet. "
            "Platsen ligger inom strandskyddat område.\n")
    assert _item(tmp_path, text).proposed_decision == "Nämnden beviljar dispensen."


def test_a_further_point_of_the_proposal_in_a_paragraph_of_its_own_stays(tmp_path):
    text = "Förslag till beslut\nNämnden beviljar dispensen.\n\nNämnden uppdrar åt förvaltningen att följa upp villkoren.\n"
    assert _item(tmp_path, text).proposed_decision == ("Nämnden beviljar dispensen. Nämnden uppdrar åt förvaltningen "
                                                       "att följa upp villkoren.")
