"""Chair and secretary elected in one sentence, the verb written once (parse/officerspair.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _officers(text: str) -> tuple[str | None, str | None]:
    record = parse_text(text, source="t.txt").to_dict()
    return record["chair"], record["secretary"]


def test_both_officers_in_one_sentence():
    text = ("Protokoll fört vid årsmöte 2021-03-06\n§ 1 Öppnande\nMötet öppnades.\n§ 2 Val av mötesfunktionärer\n"
            "Göran Falk valdes till ordförande och Tove Ring till sekreterare för årsmötet.\n§ 3 Dagordning\n"
            "Dagordningen godkändes.\n")
    assert _officers(text) == ("Göran Falk", "Tove Ring")


def test_given_names_resolved_against_the_attendees():
    text = ("Protokoll fört vid årsmöte 2021-03-06\nNärvarande: Göran Falk, Tove Ring, Kurt Bly\n"
            "§ 2 Val av mötesfunktionärer\nGöran valdes till ordförande och Tove till sekreterare för årsmötet.\n"
            "§ 3 Dagordning\nDagordningen godkändes.\n")
    assert _officers(text) == ("Göran Falk", "Tove Ring")
