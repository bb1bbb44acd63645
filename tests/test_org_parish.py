"""A parish's letterhead ("Ekbacka församling" alone on a title line) and a title line that is a body "i" its
parish ("Kyrkorådet i Ekbacka församling") name the organisation that meets, as certainly as an association's
(issue 10, organisation recall where the page is certain). Invented documents."""

from protokoll.parse import parse_text

REST = "2021-03-04\nOrdförande: Lisa Holm\n§ 1 Val av justerare\nPer Ek utses.\n"


def test_a_parish_letterhead_names_the_organisation():
    rec = parse_text("Ekbacka församling\nSammanträdesprotokoll\nKyrkofullmäktige " + REST, source="x.txt")
    assert rec.organization == "Ekbacka församling"


def test_a_body_in_its_parish_on_a_title_line_of_its_own():
    rec = parse_text("Protokoll\nKyrkorådet i Ekbacka församling\n" + REST, source="x.txt")
    assert (rec.organization, rec.body) == ("Ekbacka församling", "Kyrkorådet")


def test_a_parish_named_after_the_attendance_label_is_an_attendees():
    rec = parse_text("Protokoll\nKyrkorådet\n2021-03-04\nNärvarande:\nLisa Holm\nEkbacka församling\n"
                     "§ 1 Val av justerare\n", source="x.txt")
    assert rec.organization is None
