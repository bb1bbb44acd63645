"""Flattened attendee lists whose words before a name are not that name's (issue 10, parse/listheads.py):
"Name, Organisation" lines run together, a delegation's heading between two names, and a header block read
under a page number taken for item 1. The documents are written for these tests."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.listchunks import split_chunks
from protokoll.parse.listheads import group_heading, org_heads
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
    assert group_heading("Representanter från brukarorganisationerna Gun Ahlm") == \
        "Representanter från brukarorganisationerna"
    assert group_heading("Representanter från Gun Ahlm") is None  # no heading words before the name
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
