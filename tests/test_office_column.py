"""A members' list whose offices were set in a column of their own, flattened after the last name ("... Eva Lind
(C) ordförande 1:e vice ordförande"): the offices are the first members', in order, not the last one's (issue 10).
The documents are written for these tests."""

from protokoll.parse import parse_text

TAIL = "\n\n§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Budget\nNämnden fastställer budgeten.\n"


def roles(rec):
    return {a.name: a.role for a in rec.attendees}


def test_the_column_goes_to_the_first_members():
    rec = parse_text("PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2024-05-14\nBeslutande: Ordinarie ledamöter Tove "
                     "Ahlgren (M) Rikard Strand (S) Maja Lundin (C) Olle Berg (L) Petra Sjö (S) ordförande 1:e vice "
                     "ordförande 2:e vice ordförande" + TAIL, source="x.txt")
    assert rec.chair == "Tove Ahlgren"
    assert roles(rec)["Rikard Strand"] == "vice ordförande"
    assert roles(rec)["Petra Sjö"] is None

