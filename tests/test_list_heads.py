"""Flattened attendee lists whose words before a name are not that name's (issue 10, parse/listheads.py):
"Name, Organisation" lines run together, a delegation's heading between two names, and a header block read
under a page number taken for item 1. The documents are written for these tests."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.listchunks import split_chunks
from protokoll.parse.listheads import group_heading, org_heads, title_first
from protokoll.parse.names import parse_attendees

ALTERNATING = """Protokoll
Samrådsgruppen för landsbygdsfrågor
Plats och tid Bygdegården Norrväg 4 mars 2024, kl 10.00-12.00 Beslutande Tove Ekström ordförande (KS) Rasmus Vinter, Lillbyns byalag Stina Fjäll, Övre vägförening Lukas Dal, Hembygdsgillet Norrväg Maja Sund, Fiskevårdsområdet Övriga deltagande Utses att justera Maja Sund
§ 1 Val av justerare
Att justera protokollet valdes Maja Sund.
"""


def test_name_organisation_runs_give_each_person_the_organisation_after_the_name():
    rec = parse_text(ALTERNATING, "t")
    people = {a.name: a.affiliation for a in rec.attendees}
    assert people == {"Tove Ekström": "KS", "Rasmus Vinter": "Lillbyns byalag", "Stina Fjäll": "Övre vägförening",
                      "Lukas Dal": "Hembygdsgillet Norrväg", "Maja Sund": "Fiskevårdsområdet"}


def test_org_heads_reads_only_the_alternating_shape():
    chunks = split_chunks("Rasmus Vinter, Lillbyns byalag Stina Fjäll, Övre vägförening Lukas Dal, Gillet")
    assert org_heads(chunks) == {1: "Lillbyns byalag", 2: "Övre vägförening"}
    # a plain list of names, and one whose last chunk is a name: no organisation is read
    assert org_heads(split_chunks("Rasmus Vinter, Stina Fjäll, Lukas Dal, Maja Sund")) == {}
    assert org_heads(split_chunks("Rasmus Vinter, Lillbyns byalag Stina Fjäll, Övre vägförening Lukas Dal, "
                                  "Maja Sund")) == {}
    # two people glued where a comma was lost are two people, not an organisation and a name
    assert org_heads(split_chunks("Rasmus Vinter, Anna Berg Stina Fjäll, Per Holm Lukas Dal, Gillet")) == {}


DELEGATION = ("Karin Ljung (S), ordförande Olof Bergman (M) Stina Hallberg (C) Representanter för "
              "pensionärsföreningarna Gunnar Axelsson (PRO) Margit Holmgren (SPF)")


def test_a_delegations_heading_is_nobodys_affiliation():
    people = {a.name: a.affiliation for a in parse_attendees(DELEGATION, "present")}
    assert people == {"Karin Ljung": "S", "Olof Bergman": "M", "Stina Hallberg": "C", "Gunnar Axelsson": "PRO",
                      "Margit Holmgren": "SPF"}
    assert group_heading("Representanter från brukarorganisationerna Gun Ekvall") == \
        "Representanter från brukarorganisationerna"
    assert group_heading("Representanter från Gun Ekvall") is None  # no heading words before the name
    assert group_heading("Rasmus Vinter") is None


PAGE_NUMBER_FIRST = """Karin Ljung (S), ordförande Olof Bergman (M)

1 Kommunala pensionärsrådet
Plats och tid: Rådhuset, kl 14:00-16:00
Beslutande: Karin Ljung (S), ordförande Olof Bergman (M) Stina Hallberg (C) Representanter för pensionärsföreningarna Gunnar Axelsson (PRO) Margit Holmgren (SPF)
Övriga deltagande: Eva Sundin (Socialförvaltningen)
Utses att justera:

2 Kommunala pensionärsrådet KPR 1 Mötets öppnande Ordföranden hälsar välkommen och förklarar mötet öppnat.

