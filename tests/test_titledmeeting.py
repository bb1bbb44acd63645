"""The body the title's meeting names, a council's written name, an owner named after a labelled body, a kind of
organisation without a name, a cited decision's date and the justering's time (issue 10)."""

from __future__ import annotations

from protokoll.parse import crosschecks, parse_text
from protokoll.record import Evidence, MeetingRecord


def _rules(rec, path):
    return [e.rule for e in rec.evidence if e.path == path]


def test_a_board_meeting_of_a_council_is_the_board_s():
    text = ("Bygderådet Norrdal STYRELSEMÖTE Sida1(4) STYRELSE\n\nPlats och tid: Ekby bygdegård, 18:00 20:30\n"
            "Närvarande: Anna Berg, Per Holm, Eva Lind\n50 Mötets öppnande\nAnna öppnade mötet.\n"
            "51 Ekonomi\nPer redogjorde för ekonomin.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body == "Styrelsen"
    assert _rules(rec, "body")[-1].startswith("titledmeeting: the title names the meeting ('styrelsemöte')")


def test_an_annual_meeting_of_an_association_is_the_annual_meeting_s():
    rec = MeetingRecord("x.txt", body="Fiskevårdsrådet",
                        evidence=[Evidence("body", 0, 0, 0, "header.derived [body.title]", 0.6)])
    crosschecks.check(rec, "PROTOKOLL\n\nfört vid årsmöte med Föreningen Ekåns fiskevårdsråd\n\nTid: 2022-04-02\n")
    assert rec.body == "Årsmötet"
    assert any(r.startswith("uncertain: 'Fiskevårdsrådet' is not who met") for r in _rules(rec, "body"))


def test_a_board_named_in_the_title_keeps_its_board_and_a_later_mention_is_no_title():
    rec = MeetingRecord("x.txt", body="Förbundsstyrelsen",
                        evidence=[Evidence("body", 0, 0, 17, "header.text [body.title]", 0.7)])
    crosschecks.check(rec, "Förbundsstyrelsen styrelsemöte 2021-02-03\nNärvarande: Anna Berg\n")
    assert rec.body == "Förbundsstyrelsen"
    rec = MeetingRecord("x.txt", body="Arbetsgruppen",
                        evidence=[Evidence("body", 0, 0, 13, "header.text [body.title]", 0.7)])
    crosschecks.check(rec, "Arbetsgruppen för fiber\nMöte 2021-02-03\nFrågan tas upp på nästa styrelsemöte.\n"
                           "Närvarande: Anna Berg\n")
    assert rec.body == "Arbetsgruppen"


def test_a_council_keeps_the_words_that_name_it():
    text = ("Kallelse till möte med Norrby sockens byaråd 2019-03-11\n\nHärmed kallas byarnas representanter till "
            "möte med Norrby sockens byaråd måndagen den 11 mars kl 19.00 i bystugan.\n\nÄrenden\n"
            " 1. Mötets öppnande.\n 2. Val av justerare.\n 3. Fiber i byarna.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body == "Norrby sockens byaråd"


def test_an_organisation_named_after_a_labelled_body_is_the_organisation():
    rec = MeetingRecord("x.txt", body="Direktionen för Räddningstjänsten Södra Norrdal",
                        evidence=[Evidence("body", 0, 10, 60, "header.label [body.label]", 0.9)])
    crosschecks.check(rec, "Organ Direktionen för Räddningstjänsten Södra Norrdal\n")
    assert (rec.body, rec.organization) == ("Direktionen", "Räddningstjänsten Södra Norrdal")
    rec = MeetingRecord("x.txt", body="Beredningen för Trafikfrågor",
                        evidence=[Evidence("body", 0, 10, 60, "header.label [body.label]", 0.9)])
    crosschecks.check(rec, "Organ Beredningen för Trafikfrågor\n")
    assert (rec.body, rec.organization) == ("Beredningen för Trafikfrågor", None)


def test_a_kind_of_organisation_without_its_name_is_no_organisation():
    rec = MeetingRecord("x.txt", organization="KOMMUN", body="Tekniska nämnden",
                        evidence=[Evidence("organization", 0, 0, 0, "meta.organization.pattern", 0.85)])
    crosschecks.check(rec, "EKBY SAMMANTRÄDESPROTOKOLL KOMMUN. Tekniska nämnden\n")
    assert rec.organization is None and "a kind of organisation" in _rules(rec, "organization")[-1]


def test_a_cited_decision_s_date_is_not_the_meeting_s():
    text = ("Direktionen\nSammanträdesdatum:\n1 Redovisning enligt uppdrag\nUnderlag: Uppdragsrapport, Norrby "
            "kommun, Kommunstyrelsen, 2020-11-03, § 145.\n")
    rec = MeetingRecord("x.txt", date="2020-11-03", evidence=[Evidence("date", 0, 90, 100, "header.text", 0.6)])
    crosschecks.check(rec, text)
    assert rec.date is None and "cited decision" in _rules(rec, "date")[-1]


def test_the_justering_s_time_is_no_start():
    text = ("NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL Tekniska nämnden Tid och plats Kl , Stora salen\n"
            "Justering Justerare Tid och plats Anna Berg (S) Fredag 12 mars, kl 9.00, förvaltningen\n")
    rec = MeetingRecord("x.txt", start="09:00", evidence=[Evidence("start", 0, 0, 0, "header.derived", 0.6)])
    crosschecks.check(rec, text)
    assert rec.start is None and "justering" in _rules(rec, "start")[-1]
    rec = MeetingRecord("x.txt", start="15:00", evidence=[Evidence("start", 0, 0, 0, "header.derived", 0.6)])
    crosschecks.check(rec, "Utses att justera\nJusteringens plats och tid\n\nEkby, kl. 15.00–17.10\n")
    assert rec.start == "15:00"


def test_a_kallelse_signed_name_before_role_gives_no_chair_from_the_secretary():
    # "Name Ordförande Name Sekreterare" signs a kallelse; its agenda follows at once (a name may hold an "é")
    text = ("KALLELSE TILL Kommunfullmäktige\nLedamöterna kallas till sammanträde med Kommunfullmäktige, måndag den "
            "9 maj 2022, kl 18:00 i Ekby skolas aula, Ekby. Ledamot som är förhindrad bör kalla sin ersättare. "
            "Per Lindgren Ordförande Eva Lindén Sekreterare Föredragningslista Nr. Ärende Dnr Föredragande "
            "1. Val av justerare 2. Budget\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair != "Eva Lindén"
