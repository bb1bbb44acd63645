"""A kallelse's item title cut after a conjunction at a narrow column's edge ("Val av justerare samt" /
"fastställande av tid för justering.") goes on on the next line: no title ends with "och", "samt", "eller" or
"som", and the line it goes on with may close the entry with a period. After a preposition or conjunction it may
go on with a name in capitals ("... ledamot i" / "Kulturnämnden"), but not with a line of the item's own parts
("Föredragande Anna Berg"). A title that is whole stays as it is.

The document is written for these tests (a made-up förbundsfullmäktige).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.lines import Line
from protokoll.parse.titles import wrapped_title

KALLELSE = """KALLELSE

Förbundsfullmäktige i Sjövalla kommunalförbund kallas till sammanträde onsdagen den 9 oktober 2024 kl. 10.00
i Stora salen, Sjövalla.

Föredragningslista

1. Sammanträdets öppnande

2. Val av två justerare samt
fastställande av tid för justering.

3. Delårsrapport för förbundet och
revisorernas utlåtande

4. Val av ledamot i
Kulturnämnden

5. Skrivelser som
anmäls för kännedom

6. Övriga frågor
"""


def test_a_title_cut_after_its_conjunction_goes_on_on_the_next_line():
    items = {it.number: it.title for it in parse_text(KALLELSE, "kallelse.txt").items}
    assert items["2"] == "Val av två justerare samt fastställande av tid för justering"
    assert items["3"] == "Delårsrapport för förbundet och revisorernas utlåtande"
    assert items["4"] == "Val av ledamot i Kulturnämnden"
    assert items["5"] == "Skrivelser som anmäls för kännedom"
    assert items["6"] == "Övriga frågor"


def test_a_whole_title_or_a_clause_is_not_joined():
    body = [Line("fastställande av tid för justering.", 30)]
    assert wrapped_title("Val av justerare", body)[0] == "Val av justerare"  # short and whole: the line is text
    clause = [Line("att nämnden godkänner rapporten.", 30)]
    assert wrapped_title("Rapport om ekonomi och", clause)[0] == "Rapport om ekonomi och"  # an "att"-clause
    part = [Line("Föredragande Anna Berg", 30)]
    assert wrapped_title("Information från", part)[0] == "Information från"  # the item's presenter line
    sentence = [Line("Förvaltningen har tagit fram en rapport.", 30)]
    assert wrapped_title("Rapport om", sentence)[0] == "Rapport om"  # a sentence of the item's text
