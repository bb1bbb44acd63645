"""A meeting date written as three pairs of digits with spaces ("18 05 02") on a title or date-label line
(parse/compactdate.py): read as YY MM DD only where the document confirms it."""

from protokoll.parse import parse_text

BODY = "\n\nNärvarande: Lisa Ek, Per Holm\n\n§ 1 Budget{year}\nGodkändes.\n"


def _date(title: str, year: str = ""):
    rec = parse_text(title + BODY.format(year=year), source="x.txt")
    return rec.date, rec.start, rec.end


def test_a_spaced_date_on_the_title_line_confirmed_by_its_year_is_read():
    assert _date("Protokoll fört vid styrelsemöte 21 03 09", " 2021") == ("2021-03-09", None, None)
    assert _date("Minnesanteckningar telefonmöte 21 03 09 kl. 10-11", " 2021") == ("2021-03-09", "10:00", "11:00")
    assert _date("Datum: 97 11 23")[0] == "1997-11-23"  # no other order of the digits is a date


def test_an_unconfirmed_or_unlabelled_spaced_date_is_left_null():
    assert _date("Protokoll fört vid styrelsemöte 21 03 09")[0] is None  # 21 March 2009 as well
    assert _date("Protokoll styrelsemöte\nTelefon 08 21 03 09 77", " 2021")[0] is None
    assert _date("Föreningen Ekbacken\nKod 21 03 09", " 2021")[0] is None
