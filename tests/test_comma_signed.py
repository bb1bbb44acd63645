"""Signatures written each name before its office after a comma, in a row or stacked ("Anna Berg, Ordförande Per
Holm, Sekreterare Eva Lind, Justerare") after the list of others present (parse/commasigned.py): the chair and the
secretary are read from the row; a single guest's "ordförande" is not. The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.commasigned import comma_signed

HEAD = """NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL
Trygghetsrådet
Plats och tid Biblioteket, Norrby kl 13.00
Beslutande För Kommunstyrelsen Karin Sjögren (KD) Olle Bergström (C) För Socialnämnden Tina Falk (M)
Övriga deltagande Ulla Borg Trygghetssamordnare Per Lind Polisen
"""
BODY = "\n§ 1 Information om trygghetsvandringar\nRådet informeras.\n"


def test_a_run_on_row_gives_the_chair_and_the_secretary():
    text = HEAD + "Paragraf Karin Sjögren, Ordförande Ulla Borg, Sekreterare Olle Bergström, Justerare\n" + BODY
    rec = parse_text(text, "a.txt")
    assert (rec.chair, rec.secretary) == ("Karin Sjögren", "Ulla Borg")


def test_stacked_lines_read_alike():
    text = HEAD + "Karin Sjögren, Ordförande\nUlla Borg, Sekreterare\nOlle Bergström, Justerare\n" + BODY
    rec = parse_text(text, "b.txt")
    assert (rec.chair, rec.secretary) == ("Karin Sjögren", "Ulla Borg")


def test_a_party_between_name_and_office():
    assert comma_signed("Karin Sjögren (KD), ordförande Olle Bergström (C), justerare") == {"chair": "Karin Sjögren"}


def test_a_single_guest_chairing_another_body_is_no_row():
    text = HEAD.replace("Per Lind Polisen", "Per Lind, ordförande, pensionärsrådet") + BODY
    assert comma_signed(text) == {}
    assert parse_text(text, "c.txt").chair is None


def test_the_same_office_twice_or_a_title_of_another_body_is_not_read():
    assert comma_signed("Karin Sjögren, ordförande Olle Bergström, ordförande") == {}
    assert comma_signed("Karin Sjögren, ordförande Olle Bergström, sekreterare i föreningen") == {}
