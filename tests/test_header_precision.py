"""Header values only from strong evidence (issue 10): organisation, body and date abstain, with the reason,
where the text names another body's meeting or the organisation papers are sent to."""

from __future__ import annotations

from protokoll.parse import parse_text


def reason(rec, path: str) -> str:
    return next(e.rule for e in rec.evidence if e.path == path)


def test_a_body_named_deep_in_a_flattened_sentence_is_not_the_body():
    text = ("1(4) Kommunfullmäktige\nTid Måndagen den 3 mars 2025 kl. 18:00\nPlats Folkets hus, Norrby. "
            "Anmälan om förhinder görs till kansliet. Reservationer och anteckningar från kommunstyrelsens "
            "sammanträde den 17 februari redovisas i bilaga. Föredragningslista\n\n"
            "1. Val av justerare\n2. Budget\n")
    assert parse_text(text, "kf.txt").body == "Kommunfullmäktige"


def test_a_body_after_the_anslag_label_organ_is_read_however_deep():
    text = ("Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ och "
            "sammanträdesdatum Miljö- och byggnadsnämnden 2025-03-04\n\nParagrafer § 1-4\n\n§ 1 Val av justerare\n"
            "Beslut: Anna Berg utses.\n")
    assert parse_text(text, "mbn.txt").body == "Miljö- och byggnadsnämnden"


def test_a_body_keeps_its_other_name_and_its_purpose():
    rec = parse_text("Minnesanteckningar Samrådsorganet/Skolchefsgruppen för gymnasiesamverkan\n"
                     "Datum: 2025-05-19\n\n1. Antagning\nInformation.\n", "x.txt")
    assert rec.body == "Samrådsorganet/Skolchefsgruppen för gymnasiesamverkan"
    rec = parse_text("Minnesanteckningar från Styrgruppen för Norrdalsnätverket\nDatum: 2025-05-19\n\n"
                     "1. Antagning\nInformation.\n", "x.txt")
    assert rec.body == "Styrgruppen"


def test_papers_sent_to_another_organisation_name_neither_its_organisation_nor_its_date():
    text = ("Delgivningar till styrelsen för Kommunförbundet Norrdal under sammanträdet 2025-09-13\n\n"
            "Protokoll från Skogsgruppen\n\nMINNESANTECKNINGAR från möte med Skogsgruppen\n"
            "Deltagande Anna Berg, landstinget Åsa Lind Eriksson, Region Gävleborg och Olle Holm, kommunförbundet\n")
    rec = parse_text(text, "x.txt")
    assert rec.organization is None
    assert rec.date is None and "sent to another body" in reason(rec, "date")


def test_a_label_glued_to_the_body_value_ends_it():
    rec = parse_text("Nämnd:Kultur- och fritidsnämnden Titel:2025-01-28 Protokoll\n\nSAMMANTRÄDESPROTOKOLL\n\n"
                     "§ 1 Val av justerare\nBeslut: Anna Berg utses.\n", "x.txt")
    assert rec.body == "Kultur- och fritidsnämnden"


def test_an_area_named_like_a_council_is_no_body():
    rec = parse_text("Plats Föreläsningssalen, Norrbyområdet, Växjö Anna Berg (m), ordf.\n\n§ 1 Val av justerare\n"
                     "Beslut: Anna Berg utses.\n", "x.txt")
    assert rec.body is None


def test_signatures_in_a_row_give_no_chair_from_the_name_after_the_role_word():
    from protokoll.parse import confidence
    from protokoll.record import MeetingRecord

    text = "2 Övriga frågor Norrby den 28 februari 2025 Karl Lund Ordförande Eva Nord Sekreterare Dnr: KS-2025/12"
    rec = MeetingRecord(source="x.txt", chair="Eva Nord", secretary="Eva Nord")
    confidence.judge(rec, [], text)
    assert rec.chair is None and "signature block" in reason(rec, "chair")
    assert rec.secretary == "Eva Nord"  # the name before its own role word is the secretary


def test_a_county_councils_body_belongs_to_the_council_its_document_names():
    text = ("PROTOKOLL Landstingsstyrelsen\nDatum: 2009-12-07\n\n§ 1 Val av justerare\nBeslut: Anna Berg utses.\n\n"
            "§ 2 Budget\nLandstinget Kronoberg antar budgeten. Region Skåne har yttrat sig. "
            "Landstinget Kronoberg informerar.\n")
    rec = parse_text(text, "ls.txt")
    assert rec.organization == "Landstinget Kronoberg"
    alike = text.replace("informerar.", "informerar. Region Skåne svarar.")
    rec = parse_text(alike, "ls.txt")
    assert rec.organization is None and "several councils or regions" in reason(rec, "organization")


def test_an_upper_case_page_head_of_a_council_yields_to_its_name_in_the_title():
    rec = parse_text("NORRBYS BROTTSFÖREBYGGANDE RÅD KALLELSE SIDA 1 (2)\nKallelse till Norrbys brottsförebyggande råd\n"
                     "Tid Onsdag den 7 mars 2018, klockan 15:30\n\n1 Godkännande av dagordningen\n2 Information\n",
                     "x.txt")
    assert rec.body == "Norrbys brottsförebyggande råd"


def test_the_meetings_own_date_label_wins_over_the_date_a_kallelse_was_written():
    text = ("Socialnämnden KALLELSE/FÖREDRAGNINGSLISTA\nDatum 2025-03-13\n\nNämnd Socialnämnden\n"
            "Datum och tid 2025-03-20 Kl. 09.00\nPlats Gröna rummet, Norrby\n\n1 Godkännande av dagordningen\n"
            "2 Information\n")
    rec = parse_text(text, "kallelse.txt")
    assert (rec.date, rec.start) == ("2025-03-20", "09:00")
    rec = parse_text("Socialnämnden KALLELSE\nDatum: 2025-03-20\nTid: kl. 09.00\n\n1 Godkännande av dagordningen\n",
                     "kallelse.txt")
    assert rec.date == "2025-03-20"  # one date: the bare "Datum" is the meeting's
