"""A web page's breadcrumb names the section of the site ("Hem > Politik > Kommunfullmäktige > Protokoll"), which
may hold the protocols of several bodies: a title line below it that names the body that met is read first; the
crumb still names the body when no line does (issue 10: a wrong body is worse than none). Invented documents."""

from protokoll.parse import parse_text

LIST = "Närvarande: Lisa Holm (S) ordförande, Per Ek (M)\n§ 1 Val av justerare\nPer Ek utses.\n"


def test_a_title_line_below_a_slash_breadcrumb_names_the_body():
    rec = parse_text("Hem / Politik / Kommunfullmäktige / Protokoll\nProtokoll Kommunstyrelsen 4 mars 2021\n" + LIST,
                     source="x.txt")
    assert rec.body == "Kommunstyrelsen"


def test_a_title_line_below_an_arrow_breadcrumb_names_the_body():
    rec = parse_text("Hem > Politik > Kommunfullmäktige > Protokoll\nProtokoll kommunstyrelsen 4 mars 2021\n" + LIST,
                     source="x.txt")
    assert rec.body == "Kommunstyrelsen"


def test_the_breadcrumb_names_the_body_when_no_title_line_does():
    rec = parse_text("Hem > Politik > Kommunfullmäktige > Protokoll\nProtokoll 4 mars 2021\n" + LIST, source="x.txt")
    assert rec.body == "Kommunfullmäktige"


def test_a_slash_in_a_title_is_no_breadcrumb():
    from protokoll.parse.bodywords import is_breadcrumb
    assert not is_breadcrumb("Protokoll 2021/22 Socialnämnden")
    assert is_breadcrumb("Start / Kommun och politik / Socialnämnden")
