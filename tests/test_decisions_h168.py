"""Decisions written in forms the decision reader missed (issue 10, h168). Every fixture is written for the test
(invented names, bodies and places).

- The passive verb first, as the protocols of associations write it: "Utsågs Lena Krook att justera", "Godkändes
  med tillägget ...": a decision; "Utses att justera: Lena Krook" in the header is a label, no decision.
- A decision in the passive before a question asked with it ("Föredragningslistan godkänns med tillägget: Per Ek
  frågar om ..."): the question does not make it a report.
- An agenda's proposal run on after a case number whose digits were lost, the body in lower case ("Dnr
  fritidsnämnden beslutar att förklara sig informerad."), and the bare clause "att förklara sig informerad.": the
  proposal of each item.
"""

from __future__ import annotations

from protokoll.parse import parse_text

MINUTES = """Protokoll styrelsemöte
Hembygdsföreningen Lövåsen
Datum: 2027-03-14

1. Mötets öppnande
Ordföranden hälsade alla välkomna.

2. Dagordning
Godkändes med tillägget att lokalfrågan tas upp under övrigt.

3. Justerare
Utsågs Lena Krook att jämte ordföranden justera protokollet.

4. Medlemsavgift
Valdes Per Ek till kassör för ett år.
"""

PROTOCOL = """PROTOKOLL
Fritidsnämnden
Sammanträdesdatum 2027-02-03

§ 4 Godkännande av föredragningslista
Föredragningslistan godkänns med tillägget: Per Ek (S) frågar om var eleverna ska bada när simhallen är stängd?

§ 5 Information om badplatser
Förvaltningen informerar om badplatserna.
"""

AGENDA = """KALLELSE
Fritidsnämnden
Tid: 2027-05-03 kl. 14.00
Plats: Kommunhuset

Ärenden

1. Badplatser 2027
Dnr fritidsnämnden beslutar att förklara sig informerad. Förvaltningen redogör för sommarens badplatser.

2. Information från förvaltningen
Dnr att förklara sig informerad. Ärendet samlar olika informationspunkter.
"""


def _items(text: str, name: str):
    return {i.number: i for i in parse_text(text, name).items}


def test_verb_first_passive_is_a_decision():
    items = _items(MINUTES, "minnes.txt")
    assert items["2"].decisions == ["Godkändes med tillägget att lokalfrågan tas upp under övrigt."]
    assert items["3"].decisions == ["Utsågs Lena Krook att jämte ordföranden justera protokollet."]
    assert items["4"].decisions == ["Valdes Per Ek till kassör för ett år."]
    assert items["1"].decisions == []


def test_passive_decision_before_a_question_is_a_decision():
    items = _items(PROTOCOL, "protokoll.txt")
    assert items["4"].decisions and items["4"].decisions[0].startswith("Föredragningslistan godkänns med tillägget")


def test_run_on_formula_with_a_lower_case_body_is_the_agenda_s_proposal():
    record = parse_text(AGENDA, "kallelse.txt")
    assert record.kind == "agenda"
    found = {i.number: i.proposed_decision for i in record.items}
    assert found.get("1") == "fritidsnämnden beslutar att förklara sig informerad."
    assert found.get("2") == "att förklara sig informerad."
    assert all(not i.decisions for i in record.items)
