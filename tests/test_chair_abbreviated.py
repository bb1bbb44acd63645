"""The chair's office written abbreviated after the name in an attendance list ("Anna Lind, ordf Per Ek ...",
"Anna Lind (S) Ordf." on a line of its own): the chair, and the list goes on after it; two marked "ordf." leave the
chair unknown (issue 10). The documents are written for these tests."""

from protokoll.parse import parse_text

TAIL = "\n\n§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Budget\nNämnden fastställer budgeten.\n"


def names(rec):
    return [a.name for a in rec.attendees]


def test_ordf_after_the_first_name_of_a_run_without_commas():
    rec = parse_text("Minnesanteckningar\nStyrgruppen för e-hälsa\n2024-03-12\n"
                     "Närvarande: Lena Dahl, ordf Oskar Wiklund Maria Sandell Tove Lindqvist" + TAIL, source="x.txt")
    assert rec.chair == "Lena Dahl"
    assert "Oskar Wiklund" in names(rec)
    assert next(a for a in rec.attendees if a.name == "Lena Dahl").role == "ordförande"


def test_ordf_with_a_dot_after_the_first_name():
    rec = parse_text("PROTOKOLL\nDirektionen\nSammanträdesdatum 2024-03-12\n"
                     "Beslutande Göran Falk, ordf. Ulla Sjöberg Henrik Ahl Berit Lund" + TAIL, source="x.txt")
    assert rec.chair == "Göran Falk"
    assert next(a for a in rec.attendees if a.name == "Göran Falk").role == "ordförande"


def test_a_line_ending_in_ordf_does_not_end_the_list():
    text = ("Protokoll från direktionens sammanträde den 12 mars 2024.\n\nBeslutande:\n\nÅke Borg (C) vice ordf.\n\n"
            "Sara Ek (M)\n\nNils Holm (M) Ordf.\n\nJonas Rask (S) Eva Wall (L)\n\nEj tjänstgörande:\n\n"
            "Mats Falk (KD)\n\nIda Sund (S)\n\nDeltagande:\n\nKarin Vik, sekreterare\n")
    rec = parse_text(text + TAIL, source="x.txt")
    assert rec.chair == "Nils Holm"
    assert {"Jonas Rask", "Eva Wall"} <= set(names(rec))
    subs = {a.name: (a.group, a.role) for a in rec.attendees if a.name in ("Mats Falk", "Ida Sund")}
    assert subs == {"Mats Falk": ("other", "ersättare"), "Ida Sund": ("other", "ersättare")}


def test_two_marked_ordf_leave_the_chair_unknown():
    rec = parse_text("PROTOKOLL\nDirektionen\nSammanträdesdatum 2024-03-12\n"
                     "Beslutande Göran Falk, ordf. Ulla Sjöberg, ordf. Henrik Ahl Berit Lund" + TAIL, source="x.txt")
    assert rec.chair is None
