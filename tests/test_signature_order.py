"""parse.signorder: a signature block that prints each role above its name gives each name its own role."""

from protokoll.parse import parse_text

HEAD = ("PROTOKOLL\nFritidsnämnden\nSammanträdesdatum 2023-05-04\n\n§ 1 Upprop\nBeslut: att godkänna uppropet.\n\n"
        "§ 2 Budget\nBeslut: att godkänna budgeten.\n\n")


def test_role_above_name_gives_each_signer_the_role_above_them():
    rec = parse_text(HEAD + "Sekreterare\n\nKarin Lövgren\n\nOrdförande\n\nOlle Sandberg\n\nJusterare\n\nMåns Ek\n", "t.txt")
    assert (rec.chair, rec.secretary) == ("Olle Sandberg", "Karin Lövgren")


def test_role_lines_with_signature_dots_and_paragraphs():
    rec = parse_text(HEAD + "Underskrifter Sekreterare ........ Paragrafer 1-2\nKarin Lövgren\n"
                            "Ordförande ........\nOlle Sandberg\n", "t.txt")
    assert (rec.chair, rec.secretary) == ("Olle Sandberg", "Karin Lövgren")


def test_name_above_role_is_read_as_before():
    rec = parse_text(HEAD + "Karin Lövgren\nSekreterare\n\nOlle Sandberg\nOrdförande\n", "t.txt")
    assert (rec.chair, rec.secretary) == ("Olle Sandberg", "Karin Lövgren")


def test_a_block_that_ends_with_a_role_is_not_read_role_first():
    rec = parse_text(HEAD + "Vid protokollet\nKarin Lövgren\nSekreterare\nOlle Sandberg\nOrdförande\n", "t.txt")
    assert rec.chair == "Olle Sandberg"
