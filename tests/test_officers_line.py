"""A line naming the officers one after another ("Ordförande Per Holm, Sekreterare Anna Berg, Kassör Olof Ek"):
each office labels the name after it, never the one before (issue 10; a wrong secretary before)."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.attendance import officers_line

TEXT = ("Protokoll Årsstämma 2024 Vägföreningen\n\nPlats, Byns kapell 240505 kl 14.00\n\n"
        "Ordförande Per Holm, Sekreterare Anna Berg, Kassör Olof Ek.\n\n"
        "Val av ordförande och sekreterare blev Per Holm och Anna Berg.\n")


def test_each_office_labels_the_name_after_it():
    rec = parse_text(TEXT, "t")
    assert (rec.chair, rec.secretary) == ("Per Holm", "Anna Berg")
    assert [a.role for a in rec.attendees if a.name == "Per Holm"] == ["ordförande"]


def test_the_cut_and_the_secretary():
    assert officers_line("Per Holm, Sekreterare Anna Berg, Kassör Olof Ek.") == ("Per Holm", "Anna Berg")
    assert officers_line("Per Holm, Kassör Olof Ek") == ("Per Holm", None)
    # the role after the name, with no name after it, is that person's own
    assert officers_line("Per Holm, Sekreterare") == ("Per Holm, Sekreterare", None)
    assert officers_line("Per Holm (S), ordförande Eva Lind (C)") == ("Per Holm (S), ordförande Eva Lind (C)", None)
    assert officers_line(None) == (None, None)


def test_an_official_with_a_secretary_title_chairs_nothing():
    # a signature block read name-above-role may put the secretary's name over "Ordförande": the list that
    # names her among those taking part with a secretary's title says she is staff, not the chair
    from protokoll.parse.attendance import _listed_clerk
    from protokoll.record import Attendee
    people = [Attendee("Maria Lundberg", affiliation="KD", group="present", role="ordförande"),
              Attendee("Anna Ström", title="kultursekreterare", group="other"),
              Attendee("Eva Lind", title="bibliotekschef", group="other")]
    assert _listed_clerk(people, "Anna Ström")
    assert not _listed_clerk(people, "Eva Lind")  # another official's title says nothing of the chair
    assert not _listed_clerk(people, "Maria Lundberg")
