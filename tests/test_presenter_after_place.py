"""A presenter set after an agenda item's title with a comma, where the title ends in a place's name ("Detaljplan
för Norra Strand, Eva Lind"): the place is the title's own, not one name of an enumeration, since "Norra",
"Stora", "Nya" and the like open places and never a person's name. An enumeration of people stays one.

The document is written for these tests (a made-up byggnadsnämnd and made-up places).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.presenters import in_name_list

AGENDA = """Kallelse
Byggnadsnämnden
Sammanträde torsdagen den 5 september 2024 kl. 09.00
Plats: Sammanträdesrummet, stadshuset

Föredragningslista

09.00 Val av justerare
09.10 Detaljplan för Norra Strand, Eva Lind
09.40 Planprogram för Lilla Ekudden, Jonas Berg
10.10 Övriga frågor
"""


def test_a_presenter_after_a_place_ending_the_title_is_read():
    items = parse_text(AGENDA, "kallelse.txt").items
    by_title = {it.title: it.presenters for it in items}
    assert by_title["Detaljplan för Norra Strand"] == ["Eva Lind"]
    assert by_title["Planprogram för Lilla Ekudden"] == ["Jonas Berg"]


def test_a_list_of_people_is_still_a_list():
    assert in_name_list("Närvarande: Per Ek,".split())
    assert not in_name_list("Detaljplan för Norra Strand,".split())
