"""parse.contents: a protocol's list of paragraphs ("Ärendelista") printed with each entry's case number before its
title ("§ 41 Dnr 2021/00112 Title"), in a copy that stripped the paragraph numbers but the first: every entry is an
item, the first with its kept number; the case numbers are no part of the titles, and a list cut inside its case
number column ("Dnr 202") ends there."""

from protokoll.parse import parse_text

HEAD = ("Plats och tid Stadshuset, sal B, kl. 13:00-15:00 Beslutande Ledamöter Anna Ek (S), ordförande Per Lind (M) "
        "Karin Berg (C) Övriga närvarande Kommunsekreterare Olle Svan Justerare Per Lind Underskrifter Sekreterare "
        "Paragrafer Olle Svan Ordförande Anna Ek ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsen")
ENTRIES = [("Dnr 2021/00130", "Information från förvaltningen"), ("Dnr 2021/00098", "Taxor för bygglov"),
           ("Dnr 2020/00544", "Renovering av badhuset i Norrby"), ("Dnr 2021/00140", "Delegationsbeslut")]
EXPECTED = [("41", "Godkännande av dagordning")] + [(None, title) for _, title in ENTRIES]


def test_a_list_of_paragraphs_one_entry_a_line_after_the_page_mark():
    rows = "\n".join(f"{case} {title}" for case, title in ENTRIES)
    text = f"1(30)\n{HEAD}\n\n2(30) Ärendelista\n41 Dnr 2021/00112 Godkännande av dagordning\n{rows}\nDnr 202\n"
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == EXPECTED


def test_a_list_of_paragraphs_flattened_on_one_line():
    run = " ".join(f"{case} {title}" for case, title in ENTRIES)
    text = f"1 1(30) {HEAD}\n\n2 2(30) Ärendelista 41 Dnr 2021/00112 Godkännande av dagordning {run} Dnr 202\n"
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == EXPECTED


def test_an_entry_whose_section_follows_is_read_once_there():
    rows = "\n".join(f"{case} {title}" for case, title in ENTRIES)
    body = ("41 Dnr 2021/00112 Godkännande av dagordning\nKommunstyrelsens beslut\nDagordningen godkänns.\n"
            "42 Dnr 2021/00130 Information från förvaltningen\nKommunchefen informerar om arbetet.\n")
    text = f"1(30)\n{HEAD}\n\n2(30) Ärendelista\n41 Dnr 2021/00112 Godkännande av dagordning\n{rows}\n3(30)\n{body}"
    assert sorted((i.number or "", i.title) for i in parse_text(text, "t.txt").items) == [
        ("", "Delegationsbeslut"), ("", "Renovering av badhuset i Norrby"), ("", "Taxor för bygglov"),
        ("41", "Godkännande av dagordning"), ("42", "Information från förvaltningen")]
