"""An agenda list followed by each item's own section headed by its number alone ("Ärende 2", "Punkt 2", "§ 2",
"2.") with the title repeated on the next line: each item's proposal is its own (parse/agendasections.py)."""

import pytest

from protokoll.parse import parse_text

FORMS = ["Ärende {n}", "Punkt {n}", "§ {n}", "{n}."]


def _kallelse(form: str) -> str:
    sections = [("2", "Delårsrapport för verksamheten", "Dnr SN 2024/40", "Nämnden godkänner delårsrapporten."),
                ("3", "Riktlinje för hemtjänst", "Dnr SN 2024/52", "Nämnden antar riktlinjen.")]
    body = "".join(f"\n{form.format(n=n)}\n{title}\n{dnr}\nFörslag till beslut\n{proposal}\n"
                   for n, title, dnr, proposal in sections)
    return ("KALLELSE\nSocialnämnden\nTid: Onsdagen den 5 mars 2025 kl. 09.00\nPlats: Stadshuset\n\n"
            "Föredragningslista\n1. Val av justerare\n2. Delårsrapport för verksamheten\n3. Riktlinje för hemtjänst\n"
            + body)


@pytest.mark.parametrize("form", FORMS)
def test_each_section_gives_its_own_item_its_proposal(form):
    rec = parse_text(_kallelse(form), "x.txt")
    assert [(i.number, i.title, i.proposed_decision) for i in rec.items] == [
        ("1", "Val av justerare", None),
        ("2", "Delårsrapport för verksamheten", "Nämnden godkänner delårsrapporten."),
        ("3", "Riktlinje för hemtjänst", "Nämnden antar riktlinjen.")]


@pytest.mark.parametrize("form", FORMS[:3])
def test_the_list_entries_are_not_the_text_of_the_item_above(form):
    first = parse_text(_kallelse(form), "x.txt").items[0]
    assert not first.text


def test_a_number_line_whose_next_line_is_another_title_stays_in_the_item_before():
    text = _kallelse("Ärende {n}").replace("\nÄrende 2\nDelårsrapport för verksamheten\n", "\nÄrende 2\nNågot annat\n")
    items = parse_text(text, "x.txt").items
    assert [i.title for i in items] == ["Val av justerare", "Delårsrapport för verksamheten", "Riktlinje för hemtjänst"]
    assert "Något annat" in items[1].text and items[2].proposed_decision == "Nämnden antar riktlinjen."


def _page(first: int = 3) -> str:
    listed = "\n".join(f"{n} {t}\n" for n, t in [(first, "Budget för nästa år"), (first + 1, "Taxa för parkering"),
                                                (first + 2, "Övriga frågor")])
    return ("Tekniska nämnden\nSammanträde 2025-02-04\nKlockan 17:00\n\n" + listed +
            "\n§1 Sammanträdets öppnande\n\nOrdföranden öppnade sammanträdet.\n\n"
            "§2 Val av justerare\n\nNämndens beslut\n\nNämnden utser Eva Holm att justera protokollet.\n")


def test_the_minutes_paragraphs_after_the_agenda_are_items_of_their_own():
    items = parse_text(_page(), "x.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("3", "Budget för nästa år"), ("4", "Taxa för parkering"), ("5", "Övriga frågor"),
        ("1", "Sammanträdets öppnande"), ("2", "Val av justerare")]
    assert items[2].decisions == [] and items[4].decisions == ["Nämnden utser Eva Holm att justera protokollet."]


def test_a_paragraph_whose_number_the_agenda_gives_another_title_adds_nothing():
    items = parse_text(_page(first=2), "x.txt").items
    assert [i.number for i in items] == ["2", "3", "4"]
