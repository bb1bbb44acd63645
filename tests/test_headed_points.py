"""parse.headedpoints: minutes whose points carry no number, each a title line between paragraphs (a web page's
bold heading made a plain line, blank lines around it), are read as items by the document's shape."""

from protokoll.parse import parse_text

NOTES = """Minnesanteckningar från samverkansgruppen för äldreomsorg

Närvarande: Stina Orrby, Hugo Falkenlind, Rut Sälgström

Mötets öppnande

Stina Orrby hälsade alla välkomna och öppnade mötet.

Uppföljning av hemtjänsten

Hugo Falkenlind redovisade andelen besök som gjorts i tid under hösten. Gruppen diskuterade resultatet.

Nytt från länets kommuner

Rut Sälgström informerade om det gemensamma arbetet med rekrytering av undersköterskor.

Övriga frågor

Inga.
"""


def test_title_lines_between_paragraphs_are_the_points():
    rec = parse_text(NOTES, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        (None, "Mötets öppnande"), (None, "Uppföljning av hemtjänsten"), (None, "Nytt från länets kommuner"),
        (None, "Övriga frågor")]
    assert rec.items[1].presenters == ["Hugo Falkenlind"]
    assert rec.items[2].presenters == ["Rut Sälgström"]
    assert rec.items[3].text == "Inga."


def test_two_points_stand_when_one_is_a_conventional_point():
    text = NOTES.replace("Uppföljning av hemtjänsten\n\n", "").replace("Hugo Falkenlind redovisade andelen besök som "
                                                                        "gjorts i tid under hösten. Gruppen diskuterade "
                                                                        "resultatet.\n\n", "")
    assert [i.title for i in parse_text(text, "t.txt").items] == [
        "Mötets öppnande", "Nytt från länets kommuner", "Övriga frågor"]


def test_a_letter_with_headed_paragraphs_is_no_meeting_record():
    text = NOTES.replace("Minnesanteckningar från samverkansgruppen för äldreomsorg", "Till vårdnadshavare i Ekbacka"
                         ).replace("Närvarande: Stina Orrby, Hugo Falkenlind, Rut Sälgström", "Hej alla föräldrar")
    text = text.replace("och öppnade mötet", "och tackar för i år")
    assert parse_text(text, "t.txt").items == []


def test_a_label_repeated_over_each_decision_is_no_point():
    text = """Protokoll från direktionens sammanträde

Beslutande: Åke Lindgård (S), Berit Smed (M)

Anna Kvist, sekreterare

Bertil Myrén, miljöinspektör, deltog under punkten om tillsyn av avlopp.

Direktionens beslut

Berit Smed utses att justera protokollet tillsammans med ordföranden.

Direktionens beslut

Dagordningen godkänns med ett tillägg om lokalfrågan.
"""
    assert parse_text(text, "t.txt").items == []


WORD_PAGE = """Träff för länets bildlärare 240312
Närvarande:
Greta Holm (Arboga)
Nils Strand (Köping)
Välkommen
Greta Holm hälsade alla välkomna till skolan.
Föregående anteckningar
Anteckningarna godkändes utan ändringar av gruppen.
Materialbudget för våren
Gruppen gick igenom kostnaderna för papper och färg och kom fram till en fördelning.
Kulturskolans utställning
Nils Strand berättade om planerna för utställningen i maj på biblioteket.
Kontaktlista
Box 12
Storgatan 4
Studiebesök i Västerås
Gruppen vill besöka konsthallen under hösten och Nils tar kontakt med dem.
Övriga frågor
Inga övriga frågor togs upp.
Avslutning
Mötet avslutades.
"""


def test_once_the_titles_stand_those_after_a_list_or_a_letterhead_are_points_too():
    titles = [i.title for i in parse_text(WORD_PAGE, "t.txt").items]
    assert titles == ["Välkommen", "Föregående anteckningar", "Materialbudget för våren", "Kulturskolans utställning",
                      "Studiebesök i Västerås", "Övriga frågor", "Avslutning"]
