"""A kind word in a running sentence names no kind of the document it stands in (issue 10): a portal's protocol
tells that "a preliminary list of matters was sent out with the notice", which is no agenda's title. The documents
are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.body import _kind_of

#: a web portal's protocol: bullets, "§" lines, the list told as sent
PORTAL_PROTOCOL = """Hoppa över navigering
 • Ordföranden, Stina Kvist (C), hälsar alla välkomna och öppnar sammanträdet.

 • § 2

  Val av justerare

 • Enligt reglementet har en preliminär dagordning över de ärenden
  som ska tas upp skickats ut till ledamöterna.

 • Ordföranden går igenom föregående protokoll.

  Inga synpunkter lämnas.

 • § 3

  Information om budgetläget

  Ekonomichefen Bo Lindgren redogör för utfallet.
"""

PORTAL_SENT = PORTAL_PROTOCOL.replace(
    "Enligt reglementet har en preliminär dagordning över de ärenden\n  som ska tas upp skickats ut till ledamöterna.",
    "Preliminär föredragningslista har skickats ut med kallelsen enligt reglementet.")


def test_a_list_told_as_sent_names_no_kind() -> None:
    assert _kind_of("Preliminär föredragningslista har skickats ut med kallelsen.") is None
    assert _kind_of("Dagordning skickades ut i förväg.") is None
    assert _kind_of("Kallelse bifogas.") is None
    assert _kind_of("Kallelse till styrelsemöte") == "agenda"  # a title still names the agenda
    assert _kind_of("Dagordning för årsmötet") == "agenda"


def test_a_list_counted_with_an_article_names_no_kind() -> None:
    assert _kind_of("Enligt reglementet har en preliminär dagordning över ärendena") is None
    assert _kind_of("Preliminär dagordning") == "agenda"


def test_a_portal_protocol_telling_its_list_sent_is_a_protocol() -> None:
    assert parse_text(PORTAL_PROTOCOL, "portal.txt").kind == "protocol"
    assert parse_text(PORTAL_SENT, "portal2.txt").kind == "protocol"


#: a protocol's later page, untitled: the roll of others present, then the certificate's dates
CERTIFIED_PAGE = """Övriga närvarande Lena Holm (s)
Kjell Ek (m)
Ove Sand, förvaltningschef
Sekreterare:
Mia Falk
Datum för anslags uppsättande 2031-04-02
Datum för anslags nedtagande 2031-04-24
"""


def test_the_certificates_dates_mark_a_protocol() -> None:
    from protokoll.parse.kindmarks import BOX_LABEL
    assert BOX_LABEL.search("Datum för anslags uppsättande 2031-04-02")
    assert BOX_LABEL.search("Datum då anslaget tas ned 2031-04-24")
    assert BOX_LABEL.search("Anslaget sätts upp på kommunens anslagstavla") is not None
    assert BOX_LABEL.search("Kallelsen anslås på kommunens anslagstavla") is None
    assert parse_text(CERTIFIED_PAGE, "page2.txt").kind == "protocol"


def test_the_protocol_word_in_a_running_sentence_names_no_kind() -> None:
    assert _kind_of("Alla protokoll kommer att finnas på hemsidan efter justering.") is None
    assert _kind_of("Protokoll kommer att skickas ut senare.") is None
    assert _kind_of("Godkännande av protokoll från föregående möte") is None  # an item, not the title
    assert _kind_of("Protokoll fört vid styrelsens sammanträde") == "protocol"
    assert _kind_of("Sammanträdesprotokoll") == "protocol"
    assert _kind_of("Minnesanteckningar från arbetsgruppens möte") == "minutes"


#: a network's report of a held meeting: no title, the protocol named only as something to come
REPORTED = """På mötet i Storvik deltog 12 av 20 ledamöter. Mötet konstaterades vara beslutsfört.

Val

Beslut

Alla protokoll kommer att finnas på hemsidan efter justering. Vi enades om att material skickas per post.
"""


def test_a_report_naming_protocols_to_come_is_no_protocol() -> None:
    assert parse_text(REPORTED, "report.txt").kind != "protocol"
