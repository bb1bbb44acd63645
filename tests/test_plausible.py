"""parse.plausible: header names that run on into a label are cut; values that are no name are left out."""

from protokoll.parse import parse_text
from protokoll.parse.plausible import check, cut_at_label, organisation, person
from protokoll.record import Evidence, MeetingRecord


def test_a_name_is_cut_before_a_label_written_after_it():
    assert person("Karin Lövgren Justeras") == ("Karin Lövgren", None)
    assert person("Karin LövgrenJusterare") == ("Karin Lövgren", None)


def test_a_person_field_that_holds_no_name_is_left_out_with_the_reason():
    name, why = person("Beslutande ledamöter")
    assert name is None and "does not look like a person" in why


def test_a_body_is_cut_before_a_glued_date_label():
    assert organisation("Tekniska nämnden  Datum\tmåndagen den 3 mars") == ("Tekniska nämnden", None)


def test_an_organisation_that_is_a_label_a_date_or_a_person_is_left_out():
    assert organisation("Beslutande")[0] is None
    assert organisation("Sammanträde 3 mars 2021")[0] is None
    assert organisation("Karin Lövgren")[0] is None
    assert organisation("Västra Götalandsregionen") == ("Västra Götalandsregionen", None)


def test_names_inside_words_are_not_labels():
    assert cut_at_label("Tidaholms kommun") == "Tidaholms kommun"
    assert cut_at_label("Platsbyggnadsnämnden") == "Platsbyggnadsnämnden"


def test_a_flattened_signature_block_gives_the_secretary_without_the_next_label():
    text = ("PROTOKOLL Fritidsnämnden 2023-05-04 Ordförande: Olle Sandberg "
            "Sekreterare: Karin LövgrenJusterare: Måns Ek § 1 Upprop")
    rec = parse_text(text, "t.txt")
    assert rec.secretary == "Karin Lövgren"
    assert any(e.path == "secretary" and e.rule.startswith("plausible.cut") for e in rec.evidence)


def test_the_secretary_is_not_also_given_as_the_chair():
    rec = MeetingRecord(source="t.txt", chair="Karin Lövgren", secretary="Karin Lövgren")
    check(rec)
    assert (rec.chair, rec.secretary) == (None, "Karin Lövgren")
    assert any(e.path == "chair" and "also read as the secretary" in e.rule for e in rec.evidence)


def test_a_role_read_after_a_label_that_ran_on_from_an_affiliation_is_dropped():
    from protokoll.record import Attendee

    rec = MeetingRecord(source="t.txt", secretary="Olle Sandberg", attendees=[
        Attendee("Olle Sandberg", affiliation="Brandkårernas förening Justering", role="sekreterare", group="guest")])
    check(rec)
    assert rec.secretary is None
    assert (rec.attendees[0].affiliation, rec.attendees[0].role) == ("Brandkårernas förening", None)


def test_two_names_run_together_are_no_secretary():
    name, why = person("Olle Sandberg Karin Lövgren")
    assert name is None and "two names" in why
    assert person("Karin Lövgren Sandberg") == ("Karin Lövgren Sandberg", None)


def test_a_name_loses_the_start_of_an_item_title_that_ran_on_after_it():
    assert person("Karin Lövgren Föregående") == ("Karin Lövgren", None)
    assert person("Karin Lövgren Information") == ("Karin Lövgren", None)
    assert person("Karin Lövgren Sandberg") == ("Karin Lövgren Sandberg", None)
    assert person("Karin Föregående") == ("Karin Föregående", None)  # two words: nothing to take off


def test_a_body_must_name_a_group_that_meets_and_an_organisation_must_look_like_one():
    rec = MeetingRecord(source="t.txt", body="Kommunhuset", organization="Sammanträdesrummet")
    rec.evidence.append(Evidence("organization", 0, 0, 0, "meta.organization.title", 0.8))
    check(rec)
    assert (rec.body, rec.organization) == (None, None)
    rec = MeetingRecord(source="t.txt", body="Förbundsdirektionen", organization="Norrdala kommunalförbund")
    check(rec)
    assert (rec.body, rec.organization) == ("Förbundsdirektionen", "Norrdala kommunalförbund")


def test_a_letterhead_word_in_capitals_before_an_organisation_is_left_out():
    assert organisation("FRAMTIDEN Norrdala Gymnasieförbund") == ("Norrdala Gymnasieförbund", None)
    assert organisation("SKR Kommentus") == ("SKR Kommentus", None)
