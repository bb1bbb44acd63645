"""parse.decided: the group's conclusion ("Styrgruppen kommer fram till att ...") decides; a decision run on
after the sentence on when the minutes are checked (its full stop lost) is read. Texts written here."""

from protokoll.parse import parse_text

HEAD = "MINNESANTECKNINGAR\nStyrgruppen för Leaderområdet Åsen\nDatum 2024-10-08\n\n"


def decisions(body: str) -> list[str]:
    rec = parse_text(HEAD + "5. Projektstöd\n" + body + "\n\n6. Övrigt\nInga övriga frågor.\n", "t.txt")
    return rec.items[0].decisions


def test_the_groups_conclusion_is_a_decision_but_a_reports_is_not():
    assert decisions("Gruppen diskuterade. Styrgruppen kommer sammanfattningsvis fram till att uppföljningen "
                     "görs en gång om året.") == [
        "Styrgruppen kommer sammanfattningsvis fram till att uppföljningen görs en gång om året."]
    assert decisions("Vi kom fram till att nästa träff hålls i Åsen.") == ["Vi kom fram till att nästa träff hålls i Åsen."]
    assert decisions("Utvärderingen kom fram till att projektet nått sina mål.") == []


def test_a_decision_run_on_after_the_checking_date():
    body = ("Till justerare utsågs Mona Strid. Protokollet ska justeras senast tisdagen den 15 oktober "
            "Styrgruppen beslutade enligt ordförandens förslag att punkt 7 behandlas först.")
    assert decisions(body) == ["Till justerare utsågs Mona Strid.",
                               "Protokollet ska justeras senast tisdagen den 15 oktober",
                               "Styrgruppen beslutade enligt ordförandens förslag att punkt 7 behandlas först."]
    plain = "Till justerare utsågs Mona Strid. Protokollet ska justeras senast tisdagen den 15 oktober Inga frågor."
    assert decisions(plain) == ["Till justerare utsågs Mona Strid.", "Protokollet ska justeras senast tisdagen den 15 oktober"]
