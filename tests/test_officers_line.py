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
