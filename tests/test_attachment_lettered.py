"""Attachments listed by lower-case letters after their label ("Bilaga a) ... b) ...", "Bilagor: a) PM, b) Avtal")."""

from protokoll.parse.attachments import find_attachments


def test_a_lettered_list_after_the_label():
    assert find_attachments("Bilagor: a) Promemoria, b) Avtal om samverkan, c) Budget") == [
        "bilaga a", "bilaga b", "bilaga c"]
    assert find_attachments("Dnr 2019/12 Bilaga a) Arbetsutskottets protokoll 3/2019 b) Kommunchefens skrivelse") == [
        "bilaga a", "bilaga b"]
    assert find_attachments("Bilaga a) Miljöchefens skrivelse") == ["bilaga a"]


def test_letters_out_of_order_far_away_or_without_the_label_are_no_attachments():
    # the next letter must follow soon after the one before it, in order
    assert find_attachments("Bilaga a) Skrivelse. " + "Text om ärendet. " * 20 + "b) en annan punkt") == ["bilaga a"]
    assert find_attachments("Bilagor: a) Karta, c) Plan") == ["bilaga a"]
    # a lettered list of clauses is not an attachment list
    assert find_attachments("Nämnden beslutar a) att godkänna b) att anta planen") == []
    # a new label starts its own list
    assert find_attachments("Bilaga a) Protokoll Bilaga a) Skrivelse b) Karta") == ["bilaga a", "bilaga b"]
