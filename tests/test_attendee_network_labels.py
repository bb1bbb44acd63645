"""Attendance labels of network and council notes: "Deltog", "Deltagande", "Närvarande via Teams", "Via Teams",
and "Från Norrby kommun:" headings inside a list (issue 10). Sentences written for these tests."""

from protokoll.parse.assemble import parse_text

HEAD = "Minnesanteckningar från samverkansgruppen för kollektivtrafik 2025-05-06\n\n"
TAIL = "\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


def _people(body: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.group, a.affiliation) for a in parse_text(HEAD + body + TAIL, "t").attendees}


def test_deltog_label():
    assert set(_people("Deltog: Hugo Lindahl, Maja Sundin, Edvin Roos")) == {"Hugo Lindahl", "Maja Sundin",
                                                                             "Edvin Roos"}
    assert set(_people("Deltog\nHugo Lindahl\nMaja Sundin")) == {"Hugo Lindahl", "Maja Sundin"}


def test_deltagande_label():
    assert set(_people("Deltagande: Hugo Lindahl, Maja Sundin")) == {"Hugo Lindahl", "Maja Sundin"}


def test_remote_attendance_labels():
    assert set(_people("Närvarande via Teams: Hugo Lindahl, Maja Sundin")) == {"Hugo Lindahl", "Maja Sundin"}
    assert set(_people("Deltog digitalt: Hugo Lindahl, Maja Sundin")) == {"Hugo Lindahl", "Maja Sundin"}
    people = _people("Närvarande: Hugo Lindahl, Maja Sundin\nVia Teams: Edvin Roos, Alma Strömberg")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin", "Edvin Roos", "Alma Strömberg"}


def test_a_sentence_starting_with_the_word_is_no_label():
    people = _people("Närvarande: Hugo Lindahl, Maja Sundin\nDeltog i mötet gjorde även trafikplaneraren.")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin"}


def test_municipality_headings_inside_a_list():
    people = _people("Närvarande\nFrån Hedemora kommun:\nHugo Lindahl, trafikchef\nMaja Sundin, planerare\n"
                     "Från Säter kommun:\nEdvin Roos, samhällsbyggnadschef")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin", "Edvin Roos"}
    assert people["Hugo Lindahl"][1] == people["Maja Sundin"][1] == "Hedemora"  # the municipality, as the gazetteer
    assert people["Edvin Roos"][1] == "Säter"  # writes it


def test_absentees_stay_out():
    people = _people("Deltog: Hugo Lindahl, Maja Sundin\nAnmält förhinder: Edvin Roos")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin"}


def test_a_sentence_naming_who_came_from_an_organisation():
    people = _people("Närvarande: Hugo Lindahl, Maja Sundin\n"
                     "Från Trafikverket närvarade Alma Strömberg (till kl. 11.30), Edvin Roos och Gustav Blom.")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin", "Alma Strömberg", "Edvin Roos", "Gustav Blom"}
    assert people["Edvin Roos"][1] == people["Alma Strömberg"][1] == "Trafikverket"


def test_a_sentence_from_an_organisation_without_names_is_no_list():
    people = _people("Närvarande: Hugo Lindahl, Maja Sundin\nFrån Trafikverket deltog ingen representant.")
    assert set(people) == {"Hugo Lindahl", "Maja Sundin"}
