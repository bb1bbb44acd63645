"""An agenda that names the official responsible for each item ("Ansvarig tjänsteman: Eva Lind", "Ansvarig
tjänsteperson: ...") names who prepared the matter and presents it: a presenter, as "Ansvarig:" is. In minutes
the same label names who is to do a task, and no presenter is read from it.

The documents are written for these tests (a made-up kultur- och fritidsnämnd).
"""

from __future__ import annotations

from protokoll.parse import parse_text

AGENDA = """Kallelse
Kultur- och fritidsnämnden
Sammanträde tisdagen den 8 oktober 2024 kl. 18.00
Plats: Biblioteket, Storgatan 3

Föredragningslista

1. Val av justerare

2. Biblioteksplan 2025-2028
Ansvarig tjänsteman: Eva Lind

3. Föreningsbidrag
Ansvarig tjänsteperson: Jonas Berg

4. Övriga frågor
"""


def test_the_responsible_official_of_an_agenda_item_presents_it():
    items = {it.number: it for it in parse_text(AGENDA, "kallelse.txt").items}
    assert items["2"].presenters == ["Eva Lind"]
    assert items["3"].presenters == ["Jonas Berg"]
    assert items["4"].presenters == []
