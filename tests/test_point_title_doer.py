"""parse.inline: a numbered point whose line runs on from a one-word title into an action note ("3. Utskick. (GD)
undersöker priser ...") keeps only the title; the note, naming its doer, is the point's text. Texts written here."""

import pytest

from protokoll.parse import parse_text

HEAD = "Minnesanteckningar\nStyrgruppen för kultur\n2025-02-03\n\n1. Mötets öppnande\n2. Föregående anteckningar\n"


def point(line: str):
    return parse_text(HEAD + line + "\n4. Avslutning\n", "t.txt").items[2]


@pytest.mark.parametrize("note", ["(GD) undersöker priser för tryck och återkommer.",
                                  "GD undersöker priser för tryck och återkommer.",
                                  "Anna undersöker priser för tryck och återkommer.",
                                  "Anna Berg kontaktar tryckeriet om priser före nästa möte."])
def test_the_title_stops_where_the_note_starts(note):
    it = point(f"3. Utskick. {note}")
    assert it.title.rstrip(".") == "Utskick"
    assert note in it.text


def test_the_doer_is_read_in_the_note():
    assert [a.assignee for a in point("3. Lokal. Anna bokar rummet till nästa gång.").assignments] == ["Anna"]
    assert [a.assignee for a in point("3. Utskick. (GD) undersöker priser för tryck.").assignments] == ["GD"]


@pytest.mark.parametrize("line", ["3. Val av ordf. och sekr. för mötet", "3. Rapport. Ekonomi och personal i Norrby",
                                  "3. Information. Anna Berg, Norrby"])
def test_titles_with_no_note_stay_whole(line):
    assert point(line).title == line[3:]


@pytest.mark.parametrize("note", ["(KL) kallar till byggmöte i maj.", "Per kallar till byggmöte i maj.",
                                  "KL kallar till byggmöte i maj."])
def test_a_title_and_its_colon_then_the_note(note):
    it = point(f"3. Bygget av bryggan: {note}")
    assert it.title == "Bygget av bryggan"
    assert note in it.text


@pytest.mark.parametrize("line", ["3. Ekonomi: Kassan är 4 200 kr.", "3. Nästa möte: 12 maj hos Per.",
                                  "3. Rapporter: styrelsen har träffat kommunen."])
def test_a_colon_before_no_doer_keeps_the_line_as_before(line):
    assert "(" not in point(line).title and point(line).assignments == []
