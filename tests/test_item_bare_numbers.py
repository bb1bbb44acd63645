"""Item numbers alone on their lines without punctuation ("50" / the title on the next line), a table's number
column copied as text (parse.barenumbers): read where no rule found a numbered heading, the numbers rising
and each followed by a distinct title; a page's lone number (a running head under it, or some pages' numbers
followed by text) gives nothing. Texts invented."""

import pytest

from protokoll.parse import parse_text

HEAD = ("PROTOKOLL\nBygg- och miljönämnden\nSammanträdesdatum 2021-03-11\n\n"
        "Plats och tid: Stadshuset, Ekby, kl 09.00-11.30\nOrdförande: Karin Lundmark\nSekreterare: Eva Holm\n\n")
ITEMS = [("Fastställande av dagordning", "Nämnden fastställer dagordningen."),
         ("Val av justerare", "Jonas Berg utses att justera protokollet."),
         ("Ansökan om bygglov för nybyggnad av enbostadshus på fastigheten Ekby 3:14 i centrala Ekby",
          "Sökanden vill bygga ett hus. Bygglov beviljas."),
         ("Information från förvaltningen", "Förvaltningschefen informerar om läget."),
         ("Delegationsbeslut", "Redovisningen läggs till handlingarna.")]


def _doc(first: int, blank: bool, dnr: bool, step: int = 1) -> str:
    out = [HEAD]
    for k, (title, text) in enumerate(ITEMS):
        out.append(f"{first + step * k}\n{title}\n" + (f"Dnr BMN 2021/{10 + k}\n" if dnr else "") + text + "\n"
                   + ("\n" if blank else ""))
    return "".join(out)


@pytest.mark.parametrize("first", [1, 50, 212])
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("dnr", [True, False])
def test_lone_numbers_with_titles_under_them_number_the_items(first, blank, dnr):
    rec = parse_text(_doc(first, blank, dnr), "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [(str(first + k), t) for k, (t, _) in enumerate(ITEMS)]
    assert rec.items[0].decisions == ["Nämnden fastställer dagordningen."]
    assert (rec.chair, rec.secretary) == ("Karin Lundmark", "Eva Holm")


def test_numbers_that_jump_are_no_items():
    assert all(i.number is None for i in parse_text(_doc(10, True, False, step=5), "t.txt").items)


def test_page_numbers_with_a_running_head_are_no_items():
    pages = "".join(f"{n}\nEkby kommun Bygg- och miljönämnden\n{title}\n{text}\n\n"
                    for n, (title, text) in enumerate(ITEMS, 2))
    assert all(i.number is None for i in parse_text(HEAD + pages, "t.txt").items)


def test_page_numbers_some_followed_by_text_are_no_items():
    pages = "".join(f"{n}\n{title}\n{text}\n\n" for n, (title, text) in enumerate(ITEMS[:3], 2)) + \
        "5\nförvaltningen redovisade läget vidare.\n\n6\nDelegationsbeslut\nRedovisningen läggs till handlingarna.\n"
    assert all(i.number is None for i in parse_text(HEAD + pages, "t.txt").items)


def test_two_lone_numbers_are_too_few():
    text = HEAD + "".join(f"{n}\n{t}\n{x}\n\n" for n, (t, x) in zip((4, 5), ITEMS))
    assert all(i.number is None for i in parse_text(text, "t.txt").items)
