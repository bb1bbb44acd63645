"""A flattened attendance list may give, after each guest's name and employer, the item the guest attended
("Övriga Karin Sandberg, Finansverket 4 Lena Forsberg Norrby kommun 7 ..."). Such a number is followed by a
person's full name and then a comma or the person's employer: it opens no item (inlinetokens ``_person_row``).
A title that merely opens with a capitalised word before a name ("58 Uthyrningsläget Jeanette Berg informerade")
still opens one."""

from protokoll.parse import parse_text
from protokoll.parse.inlinetokens import _person_row

GUESTS = ("Protokoll fört vid möte med Skogsnätverkets styrgrupp den 8 mars 2017\n\n"
          "1 Protokoll fört vid möte med Skogsnätverkets styrgrupp den 8 mars 2017 Närvarande Styrgruppen Tove "
          "Lindqvist, Skogsverket, ordförande Jonas Berglund, Vattenverket Maria Sundin, Fjällrådet Kansliet Eva "
          "Holmström Övriga Karin Sandberg, Finansverket 4 Oskar Dahlgren, Finansverket 4 Lena Forsberg Norrby kommun 7 "
          "Ulla Nordin Vägverket 9 Greta Lindahl, Finansverket Öppnade Tove Lindqvist hälsade alla välkomna till mötet. "
          "Mötet förklarades öppnat och dagordningen godkändes utan ändringar av styrgruppen.\n")


def test_a_number_before_a_guest_and_employer_opens_no_item():
    titles = [i.title for i in parse_text(GUESTS, "x.txt").items]
    assert not any(t.startswith(("Lena Forsberg", "Ulla Nordin", "Greta Lindahl")) for t in titles), titles


def test_the_row_needs_a_given_name_and_an_affiliation_after_it():
    text = "Finansverket 4 Lena Forsberg Norrby kommun 7 Ulla Nordin, Vägverket"
    assert _person_row(text, text.index("Lena"))
    assert _person_row(text, text.index("Ulla"))
    text = "58 Uthyrningsläget Jeanette Berg informerade om läget"
    assert not _person_row(text, text.index("Uthyrnings"))
    text = "6 Lena Forsbergs motion om cykelvägar"
    assert not _person_row(text, text.index("Lena"))
