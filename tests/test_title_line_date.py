"""The meeting's date written alone on the line under the title that names the meeting, after a page's chrome
that wrote another date first ("... the request 'Protokoll dagarna 9-13 mars 2020'" / "Minnesanteckningar från
enhetsmöte X" / "2020-03-12"): parse/titledate.py (h210). The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

CHROME = ("Detta är en kopia av en bilaga till begäran 'Handlingar från veckan 2-6 november 2020'.\n\n"
          "Minnesanteckningar från sektionsmöte Vatten\n2020-11-05\nNärvarande:\nLova, Tim och Rebecka\n"
          "Information\nInga nyheter.\n")


def test_the_date_under_the_title_line_is_the_meetings():
    assert parse_text(CHROME, "x.txt").date == "2020-11-05"


def test_a_date_under_a_title_that_names_an_earlier_meeting_is_not():
    text = CHROME.replace("Minnesanteckningar från sektionsmöte Vatten",
                          "Minnesanteckningar från föregående sektionsmöte")
    assert parse_text(text, "x.txt").date != "2020-11-05"  # (the chrome's date stands: not this rule's)


def test_a_date_followed_by_more_on_its_line_is_left_to_the_other_readers():
    text = CHROME.replace("\n2020-11-05\n", "\n2020-11-05 justerade av Tim\n")
    assert parse_text(text, "x.txt").date != "2020-11-05"  # (the chrome's date stands: not this rule's)
