"""Item and decision forms the readers missed (issue 10, h59): a web page's ordered list whose every entry
reads "1.", and a body deciding with a verb other than "beslutar"/"godkänner". Texts written here."""

from protokoll.parse import parse_text

WEB_LIST = """Protokoll styrelsemöte Ekbacka Fiber ek. för.
Datum: 2021-03-04

1. Mötets öppnande
Ordföranden Lisa Holm öppnade mötet.
1. Val av justerare
Till justerare valdes Per Sund.
1. Godkännande av dagordning
Dagordningen godkändes.
1. Ekonomisk rapport
Kassören redovisade utfallet för januari.
1. Mötets avslutande
"""


def test_an_ordered_list_copied_with_every_entry_one_is_numbered_in_order():
    rec = parse_text(WEB_LIST, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Godkännande av dagordning"),
        ("4", "Ekonomisk rapport"), ("5", "Mötets avslutande")]
    assert rec.items[1].decisions == ["Till justerare valdes Per Sund."]
    assert rec.items[2].decisions == ["Dagordningen godkändes."]


def test_a_decisions_single_point_under_each_paragraph_is_no_list_of_items():
    text = ("PROTOKOLL\nTekniska nämnden\n2021-03-04\n\n§ 4 Taxa\nBeslut\n1. Nämnden antar taxan.\n\n"
            "§ 5 Plan\nBeslut\n1. Nämnden antar planen.\n\n§ 6 Avtal\nBeslut\n1. Nämnden godkänner avtalet.\n")
    rec = parse_text(text, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [("4", "Taxa"), ("5", "Plan"), ("6", "Avtal")]


def test_two_entries_one_are_too_few_to_read_as_a_list():
    text = "Anteckningar\n\n1. Mötets öppnande\nText.\n1. Övrigt\nText.\n"
    assert [i.number for i in parse_text(text, "t.txt").items] != ["1", "2"]


HEAD = "PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-03-12\n\n"


def first(body: str):
    rec = parse_text(HEAD + "§ 7 Budget 2025\n" + body + "\n\n§ 8 Taxor\nBeslut: Taxan antas.\n", "t.txt")
    return rec.items[0]


def test_a_body_deciding_with_other_verbs():
    for sentence in ("Nämnden antar budgeten.", "Styrelsen antog verksamhetsplanen.", "Nämnden fastställer taxan.",
                     "Nämnden beviljar bidraget.",
                     "Nämnden avslår ansökan.", "Styrelsen fattade beslut om att anta policyn."):
        assert first(sentence).decisions == [sentence], sentence


def test_a_body_assuming_decides_nothing():
    assert first("Nämnden antar att kostnaderna stiger.").decisions == []


def test_a_body_proposing_to_the_body_that_decides_decides_to_send_it_on():
    # the meeting's own proposal to fullmäktige is its decision (issue 10, h133; the examples' records keep
    # "Kommundirektörsgruppen föreslår ... Frågan förs upp till styrelsemötet" as the decision); the
    # administration's proposal put to the meeting is not
    assert first("Nämnden föreslår kommunfullmäktige besluta att anta budgeten.").decisions == [
        "Nämnden föreslår kommunfullmäktige besluta att anta budgeten."]
    assert first("Förvaltningen föreslår nämnden besluta att anta budgeten.").decisions == []


FLAT_AGENDA = """Föredragningslista
Sammanträdesdatum Regionstyrelsen
Tid: Måndagen den 5 februari 2024, kl 10:00

1 Justering utse
Eva Lind att jämte ordföranden justera protokollet.

2 Godkännande av dagordning godkänna den utsända dagordningen.

3 Anmälan av skrivelser notera skrivelserna till protokollet.
Följande skrivelser anmäls: 1. Länsstyrelsen, beslut om tillstånd för Norrby hamn. Ls

4. Länsstyrelsen, beslut om tillstånd för Söderby hamn, inkommen 2024-01-20 och registrerad som ärende hos kansliet.
"""


def test_an_agenda_heading_run_on_into_its_proposal_is_a_heading():
    rec = parse_text(FLAT_AGENDA, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Justering"), ("2", "Godkännande av dagordning"), ("3", "Anmälan av skrivelser")]
    assert rec.items[1].proposed_decision == "godkänna den utsända dagordningen."


LINE_NOTES = """Protokoll styrelsemöte Björkby Bygdegårdsförening
Närvarande: Eva, Lars, Nils

 1. Mötets öppnande
  Ordföranden öppnade mötet
 2. Midsommarfirande
  Styrelsen diskuterade arrangemanget
  Styrelsen ansåg att dansbanan behöver lagas
  Styrelsen beslöt att föreningen håller midsommarfirande i år
 3. Övriga frågor
  Inga
"""


def test_notes_written_a_sentence_a_line_without_full_stops_give_the_deciding_line():
    rec = parse_text(LINE_NOTES, "t.txt")
    # the board's stance in the past ("ansåg att") is read as its present ("anser att") is: a decision (h174)
    assert [i.decisions for i in rec.items] == [
        [], ["Styrelsen ansåg att dansbanan behöver lagas",
             "Styrelsen beslöt att föreningen håller midsommarfirande i år"], []]


def test_a_wrapped_sentence_is_not_cut_where_a_line_starts_with_a_body():
    text = LINE_NOTES.replace("  Styrelsen diskuterade arrangemanget\n  Styrelsen ansåg att dansbanan behöver lagas\n",
                              "  Efter en lång diskussion om dansbanan och\n")
    assert parse_text(text, "t.txt").items[1].decisions == []  # "... och" / "Styrelsen ...": one sentence
