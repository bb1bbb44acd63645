"""repair.linecuts: signatures ("Name Role Name Role") in a flattened line, and label words that are no names.

All documents here are invented for the tests.
"""

from protokoll.repair.linecuts import line_cuts


def lines(text: str) -> list[str]:
    cuts = [c.pos for c in line_cuts(text, [])]
    return [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)])]


def test_a_signature_pair_before_an_items_case_number_is_cut_apart():
    text = ("Välkomna! Storby den 3 mars 2022 Karin Lund Ordförande Jonas Ahl Sekreterare "
            "Dnr: KS-2022/14 Utredning om trygghet")
    assert lines(text)[-5:] == ["Karin Lund", "Ordförande", "Jonas Ahl", "Sekreterare", "Dnr: KS-2022/14 Utredning om trygghet"]


def test_a_label_before_a_role_is_no_signers_name():
    text = ("Justeringens plats och tid Kommunhuset Paragrafer Nr Ordförande Karin Lund "
            "Justerande Per Holm Lisa Ek")
    out = lines(text)
    assert "Ordförande Karin Lund" in out
    assert "Paragrafer Nr" in out
