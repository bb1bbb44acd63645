"""A protocol's first page read column by column: the labels stacked, the members after the last of them (issue 10,
h222). The documents are written for these tests, in the form a copied protocol's first page takes."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.fields import Field
from protokoll.parse.stackedlabels import restacked

PROTOCOL = """SAMMANTRÄDESPROTOKOLL
Plats Kommunhuset, Sessionssalen Tid 2024-03-12 kl. 19:00-21:00
Beslutande Övriga deltagare Utses att justera Justeringens plats och tid Underskrifter Rune Almgren (M) Sara Dahlberg (M) Olle Kvist (S) Berit Sand (C) Jonas Ek (L) Mia Strand (KD) Lars Fors Kajsa Lund Tallby kommunhus, Sekreterare ordförande vice ordförande ledamot ledamot ledamot ledamot kommundirektör kommunsekreterare Paragraf Ordförande Justerande Kajsa Lund Rune Almgren Olle Kvist

§ 1 Val av justerare
Olle Kvist utses att justera.
"""


def test_the_members_after_the_stacked_labels_are_the_attendees():
    rec = parse_text(PROTOCOL, "p.txt")
    members = [(a.name, a.affiliation) for a in rec.attendees if a.group == "present"]
    assert members[:6] == [("Rune Almgren", "M"), ("Sara Dahlberg", "M"), ("Olle Kvist", "S"), ("Berit Sand", "C"),
                           ("Jonas Ek", "L"), ("Mia Strand", "KD")]


def _field(kind: str, value: str) -> Field:
    return Field(label=kind, kind=kind, value=value, start=0)


def test_only_an_empty_stack_before_a_run_of_three_members_gives_it_back():
    stack = [_field("attendees:present", ""), _field("attendees:other", ""), _field("ignore", "")]
    run = "Rune Almgren (M) Sara Dahlberg (M) (ordförande) Olle Kvist (S) Lars Fors, ekonom"
    got = restacked(stack + [_field("ignore", run)])
    assert [g.value for g in got] == ["Rune Almgren (M) Sara Dahlberg (M) (ordförande) Olle Kvist (S)",
                                      "Lars Fors, ekonom", "", ""]  # the officials: the stack's "other" label
    two = "Rune Almgren (M) och Sara Dahlberg (M) yrkar bifall"
    assert restacked(stack + [_field("ignore", two)])[0].value == ""  # two names in a sentence: no list
    filled = [_field("attendees:present", "Eva Lind (S)"), _field("ignore", run)]
    assert restacked(filled)[1].value == run  # the label has its own value: no stack
    listed = stack + [_field("attendees:other:ersättare", run)]
    assert restacked(listed)[-1].value == run  # an attendance label holds the run: read as before


def test_a_substitute_stays_in_the_run_and_the_member_it_stands_for_is_absent():
    text = PROTOCOL.replace("Olle Kvist (S) Berit Sand (C)", "Olle Kvist (S) Berit Sand (C) ersätter Gun Ahl (C)")
    names = [a.name for a in parse_text(text, "p.txt").attendees]
    assert {"Berit Sand", "Jonas Ek", "Mia Strand"} <= set(names) and "Gun Ahl" not in names
