"""A kallelse signed in a flattened row, each name before its office, with the members' list right after it
("Anna Berg Ordförande Per Holm Sekreterare Ledamöter Anna Berg (S) ordförande ..."): the list's label is no
signer's name, and the chair is the name before "Ordförande" - not the secretary, read as the "Ordförande" label's
value (issue 10). The documents are written for these tests."""

from protokoll.parse import parse_text

AGENDA = ("KALLELSE\nKultur- och fritidsnämnden\nKallelse till sammanträde med kultur- och fritidsnämnden tisdagen den "
          "14 april 2026 kl 13.00 i Salen, kommunhuset. Ärenden 1 Val av justerare 2 Budget 2027 3 Anmälningar "
          "Ersättare kallas endast vid förhinder. {sign} Ledamöter Gunnel Ström (S) ordförande Erik Ahl (M) "
          "Lisa Kron (S) Rune Bodin (C), 1:e vice ordförande Sofia Nord (V)\n")


def test_the_chair_signs_before_her_office():
    rec = parse_text(AGENDA.format(sign="Gunnel Ström Ordförande Karin Lund Sekreterare"), source="x.txt")
    assert (rec.chair, rec.secretary) == ("Gunnel Ström", "Karin Lund")


def test_a_run_that_opens_with_a_role_is_read_the_other_way():
    rec = parse_text(AGENDA.format(sign="Sekreterare Karin Lund Ordförande Gunnel Ström"), source="x.txt")
    assert rec.secretary == "Karin Lund"
    assert rec.chair in ("Gunnel Ström", None)
