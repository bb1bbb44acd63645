"""The next meeting, attachments and proposed decisions in layouts the rules had not met (issue 10, h24):
a "Nästa möte." heading ended by a full stop with its date on the same line, a ", se bilaga 3" ending a
heading, an attachment list under "Bilagor" whose entries name their paragraph, and a placeholder proposal
with the next item's label run on after it. The documents are written for these tests."""

import re

from protokoll.parse import parse_text
from protokoll.parse.agendaproposal import proposal_text
from protokoll.parse.attachmentplaces import addressed, listed_addressed
from protokoll.parse.attachments import title_without_reference

BOARD = ("PROTOKOLL\nStyrelsen för Bygdeföreningen Ekåsen\nDatum: 2019-09-03\nPlats: Bygdegården\n\n"
         "§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n§ 2 Ekonomi\nKassören redovisade kassarapporten.\n")


def _next(tail: str, flat: bool = False):
    text = BOARD + tail + "\n"
    found = parse_text(re.sub(r"\s*\n\s*", " ", text) if flat else text, "x.txt").next_meeting
    return (found.date, found.start) if found else None


def test_a_next_meeting_heading_ended_by_a_full_stop_gives_the_date_after_it():
    assert _next("§ 3 Nästa möte. Tisdag 1/10 kl 19.") == ("2019-10-01", "19:00")
    assert _next("3. Nästa sammanträde. Onsdagen den 9 oktober kl. 18.00.") == ("2019-10-09", "18:00")
    assert _next("Nästa möte. Tisdag 1/10.") == ("2019-10-01", None)
    assert _next("§ 3 Nästa möte. Tisdag 1/10 kl 19.", flat=True) == ("2019-10-01", "19:00")


def test_a_next_meeting_inside_a_sentence_keeps_its_sentence_end():
    # the date after the full stop belongs to the next sentence, not to the meeting "nästa möte" names
    assert _next("§ 3 Skrivelser\nFrågan tas upp vid nästa möte. Skrivelsen från den 7 oktober läses upp.") is None
    assert _next("§ 3 Övrigt\nDetta bordläggs till\nnästa möte. Tisdag 1/10 hålls städdag.") is None
    assert _next("§ 3 Nästa möte. Datum bestäms senare. Tisdag 1/10 hålls städdag.") is None


def test_a_reference_to_an_attachment_after_a_comma_and_se_leaves_the_heading():
    assert title_without_reference("Delegationsbeslut, se bilaga 3") == "Delegationsbeslut"
    assert title_without_reference("Taxor – se bilaga 2") == "Taxor"
    assert title_without_reference("Avgifter enligt bilaga 9") == "Avgifter enligt bilaga 9"
    agenda = ("KALLELSE\nTekniska nämnden\nTid: 2017-03-14 kl. 13.00\n\nÄrenden\n1. Val av justerare\n"
              "2. Delegationsbeslut, se bilaga 3\n3. Taxa för slamtömning (bil. 4)\n")
    items = parse_text(agenda, "x.txt").items
    assert [(i.number, i.title, i.attachments) for i in items][1:] == [
        ("2", "Delegationsbeslut", ["bilaga 3"]), ("3", "Taxa för slamtömning", ["bilaga 4"])]


PROTOCOL = ("PROTOKOLL\nRäddningsnämnden\nDatum: 2016-05-12\n\n§ 21 Årsredovisning 2015\n"
            "Beslut: Årsredovisningen godkänns.\n§ 22 Delårsrapport\nBeslut: Rapporten läggs till handlingarna.\n"
            "§ 23 Taxor\nBeslut: Taxorna gäller från 1 juli.\n\nBilagor\n{entries}\n")


def _attachments(entries: str):
    return [(i.number, i.attachments) for i in parse_text(PROTOCOL.format(entries=entries), "x.txt").items]


def test_an_attachment_list_whose_entries_name_their_paragraph_goes_to_those_items():
    assert _attachments("1. § 21 Årsredovisning\n2. Delårsrapport (§ 22)\n3. § 23 Taxor") == [
        ("21", ["bilaga 1"]), ("22", ["bilaga 2"]), ("23", ["bilaga 3"])]


def test_an_entry_naming_no_paragraph_or_two_stays_where_it_was_read():
    assert _attachments("1. Årsredovisning\n2. § 21 och § 22") == [
        ("21", []), ("22", []), ("23", ["bilaga 1", "bilaga 2"])]
    assert listed_addressed("Bilagor\n1. § 21 Årsredovisning\nJusterat 2016-05-19, § 22") == [
        ("bilaga 1", "21", "1. § 21 Årsredovisning")]  # the list ends at the first line that is no entry


