"""A group's next meeting named by the group's letters joined to the meeting word ("Nästa LSG-möte", "nästa
KDG-möte": parse/nextmeeting.py, ``abbreviation_own``). Minutes call their own group by its letters; the letters
count only where the title lines, the body or the organisation name the group by them, since letters no title
gives may be any body's ("nästa KS-möte" in a working group's notes is the municipal board's meeting)."""

from protokoll.parse import parse_text


def _next(text: str):
    found = parse_text(text, "x.txt").next_meeting
    return (found.date, found.start) if found else None


def test_the_groups_letters_in_its_title_make_the_meeting_its_own():
    text = ("Minnesanteckningar LSG\nLedningsgruppen för skolchefer\nDatum: 2019-04-10\n\n"
            "1. Mötets öppnande\nAnna Ek öppnade mötet.\n\n2. Övrigt\nNästa LSG-möte är den 14 maj kl. 9.00.\n")
    assert _next(text) == ("2019-05-14", "09:00")


def test_letters_the_title_does_not_give_are_another_bodys():
    text = ("Minnesanteckningar\nArbetsgruppen för trafiksäkerhet\nDatum: 2019-04-10\n\n"
            "1. Mötets öppnande\n\n2. Övrigt\nFrågan tas upp på nästa KS-möte den 22 april.\n")
    assert _next(text) is None


def test_the_letters_after_the_body_in_parentheses_on_a_flattened_page():
    text = ("Minnesanteckningar Kommundirektörsgruppen (KDG) Datum: 2019-04-10 Närvarande: Anna Ek, Per Lund "
            "1. Mötets öppnande 2. Budget Per Lund informerade. 3. Nästa KDG-möte Nästa KDG-möte hålls den "
            "14 maj 2019.\n")
    assert _next(text) == ("2019-05-14", None)


def test_the_letters_of_the_announcement_itself_do_not_name_the_group():
    # on a flattened page the opening characters hold the announcement itself: it is no title naming the group
    text = ("Minnesanteckningar Arbetsgruppen Datum: 2019-04-10 Nästa KS-möte den 22 april.\n")
    assert _next(text) is None


def test_lower_case_letters_are_no_group():
    text = ("Minnesanteckningar LSG\nDatum: 2019-04-10\n\n1. Övrigt\nNästa lsg-möte är den 14 maj.\n")
    assert _next(text) is None


def test_the_bodys_initials_with_a_date_right_after_them():
    # "nästa TU 21/9": the letters alone, their date right after; they are the body's when they are its words'
    # first letters ("Tekniska utskottet" -> TU)
    text = ("PROTOKOLL\nTekniska utskottet\nSammanträdesdatum 2021-08-24\n\n§ 12 Gatubelysning i Norrby\n"
            "Ärendet tas upp igen på nästa TU 21/9.\n")
    assert _next(text) == ("2021-09-21", None)
    text = ("PROTOKOLL\nTekniska utskottet\nSammanträdesdatum 2021-08-24\n\n§ 12 Gatubelysning i Norrby\n"
            "Ärendet återkommer på nästa TU den 5 oktober.\n")
    assert _next(text) == ("2021-10-05", None)


def test_other_letters_with_a_date_are_another_bodys():
    # the board's minutes naming the working committee's meeting: no next meeting of the board
    text = ("PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2021-08-24\n\n§ 12 Gatubelysning i Norrby\n"
            "Ärendet bereds till nästa AU 21/9.\n")
    assert _next(text) is None
