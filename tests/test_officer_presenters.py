"""A presenter written by the given name alone in board minutes without an attendance list: resolved against the
officers the document names in full (h191, namedpresenters)."""

from protokoll.parse.assemble import parse_text

MINUTES = """Protokoll styrelsemöte
Norrviks Båtklubb
Datum: 12 mars 2025, kl. 19.00, klubbstugan

1. Mötets öppnande
Ordförande Göran Lindqvist öppnar mötet.

2. Val av justerare
Tove Sand väljs att jämte ordföranden justera protokollet.

3. Bryggorna
Bryggreparation: Göran presenterar ett förslag om att byta ut två bryggdäck före säsongen.

4. Ekonomi
Göran informerade om läget i kassan. Styrelsen beslutar att höja avgiften.

5. Övriga frågor
Inga övriga frågor.
"""


def _items(text: str) -> dict:
    return {item.number: item for item in parse_text(text, "minutes.txt").items}


def test_the_chair_s_given_name_is_the_chair():
    items = _items(MINUTES)
    assert items["3"].presenters == ["Göran Lindqvist"]
    assert items["4"].presenters == ["Göran Lindqvist"]


def test_a_given_name_no_officer_bears_is_not_read():
    items = _items(MINUTES.replace("Göran informerade", "Sune informerade"))
    assert items["4"].presenters == []


def test_nothing_is_read_where_the_text_opens_with_no_given_name():
    items = _items(MINUTES.replace("Göran informerade om", "Kassan informerade om"))
    assert items["4"].presenters == []
