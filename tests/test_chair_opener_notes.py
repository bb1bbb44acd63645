"""The chair of informal notes named where the meeting opens (parse/attendance.py, ``OPENED``/``_opener``): the
office after the name ("Lena Vik ordförande hälsar alla välkomna"), or the given name alone after the office
("Ordförande Lena hälsar ..."), the one person of that given name among those present."""

from protokoll.parse import parse_text

HEAD = "Protokoll fört vid styrelsemöte med Tallåsens vägförening 2023-04-16\n"


def _chair(present: str, opening: str) -> str | None:
    text = (HEAD + f"Närvarande: {present}\n\n1. Mötet öppnas\n{opening}\n\n2. Ekonomi\nKassan är god.\n")
    return parse_text(text, "x.txt").chair


def test_the_office_after_the_name():
    assert _chair("Lena Vik, Olle Sten, Maja Åkerlund", "Lena Vik ordförande hälsar alla välkomna och öppnar mötet.") \
        == "Lena Vik"
    assert _chair("Lena Vik, Olle Sten, Maja Åkerlund", "Olle Sten, ordförande, öppnade mötet.") == "Olle Sten"
    # the vice chair opening the meeting chairs it (as "Vice ordförande Olle Sten öppnade mötet" is read)
    assert _chair("Lena Vik, Olle Sten", "Olle Sten, vice ordförande, öppnade mötet och hälsade välkommen.") \
        == "Olle Sten"


def test_the_given_name_alone_when_one_person_present_has_it():
    assert _chair("Lena Vik, Olle Sten, Maja Åkerlund", "Ordförande Maja hälsar alla hjärtligt välkomna.") \
        == "Maja Åkerlund"
    # two present of that given name, or none: who chaired is not certain
    assert _chair("Lena Vik, Lena Sundin, Olle Sten", "Ordförande Lena hälsar alla välkomna.") is None
    assert _chair("Lena Vik, Olle Sten", "Ordförande Karin hälsar alla välkomna.") is None


def test_an_office_elsewhere_is_no_opener():
    # a guest's office in another body, then the verb: not this meeting's chair
    assert _chair("Lena Vik, Olle Sten", "Per Berg, ordförande i bygdegårdsföreningen, hälsade välkommen.") is None


def test_the_labels_of_informal_notes_for_who_led_and_who_wrote():
    # notes of a network or project group name who led the meeting and who kept the notes in their own words
    text = ("Minnesanteckningar projektgruppen Ån i staden 2023-02-08\nMötesledare: Lena Vik\n"
            "Dokumenterat av: Olle Sten\nNärvarande: Lena Vik, Olle Sten, Maja Åkerlund\n\n1. Läget\nInget nytt.\n")
    rec = parse_text(text, "x.txt")
    assert (rec.chair, rec.secretary) == ("Lena Vik", "Olle Sten")
    rec = parse_text(text.replace("Dokumenterat av:", "Noterat av:"), "x.txt")
    assert rec.secretary == "Olle Sten"
