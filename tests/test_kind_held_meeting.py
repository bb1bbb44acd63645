"""A document that records a held meeting is not an agenda because one sentence or heading names the list
(issue 10): the kind gates the attendees and the decisions, so a wrong "agenda" loses both. The documents
are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.body import _kind_of
from protokoll.parse.kindmarks import ATTENDED, DECIDED, JUSTERAT

#: a committee's notes: "Närvarande (group):" lists, then its items under "Dagordning", told in the active past
COMMITTEE_NOTES = """Arbetsgruppens möte tisdagen den 3 september 2024

Närvarande (arbetsgruppen): Eva Lund (ordförande), Per Holm, Karin Ek och Nils Berg.

Närvarande (kansliet): Sara Ström, Olle Dahl.

Dagordning

1) Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.

2) Föregående mötes anteckningar
Arbetsgruppen godkände anteckningarna från förra mötet.

3) Plan för hösten
Arbetsgruppen antog planen med de ändringar som framfördes.

4) Mötets avslutande
"""

#: a board's record whose decision on its list of matters stands among the title lines
DECIDED_LIST = """1 § Mötets öppnande
Ordföranden förklarade mötet öppnat.

2 § Dagordning
Beslut: Förslaget till dagordning godkändes.

3 § Ekonomi
Beslut: Styrelsen beslöt att godkänna rapporten.

4 § Lokaler
Beslut: Styrelsen beslöt att säga upp hyresavtalet.
"""

#: a flattened protocol excerpt: the list of matters "fastställs" in a sentence, a paragraph "justeras"
FLAT_EXCERPT = (
    "22 Val av justerare och fastställande av ärendelistan Anna Berg (S) utses att justera protokollet. "
    "Utsänd föredragningslista fastställs. 23 Delegeringsbeslut Nämnden beslutar att lägga redovisningen "
    "till handlingarna. Paragrafen justeras omedelbart. Eva Lund ordförande Anna Berg justerare "
    "24 Information från förvaltningen Informationen läggs till handlingarna.\n")

#: an agenda titled so: nothing in it is told as done
AGENDA = """Dagordning för styrelsens möte
Tid: Torsdagen den 12 december 2024 kl. 18.00
Plats: Föreningslokalen

