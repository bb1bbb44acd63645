"""Attachment references written with "nr" or "nummer" ("bilaga nr 2", "Bilaga nummer 3")."""

from protokoll.parse.attachments import find_attachments


def test_an_attachment_numbered_with_nr():
    assert find_attachments("Redovisningen finns i bilaga nr 2.") == ["bilaga 2"]
    assert find_attachments("Bilaga nummer 3: Budget") == ["bilaga 3"]
    assert find_attachments("Bil. nr. 4 och bilaga nr 5") == ["bilaga 4", "bilaga 5"]
    assert find_attachments("bilaga nr Anna") == []


def test_a_protokollsbilaga_is_an_attachment():
    assert find_attachments("Se protokollsbilaga 2.") == ["bilaga 2"]


def test_a_letter_after_the_number_roman_numerals_and_samt():
    assert find_attachments("Se bilaga 3a och 3b.") == ["bilaga 3a", "bilaga 3b"]
    assert find_attachments("Bilaga I och II: avtalen") == ["bilaga I", "bilaga II"]
    assert find_attachments("Bilaga 1, 2 samt 3") == ["bilaga 1", "bilaga 2", "bilaga 3"]
    assert find_attachments("enligt bilagan 4") == ["bilaga 4"]
    # "bil." is also a car: a Roman numeral after it is the next sentence's "I"
    assert find_attachments("Vi tar bil. I morgon åker vi.") == []
    assert find_attachments("bilaga i protokollet") == []
