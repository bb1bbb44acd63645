"""A sharing site's title above its transcript frame is no item of the document; the chair who opened the meeting
before the first item, in the header, chaired (issue 10). The documents are written for these tests."""

from protokoll.parse import parse_text
from protokoll.repair import repair_text

FRAMED = ("23. Öppnande LEADER Ekbackens ordförande Anna Berg öppnade mötet.\n\nStorlek: px\n"
          "Starta visningen från sidan:\n\nDownload \"23. Öppnande LEADER Ekbackens ordförande Anna Berg öppnade "
          "mötet.\"\n\nTranskript\n1 LEADER Protokoll Ekbacken Sammanträdestyp: Sammanträdestid: nr: LAG möte kl "
          "Plats: Bygdegården Ordförande: Anna Berg Sekreterare: Per Holm Närvarande: 12 av 14 Eva Lind (i) "
          "Olof Ek (p) Anna Berg (o) Per Holm (i) 23. Öppnande LEADER Ekbackens ordförande Anna Berg öppnade mötet. "
          "24. Dagordning Dagordningen godkändes. 25. Val av justerare Till justerare valdes Eva Lind.\n\n"
          "2 26. Ekonomi Kassören rapporterade. 27. Nästa möte Nästa möte hålls i maj.\n")


def test_the_sites_title_above_the_frame_is_no_item():
    rec = parse_text(repair_text(FRAMED)[0], source="x.txt")
    assert (rec.chair, rec.secretary) == ("Anna Berg", "Per Holm")


def test_the_opener_in_the_header_before_the_first_item_chaired():
    text = ("Protokoll fört vid styrelsemöte i Föreningen Ekbacken den 4 juni 2024 i Bygdegården\n"
            "Närvarande: Anna Berg, Per Holm, Eva Lind, Olof Ek. Föreningens ordförande Anna Berg förklarade "
            "mötet öppnat.\n\n§ 2 Dagordning\nDagordningen godkändes.\n§ 3 Val av justerare\nEva Lind valdes.\n"
            "§ 4 Ekonomi\nKassören rapporterade.\n")
    assert parse_text(text, source="x.txt").chair == "Anna Berg"


def test_no_opener_is_read_where_the_meeting_elected_a_chair_unread():
    text = ("Protokoll fört vid årsmöte i Föreningen Ekbacken den 4 juni 2024\n"
            "Närvarande: Anna Berg, Per Holm, Eva Lind, Olof Ek. Föreningens ordförande Anna Berg förklarade "
            "mötet öppnat.\n\n§ 2 Val av mötesordförande\nTill ordförande för mötet valdes Britt-Marie.\n"
            "§ 3 Dagordning\nDagordningen godkändes.\n")
    assert parse_text(text, source="x.txt").chair != "Anna Berg"
