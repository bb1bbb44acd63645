"""parse.headingrules: a numbered heading whose title is in capitals ("17 UPPROP", "18 VAL AV JUSTERARE"), with the
item's text run on after it in sentence case where a copy joined the lines, or its last words wrapped onto the next
line: the capitals are the title. A page's running head in capitals (a body's name, the document's kind) is none."""

from protokoll.parse import parse_text

HEAD = "SAMMANTRÄDESPROTOKOLL Folkhälsorådet\nPlats och tid Kommunhuset kl 13.00\nAnna Berg, Ordförande Per Ek, Sekreterare\n\n"


def test_capital_titles_with_the_items_text_run_on():
    text = HEAD + ("12 UPPROP Ordförande öppnar mötet och genomför upprop.\n\n"
                   "13 FÖREGÅENDE MÖTESPROTOKOLL Inga synpunkter på föregående protokoll.\n\n"
                   "14 VAL AV JUSTERARE Lena Ås föreslås justera protokollet.\n\n"
                   "15 BESÖK PÅ ÄLDREBOENDET Rådet besökte äldreboendet och fick information.\n")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        ("12", "UPPROP"), ("13", "FÖREGÅENDE MÖTESPROTOKOLL"), ("14", "VAL AV JUSTERARE"), ("15", "BESÖK PÅ ÄLDREBOENDET")]


def test_a_capital_title_wrapped_onto_the_next_line():
    text = HEAD + ("12 UPPROP Ordförande öppnar mötet och genomför upprop.\n\n"
                   "13 VAL AV\nJUSTERARE Lena Ås föreslås justera protokollet.\n\n"
                   "14 ÖVRIGA FRÅGOR Inga övriga frågor togs upp.\n")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        ("12", "UPPROP"), ("13", "VAL AV JUSTERARE"), ("14", "ÖVRIGA FRÅGOR")]


def test_running_heads_in_capitals_are_no_items():
    text = ("1 NORRBY KOMMUN ANTECKNINGAR Beredningsgruppen för kultur Sammanträde den 3 maj i rum Eken\n\n"
            "Närvarande Anna Berg, ordförande\n\n2 SOCIALNÄMNDEN Sammanträdet öppnades av ordföranden kl 13.\n\n"
            "3 SAMMANTRÄDESPROTOKOLL Sida 3 och därefter följer bilagorna.\n")
    assert parse_text(text, "t.txt").items == []
