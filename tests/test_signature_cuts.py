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


def test_who_attended_which_paragraph_is_no_item_heading():
    from protokoll.repair.layout import unflatten

    text = ("Övriga deltagande Anna Holm, sekreterare Kent Ek, kultur- och fritidschef Eva Lind, fritidsansvarig "
            "§§ 26-27 Per Ask, fritidspedagog § 25 Eva Lind Holm, tf. chef § 26 Justeringens plats och tid Kommunkontoret 2019-04-04 "
            "Justerade paragrafer §§ 21-34 Ordförande Eva Berg Sekreterare Anna Holm "
            "Sammanträdesdatum Sida 2 § 2 1 Ekonomisk rapport jan och feb Nämnden tackar för rapporten. "
            "Förvaltningen redogör för den preliminära rapporten för januari och februari.")
    out = unflatten(text).split("\n")
    assert not any(ln.startswith(("§ 25", "§ 26")) for ln in out)
    assert "§ 2 1" in out and "Ekonomisk rapport jan och feb" in out


def test_a_letterheads_organisation_in_capitals_stands_on_its_own_line():
    text = ("Titel: Protokoll SAMMANTRÄDESPROTOKOLL STORBY KOMMUN Nämnd Sammanträdesdatum Plats och tid Rådhuset "
            "Plats och tid: STORBY KOMMUN FOLKHÄLSORÅD MINNESANTECKNINGAR")
    out = lines(text)
    assert out.count("STORBY KOMMUN") == 2
    assert lines("Vi skrev till Storby kommun om saken. Plats och tid Rådhuset")[0] == "Vi skrev till Storby kommun om saken."


def test_a_signature_lines_dots_between_role_and_name():
    out = lines("Underskrifter Sekreterare ... Paragrafer 102 - 119 Eva Ek Ordförande ... Karin Lund Justerande ... Per Holm")
    assert "Karin Lund Justerande ..." not in out
    assert out[out.index("Ordförande ...") + 1] == "Karin Lund"
