"""An attendance label with words saying whose attendance follows and a colon ("Närvarande från styrelsen:",
"Närvarande från förvaltningen:") opens a list; officials' words put its people in ``other``
(parse/headerlabels.py ``label_of``)."""

from protokoll.parse import parse_text
from protokoll.parse.headerlabels import label_of


def test_qualified_labels():
    assert label_of("Närvarande från styrelsen: Karin Lindqvist") == \
        ("Närvarande från styrelsen", "attendees:present", "Karin Lindqvist")
    assert label_of("Närvarande från förvaltningen:")[1] == "attendees:other"
    assert label_of("Närvarande var alla utom en.") is None  # a sentence, no colon
    assert label_of("Närvarande ersättare: Per Holm")[1] == "attendees:other:ersättare"  # the known label wins


def test_in_the_minutes_of_an_association():
    text = ("Protokoll fört vid styrelsemöte i Norrby hembygdsförening 2024-03-02\n\n"
            "Närvarande från styrelsen:\nKarin Lindqvist, Olle Sten\nEva Nord\n\n"
            "Närvarande från kansliet:\nPer Holm\n\n"
            "§ 1 Mötets öppnande\nOrdföranden Karin Lindqvist öppnade mötet.\n")
    people = {a.name: a.group for a in parse_text(text, "x.txt").attendees}
    assert people == {"Karin Lindqvist": "present", "Olle Sten": "present", "Eva Nord": "present",
                      "Per Holm": "other"}
