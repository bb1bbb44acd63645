"""parse.runinpoints: minutes whose points carry no number, each title run on into its text in a flattened page (a
sharing site's transcript, one line a page), are read as items at the sentence starts their titles stand at."""

from protokoll.parse import parse_text

PAGE = ("Minnesanteckningar från nätverket för skolbibliotek Närvarande: Olof Brandt, Siv Tornberg, Maj Ekelund "
        "Mötets öppnande Olof Brandt hälsade alla välkomna till dagens möte på biblioteket. Läsfrämjande insatser under "
        "våren Siv Tornberg berättade om kommunens satsning på bokcirklar för mellanstadiet. Gruppen var positiv till "
        "satsningen. Ny webbplats för skolbiblioteken Maj Ekelund visade ett första utkast av den gemensamma sidan och "
        "tog emot synpunkter. Övriga frågor Inga övriga frågor togs upp under mötet.")
TEXT = "Skolbiblioteken\n\n" + PAGE + "\n"


def test_titles_at_sentence_starts_of_a_flattened_page_are_the_points():
    rec = parse_text(TEXT, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [  # the first runs on from the participants: header
        (None, "Läsfrämjande insatser under våren"), (None, "Ny webbplats för skolbiblioteken"), (None, "Övriga frågor")]
    assert rec.items[0].presenters == ["Siv Tornberg"]
    assert rec.items[1].presenters == ["Maj Ekelund"]
    assert "Olof Brandt" in [a.name for a in rec.attendees]


def test_a_flattened_report_without_the_shape_gives_no_points():
    text = ("Rapport om skolbibliotekens utlåning\n\n" + "Utlåningen ökade under våren på alla skolor i kommunen. "
            "Siv Tornberg har sammanställt siffrorna för rektorerna i en tabell. Den visar att mellanstadiet lånar "
            "mest av alla stadier. Nästa rapport kommer under hösten när terminen är slut.\n")
    assert parse_text(text, "t.txt").items == []


def test_a_running_head_of_a_bodys_name_is_no_point():
    text = TEXT.replace("Ny webbplats för skolbiblioteken Maj", "Barn- och utbildningsnämnden Maj").replace(
        "Läsfrämjande insatser under våren Siv", "Kultur- och fritidsnämnden Siv")
    assert [i.title for i in parse_text(text, "t.txt").items] == []
