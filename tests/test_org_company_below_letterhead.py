"""A municipality's letterhead above the title of a company's board meeting ("Styrelsen för Norrby Energi AB")
names the owner or publisher of the minutes; the company is the organisation that meets (issue 10: a wrong
organisation is worse than none). A municipal body under the same letterhead keeps the municipality. Invented
documents."""

from protokoll.parse import parse_text

REST = "2021-03-04\nNärvarande: Lisa Holm, Per Ek, Olle Dahl\n§ 1 Val av justerare\nPer Ek utses.\n"


def test_the_company_whose_board_meets_under_a_municipal_letterhead():
    rec = parse_text("Ydre kommun\nPROTOKOLL\nStyrelsen för Ydre Energi AB\n" + REST, source="x.txt")
    assert rec.organization == "Ydre Energi AB"


def test_the_company_in_the_genitive_under_a_municipal_letterhead():
    rec = parse_text("Ydre kommun\nPROTOKOLL\nYdre Energi AB:s styrelse\n" + REST, source="x.txt")
    assert rec.organization == "Ydre Energi AB"


def test_a_municipal_body_under_its_letterhead_keeps_the_municipality():
    rec = parse_text("Ydre kommun\nPROTOKOLL\nKommunstyrelsen\n" + REST
                     + "§ 2 Val av ledamöter till Ydre Energi AB:s styrelse\n", source="x.txt")
    assert rec.organization == "Ydre kommun"