3 Kommunala pensionärsrådet KPR 2 Val av justerare Till justerare valdes Olof Bergman.
"""


def test_a_beslutande_list_under_a_page_number_read_as_the_first_item():
    rec = parse_text(PAGE_NUMBER_FIRST, "t")
    people = {a.name: (a.affiliation, a.group) for a in rec.attendees}
    assert people == {"Karin Ljung": ("S", "present"), "Olof Bergman": ("M", "present"),
                      "Stina Hallberg": ("C", "present"), "Gunnar Axelsson": ("PRO", "present"),
                      "Margit Holmgren": ("SPF", "present"), "Eva Sundin": ("Socialförvaltningen", "other")}


FLAT_SUBSTITUTES = """PROTOKOLL
Kommunstyrelsen
Plats och tid Kommunhuset, rum 3, kl 09:00-11:30 Beslutande och tjänstgörande ersättare Lina Fors (M), ordförande Olle Rask (M) , Tuva Ek (M) tjg. för Olle Rask (M) 12 Kim Lund (S) Jon Berg (S) tjg. för Maja Vall (S) Närvarande ersättare Tuva Ek (M) , Sam Ljung (C) Övriga deltagande Eva Strid, kommunchef Utses att justera Kim Lund
§ 10 Godkännande av dagordning
Dagordningen godkändes.
"""


def test_a_combined_members_and_substitutes_label_and_who_a_substitute_stands_in_for():
    rec = parse_text(FLAT_SUBSTITUTES, "t")
    people = {a.name: (a.affiliation, a.group) for a in rec.attendees}
    # Maja Vall was replaced for the whole meeting: no attendee; Olle Rask left at § 12 and attended before
    assert people == {"Lina Fors": ("M", "present"), "Olle Rask": ("M", "present"), "Tuva Ek": ("M", "present"),
                      "Kim Lund": ("S", "present"), "Jon Berg": ("S", "present"), "Sam Ljung": ("C", "other"),
                      "Eva Strid": (None, "other")}


def test_officials_listed_with_the_title_before_the_name():
    value = ("kommundirektör Jonas Ek, ekonom Karin Vik 164, förvaltningschef för Gemensam Service Lars Ström, "
             "personalchef Nils Holm 169 och 173, chef för hållbar utveckling Eva Lind 172")
    people = {a.name: a.title for a in parse_attendees(value, "other")}
    assert people == {"Jonas Ek": "kommundirektör", "Karin Vik": "ekonom",
                      "Lars Ström": "förvaltningschef för Gemensam Service", "Nils Holm": "personalchef",
                      "Eva Lind": "chef för hållbar utveckling"}


def test_titles_after_the_names_stay_with_the_name_before_them():
    people = {a.name: a.title for a in parse_attendees("Jonas Ek, ekonom Karin Vik, jurist Lars Ström, controller",
                                                       "other")}
    assert people == {"Jonas Ek": "ekonom", "Karin Vik": "jurist", "Lars Ström": "controller"}
    assert title_first("ekonom Karin Vik 164") == ("ekonom", "Karin Vik")
    assert title_first("ers. för Karin Vik") is None  # no job title: a substitute's note
    assert title_first("Karin Vik, ekonom") is None


FLAT_ABSENT = """Protokoll nummer 3 Styrelsemöte för Föreningen Ljusa Vägar Närvarande: Närvarande: Ylva Strand, kassör Petter Ask Hanna Mörk Adjungerade till mötet Kasper Lind Ebba Ros Ej Närvarande Jonas Vik 1 Inledande formalia 1.1 Mötets öppnande Ylva Strand förklarade mötet öppnat.
"""


def test_ej_narvarande_in_a_flattened_run_ends_the_list_and_names_no_attendee():
    rec = parse_text(FLAT_ABSENT, "t")
    names = {a.name for a in rec.attendees}
    assert "Jonas Vik" not in names and not any(n.endswith(" Ej") for n in names)
    assert {"Kasper Lind", "Ebba Ros"} <= names


def test_a_run_of_names_splits_before_a_given_name_of_the_longer_list():
    # "Leo" and "Erland" are given names the shared gazetteer does not hold (data/given_names_more.txt does)
    people = [a.name for a in parse_attendees("Ylva Strand, Petter Ask Erland Berg Leo Mörk", "present")]
    assert people == ["Ylva Strand", "Petter Ask", "Erland Berg", "Leo Mörk"]


def test_the_repair_stage_cuts_a_flattened_line_before_ej_narvarande_not_inside_it():
    from protokoll.repair.layoutwords import LABEL, LABEL_KIND
    found = LABEL.search("Kasper Lind Ebba Ros Ej Närvarande Jonas Vik")
    assert found.group(1) == "Ej Närvarande" and LABEL_KIND[found.group(1).casefold()] == "strong"


def test_name_title_organisation_runs_give_the_title_and_organisation_to_the_name_before():
    value = ("Eva Strand, samordnare Ulf Berg, kurator Team Syd Norrby Lena Vik, handläggare Team Syd Norrby "
             "Per Ek, kurator")
    people = {a.name: (a.title, a.affiliation) for a in parse_attendees(value, "other")}
    assert people == {"Eva Strand": ("samordnare", None), "Ulf Berg": ("kurator", "Team Syd Norrby"),
                      "Lena Vik": ("handläggare", "Team Syd Norrby"), "Per Ek": ("kurator", None)}


def test_a_lists_notes_before_a_name_make_no_attendee_of_the_name_after_them():
    # "ordinarie/ersättare" and "frånvarande fr o m 12" (an absence list's notes) are no organisation of anyone
    for value in ("Eva Strand (S) ordinarie, frånvarande fr o m 12 Ulf Berg (M) ersättare",
                  "Eva Strand (S), ordinarie/ersättare Ulf Berg (M)"):
        assert [a.name for a in parse_attendees(value, "other")] == ["Eva Strand"]
