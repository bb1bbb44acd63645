"""A roster whose role column was run into the names ("Anna Berg (S) Ordförande Per Ek (M) ..."):
the role word is the person's role, not a label that ends the list and names the next member chair."""

from protokoll.parse import parse_text
from protokoll.repair.layout import unflatten
from protokoll.swedish.rostercolumns import role_cell

HEAD = ("PROTOKOLL Miljönämnden Sammanträdesdatum 2024-02-06 1 (6) Plats och tid Stadshuset, "
        "kl 09.00-11.30 ")
ITEMS = ("\n§ 1 Val av justerare\nMikael Sandberg utses att justera protokollet.\n"
         "§ 2 Taxa för tillsyn\nNämnden beslutar att anta taxan.\n")


def _people(text: str):
    rec = parse_text(text, source="roster.txt")
    return rec, [(a.name, a.affiliation, a.role, a.group) for a in rec.attendees]


def test_role_cell_needs_the_rosters_first_entry_before_and_a_party_marked_name_after():
    assert role_cell("Beslutande Sofia Lindqvist (S) ", " Mikael Sandberg (M) 1-4")
    assert not role_cell("Beslutande Sofia Lindqvist ", " Mikael Sandberg (M)")  # no party before
    assert not role_cell("Beslutande Sofia Lindqvist (S) ", " Mikael Sandberg Justerare")  # no party after
    assert not role_cell("Beslutande Sofia Lindqvist (S) Jonas Wiklund (C) ", " Mikael Sandberg (M)")  # later
    assert not role_cell("kl 09.00 ", " Sofia Lindqvist (S)")


def test_capitalised_role_between_party_marked_names_keeps_the_roster():
    text = HEAD + ("Beslutande Sofia Lindqvist (S) Ordförande Mikael Sandberg (M) Jonas Wiklund (C) "
                   "Övriga närvarande Helena Borg, nämndsekreterare Utses att justera Mikael Sandberg") + ITEMS
    rec, people = _people(text)
    assert rec.chair == "Sofia Lindqvist"
    assert ("Sofia Lindqvist", "S", "ordförande", "present") in people
    assert ("Jonas Wiklund", "C", None, "present") in people
    assert "Mikael Sandberg" in [p[0] for p in people]


def test_repair_does_not_cut_a_roster_at_its_role_column():
    line = ("1 (4) Plats och tid Rådhuset kl 13.00 Beslutande Sofia Lindqvist (S) Ordförande "
            "Mikael Sandberg (M) Jonas Wiklund (C) Ersättare Lars Öberg (V) Övriga närvarande Helena Borg "
            "Utses att justera Mikael Sandberg Justeringens plats och tid Rådhuset ") * 2
    out = unflatten(line)
    assert "Sofia Lindqvist (S) Ordförande Mikael Sandberg (M) Jonas Wiklund (C)" in out


def test_a_signature_label_after_a_name_without_party_is_still_a_label():
    text = HEAD + ("Beslutande Sofia Lindqvist (S) Mikael Sandberg (M) Jonas Wiklund (C) Sekreterare "
                   "Helena Borg Ordförande Sofia Lindqvist") + ITEMS
    rec, people = _people(text)
    assert rec.chair == "Sofia Lindqvist"
    assert rec.secretary == "Helena Borg"


def test_older_lower_case_party_codes_mark_the_roster_too():
    text = HEAD + ("Ledamöter Sofia Lindqvist (s) Ordförande Mikael Sandberg (m) Jonas Wiklund (c) "
                   "Ersättare Lars Öberg (v) Utses att justera Mikael Sandberg") + ITEMS
    rec, people = _people(text)
    assert rec.chair == "Sofia Lindqvist"
    assert "Jonas Wiklund" in [p[0] for p in people]
