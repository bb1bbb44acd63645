"""A meeting portal's page that announces a meeting ("Datum", "Klockan", "Plats", then its numbered ärenden)
is an agenda, unless the page records the meeting: people present, decisions, § paragraphs (issue 10). Every
fixture is written for the test."""

from __future__ import annotations

from protokoll.parse import parse_text

PORTAL = """Barn- och utbildningsnämnden

Datum
2026-03-12
Klockan
13.00
Plats
Stadshuset, sal A

Ärenden
1. Val av justerare
2. Godkännande av dagordning
3. Budgetuppföljning februari
4. Skolval inför hösten
5. Övriga frågor
"""

#: the same head, but the page records the meeting held: its paragraphs decide
HELD = PORTAL.replace("""1. Val av justerare
2. Godkännande av dagordning
3. Budgetuppföljning februari
4. Skolval inför hösten
5. Övriga frågor
""", """§ 11 Val av justerare
Beslut: Nämnden utser Per Holm att justera protokollet.

§ 12 Budgetuppföljning februari
Beslut: Nämnden godkänner uppföljningen.
""")

#: no head of labels: a list of matters whose texts put proposals to the meeting and tell nothing as done
PROPOSALS = """Tekniska utskottet
 •   1
  Val av justerare
 •   2
  Fastställande av dagordningen
 •   3
  Ny taxa för parkering
 • Förvaltningen föreslås få i uppdrag att ta fram en ny taxa för parkering i centrum.
 •   4
  Anmälningar
"""

#: the same list as a record: its texts say what was done
RECORDED = PROPOSALS.replace("Förvaltningen föreslås få i uppdrag att ta fram en ny taxa för parkering i centrum.",
                             "Förvaltningen föreslås få ett uppdrag. Utskottet beslutade enligt förslaget.")


def test_a_portal_page_announcing_a_meeting_is_an_agenda():
    assert parse_text(PORTAL, "portal.txt").kind == "agenda"


def test_the_same_head_over_decided_paragraphs_is_a_protocol():
    assert parse_text(HELD, "held.txt").kind == "protocol"


def test_a_list_of_proposals_with_nothing_done_is_an_agenda():
    assert parse_text(PROPOSALS, "list.txt").kind == "agenda"


def test_a_list_whose_texts_tell_what_was_decided_is_no_agenda():
    assert parse_text(RECORDED, "recorded.txt").kind != "agenda"


def test_the_word_protocol_printed_in_the_head_names_a_document_with_no_title_kind():
    from protokoll.parse.kindmarks import protocol_marked
    head = "Meny\nSök\nSAMMANTRÄDESPROTOKOLL\nByggnadsnämnden 2026-02-10\nBEHANDLADE ÄRENDEN\n1. Val av justerare\n"
    assert protocol_marked(None, [], head) == "protocol"
    assert protocol_marked(None, [], "Byggnadsnämnden\nProtokoll 2026-02-10\n1. Val av justerare\n") == "protocol"
    # an item about another meeting's protocol, or a head that also names an agenda, decides nothing
    assert protocol_marked(None, [], "Styrelsen\n1. Protokoll från föregående möte\n2. Ekonomi\n") is None
    assert protocol_marked(None, [], "KALLELSE\nStyrelsen\n1. PROTOKOLL från förra mötet\n") is None


#: a web protocol whose first item's heading stands above its "§ 1": the agenda word is the item's, not a title
WEB_PROTOCOL = """Delegationen för unga
Sammanträde 2026-03-14
Närvarande: Anna Berg, ordförande, Per Holm, Eva Lind
Fastställande av dagordning
§ 1
Beslut: Dagordningen fastställdes.
§ 2 Rapport från kansliet
Beslut: Delegationen lade rapporten till handlingarna.
"""


def test_an_item_about_the_agenda_names_no_kind_and_the_protocol_keeps_its_attendees():
    rec = parse_text(WEB_PROTOCOL, "delegation.txt")
    assert rec.kind == "protocol"
    assert sorted(a.name for a in rec.attendees) == ["Anna Berg", "Eva Lind", "Per Holm"]