1. Mötets öppnande
2. Val av justerare
3. Godkännande av dagordningen
4. Ekonomi
Förslag till beslut: Styrelsen föreslås godkänna rapporten.
5. Mötets avslutande
"""


def test_a_sentence_approving_the_list_names_no_kind() -> None:
    assert _kind_of("Beslut: Förslaget till dagordning godkändes.") is None
    assert _kind_of("Utsänd föredragningslista fastställs.") is None
    assert _kind_of("Dagordningen godkändes med ett tillägg.") is None
    assert _kind_of("Dagordning för styrelsens möte") == "agenda"  # a title still names the agenda
    assert _kind_of("Föredragningslista") == "agenda"


def test_the_active_past_tells_a_decision_made() -> None:
    assert DECIDED.search("Styrelsen godkände rapporten.")
    assert DECIDED.search("Nämnden antog planen.")
    assert not DECIDED.search("Styrelsen föreslås godkänna rapporten.")
    assert not DECIDED.search("Ordföranden öppnar mötet.")


def test_a_presence_label_with_its_group_in_brackets() -> None:
    assert ATTENDED.search("Närvarande (styrelsen): Eva Lund, Per Holm")
    assert ATTENDED.search("Närvarande: Eva Lund")
    assert not ATTENDED.search("Ej närvarande (styrelsen): Eva Lund")


def test_a_paragraph_justerad_marks_a_protocol() -> None:
    assert JUSTERAT.search("Paragrafen justeras omedelbart.")
    assert JUSTERAT.search("Paragrafen förklaras omedelbart justerad.")
    assert not JUSTERAT.search("Paragrafen gäller justering av taxan.")


def test_notes_under_an_agenda_heading_keep_who_attended() -> None:
    rec = parse_text(COMMITTEE_NOTES, "notes.txt")
    assert rec.kind == "minutes"
    assert {a.name for a in rec.attendees} >= {"Per Holm", "Karin Ek", "Nils Berg"}


def test_a_record_that_approved_its_agenda_is_no_agenda() -> None:
    rec = parse_text(DECIDED_LIST, "board.txt")
    assert rec.kind in ("protocol", "minutes")
    assert sum(1 for item in rec.items if item.decisions) >= 2


def test_a_flattened_excerpt_with_a_justerad_paragraph_is_a_protocol() -> None:
    assert parse_text(FLAT_EXCERPT, "excerpt.txt").kind == "protocol"


def test_an_agenda_stays_an_agenda() -> None:
    rec = parse_text(AGENDA, "agenda.txt")
    assert rec.kind == "agenda"
    assert rec.attendees == []


#: a page number, then the protocol's own title read as the first item, and the agenda it followed in the head
PRINTED_FIRST = (
    "1\n\n1 PROTOKOLL FÖRT VID FÖRENINGENS STYRELSEMÖTE TISDAGEN DEN 3 SEPTEMBER 2024\n\n"
    "2 Förslag till dagordning inför styrelsens möte Plats: Föreningslokalen Närvarande ledamöter: Eva Lund, "
    "ordförande, Per Holm, Karin Ek\n\n3 Ekonomi\nRapporten lades till handlingarna.\n")
#: a kallelse that names the protocol of the last meeting after its own kind word stays an agenda
KALLELSE_FIRST = ("1\n\n1 KALLELSE TILL STYRELSEMÖTE TISDAGEN DEN 3 SEPTEMBER 2024\n\n"
                  "2 PROTOKOLL 2024-06-01 läggs till handlingarna\n\n3 Ekonomi\n")


def test_the_first_kind_printed_in_the_head_decides() -> None:
    from protokoll.parse.kindmarks import _printed_protocol
    assert _printed_protocol(PRINTED_FIRST)
    assert not _printed_protocol(KALLELSE_FIRST)
    assert parse_text(PRINTED_FIRST, "p.txt").kind == "protocol"


#: a nämnd's first page without line breaks: who decides, the hours, the signature box; no kind word
FLAT_ROSTER = (
    "1 Miljönämnden Tid Onsdagen den 6 mars 2024 kl. 13:00-15:40 Plats Rådhuset Beslutande Eva Lund (S), "
    "ordförande Per Holm (M) Karin Ek (C) Övriga Nils Berg, sekreterare Sekreterare Nils Berg Justeras Eva Lund "
    "ordförande Karin Ek\n\n2 Detaljplan för kvarteret Linden\nNämnden godkänner planen.\n\n"
    "3 Information\nInformationen noteras.\n")


def test_who_decides_and_a_justering_make_a_protocol() -> None:
    from protokoll.parse.kindmarks import formal_roster
    assert formal_roster(FLAT_ROSTER)
    assert parse_text(FLAT_ROSTER, "n.txt").kind == "protocol"
    # a kallelse's sentence "i anslutning till beslutande kommunstyrelsen" names no roster
    assert not formal_roster("Ledamöterna kallas i anslutning till beslutande kommunstyrelsen. Justerare utses.")
    # the roster alone, without a justering, decides nothing
    assert not formal_roster(FLAT_ROSTER.replace("Justeras", "Signeras"))


#: a network's notes: who came and who did not, then the list under its heading, one item told as done
ROLL_THEN_LIST = (
    "Norrby 2024-01-20 Närvarande Eva Lund, samordnare, Norrby. Per Holm, rektor, Söderby. Karin Ek, "
    "skolchef, Västerby. Ej närvarande Nils Berg, Österby\n"
    "DAGORDNING\n1. Godkännande av dagordning\nDagordningen godkändes.\n2. Presentationsrunda\n"
    "Deltagarna presenterade sig.\n3. Nästa steg\n")
#: an untitled record that tells its justerare as chosen
CHOSEN = ("Tekniska nämnden Sessionssal Närvarande: Ordinarie ledamöter Eva Lund (S) Per Holm (M)\n"
          "12 Val av justerare\nAtt jämte ordföranden justera dagens protokoll utsågs Per Holm (M).\n"
          "13 Godkännande av föredragningslista\nFöredragningslistan godkänns.\n")


def test_a_roll_of_present_and_absent_before_the_list_is_a_record() -> None:
    from protokoll.parse.kindmarks import roll_before_list
    rec = parse_text(ROLL_THEN_LIST, "notes.txt")
    assert rec.kind == "minutes"
    assert "Eva Lund" in {a.name for a in rec.attendees}  # an agenda keeps none
    # without who stayed away, one told decision decides nothing (an agenda may print whom it expects)
    agenda = parse_text(ROLL_THEN_LIST.replace(" Ej närvarande Nils Berg, Österby", ""), "a.txt")
    assert agenda.kind == "agenda" and agenda.attendees == []
    assert roll_before_list("minutes", [], ROLL_THEN_LIST) == "minutes"


def test_a_justerare_told_as_chosen_makes_a_protocol() -> None:
    from protokoll.parse.kindmarks import formal_roster
    assert formal_roster("Per Holm valdes att tillsammans med ordföranden justera protokollet.")
    assert not formal_roster("3. Val av justerare att jämte ordföranden justera dagens protokoll")
    assert parse_text(CHOSEN, "c.txt").kind == "protocol"
