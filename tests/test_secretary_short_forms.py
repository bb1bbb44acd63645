"""The secretary where a header writes the title cut short ("nämndsekr.", "sekr" glued to the next label), or a
flattened list "Name, Region Name, Region" gave the secretary's name the previous person's region
(parse/persons.py, parse/plausible.py). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.plausible import person

ABBREVIATED_CLERK = """Omsorgsnämnden
Plats och tid Kommunhuset, rum Ek, måndag den 6 mars 2017, klockan 18:00
Ledamöter: Eva Holm (S), ordförande Per Berg (M), vice ordförande Lisa Ek (C)
Övriga deltagande Karl Sten, konsult, del av 6 Maja Lund, OF, nämndsekr. Utses att justera Per Berg (M)
Justeringens plats och tid Kommunhuset, den 13 mars 2017
"""

GLUED_ABBREVIATION = """Plats och tid Folkets hus, Norrby, kl 14.00-16.00
Beslutande Se närvarolista
Övriga deltagande Olle Dahl, skolchef
Greta Sund, sekrUtses att justera Bo Lind (s)
Underskrift Sekreterare ........................ Paragrafer 4-9
Greta Sund
Ordförande ........................
Anna Vik
Justerande ........................
Bo Lind
"""

REGION_BEFORE = """Protokoll från arbetsgruppens möte den 3 maj 2011 i Norrby
Närvarande: Lena Ahl, Halland, ordf Per Sund, Dalarna Eva Berg, Värmland Maja Holm, Dalarna Olle Falk, sekreterare Nils Ek, ordförande i Förbundet Friska Barn
Mötet öppnas Lena Ahl hälsar välkommen.
"""


def test_an_abbreviated_clerks_title_names_the_secretary():
    assert parse_text(ABBREVIATED_CLERK, "t").secretary == "Maja Lund"


def test_the_signing_secretary_stays_when_the_abbreviated_title_ran_into_a_label():
    rec = parse_text(GLUED_ABBREVIATION, "t")
    assert (rec.secretary, rec.chair) == ("Greta Sund", "Anna Vik")


def test_the_previous_persons_region_is_no_part_of_the_secretarys_name():
    assert parse_text(REGION_BEFORE, "t").secretary == "Olle Falk"


def test_a_region_opens_no_name_but_a_given_name_does():
    assert person("Dalarna Olle Falk") == ("Olle Falk", None)
    assert person("Olle Falk") == ("Olle Falk", None)


MARGIN_SECRETARY = """Plats och tid: Rådssalen, Norrby stadshus, onsdagen den 4 mars 2015 kl
Utses att justera: Eva Berg, SPF
Sekreterare:
Paragrafer: 3-9 Nils Holm
Ordförande:
Justerare:
Underskrift: Sara Lind Eva Berg
"""

MARGIN_STACKED = """Plats och tid: Rådssalen, Norrby stadshus
Sekreterare
Ordförande
Paragrafer 3-9 Nils Holm Sara Lind
"""


def test_the_name_after_the_paragraphs_under_the_secretary_label_is_the_secretarys():
    assert parse_text(MARGIN_SECRETARY, "t").secretary == "Nils Holm"


def test_no_margin_name_under_labels_in_a_row():
    rec = parse_text(MARGIN_STACKED, "t")
    assert rec.secretary != "Nils Holm Sara Lind" and rec.chair != "Nils Holm Sara Lind"
