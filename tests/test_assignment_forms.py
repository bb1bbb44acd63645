"""Assignments written with the verb first ("Uppdras åt ..."), delegated ("delegerar till ... att"), or as a
question taken home to be answered ("tar med sig frågan och återkommer") (parse/assignforms.py)."""

from protokoll.parse import parse_text
from protokoll.parse.assignforms import task_sentences


def test_the_rewritten_sentences():
    assert task_sentences(["Uppdras åt förvaltningen att utreda lokalbehovet."]) == \
        ["Förvaltningen får i uppdrag att utreda lokalbehovet."]
    assert task_sentences(["Styrelsen delegerar till ordföranden att underteckna avtalet."]) == \
        ["Ordföranden får i uppdrag att underteckna avtalet."]
    assert task_sentences(["Kommunerna tar med sig frågan och återkommer."]) == \
        ["Kommunerna får i uppdrag att ta med sig frågan och återkomma."]
    # taking a question home without coming back with anything promises nothing
    assert task_sentences(["Ledamöterna tar med sig frågan till sina partier."]) == []
    assert task_sentences(["Frågan återkommer på nästa möte."]) == []


def _assignments(body: str) -> list[tuple[str, str, str | None]]:
    text = (f"Protokoll\nSocialnämnden\nDatum 12 mars 2025\n\n§ 1 Lokaler\n{body}\n\n"
            "§ 2 Övrigt\nInga övriga frågor.\n")
    return [(a.assignee, a.task, a.due) for a in parse_text(text, "x.txt").items[0].assignments]


def test_in_a_protocol():
    assert _assignments("Uppdras åt förvaltningen att utreda lokalbehovet senast den 30 april 2025.") == \
        [("Förvaltningen", "utreda lokalbehovet", "2025-04-30")]
    assert _assignments("Nämnden delegerar till ordföranden att underteckna avtalet.") == \
        [("Ordföranden", "underteckna avtalet", None)]
    assert _assignments("Per Holm tar med sig synpunkterna och återkommer med ett förslag.") == \
        [("Per Holm", "ta med sig synpunkterna och återkomma med ett förslag", None)]


def test_ansvarig_after_what_is_to_be_done_in_minutes():
    from protokoll.parse.assignforms import responsible_sentences

    assert responsible_sentences("Underlaget ska kompletteras. Ansvarig: Per Holm. Klart: 2025-05-01.", "Budget",
                                 agenda=False) == ["Per Holm får i uppdrag att underlaget ska kompletteras senast 2025-05-01."]
    assert responsible_sentences("Ansvarig: Per Holm", "Lokalplan", agenda=False) == \
        ["Per Holm får i uppdrag att lokalplan."]
    assert responsible_sentences("Ansvarig: Per Holm", "Lokalplan", agenda=True) == []  # an agenda's presenter
    text = ("Minnesanteckningar\nStyrgruppen\nDatum 12 mars 2025\n\n1. Lokalplan\nPlanen revideras. Ansvarig: Per Holm. "
            "Klart: 2025-05-01.\n\n2. Övrigt\nInga övriga frågor.\n")
    found = parse_text(text, "x.txt").items[0].assignments
    assert [(a.assignee, a.due) for a in found] == [("Per Holm", "2025-05-01")]


def test_an_action_point_naming_its_doer_first():
    assert _assignments("Åtgärd: Karin Lindqvist kontaktar Trafikverket. Ansvarig: Karin Lindqvist") == \
        [("Karin Lindqvist", "kontakta Trafikverket", None)]


def test_a_body_appointing_or_deciding_gives_nobody_a_task():
    # another body than the record's own, so only the verb tells the decision from a task
    for sentence in ("Miljönämnden utser Anna Berg till mottagare av årets miljöpris med följande motivering:",
                     "Kulturnämnden väljer Per Holm till ordförande i juryn."):
        assert _assignments(f"Beslut\n\n{sentence}\n\nAnna Berg har länge arbetat med naturvård.") == []
    assert _assignments("Uppdras åt förvaltningen att utse en kontaktperson för tillsynen.") == \
        [("Förvaltningen", "utse en kontaktperson för tillsynen", None)]


def test_responsible_labels_of_points_whose_line_breaks_were_lost():
    """ "- Boka lokal. Ansvar: Tove\n- Skicka inbjudan. Ansvar: Per" joined into one run of text: each name ends
    where the next point begins, and each task is the text after the label before it."""
    from protokoll.parse.assignforms import responsible_sentences

    for text in ("Gruppen planerade. - Boka lokal. Ansvar: Tove - Skicka inbjudan. Ansvar: Per",
                 "Gruppen planerade. Boka lokal. Ansvar: Tove Skicka inbjudan. Ansvar: Per"):
        assert responsible_sentences(text, "Planering", False) == \
            ["Tove får i uppdrag att boka lokal.", "Per får i uppdrag att skicka inbjudan."], text
    assert responsible_sentences("Boka lokal. Ansvarig: Kansliet i Lund", "Planering", False) == \
        ["Kansliet i Lund får i uppdrag att boka lokal."]


def test_a_bulleted_action_list_in_minutes():
    text = ("Minnesanteckningar\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Välkommen\nAlla hälsades "
            "välkomna.\n\n2. Sommarlovet\nGruppen planerade sommaren.\n- Boka lokal. Ansvar: Tove\n"
            "- Skicka inbjudan. Ansvar: Per\n\n3. Övrigt\nInga övriga frågor.\n")
    assert [(a.assignee, a.task) for a in parse_text(text, "x.txt").items[1].assignments] == \
        [("Tove", "boka lokal"), ("Per", "skicka inbjudan")]


def test_uppdra_without_its_preposition():
    """'uppdrar X att' and 'att uppdra X att' are 'uppdra åt X att' with the preposition left out, as boards' and
    committees' decisions write it; in a decision and in running text alike."""
    assert _assignments("Beslut\nNämnden uppdrar förvaltningen att utreda lokalbehovet.") == \
        [("förvaltningen", "utreda lokalbehovet", None)]
    assert _assignments("Beslut\nNämnden beslutar att uppdra förvaltningen att utreda lokalbehovet senast den "
                        "30 april 2025.") == [("förvaltningen", "utreda lokalbehovet", "2025-04-30")]
    assert _assignments("Nämnden uppdrog även kansliet att boka lokalen.") == [("kansliet", "boka lokalen", None)]
    assert _assignments("Att uppdra åt kansliet att boka lokalen.") == [("kansliet", "boka lokalen", None)]
    assert _assignments("Beslut\nArbetsutskottet uppdrar därmed kansliet att boka lokalen.") == \
        [("kansliet", "boka lokalen", None)]
    # not given by this meeting: another organisation's mission that a report tells of, an earlier year's
    assert _assignments("Regeringen uppdrar Socialstyrelsen att ta fram riktlinjer, berättade Per Holm.") == []
    assert _assignments("Regionen uppdrog 2021 sina förvaltningar att minska kostnaderna.") == []


def test_who_delegates_is_given_nothing():
    """'X delegerar till Y att ...': Y is given the task, X (the one delegating) none."""
    assert _assignments("Gruppen delegerar till ordföranden att bevaka frågan.") == \
        [("Ordföranden", "bevaka frågan", None)]
    assert _assignments("Gruppen diskuterar frågan och delegerar till sekreteraren att boka lokalen.") == \
        [("Sekreteraren", "boka lokalen", None)]
