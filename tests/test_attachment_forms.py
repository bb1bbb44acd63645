"""Attachment references written with "nr" or "nummer" ("bilaga nr 2", "Bilaga nummer 3")."""

from protokoll.parse.attachments import find_attachments


def test_an_attachment_numbered_with_nr():
    assert find_attachments("Redovisningen finns i bilaga nr 2.") == ["bilaga 2"]
    assert find_attachments("Bilaga nummer 3: Budget") == ["bilaga 3"]
    assert find_attachments("Bil. nr. 4 och bilaga nr 5") == ["bilaga 4", "bilaga 5"]
    assert find_attachments("bilaga nr Anna") == []


def test_a_protokollsbilaga_is_an_attachment():
    assert find_attachments("Se protokollsbilaga 2.") == ["bilaga 2"]