def test_a_placeholder_proposal_with_the_next_items_label_run_on_is_none():
    assert proposal_text("xx Ärende") is None
    assert proposal_text("– Punkt") is None
    assert proposal_text("Nämnden godkänner uppföljningen. Ärende") == "Nämnden godkänner uppföljningen."
    assert proposal_text("Ärendet bordläggs.") == "Ärendet bordläggs."
    agenda = ("Föredragningslista Kommunstyrelsens arbetsutskott 2018-03-06 Ärende 1 Budgetuppföljning Förslag till "
              "beslut Arbetsutskottet föreslår kommunstyrelsen att godkänna uppföljningen. Ärende 2 Markanvisning "
              "Förslag till beslut xx Ärende 3 Motion om cykelvägar Förvaltningens förslag till beslut Motionen anses "
              "besvarad.")
    proposals = {i.number: i.proposed_decision for i in parse_text(agenda, "x.txt").items}
    assert proposals.get("2") is None
    assert proposals["3"] == "Motionen anses besvarad."


UNDATED = "Minnesanteckningar\nNätverket för IT-chefer\nMöte i Ekby{year}\n\n1. Budget\nDiskuterades.\n2. Nästa möte\n{when}\n"


def _undated_next(when: str, year: str = ", 2019"):
    found = parse_text(UNDATED.format(year=year, when=when), "x.txt")
    assert found.date is None  # the document's own date is unknown
    return found.next_meeting and (found.next_meeting.date, found.next_meeting.start)


def test_in_an_undated_document_a_weekday_that_fits_a_year_it_names_makes_the_next_meeting_certain():
    assert _undated_next("Tisdag 8 oktober kl 13.") == ("2019-10-08", "13:00")  # a Tuesday in 2019
    assert _undated_next("Tisdag 8 oktober 2019 kl 13.") == ("2019-10-08", "13:00")


def test_in_an_undated_document_a_date_without_year_or_fitting_weekday_gives_none():
    assert _undated_next("8 oktober kl 13.") is None  # no weekday: the year is not certain
    assert _undated_next("Onsdag 8 oktober kl 13.") is None  # not a Wednesday in 2019
    assert _undated_next("Tisdag 8 oktober kl 13.", year="") is None  # no year named anywhere


def test_a_proposal_ends_where_the_items_next_part_runs_on_after_it():
    assert proposal_text("Informationen noteras Beskrivning av ärendet Lagen ändrades 2023.") == "Informationen noteras"
    assert proposal_text("Nämnden godkänner uppföljningen. Bakgrund Förvaltningen har följt upp.") == \
        "Nämnden godkänner uppföljningen."
    assert proposal_text("att anta taxorna Beslutsunderlag Tjänsteskrivelse 2019-08-20") == "att anta taxorna"
    assert proposal_text("Nämnden avslår motionen. Ärendet anses besvarat.") == \
        "Nämnden avslår motionen. Ärendet anses besvarat."  # a sentence, not a part's heading
    assert proposal_text("Nämnden godkänner bakgrund och underlag.") == "Nämnden godkänner bakgrund och underlag."
    agenda = ("KALLELSE Kultur- och fritidsnämnden Tid: Onsdagen den 9 oktober 2019 kl. 13.00 Plats: Kulturhuset "
              "Ärenden 1 Val av justerare 2 Budgetuppföljning Förslag till beslut Nämnden godkänner uppföljningen. "
              "Sammanfattning av ärendet Förvaltningen har följt upp budgeten. 3 Taxor Förslag till beslut Taxorna "
              "antas. Expedieras till: Ekonomi 4 Information")
    proposals = {i.number: i.proposed_decision for i in parse_text(agenda, "x.txt").items}
    assert (proposals["2"], proposals["3"]) == ("Nämnden godkänner uppföljningen.", "Taxorna antas.")


def test_an_unlabelled_agenda_proposal_also_ends_where_the_next_part_runs_on():
    agenda = ("KALLELSE Kommunstyrelsen Tid: Onsdagen den 9 oktober 2019 kl. 13.00 Plats: Kommunhuset Ärenden "
              "1 Val av justerare 2 Budget Kommunstyrelsen föreslås besluta att godkänna budgeten. 3 Taxor "
              "Kommunfullmäktige beslutar att anta taxorna Beslutsunderlag Tjänsteskrivelse 2019-08-20 4 Information")
    proposals = {i.number: i.proposed_decision for i in parse_text(agenda, "x.txt").items}
    assert proposals["3"] == "Kommunfullmäktige beslutar att anta taxorna"


