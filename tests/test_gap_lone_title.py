"""A numbered agenda whose one lost number left its title on a line of its own between two numbered headings
("2. Budget" / "Taxor för hamnen" / "4. Motioner") when the list writes nothing else between its headings
(h158)."""

from protokoll.parse import parse_text

LIST = ("Kallelse Kulturnämnden\n\nTid Onsdagen den 4 mars 2026 kl. 13:00. Plats Kulturhuset, Storgatan 3.\n\n"
        "1. Val av justerare\n\n2. Ekonomisk rapport efter januari\n"
        "Avtal om lån av konstverk till skolorna i Norrby. Omedelbar justering\n\n"
        "4. Sammanträdesplan 2027 för nämnden\n\n5. Information från förvaltningschefen\n\n"
        "6. Anmälan av delegationsbeslut\n\n7. Övrigt\n")


def items(text):
    return {it.number: it.title for it in parse_text(text, "x.txt").items}


def test_the_lone_line_is_the_missing_item():
    got = items(LIST)
    assert got.get("3") == "Avtal om lån av konstverk till skolorna i Norrby"
    assert got["2"] == "Ekonomisk rapport efter januari"


def test_a_list_with_notes_under_its_items_adds_nothing():
    noted = LIST.replace("4. Sammanträdesplan 2027 för nämnden\n\n5.",
                         "4. Sammanträdesplan 2027 för nämnden\nFörvaltningen har tagit fram ett förslag\n\n5.")
    assert "3" not in items(noted)


def test_a_note_written_as_a_sentence_is_no_title():
    note = LIST.replace("Avtal om lån av konstverk till skolorna i Norrby. Omedelbar justering",
                        "Från ordföranden föreslås att nämnden håller ett extra möte den 3 maj")
    assert "3" not in items(note)
