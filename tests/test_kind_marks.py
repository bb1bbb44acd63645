"""What a document is when its title does not say it plainly (parse.kindmarks): a protocol's notice-board
certificate, and proposal labels that name the body. The documents are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.kindmarks import protocol_marked
from protokoll.parse.lines import split_lines

#: a page that lost its line breaks: labels, names and the certificate run on in one paragraph, no title word
FLAT_PROTOCOL = (
    "1 Sida 1 (12) Plats och tid Rådhuset, sal 3 kl. 13:00-15:30 Beslutande Ledamöter Eva Lund (S), Per Holm (M) "
    "och Karin Ek (C). Justering Justerande Karin Ek (C) Underskrifter Sekreterare Ordförande Justerande Nils Berg "
    "Eva Lund (S) Karin Ek (C)\n\n"
    "2 Sida 2 (12) Anslag/bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag. "
    "Organ Miljönämnden Förvaringsplats för protokollet Miljöförvaltningen\n")

#: a committee's protocol whose second page lists its items under "Ärendelista"
LISTED_PROTOCOL = (
    "1(20) Plats och tid Stadshuset kl. 09.00-11.00 Beslutande ledamöter Eva Lund (S) Per Holm (M) "
    "ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsens arbetsutskott\n"
    "2(20) Kommunstyrelsens arbetsutskott Ärendelista 12 Dnr KS 2024/3 Information... 3 "
    "13 Dnr KS 2024/9 Årsredovisning 2023... 4\n")

#: an agenda whose papers include another body's protocol extract, certificate and all, after its own title
AGENDA_WITH_EXTRACT = """Kallelse
Miljönämnden
Tid: Tisdagen den 5 mars 2024 kl. 18.00
Plats: Rådhuset

1. Val av justerare
2. Yttrande över detaljplan

Protokollsutdrag från kommunstyrelsen. Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
"""

def kind_of(text: str) -> str | None:
    return parse_text(text, "doc.txt").kind


def test_the_certificate_of_a_justered_protocol_makes_an_untitled_page_a_protocol():
    assert kind_of(FLAT_PROTOCOL) == "protocol"
    without = FLAT_PROTOCOL.split("2 Sida 2")[0]  # without its certificate: the box's "Underskrifter" still marks it
    assert protocol_marked(None, split_lines(without), without) == "protocol"
    bare = without.split(" Underskrifter")[0]  # neither certificate nor box labels: the rule says nothing
    assert protocol_marked(None, split_lines(bare), bare) is None


def test_a_list_of_items_read_after_the_certificate_is_no_agenda_title():
    assert kind_of(LISTED_PROTOCOL) == "protocol"
    lines = split_lines(LISTED_PROTOCOL)
    assert protocol_marked("agenda", lines, LISTED_PROTOCOL) == "protocol"


def test_an_agenda_stays_an_agenda_when_the_certificate_comes_after_its_title():
    assert kind_of(AGENDA_WITH_EXTRACT) == "agenda"
    lines = split_lines(AGENDA_WITH_EXTRACT)
    assert protocol_marked("agenda", lines, AGENDA_WITH_EXTRACT) == "agenda"


def test_a_title_that_names_minutes_is_believed_over_the_certificate():
    text = "Minnesanteckningar\nNätverket\nProtokollet är justerat.\n"
    assert protocol_marked("minutes", split_lines(text), text) == "minutes"
    assert protocol_marked(None, split_lines("Styrelsen\nDeltagare: Anna Berg\n"), "Styrelsen") is None


AGENDA = """Kallelse
Tekniska nämnden
Tid: Tisdag 14 mars 2023 kl. 18.00
Plats: Stadshuset

1. Val av justerare
Förslag till beslut: xx

2. Godkännande av dagordning
Förslag till beslut: –

3. Delårsrapport
Förslag till tekniska nämndens beslut
Delårsrapporten godkänns.

4. Ny gata i Norrby
Förslag till kommunfullmäktiges beslut: Detaljplanen antas enligt bilaga 2.
"""


def test_proposal_labels_that_name_the_body_and_placeholders():
    items = {i.number: i for i in parse_text(AGENDA, "kallelse.txt").items}
    assert items["1"].proposed_decision is None and items["2"].proposed_decision is None  # "xx", "–"
    assert items["3"].proposed_decision == "Delårsrapporten godkänns."
    assert items["3"].decisions == []
    assert items["4"].proposed_decision == "Detaljplanen antas enligt bilaga 2."
    assert items["4"].attachments == ["bilaga 2"]


AGENDA_MORE = """Föredragningslista
Kommunstyrelsen
Tid: Måndag 6 maj 2024 kl. 13.00
Plats: Kommunhuset

