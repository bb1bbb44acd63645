"""A flattened signature block that writes each name before its role ("Anna Berg Ordförande Per Holm Sekreterare")
on lines of its own (parse/flatsign.py): the block's ends decide the order, so the chair and the secretary are read
from it instead of giving each name the next signer's role. The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.flatsign import signers

BLOCK = """Datum: kl 13:00-15:20 Paragrafer: 1-9
Plats: Sjösalen Norrby
Underskrifter Karin Sjögren
Ordförande Olle Bergström
Sekreterare
Justeringens plats och tid: Justeras Tina Falk
Beslutande
Övriga Karin Sjögren (M), Ordförande Tina Falk (S), Vice ordförande Olle Bergström, kommunsekreterare

Vn 1 Val av justerare
Tina Falk (S) justerar protokollet.
"""


def test_names_before_their_roles_on_lines_of_their_own():
    assert signers(BLOCK) == {"chair": "Karin Sjögren", "secretary": "Olle Bergström"}


def test_the_chair_is_not_the_name_after_the_chair_role():
    rec = parse_text(BLOCK, "a.txt")
    assert rec.chair == "Karin Sjögren"
    assert rec.secretary == "Olle Bergström"


def test_a_row_whose_ends_do_not_decide_leaves_the_officers_unread():
    text = BLOCK.replace("Underskrifter Karin Sjögren\nOrdförande", "Underskrifter Sekreterare Karin Sjögren\nOrdförande")
    assert parse_text(text, "b.txt").chair != "Olle Bergström"


ROLE_FIRST_DOTTED = """Socialnämnden 1 (12)
Tid och plats Tisdagen den 14 mars 2017, klockan , i Eksalen
Beslutande Ledamöter Karin Sjögren, ordf. (KD) Olle Berg (C) Tina Falk (S)
Övriga närvarande Tjänstemän Ulla Borg, förvaltningssekreterare
Utses att justera Justerare Olle Berg (C)
Underskrifter Sekreterare... Ulla Borg Ordförande Karin Sjögren Justerande... Olle Berg
"""


def test_a_role_first_row_with_dotted_signature_lines_is_not_doubted():
    # "Sekreterare... Ulla Borg Ordförande Karin Sjögren Justerande... Olle Berg" opens with a role and closes
    # with a name: each name after its role, so the chair is Karin Sjögren
    assert parse_text(ROLE_FIRST_DOTTED, "c.txt").chair == "Karin Sjögren"


def test_the_name_before_a_role_is_on_its_own_line():
    # the venue's last word on the line above is not part of the signer's name
    text = "Kallelse\nSocialnämnden\n\nLokal: Stora salen, Folkets hus\nEva Lind\nOrdförande Per Holm\nSekreterare Ärenden\n\n1 Val av justerare\n"
    rec = parse_text(text, "d.txt")
    assert rec.chair in (None, "Eva Lind")
    assert rec.secretary in (None, "Per Holm")
