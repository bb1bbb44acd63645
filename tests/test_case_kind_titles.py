"""parse.headings.cut_run_on_title: a title naming the kind of case before a colon ("Svar på motion: ...") keeps
its subject after the colon on a flattened contents line; a value after a colon still ends the title."""

from protokoll.parse import parse_text
from protokoll.parse.headings import cut_run_on_title

CONTENTS = ("INNEHÅLLSFÖRTECKNING 40 Riktlinjer för bidrag till föreningar i kommunen "
            "41 Svar på motion: Fler cykelbanor längs landsvägen mot Norrby (C) "
            "42 Svar på medborgarförslag: Bygg en utegym vid sjön i centrala Västerby "
            "43 Yttrande över remiss: Förslag till ny regional trafikplan för länet 44 Anmälningsärenden")


def test_the_subject_after_a_case_kind_and_a_colon_stays_in_the_title():
    titles = {i.number: i.title for i in parse_text(CONTENTS, "t.txt").items}
    assert titles["41"] == "Svar på motion: Fler cykelbanor längs landsvägen mot Norrby (C)"
    assert titles["42"] == "Svar på medborgarförslag: Bygg en utegym vid sjön i centrala Västerby"
    assert titles["43"] == "Yttrande över remiss: Förslag till ny regional trafikplan för länet"
    assert titles["44"] == "Anmälningsärenden"


def test_a_value_after_a_colon_still_ends_the_title():
    line = "Tid och plats för justering av nämndens protokoll: Tisdagen den 4 maj kl 15.00 i kommunhuset"
    assert cut_run_on_title(line) == "Tid och plats för justering av nämndens protokoll:"
