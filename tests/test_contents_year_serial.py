"""parse.yearserial: a contents list whose paragraph numbers carry the year and follow the titles ("Taxor för bygglov
2024-90"), flattened on one line or one entry a line: each entry is an item numbered with its serial; a paragraph's
own section after the list ("2024-88 Title" and its text) is where that item is read, once."""

from protokoll.parse import parse_text

HEAD = ("Kommunstyrelsen Protokoll 1 (12) Plats och tid: Kommunhuset, sal Ek, den 4 maj 2024, kl. 13:00-15:00 "
        "Beslutande: Eva Lind (S) Per Holm (M) Sekreterare Ola Ström Paragraf 88-91 Ordförande Eva Lind (S)\n")
LISTED = ["Fastställande av föredragningslistan", "Budgetuppföljning april 2024", "Taxor för bygglov 2024-2025",
          "Anmälan av delegationsbeslut"]
EXPECTED = [(str(88 + k), title) for k, title in enumerate(LISTED)]
SECTION = ("Kommunstyrelsen Protokoll 3 (12)\n2024-88 Fastställande av föredragningslistan\nOrdföranden föreslår att "
           "listan fastställs. Kommunstyrelsens beslut Att fastställa föredragningslistan.\n")


def _flat(numbers: list[str]) -> str:
    run = " ".join(f"{title} {n}" for title, n in zip(LISTED, numbers))
    return HEAD + f"Kommunstyrelsen Protokoll 2 (12) Innehållsförteckning {run}\n"


def test_a_flattened_list_with_its_year_serials_after_the_titles():
    items = parse_text(_flat([f"2024-{88 + k}" for k in range(4)]), "t.txt").items
    assert sorted((i.number, i.title) for i in items) == EXPECTED


def test_the_section_after_the_list_is_the_items_own_and_read_once():
    items = parse_text(_flat([f"2024-{88 + k}" for k in range(4)]) + SECTION, "t.txt").items
    assert sorted((i.number, i.title) for i in items) == EXPECTED
    assert next(i for i in items if i.number == "88").decisions == ["Att fastställa föredragningslistan."]


def test_a_list_one_entry_a_line_with_the_year_serial_after_each_title():
    text = HEAD + "\nInnehållsförteckning\n" + "".join(f"{title} 2024-{88 + k}\n" for k, title in enumerate(LISTED))
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == EXPECTED


def test_numbers_that_do_not_count_on_are_no_paragraph_numbers():
    text = HEAD + "\nInnehållsförteckning\n" + "".join(f"{title} 2024-{n}\n" for title, n in zip(LISTED, (88, 12, 40, 7)))
    assert all(i.number is None for i in parse_text(text, "t.txt").items)
