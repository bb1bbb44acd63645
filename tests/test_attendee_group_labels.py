"""Headings inside one attendance run (issue 10): a delegation's heading ("Från Norrby kommun:", "För
Socialnämnden") and a party's name cut the run into lists of their own; two names a list read as one person are
split by their shape. Invented documents."""

from protokoll.parse.assemble import parse_text


def _people(text: str):
    rec = parse_text("PROTOKOLL\nSamverkansrådet\n\n" + text + "\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n",
                     source="t.txt")
    return [(a.name, a.affiliation, a.group, a.role) for a in rec.attendees]


def test_delegation_headings_inside_a_run_give_the_organisation():
    got = _people("Närvarande Från Norrby kommun: Karin Holm, Stefan Ljung Från Region Västerland: Eva Strand, "
                  "Nils Bergman Från Länsstyrelsen: Göran Sjö")
    assert [(g[0], g[1]) for g in got] == [
        ("Karin Holm", "Norrby kommun"), ("Stefan Ljung", "Norrby kommun"), ("Eva Strand", "Region Västerland"),
        ("Nils Bergman", "Region Västerland"), ("Göran Sjö", "Länsstyrelsen")]


def test_body_headings_open_the_list_and_parties_stay_the_affiliation():
    got = _people("Beslutande För Kommunstyrelsen Karin Holm (KD) Stefan Ljung (C) För Socialnämnden Eva Strand (M) "
                  "Nils Bergman (S) För Barn- och utbildningsnämnden Göran Sjö (S)")
    assert got == [("Karin Holm", "KD", "present", None), ("Stefan Ljung", "C", "present", None),
                   ("Eva Strand", "M", "present", None), ("Nils Bergman", "S", "present", None),
                   ("Göran Sjö", "S", "present", None)]


def test_party_names_as_sub_headings():
    got = _people("Närvarande Socialdemokraterna Karin Holm Stefan Ljung Moderaterna Eva Strand Nils Bergman "
                  "Centerpartiet Göran Sjö")
    assert got == [("Karin Holm", "S", "present", None), ("Stefan Ljung", "S", "present", None),
                   ("Eva Strand", "M", "present", None), ("Nils Bergman", "M", "present", None),
                   ("Göran Sjö", "C", "present", None)]


def test_a_sentence_naming_a_delegation_is_no_heading():
    got = _people("Gäster Från Region Västerland deltar Eva Strand (strateg) och Nils Bergman (analytiker).")
    assert [(g[0], g[1]) for g in got] == [("Eva Strand", "Region Västerland"), ("Nils Bergman", "Region Västerland")]


def test_two_names_read_as_one_are_split_by_their_shape():
    from protokoll.parse.pairednames import pair
    assert pair("Martin Ekdahl Cia Numell") == ("Martin Ekdahl", "Cia Numell")
    assert pair("Karin Holm Västra Götaland") is None  # a place's first word opens no name
    assert pair("Karin Holm Stefan Ljung") is None  # both known: the name-run reader's case
    assert pair("Karin Sjöberg Nilsson Ek") is None  # a family name's ending opens no name
    got = _people("Närvarande Anna Berg, ordförande Per Holm Martin Ekdahl Cia Numell\nÖvriga Eva Lind")
    assert [g[0] for g in got] == ["Anna Berg", "Per Holm", "Martin Ekdahl", "Cia Numell", "Eva Lind"]


def test_a_bracket_left_open_is_closed_after_its_first_word():
    got = _people("Ersättare Lars Ek (kd), Sjöby, (tjänstgörande Karin Berg (fp), Lerum, (tjänstgörande) Eva Dahl (mp")
    assert [g[0] for g in got] == ["Lars Ek", "Karin Berg", "Eva Dahl"]
    got = _people("Närvarande Olle Strand (Sjöby) Claes Ek (Sjöby Karin Berg, ordförande Maja Sundström")
    assert [g[0] for g in got] == ["Olle Strand", "Claes Ek", "Karin Berg", "Maja Sundström"]
    from protokoll.parse.openbrackets import close_open
    assert close_open("Anna Berg (kom kl. 10 Per Holm") == "Anna Berg (kom kl. 10 Per Holm"  # a note: left as written
    assert close_open("Anna Berg (S) Per Holm (M)") == "Anna Berg (S) Per Holm (M)"


def test_a_name_run_on_into_its_organisation_keeps_the_person():
    got = _people("Närvarande Karin Holm Tranås kommun Stefan Ljung Region Jönköpings län Eva Strand Eksjö kommun "
                  "Nils Bergman Trafikverket")
    assert [(g[0], g[1]) for g in got] == [("Karin Holm", "Tranås"), ("Stefan Ljung", "Region Jönköpings län"),
                                           ("Eva Strand", "Eksjö"), ("Nils Bergman", "Trafikverket")]
    # the organisation goes on after a lower-case word in the next run: the person without it
    got = _people("Närvarande Karin Holm Tranås kommun Nils Bergman Länsstyrelsen i Jönköpings län "
                  "Eva Strand Eksjö kommun")
    assert ("Nils Bergman", None) in [(g[0], g[1]) for g in got]


def test_an_organisation_read_as_a_person_is_no_attendee():
    from protokoll.parse.pairednames import place_first
    assert place_first("Piteå Hockey") and place_first("Region Norrland")
    assert not place_first("Cia Lund") and not place_first("Nora Piteå")  # a name opens with a given name
    got = _people("Deltagare Karin Holm, Piteå kommun, Stefan Ljung, Trafikverket, Eva Strand, Piteå Hockey")
    assert "Piteå Hockey" not in [g[0] for g in got]
    got = _people("Deltagare Karin Holm, Eksjö Stefan Ljung, Lerum Soraya Zarza Lundberg")
    assert "Soraya Zarza Lundberg" in [g[0] for g in got]


def test_body_and_secretariat_headings_inside_a_run():
    got = _people("Närvarande: Samverkansrådet Karin Holm, Tranås Stefan Ljung, Eksjö Vätterbygdens styrelse "
                  "Eva Strand Nils Bergman Sekretariatet Göran Sjö Pia Lund")
    assert [(g[0], g[2]) for g in got] == [("Karin Holm", "present"), ("Stefan Ljung", "present"),
                                           ("Eva Strand", "present"), ("Nils Bergman", "present"),
                                           ("Göran Sjö", "other"), ("Pia Lund", "other")]
    assert got[0][1] == "Tranås" and got[2][1] is None  # a heading is no one's affiliation


def test_a_run_opened_by_an_organisation_then_names():
    got = _people("Närvarande Eva Lind\n\nTjänstemän Trafikverket Göran Sjö Pia Lund Olle Strand Ärenden: Budget")
    assert [g[0] for g in got if g[2] == "other"] == ["Göran Sjö", "Pia Lund", "Olle Strand"]
    # a title before the first name is no heading, nor a name and its title
    got = _people("Närvarande Eva Lind\n\nÖvriga Kommunchef Göran Sjö Ekonom Pia Lund")
    assert "Göran Sjö" in [g[0] for g in got]
