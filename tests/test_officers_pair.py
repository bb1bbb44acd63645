"""Chair and secretary elected in one sentence, the verb written once (parse/officerspair.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _officers(text: str) -> tuple[str | None, str | None]:
    record = parse_text(text, source="t.txt").to_dict()
    return record["chair"], record["secretary"]


def test_both_officers_in_one_sentence():
    text = ("Protokoll fört vid årsmöte 2021-03-06\n§ 1 Öppnande\nMötet öppnades.\n§ 2 Val av mötesfunktionärer\n"
            "Göran Falk valdes till ordförande och Tove Ring till sekreterare för årsmötet.\n§ 3 Dagordning\n"
            "Dagordningen godkändes.\n")
    assert _officers(text) == ("Göran Falk", "Tove Ring")


def test_given_names_resolved_against_the_attendees():
    text = ("Protokoll fört vid årsmöte 2021-03-06\nNärvarande: Göran Falk, Tove Ring, Kurt Bly\n"
            "§ 2 Val av mötesfunktionärer\nGöran valdes till ordförande och Tove till sekreterare för årsmötet.\n"
            "§ 3 Dagordning\nDagordningen godkändes.\n")
    assert _officers(text) == ("Göran Falk", "Tove Ring")


HEADED_FLAT = ("PROTOKOLL FÖRT VID NORRDALS FISKEVÅRDSFÖRENINGS ÅRSMÖTE Tid: 2021-03-04 Plats: Bygdegården "
               "1. Föredragningslista enligt stadgarna a) Årsmötet öppnade Eva Lind hälsade alla välkomna och "
               "förklarade mötet öppnat. b) Upprättande av röstlängd Totalt närvarade 14. c) Val av ordförande och "
               "sekreterare för mötet Till ordförande valdes Karin Sjögren och till sekreterare valdes Olle Bergström. "
               "d) Val av två personer att jämte ordföranden justera mötets protokoll Till justerare valdes Tina Falk.\n")


def test_the_meetings_officers_under_their_heading_office_first():
    rec = parse_text(HEADED_FLAT, "h.txt")
    assert (rec.chair, rec.secretary) == ("Karin Sjögren", "Olle Bergström")


def test_the_verb_written_once_under_the_heading():
    text = HEADED_FLAT.replace("och till sekreterare valdes Olle Bergström", "och sekreterare Olle Bergström")
    assert parse_text(text, "i.txt").secretary == "Olle Bergström"


def test_a_heading_that_names_no_meeting_reads_no_pair():
    text = HEADED_FLAT.replace("sekreterare för mötet Till", "sekreterare Till")
    assert parse_text(text, "j.txt").chair != "Karin Sjögren"
