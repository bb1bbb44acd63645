"""Header labels written one under the other with all their values after the last (flattened columns)."""

from __future__ import annotations

from protokoll.parse.header import read_fields
from protokoll.parse.lines import split_lines


def _fields(text: str) -> dict[str, str]:
    return {f.label: f.value for f in read_fields(split_lines(text))}


def test_role_labels_in_a_row_take_one_name_each_in_order():
    got = _fields("Sekreterare\nOrdförande\nJusterare Maja Sundin Karin Dahl Lisa Strand\n")
    assert got == {"Sekreterare": "Maja Sundin", "Ordförande": "Karin Dahl", "Justerare": "Lisa Strand"}


def test_role_labels_and_a_different_number_of_names_stay_open():
    got = _fields("Utses att justera:\nSekreterare: Maja Sundin\n")
    assert set(got.values()) == {""}


def test_place_then_people_split_at_the_first_person():
    got = _fields("Tid Tisdagen den 4 mars 2025, kl 18.00\nPlats\nNärvarande ledamöter\n"
                  "Närvarande ersättare Kulturhuset, Ydre Karin Dahl (S), ordf. Bo Ek (M)\n")
    assert got["Plats"] == "Kulturhuset, Ydre"
    assert got["Närvarande ledamöter"] == "Karin Dahl (S), ordf. Bo Ek (M)"
    assert got["Närvarande ersättare"] == ""


def test_a_date_and_a_time_come_before_the_people():
    got = _fields("Datum\nBeslutande Måndagen den 3 februari 2025 kl 09.00-12.00 Karin Dahl (S)\n")
    assert got == {"Datum": "Måndagen den 3 februari 2025 kl 09.00-12.00", "Beslutande": "Karin Dahl (S)"}


def test_labels_with_their_own_values_are_untouched():
    got = _fields("Plats: Kulturhuset\nBeslutande: Karin Dahl (S)\n")
    assert got == {"Plats": "Kulturhuset", "Beslutande": "Karin Dahl (S)"}


def test_an_open_role_says_why():
    [a, b] = read_fields(split_lines("Utses att justera:\nSekreterare: Maja Sundin\n"))
    assert a.note == b.note == "uncertain: 2 role labels in a row, 1 names after them"


def test_a_signature_block_with_a_role_not_followed_by_a_name_is_left_open():
    fields = read_fields(split_lines("Ordförande Maja Sundin\nSekreterare Ärenden\n"))
    assert [f.value for f in fields] == ["", ""]
    assert all(f.note.startswith("uncertain: a signature block") for f in fields)


def test_role_labels_with_colons_keep_their_values():
    fields = read_fields(split_lines("Ordförande: Maja Sundin\nSekreterare: Karin Dahl\n"))
    assert [f.value for f in fields] == ["Maja Sundin", "Karin Dahl"]


def test_sub_headings_in_an_attendee_list_start_groups_and_name_their_organisation():
    from protokoll.parse.header import heading_affiliation
    fields = read_fields(split_lines("Närvarande\n\nStyrelsens ledamöter\nKarin Dahl (S)\n\nYdre kommun\n"
                                     "Lisa Strand, socialchef\n\nSekretariatet\nMaja Sundin\n"))
    assert [(f.label, f.kind, f.value) for f in fields] == [
        ("Närvarande", "attendees:present", ""),
        ("Styrelsens ledamöter", "attendees:present", "Karin Dahl (S)"),
        ("Ydre kommun", "attendees:present", "Lisa Strand, socialchef"),
        ("Sekretariatet", "attendees:present", "Maja Sundin")]
    assert [heading_affiliation(f.heading) for f in fields] == [None, None, "Ydre", None]


def test_a_name_alone_on_a_line_is_an_entry_not_a_sub_heading():
    fields = read_fields(split_lines("Närvarande\nKarin Dahl\nLisa Strand, socialchef\n"))
    assert [(f.label, f.value) for f in fields] == [("Närvarande", "Karin Dahl; Lisa Strand, socialchef")]


def test_the_anslag_box_ends_the_value_before_it():
    got = _fields("Sekreterare\nOrdförande\nJusterare Maja Sundin Karin Dahl Lisa Strand\n"
                  "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n")
    assert (got["Sekreterare"], got["Ordförande"], got["Justerare"]) == ("Maja Sundin", "Karin Dahl", "Lisa Strand")


def test_next_meeting_under_its_own_heading_and_other_wordings():
    from protokoll.parse import parse_text
    head = "Minnesanteckningar\nDatum 4 februari 2025\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
    rec = parse_text(head + "Tid för nästa sammanträde:\n\nTorsdagen den 6 mars 2025 kl 9-12\n", "x.txt")
    assert (rec.next_meeting.date, rec.next_meeting.start, rec.next_meeting.end) == ("2025-03-06", "09:00", "12:00")
    assert parse_text(head + "Nästa gång ses vi den 20 mars 2025.\n", "x.txt").next_meeting.date == "2025-03-20"
    assert parse_text(head + "Nästkommande möte: 3 april 2025\n", "x.txt").next_meeting.date == "2025-04-03"


def test_a_sentence_ending_in_next_meeting_takes_no_date_from_the_lines_after_it():
    from protokoll.parse import parse_text
    text = ("Minnesanteckningar\nDatum 4 februari 2025\n\n1. Budget\nAnna återkommer till nästa möte.\n\n"
            "2. Konferens\nKonferensen hålls 12 maj 2025.\n")
    assert parse_text(text, "x.txt").next_meeting is None


def test_the_place_of_plats_och_tid_loses_breaks_paragraphs_and_loose_times():
    from protokoll.parse.whenwhere import place
    assert place("Kommunhuset i Åsby 2025-03-10 kl. 18.30 – 21.15 (ajournering 19.45-20.00)") == "Kommunhuset i Åsby"
    assert place("Rådhuset, Åsby, kl. 09.00–ca 12.00, §§ 1-12") == "Rådhuset, Åsby"
    assert place("Tisdagen den 4 mars 2025 kl. 13.00 i Rådhuset, Åsby") == "Rådhuset, Åsby"
    assert place("Storgatan 12, Åsby, paus 14:00-14:15") == "Storgatan 12, Åsby"


def test_the_chair_from_who_opened_the_meeting_or_was_elected_to_chair_it():
    from protokoll.parse import parse_text
    head = "Minnesanteckningar\nDatum: 2025-03-04\n\n1. Mötets öppnande\n"
    tail = "\n\n2. Budget\nBudgeten godkändes.\n"
    assert parse_text(head + "Mötet öppnades av ordförande Karin Dahl." + tail, "x.txt").chair == "Karin Dahl"
    assert parse_text(head + "Till mötesordförande valdes Bo Ekström." + tail, "x.txt").chair == "Bo Ekström"
    assert parse_text(head + "Karin Dahl öppnade mötet." + tail, "x.txt").chair is None


def test_a_label_written_with_a_dot_before_its_value():
    from protokoll.parse.headerlabels import LABEL_LINE

    m = LABEL_LINE.match("Plats och tid. Rådhuset, sal 2 kl. 18.00")
    assert m and m.group(1) == "Plats och tid" and m.group(2) == "Rådhuset, sal 2 kl. 18.00"
    # only a dot with a capital after it opens a value (not an abbreviation's dot, not the label alone)
    assert LABEL_LINE.match("Plats. rådhuset") is None and LABEL_LINE.match("Plats.rådhuset") is None
    assert LABEL_LINE.match("Plats.") is None