1. Detaljplan för Söderby
Förslag till beslut i kommunfullmäktige
Detaljplanen antas.

2. Motion om cykelvägar
Förslag till beslut på sammanträdet
Anna Berg (S) yrkar bifall till motionen.

3. Remiss om kollektivtrafik
Förslag till beslut
Kommunstyrelsen yttrar sig enligt förvaltningens förslag. Bilaga 3
"""


def test_the_body_after_the_label_motions_made_at_the_meeting_and_a_trailing_attachment():
    items = {i.number: i for i in parse_text(AGENDA_MORE, "lista.txt").items}
    assert items["1"].proposed_decision == "Detaljplanen antas."  # "i kommunfullmäktige" belongs to the label
    assert items["2"].proposed_decision is None  # yrkanden at the meeting are no proposal put to it
    assert items["3"].proposed_decision == "Kommunstyrelsen yttrar sig enligt förvaltningens förslag."
    assert items["3"].attachments == ["bilaga 3"]


def test_compound_and_singular_kind_words_in_a_title():
    from protokoll.parse.body import read_kind

    def kind(title: str) -> str | None:
        return read_kind(split_lines(title))

    assert kind("Styrelseprotokoll 2024-03-01") == "protocol"
    assert kind("Beslutsprotokoll från årsmötet") == "protocol"
    assert kind("Mötesprotokoll från nätverksträffen") == "minutes"  # the compound read so before stays so
    assert kind("Minnesnoteringar från arbetsgruppen") == "minutes"
    assert kind("Mötesanteckning") == "minutes"
    assert kind("Protokollsanteckning") is None
    assert kind("Handlingar till sammanträdet") == "agenda"  # the papers of a coming meeting (h197, session 26)


RECORD_WITH_LIST_HEADING = """Styrgruppen för kulturnätverket
Datum: 2024-02-12
Plats: Stadsbiblioteket
Närvarande: Anna Berg, Per Holm, Karin Ek

Dagordning
1. Mötets öppnande
Anna Berg hälsade alla välkomna och öppnade mötet.
2. Föregående anteckningar
Anteckningarna godkändes och lades till handlingarna.
3. Budget 2024
Styrgruppen beslutade att godkänna budgeten.
"""


def test_a_record_that_heads_its_items_dagordning_is_no_agenda():
    record = parse_text(RECORD_WITH_LIST_HEADING, "anteckningar.txt")
    assert record.kind == "minutes"
    assert [a.name for a in record.attendees] == ["Anna Berg", "Per Holm", "Karin Ek"]  # an agenda would drop them
    # "§" items and a justerare make the same record a protocol, as for any untitled document
    protocol = RECORD_WITH_LIST_HEADING
    for n in "123":
        protocol = protocol.replace(f"\n{n}. ", f"\n§ {n} ")
    assert parse_text(protocol, "p.txt").kind == "protocol"
    # a real agenda: its items propose in the present tense, or its list heading is a title ("Kallelse")
    agenda = RECORD_WITH_LIST_HEADING.replace("godkändes och lades", "godkänns och läggs").replace(
        "beslutade", "föreslås besluta")
    assert parse_text(agenda, "a.txt").kind == "agenda"
    assert parse_text("Kallelse\n" + RECORD_WITH_LIST_HEADING, "k.txt").kind == "agenda"
    # one item that tells an earlier decision is background, not a record of this meeting
    background = agenda.replace("Anteckningarna godkänns och läggs", "Anteckningarna godkändes och lades")
    assert parse_text(background, "b.txt").kind == "agenda"


ASKED = """Kallelse
Kommunstyrelsen
Tid: 2024-03-04 kl. 09.00
Plats: Kommunhuset

1. Uppföljning av avfallsplanen
Kommunfullmäktige beslutade den 12 mars 2019 att anta en avfallsplan. Förvaltningen redovisar hur arbetet går.

2. Budget 2025
Ekonomichefen redovisar förslaget. Kommunstyrelsen föreslås besluta att godkänna budgeten.

3. Dagordning
Styrelsen beslutade att godkänna dagordningen.
"""


def test_a_body_asked_to_decide_and_an_earlier_decision_told_as_background():
    items = {i.number: i for i in parse_text(ASKED, "kallelse.txt").items}
    assert items["1"].proposed_decision is None  # "beslutade den 12 mars 2019": an earlier decision
    assert items["1"].decisions == []  # which this agenda does not decide either
    assert items["2"].proposed_decision == "Kommunstyrelsen föreslås besluta att godkänna budgeten."
    # a draft written in the past tense with no date after the verb is still the proposal, as before
    assert items["3"].proposed_decision == "Styrelsen beslutade att godkänna dagordningen."
