"""Names carrying letters beyond a–ö (Linnéa, André, Rosén, Söderlund-Müller, Løvlie) are read by the sentence
readers and the minutes' duty readers as names written in a–ö are (parse/persons.py ``PLAIN_WORD``, the given
names of data/given_names_more.txt). All names invented."""

from protokoll.parse import parse_text

HEAD = "Protokoll fört vid styrelsemöte med Tallåsens vägförening 2023-04-16\n"
NOTES = "Minnesanteckningar nätverket för kultur 2023-02-08\n"
PRESENT = "Närvarande: Linnéa Rosén, André Lindén, Renée Bergén\n\n"


def _opened(sentence: str) -> str | None:
    text = HEAD + PRESENT + f"1. Mötet öppnas\n{sentence}\n\n2. Ekonomi\nKassan är god.\n"
    return parse_text(text, "x.txt").chair


def _duties(sentence: str) -> list[tuple[str, str]]:
    text = NOTES + PRESENT + f"1. Läget\n{sentence}\n"
    return [(a.assignee, a.task) for it in parse_text(text, "x.txt").items for a in it.assignments]


def test_who_opened_the_meeting():
    assert _opened("André Lindén ordförande hälsar alla välkomna och öppnar mötet.") == "André Lindén"
    assert _opened("Mötet öppnades av ordförande Linnéa Rosén.") == "Linnéa Rosén"
    assert _opened("Ordförande Renée Bergén öppnade mötet.") == "Renée Bergén"


def test_a_given_name_with_an_accent_takes_a_duty():
    # the one attendee so named (parse/givenassignees.py)
    assert _duties("André återkommer med en rapport.") == [("André Lindén", "återkomma med en rapport")]
    assert [who for who, _ in _duties("Linnéa och André tar fram ett förslag.")] == ["Linnéa Rosén", "André Lindén"]


def test_plain_names_read_as_before():
    text = HEAD + "Närvarande: Lena Vik, Olle Sten\n\n1. Mötet öppnas\nOrdförande Olle Sten öppnade mötet.\n"
    assert parse_text(text, "x.txt").chair == "Olle Sten"
    # a capitalised word that is no given name takes no duty
    assert _duties("Rosén återkommer med en rapport.") == []


def test_a_secretary_whose_family_name_opens_with_such_a_letter():
    notes = NOTES + "Närvarande: Linnéa Rosén, André Lindén, Renée Éklund\n"
    assert parse_text(notes + "Vid pennan: Renée Éklund\n\n1. Läget\nInget nytt.\n", "x.txt").secretary \
        == "Renée Éklund"
    text = (HEAD + "Närvarande: Linnéa Rosén, André Lindén, Ørjan Østby\n\n1. Mötets öppnande\nLinnéa Rosén hälsade "
            "välkommen.\n\n2. Val av sekreterare\nØrjan Østby valdes till sekreterare.\n")
    assert parse_text(text, "x.txt").secretary == "Ørjan Østby"


def test_officers_elected_whose_names_open_with_such_a_letter():
    head = "Protokoll årsmöte Tallåsens vägförening 2023-04-16\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n"
    text = head + ("§ 2 Val av mötesordförande och sekreterare\nTill mötesordförande valdes Émile Östby. Till "
                   "sekreterare valdes André Lindén.\n\n§ 3 Ekonomi\nKassan är god.\n")
    assert parse_text(text, "x.txt").chair == "Émile Östby"
    text = head + ("§ 2 Val av ordförande\nStämman beslutade att till ordförande för stämman välja Ørjan Ekdahl.\n\n"
                   "§ 3 Ekonomi\nKassan är god.\n")
    assert parse_text(text, "x.txt").chair == "Ørjan Ekdahl"


def test_signature_lines_with_such_names_close_the_last_item():
    text = ("Protokoll\nKulturnämnden\nDatum: 2023-05-10\n\n§ 12 Bidrag\nNämnden beslutar att bevilja bidraget.\n\n"
            "Sekreterare: André Lindén\nOrdförande: Linnéa Rosén\n")
    rec = parse_text(text, "x.txt")
    assert rec.items[-1].text == "Nämnden beslutar att bevilja bidraget."
    assert ("André Lindén", "sekreterare") in [(a.name, a.role) for a in rec.attendees]


def test_an_action_table_row_whose_assignee_opens_with_such_a_letter():
    text = (NOTES + PRESENT + "1. Åtgärder\n| Åtgärd | Ansvarig | Klart |\n"
            "| Ta fram en budget | Øystein Ågren | 2023-05-01 |\n")
    found = [(a.assignee, a.task) for it in parse_text(text, "x.txt").items for a in it.assignments]
    assert ("Øystein Ågren", "ta fram en budget") in found


def test_duties_of_a_person_whose_name_opens_with_such_a_letter():
    found = _duties("Émile Éklund tar med sig frågan och återkommer med besked.")
    assert found == [("Émile Éklund", "ta med sig frågan och återkomma med besked")]
    assert ("Øystein Ågren", "skolan ska kontaktas") in _duties(
        "Skolan ska kontaktas. Ansvarig: Øystein Ågren. Klart: 2023-05-01.")


def test_a_serving_substitute_whose_name_opens_with_such_a_letter():
    text = ("Protokoll\nSocialnämnden\nDatum: 2023-03-01\nBeslutande: Linnéa Rosén (S), ordförande, André Lindén (M), "
            "Tjänstgörande ersättare Émile Éklund (C)\n\n§ 1 Budget\nNämnden beslutar att godkänna budgeten.\n")
    plain = parse_text(text.replace("Émile Éklund", "Olle Sten"), "x.txt").attendees
    accented = parse_text(text, "x.txt").attendees
    assert [(a.name.replace("Olle Sten", "Émile Éklund"), a.role) for a in plain] == [(a.name, a.role) for a in accented]
