"""Header values confirmed against the rest of the same document (issue 10, session 22): the kind from the
document's own title word, not a site's category or page title; a body without the organisation the record names
after it; hours that are a member's arrival or a range whose start was cut are not the meeting's start."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.body import read_kind
from protokoll.parse.lines import Line
from protokoll.record import Evidence, MeetingRecord


def _kind(line: Line) -> str | None:
    return read_kind([line])


def test_a_sites_category_of_two_kinds_names_no_kind_of_the_document_under_it():
    text = ("Äldre minnesanteckningar/Protokoll\n\nProtokoll Styrelsemöte 2019-03-12\n\nOrdförande: Anna Berg\n"
            "Sekreterare: Per Holm\n\n§1 Mötet öppnas\nAnna öppnade mötet.\n§2 Ekonomi\nKassören redovisade.\n")
    assert parse_text(text, "x.txt").kind == "protocol"


def test_a_page_title_yields_to_the_documents_own_heading():
    text = ("Protokoll - Norrby\n\nMINNESANTECKNINGAR\nKommunkontoret\nMinnesanteckningar Trygghetsrådet, "
            "den 3 mars 2021\nLokal: Stora salen, Medborgarhuset\nTid: 9.00-11.00\nNärvarande: Anna Berg, polisen\n"
            "Per Holm, räddningstjänsten\nOrdförande: Eva Lind\nSekreterare: Anna Berg\n1. Mötet öppnas\n"
            "Dagordningen godkänns.\n2. Lägesbild\nPolisen berättade om läget i centrum.\n")
    assert parse_text(text, "x.txt").kind == "minutes"


def test_one_kind_written_two_ways_with_a_slash_is_still_that_kind():
    from protokoll.parse.kindtitle import own_lines
    lines = [Line("KALLELSE/ FÖREDRAGNINGSLISTA Socialnämnden", 0), Line("Tid: tisdagen den 3 mars 2020", 50)]
    assert own_lines(lines, _kind) == lines
    page = [Line("Protokoll - Norrby kommun", 0), Line("Protokoll Kommunstyrelsen", 30)]
    assert own_lines(page, _kind) == page  # the same kind below: nothing to resolve


def test_a_body_named_with_the_organisation_after_it_is_the_body_alone():
    from protokoll.parse import crosschecks
    for body, org, kept in (("Direktionen för Norrdals Miljöförbund", "Norrdals Miljöförbund", "Direktionen"),
                            ("Styrelsen för Ekby Energi AB", "Ekby Energi AB", "Styrelsen"),
                            ("Styrgruppen för gymnasiesamverkan", "Kommunförbundet Norrdal",
                             "Styrgruppen för gymnasiesamverkan"),  # the group's purpose: part of its name
                            ("Direktionen för Norrdals Miljöförbund", "Ekby kommun",
                             "Direktionen för Norrdals Miljöförbund")):
        rec = MeetingRecord("x.txt", organization=org, body=body,
                            evidence=[Evidence("body", 0, 0, 0, "header.label [body.label]", 0.9)])
        crosschecks.check(rec, f"Organ {body}\n")
        assert rec.body == kept
        assert any(e.path == "body" and e.rule.startswith("ownertail") for e in rec.evidence) == (kept != body)


def test_a_members_arrival_in_a_download_title_is_not_the_meetings_start():
    text = ('Datum Ersättare Per Holm (C) fr. kl\n\nDownload "Datum 2012-05-09. Ersättare Per Holm (C) '
            'fr. kl. 14.10"\n\nTranskript\n\n1 1(12) Plats och tid Kommunhuset, Stora salen, kl Beslutande Ledamöter '
            'Anna Berg (S) ordförande Eva Lind (M) Ersättare Per Holm (C) fr. kl Justerare Eva Lind\n'
            '§ 12 Budget\nNämnden beslutar att anta budgeten.\n')
    rec = parse_text(text, "x.txt")
    assert rec.date == "2012-05-09" and rec.start is None


def test_a_range_whose_start_lost_its_hour_gives_only_its_end():
    text = ("Socialnämnden\nTid :00-15:30 Plats Stora salen, Stadshuset\nOrdförande Anna Berg\n"
            "§ 1 Val av justerare\nPer Holm utses att justera.\n§ 2 Budget\nNämnden beslutar att anta budgeten.\n")
    rec = parse_text(text, "x.txt")
    assert rec.start is None and rec.end == "15:30"


def test_a_group_named_in_the_minutes_text_after_the_list_of_people_is_not_the_body():
    text = ("Sök på webbplatsen\n\nProtokoll 210304\n\nEXTRA STYRELSEMÖTE MED EKBY BYALAG I BYSTUGAN 2021-03-04\n\n"
            "Närvarande: Anna Berg, Per Holm, Eva Lind och Karl Ek samt några intresserade.\n\n"
            "Anna Berg hälsade alla välkomna och berättade om planerna på fiber i byn.\n\n"
            "Mötet beslutade att utse en arbetsgrupp under byalaget som ska arbeta vidare med frågan.\n\n"
            "Arbetsgruppen fiber består av:\n\nPer Holm\n\nEva Lind\n\n"
            "Arbetsgruppen träffas onsdagen den 10 mars kl. 19.00 hos Per Holm.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body != "Arbetsgruppen"
    assert rec.next_meeting is None  # the group's meeting, not the board's next


def test_the_posting_box_after_the_list_still_names_the_body():
    from protokoll.parse.bodynames import title_body
    lines = [Line("Plats och tid Stadshuset, måndagen den 4 mars 2019 kl 18.30", 0),
             Line("Beslutande Se bilaga", 60), Line("Utses att justera Anna Berg", 90),
             Line("ANSLAG/BEVIS Protokollet är justerat. Nämnd/Styrelse Socialnämnden", 130)]
    assert title_body(lines, "\n".join(ln.text for ln in lines)) == "Socialnämnden"


def test_an_organisation_inferred_from_the_named_municipality_yields_to_the_documents_addresses():
    from protokoll.parse import crosschecks
    text = ("KALLELSE\nKommunfullmäktige\nÄrenden\n1 Avtal om tågtrafik\nLinköpings kommun har uttalat att man vill "
            "byta operatör.\nFrågor: registrator@ydre.se\n")
    rec = MeetingRecord("x.txt", organization="Linköpings kommun", body="Kommunfullmäktige",
                        evidence=[Evidence("organization", 0, 0, 0, "meta.organization.named_municipality", 0.6)])
    crosschecks.check(rec, text)
    assert rec.organization is None
    assert "addresses" in [e.rule for e in rec.evidence if e.path == "organization"][-1]
    kept = MeetingRecord("x.txt", organization="Ydre kommun", body="Kommunfullmäktige",
                         evidence=[Evidence("organization", 0, 0, 0, "meta.organization.named_municipality", 0.6)])
    crosschecks.check(kept, text)
    assert kept.organization == "Ydre kommun"


def test_a_flattened_page_running_on_into_the_posting_box_still_names_the_body():
    from protokoll.parse.bodynames import title_body
    lines = [Line("PROTOKOLL 1 (12)", 0), Line("Beslutande Enligt närvarolista sidan 2", 20),
             Line("Sekreterare Anna Berg Ordföranden Per Holm BEVIS OM ANSLAG Justering har tillkännagivits. "
                  "Myndighet Socialnämnden Anslagsdatum 2019-03-12", 60)]
    assert title_body(lines, "\n".join(ln.text for ln in lines)) == "Socialnämnden"
