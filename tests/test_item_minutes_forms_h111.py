"""Minutes' item forms the readers missed (issue 10, h111). Texts written here (invented names and places).

A web page's ordered list whose every entry reads "1." where one entry holds a list of its own, which the
browser numbered "1. 2. 3." again: the nested points are the entry's text, not items."""

from protokoll.parse import parse_text

NESTED_WEB_LIST = """Protokoll från styrelsemöte 2019-03-11

Lindbackens vägsamfällighet

Datum: 2019-03-11
Närvarande: Karin Ödman, Per Lövgren och Stina Backe.

 1. Mötet förklarades öppnat

 1. Föregående protokoll lades till handlingarna

 1. Vägunderhåll

Per Lövgren redogjorde för skicket på vägen. Beslutades att begära in två offerter.

 1. Inför årsstämman
  1. Stämman hålls den 14 april klockan 18.00
  2. Karin Ödman bokar lokalen i bygdegården.
  3. Stina Backe skickar ut kallelsen.

 1. Övriga frågor

Inga övriga frågor.
"""


def test_a_list_nested_in_an_entry_of_a_browser_numbered_list_is_no_items():
    rec = parse_text(NESTED_WEB_LIST, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötet förklarades öppnat"), ("2", "Föregående protokoll lades till handlingarna"),
        ("3", "Vägunderhåll"), ("4", "Inför årsstämman"), ("5", "Övriga frågor")]
    assert "bokar lokalen" in rec.items[3].text


def test_an_ordinary_rising_list_and_a_list_with_too_few_entries_keep_their_numbers():
    plain = "Anteckningar\n\n1. Mötets öppnande\nText.\n2. Information\nText.\n3. Ekonomi\nText.\n"
    assert [i.number for i in parse_text(plain, "t.txt").items] == ["1", "2", "3"]
    few = ("Anteckningar\n\n1. Mötets öppnande\nText.\n1. Information\n1. Budget\n2. Plan\n3. Avtal\n")
    assert [i.title for i in parse_text(few, "t.txt").items] != ["Mötets öppnande", "Information"]
