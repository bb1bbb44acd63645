"""A "Bilagor:" label whose list runs on into its first entry ("Bilagor: 1. Ekonomisk rapport 2. ...") names the
document's attachments, not one reference "bilaga 1" (parse/attachments.py). Documents written for these tests."""

from __future__ import annotations

from protokoll.parse.attachments import find_attachments


def test_a_run_on_list_label_is_no_reference():
    assert find_attachments("Närvarande: Eva Ek, Per Holm Bilagor: 1. Årsredovisning 2. Budget för nästa år") == []
    assert find_attachments("Närvarande: Eva Ek Bilagor:\n\n1. Årsredovisning för året") == []


def test_references_and_a_list_under_its_own_label_are_still_read():
    assert find_attachments("Budgeten godkänns, se bilagor 1-2.") == ["bilaga 1", "bilaga 2"]
    assert find_attachments("Bilagor: 1 och 2") == ["bilaga 1", "bilaga 2"]
    assert find_attachments("Bilagor:\n1. Taxor\n2. Karta") == ["bilaga 1", "bilaga 2"]
