"""A row of signers' names set in columns over a row of role words ("Sekreterare", "Ordförande", "Justerare"),
flattened so that only the last name stands right over the first role, tells no one's role for certain: the
name over "Sekreterare" is the justerare's when the names are written in the roles' order after a labelled
justerare. The secretary is left open rather than guessed. Every text here is invented for these tests."""

from protokoll.parse import parse_text
from protokoll.parse.lines import Line
from protokoll.parse.names import is_person
from protokoll.parse.secretaries import _named_above
from protokoll.parse.signatures import find_signatures

HEAD = """NORRBY KOMMUN Tid: 13:00 - 15:30 SOCIALNÄMNDENS ARBETSUTSKOTT
Plats: Ekesalen
Ledamöter Maria Vik (s) Ordförande Tomas Berg (m) Vice ordförande Anna Holm (c)
Övriga Karl Ek Socialchef Sara Lind Sekreterare
Justeringsdag:
Paragrafer:
Justerare: Tomas Berg Sara Lind Maria Vik
Tomas Berg
Sekreterare
Ordförande
Justerare BEVIS Justeringen har tillkännagivits via anslag

§ 1 Val av justerare
Tomas Berg utses att justera.
"""


def test_a_name_over_a_row_of_roles_is_no_signature():
    lines = [Line("Sara Lind Maria Vik", 0), Line("Tomas Berg", 20), Line("Sekreterare", 31), Line("Ordförande", 43),
             Line("Justerare", 54)]
    assert find_signatures(lines, is_person) == []


def test_a_name_over_one_role_still_signs():
    lines = [Line("Tomas Berg", 0), Line("Sekreterare", 11), Line("Maria Vik", 23), Line("Ordförande", 33)]
    assert [(s.name, s.role) for s in find_signatures(lines, is_person)] == [("Tomas Berg", "sekreterare"),
                                                                             ("Maria Vik", "ordförande")]


def test_names_run_on_over_a_row_of_roles_name_no_secretary():
    assert _named_above("Justerare: Tomas Berg Sara Lind Maria Vik Tomas Berg Sekreterare Ordförande Justerare") \
        == set()
    assert _named_above("Underskrifter Sara Lind Sekreterare Protokollet justerat") == {"Sara Lind"}


def test_the_justerare_over_the_row_is_not_read_as_secretary():
    rec = parse_text(HEAD, source="x.txt")
    assert rec.secretary != "Tomas Berg"