def test_an_attachment_pages_heading_naming_the_protocol_and_paragraph_goes_to_that_item():
    assert addressed("Bilaga 1 till protokoll 2016-05-12 § 21") == [("bilaga 1", "21")]
    assert addressed("Bilaga 2 till räddningsnämndens protokoll § 22") == [("bilaga 2", "22")]
    assert addressed("Bilaga 3, RN 2016-05-12, § 23") == [("bilaga 3", "23")]
    assert addressed("se bilaga 1 och § 22") == []  # two references, not one
    text = PROTOCOL.format(entries="").replace("\n\nBilagor\n", "\n\nBilaga 1 till protokoll 2016-05-12 § 21\n")
    assert [(i.number, i.attachments) for i in parse_text(text, "x.txt").items] == [
        ("21", ["bilaga 1"]), ("22", []), ("23", [])]


def test_a_numbered_next_meeting_heading_ending_a_run_together_line_reads_the_line_below():
    notes = "Minnesanteckningar Nätverket för IT-chefer 10 december 2019 {tail}"
    found = parse_text(notes.format(tail="4. Nästa möte\n15 januari kl 9-12 i Lund."), "x.txt").next_meeting
    assert (found.date, found.start, found.end) == ("2020-01-15", "09:00", "12:00")
    # in a sentence the words name no heading: the date below belongs to another statement
    sentence = notes.format(tail="Frågan tas upp vid nästa möte\n15 januari hålls en kurs.")
    assert parse_text(sentence, "x.txt").next_meeting is None


def test_a_plan_under_a_heading_of_its_own_gives_its_first_later_date_within_a_season():
    assert _next("§ 3 Mötesplan\n8 oktober kl 18\n12 november kl 18") == ("2019-10-08", "18:00")
    assert _next("§ 3 Sammanträdesdagar hösten 2019\n8/10, 12/11, 10/12") == ("2019-10-08", None)
    assert _next("§ 3 Mötestider 2020\n15 januari\n12 februari") is None  # past the autumn: not the next one
    assert _next("§ 3 Mötestider\nBeslut\nTiderna bestäms 8 oktober.") is None  # no list right below the heading
    # (the board itself said to meet on a day is its next meeting: tests/test_next_meeting_moved.py)
    assert _next("§ 3 Mötestider\nBeslut\nStyrelsen möts 8 oktober.") == ("2019-10-08", None)
    assert _next("§ 3 Mötestider\nKonferens 8 oktober\n12 november") is None  # another event opens the list


def test_the_label_of_a_protocols_own_date_is_no_plan():
    header = ("PROTOKOLL\nStyrelsen för Bygdeföreningen Ekåsen\nSammanträdesdatum\n2019-09-03\nAnslaget uppsatt\n"
              "2019-09-12\n\n§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n")
    assert parse_text(header, "x.txt").next_meeting is None


def test_a_proposal_ends_before_the_next_items_case_number_handler_or_attachment_label():
    assert proposal_text("Nämnden godkänner. Dnr KS 2019/13 Taxor") == "Nämnden godkänner."
    assert proposal_text("Nämnden godkänner. Handläggare Anna Berg") == "Nämnden godkänner."
    assert proposal_text("Nämnden godkänner. Bilaga: Tjänsteskrivelse") == "Nämnden godkänner."
    assert proposal_text("Nämnden godkänner. Bilagorna läggs till handlingarna.") == \
        "Nämnden godkänner. Bilagorna läggs till handlingarna."


def test_an_undated_documents_next_meeting_with_a_compact_date_writes_its_year():
    assert _undated_next("Söndag 191013 kl 20.") == ("2019-10-13", "20:00")  # yymmdd: the year is written
    assert proposal_text("Nämnden noterar informationen. Ärendet i korthet Under året har") == \
        "Nämnden noterar informationen."


def test_a_plans_dates_may_follow_the_season_they_list():
    assert _next("§ 3 Mötestider\nHösten: 8/10, 12/11.") == ("2019-10-08", None)
    assert _next("§ 3 Kommande möten\nHösten 2019: 8/10, 12/11.") == ("2019-10-08", None)
    assert _next("§ 3 Kommande möten\nHöstens konferens 8/10.") is None  # an event, not a season's dates


def test_a_tentative_date_is_no_next_meeting_however_forslagsvis_is_spelt():
    assert _next("§ 3 Nästa möte\nVi träffas förslagsvis tisdagen den 8 oktober.") is None
    assert _next("§ 3 Nästa möte\nVi träffas förslagvis tisdagen den 8 oktober.") is None
