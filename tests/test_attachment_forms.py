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


def test_the_numbers_pattern_what_it_accepts_and_rejects():
    import re

    from protokoll.parse.attachments import JOINED, NUMBERS

    numbers = re.compile(NUMBERS)
    assert re.fullmatch(JOINED, " och ") and re.fullmatch(JOINED, ", ") and re.fullmatch(JOINED, " samt ")
    assert not re.fullmatch(JOINED, " eller ")
    # accepted whole: one number, a range, numbers and letters joined, capitals, Roman numerals
    for text in ("3", "3a", "1-3", "1 – 3", "1, 2 samt 3", "3a och 3b", "1-3, 5", "A och B", "A-C", "I och II"):
        assert numbers.fullmatch(text), text
    # a date or a ratio is no attachment number; a joined range after the first number is not read
    assert not numbers.match("2024-05-01")
    assert not numbers.match("1:2") and not numbers.match("12/3")
    assert numbers.match("1, 2-3").group() == "1, 2"
    # a capital or Roman numeral that starts a word is no attachment
    assert not numbers.match("Anna") and not numbers.match("Inga")


def test_a_date_after_the_reference_adds_no_attachment():
    # a number joined to the first that runs on into a date is the date's, not an attachment's
    assert find_attachments("Rapporten antogs, bilaga 4, 2021-03-01.") == ["bilaga 4"]
    assert find_attachments("Rapporten antogs, bilaga 2, 15 mars.") == ["bilaga 2"]
    assert find_attachments("Rapporten antogs, bilaga 1-12 mars.") == ["bilaga 1"]
    assert find_attachments("Rapporten antogs, bilaga 2, 3 och 4 (maj).") == ["bilaga 2", "bilaga 3", "bilaga 4"]


def test_a_capital_joined_to_a_word_by_a_dash_is_no_attachment_letter():
    assert find_attachments("Bilaga E-post från Anna Berg") == []
    assert find_attachments("Se bilaga A-kassans yttrande") == []
    assert find_attachments("Bilaga A-C") == ["bilaga A", "bilaga B", "bilaga C"]
    assert find_attachments("bilaga B - förslag till taxa") == ["bilaga B"]


def test_a_count_of_pages_or_copies_after_the_number_is_no_attachment():
    assert find_attachments("Nämnden antar taxorna (Bilaga 2, 3 sidor).") == ["bilaga 2"]
    assert find_attachments("Se bilaga 1, 2 st.") == ["bilaga 1"]
    assert find_attachments("Bilaga 4 och 12 sid.") == ["bilaga 4"]
    assert find_attachments("Bilaga 1, 2 samt 3") == ["bilaga 1", "bilaga 2", "bilaga 3"]
    assert find_attachments("bilaga 2-4, 10 blad") == ["bilaga 2", "bilaga 3", "bilaga 4"]
