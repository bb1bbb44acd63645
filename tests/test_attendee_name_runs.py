"""Attendance lists whose names stand side by side with spaces only, split by the shape of Swedish names and kept
only where the whole run splits one way; a list that goes on after a blank line as such a run; a label whose first
letters were lost after a time or a page's number (issue 10). Invented documents."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.lostlabels import lost_label_cuts


def _read(text: str):
    return parse_text(text, source="t.txt")


def test_run_of_names_splits_where_every_word_is_placed():
    from protokoll.parse.namerun import split_names
    assert split_names("Lars Erik Berg Olof af Klint Stina B. Holm Karin Sjöberg Nilsson") == [
        "Lars Erik Berg", "Olof af Klint", "Stina B. Holm", "Karin Sjöberg Nilsson"]
    # a given name the gazetteer does not know opens a name where nothing else fits: "Hjördis" after a full name
    assert split_names("Per Lindqvist Hjördis Wallin Eva Dahl") == ["Per Lindqvist", "Hjördis Wallin", "Eva Dahl"]


def test_run_with_a_word_left_over_is_no_run_of_names():
    from protokoll.parse.namerun import split_names
    assert split_names("Per Lindqvist Ekonomichef Eva Dahl") is None  # a title among the names
    assert split_names("Per Lindqvist Region Norr Eva Dahl") is None  # an organisation
    assert split_names("Eva Martin Per Holm") is None  # a family name that is a given name: two readings
    assert split_names("Per Lindqvist") is None  # one person is no run


def test_list_goes_on_after_a_blank_line_as_a_run_of_names():
    rec = _read("PROTOKOLL\nByggnadsnämnden\n\nBeslutande: Anna Berg (S), ordförande\n\nPer Holm (M)\n\n"
                "Övriga: Karin Dahl Olle Strand\n\n"
                "Sven Lindqvist Hjördis Wallin Eva Dahl Lars Erik Berg Maja Sundström Olof af Klint\n\n"
                "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    others = [a.name for a in rec.attendees if a.group == "other"]
    assert others == ["Karin Dahl", "Olle Strand", "Sven Lindqvist", "Hjördis Wallin", "Eva Dahl",
                      "Lars Erik Berg", "Maja Sundström", "Olof af Klint"]


def test_lost_label_after_the_meeting_time_or_a_page_number():
    assert lost_label_cuts("Plats och tid: Stadshuset, kl. 09:00 12:00 ande: Anna Berg (S)")
    assert lost_label_cuts("2 (14) ande Anna Berg (S) ordförande Per Holm (M)")
    rec = _read("Protokoll 1 (20) Plats och tid: Stadshuset, kl. 09:00 12:00 ande: Anna Berg (S), ordförande "
                "Per Holm (M) Eva Lind (C) Övriga deltagare Olle Ek, sekreterare § 1 Mötets öppnande\n")
    assert [(a.name, a.affiliation) for a in rec.attendees][:3] == [("Anna Berg", "S"), ("Per Holm", "M"),
                                                                     ("Eva Lind", "C")]


def test_party_first_rows_with_a_local_party_and_the_first_code_in_the_label():
    from protokoll.parse.partyfirst import party_first
    value = "Eva Strand, ordförande S Per Holm, vice ordförande M Anna Berg NBP Olle Ek C Karin Dahl"
    assert party_first(value) == ("Per Holm (S), vice ordförande, Anna Berg (M), Olle Ek (NBP), Karin Dahl (C), "
                                  "Eva Strand, ordförande")
    assert party_first("Per Holm NBP Olle Ek") == "Per Holm NBP Olle Ek"  # no known party's row: left alone


def test_party_column_after_the_name_column_pairs_in_order():
    rec = _read("PROTOKOLL Kulturnämnden Plats och tid Stadshuset kl. 13:00 15:00 Beslutande Anna Berg (S), ordförande "
                "Per Holm (M) Ersättare Olle Strand Karin Dahl Eva Lind (C) (SD) (L) Övriga närvarande Sven Ek, "
                "sekreterare § 1 Mötets öppnande Ordföranden öppnade mötet.\n")
    assert [(a.name, a.affiliation) for a in rec.attendees if a.role == "ersättare"] == [
        ("Olle Strand", "C"), ("Karin Dahl", "SD"), ("Eva Lind", "L")]


def test_party_column_over_blank_lines_with_a_note():
    rec = _read("PROTOKOLL\nKulturnämnden\n\nBeslutande: Anna Berg (S), ordförande\n\nPer Holm (M)\n\n"
                "Närvarande ersättare:\n\nOlle Strand Karin Dahl Eva Lind\n\n(C), t.o.m. § 4 (SD)\n\n(L)\n\n"
                "Övriga: Sven Ek\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert [(a.name, a.affiliation) for a in rec.attendees if a.role == "ersättare"] == [
        ("Olle Strand", "C"), ("Karin Dahl", "SD"), ("Eva Lind", "L")]


def test_party_column_left_alone_when_the_counts_differ():
    from protokoll.parse.partycolumn import party_column
    assert party_column("Olle Strand Karin Dahl Eva Lind (C) (SD)") == "Olle Strand Karin Dahl Eva Lind (C) (SD)"
    assert party_column("Olle Strand Norrby IF Eva Lind (C) (SD)") == "Olle Strand Norrby IF Eva Lind (C) (SD)"


def test_a_person_read_twice_is_kept_once_where_the_entries_agree():
    from protokoll.parse.attendeechecks import once
    from protokoll.record import Attendee
    people = [Attendee("Eva Lind", group="other", role="sekreterare"), Attendee("Per Holm", affiliation="M"),
              Attendee("Eva Lind", group="other", title="nämndsekreterare"),
              Attendee("Per Holm", affiliation="S", group="present")]  # two members of one name: both kept
    kept = once(people)
    assert [(a.name, a.role, a.title) for a in kept][:2] == [("Eva Lind", "sekreterare", "nämndsekreterare"),
                                                           ("Per Holm", None, None)]
    assert len(kept) == 3


def test_unit_run_on_before_the_next_name_goes_to_the_entry_before():
    rec = _read("MINNESANTECKNINGAR\nSamverkansgruppen för tillgänglighet\n\nNärvarande: Olle Strand, VD, "
                "Tågmuseet Karin Dahl, enhetschef, Fritidsförvaltningen Sven Lindqvist, Norrby kommun\n\n"
                "1. Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert [(a.name, a.affiliation) for a in rec.attendees] == [
        ("Olle Strand", "Tågmuseet"), ("Karin Dahl", "Fritidsförvaltningen"), ("Sven Lindqvist", "Norrby kommun")]


def test_family_name_before_a_given_name_is_left():
    from protokoll.parse.namehead import cut_heads
    from protokoll.record import Attendee
    people = [Attendee("Berg Anna Lind"), Attendee("Lindqvist Eva Holm")]
    cut_heads(people)
    assert [a.name for a in people] == ["Berg Anna Lind", "Lindqvist Eva Holm"]

