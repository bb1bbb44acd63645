"""Items in forms met in fresh real documents, seventh pass (issue 10, h19). The documents are written for
these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.inline import heading_and_rest

#: an association's annual meeting: each point one sentence, some opening at a person's name
ANNUAL = """Protokoll fört vid årsmöte i Föreningen Sjöstigen den 14 mars 2024

§1. Ordföranden hälsade alla välkomna och öppnade mötet.

§2. Dagordningen godkändes.

§3. Lena Holmqvist valdes till justerare.
Justeraren skriver under protokollet när det har skickats ut till medlemmarna.

§4. Sara Lindgren väljs till ordförande för ett år.
"""


def test_a_point_that_opens_at_a_persons_name_keeps_the_whole_sentence():
    items = parse_text(ANNUAL, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Ordföranden hälsade alla välkomna och öppnade mötet."), ("2", "Dagordningen godkändes."),
        ("3", "Lena Holmqvist valdes till justerare."), ("4", "Sara Lindgren väljs till ordförande för ett år.")]


def test_a_sentence_point_under_a_name_is_no_fragment_decision():
    items = parse_text(ANNUAL, "x.txt").items
    # the sentence is the point's title and its decision (parse/headingdecision.py), never a fragment of it
    assert items[3].decisions == ["Sara Lindgren väljs till ordförande för ett år."]
    assert not any(d.startswith("Holmqvist") for it in items for d in it.decisions)


def test_a_one_word_title_before_a_name_still_stands_alone():
    assert [ln.text for ln in heading_and_rest("Justering Per Olsson utses att justera protokollet.", 0)] == [
        "Justering", "Per Olsson utses att justera protokollet."]
    assert [ln.text for ln in heading_and_rest("Meddelanden Inga meddelanden har kommit in.", 0)] == [
        "Meddelanden", "Inga meddelanden har kommit in."]


#: a board's minutes whose first point names the chair by role and name before what she did
OPENED = """Protokoll styrelsemöte 2 februari 2024
Plats: Klubbstugan

1. Ordförande Vendela Strömkvist hälsade alla välkomna och förklarade mötet öppnat.
2. Val av justerare. Till justerare valdes Olof Brandt.
3. Nästa möte hålls i klubbstugan.
"""


def test_a_point_that_opens_at_a_role_and_a_name_is_one_sentence():
    items = parse_text(OPENED, "x.txt").items
    assert [(it.number, it.title) for it in items][:1] == [
        ("1", "Ordförande Vendela Strömkvist hälsade alla välkomna och förklarade mötet öppnat.")]
    assert not any(it.title.startswith("Ordförande V") and len(it.title.split()) < 4 for it in items)


#: a notice whose page was flattened, the chair's signature run on to the last listed item, the roles put on
#: lines of their own
NOTICE = """Kallelse
Fritidsnämndens arbetsutskott
Tid: Tisdagen den 3 mars 2026 kl. 13.00
Plats: Sammanträdesrummet, Torget 4

Ärendelista
1. Val av justerare
2. Bidrag till föreningar 2026
3. Taxor för idrottshallar Ingrid Sjövall (C)
Ordförande Tomas Lindh
Sekreterare
"""

#: a listed motion whose title does end with its mover's name and party, text under it
MOTION = """Kallelse
Kommunfullmäktige
Tid: Måndagen den 9 mars 2026 kl. 18.00
Plats: Fullmäktigesalen

Ärenden
1. Val av justerare
2. Motion om fler cykelbanor från Ingrid Sjövall (C)
Kommunstyrelsen föreslår att motionen ska anses besvarad.
3. Avsägelser
"""


def test_a_signers_name_run_on_to_the_last_heading_is_cut_off():
    items = parse_text(NOTICE, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Val av justerare"), ("2", "Bidrag till föreningar 2026"), ("3", "Taxor för idrottshallar")]
    assert items[-1].presenters == []


def test_a_title_that_names_a_mover_keeps_the_name():
    items = parse_text(MOTION, "x.txt").items
    assert items[1].title == "Motion om fler cykelbanor från Ingrid Sjövall (C)"


#: a protocol's first page copied from a document-sharing site: the contents list flattened, each paragraph's
#: number after its title, one title wrapped over its number
CONTENTS_AFTER = """SAMMANTRÄDESPROTOKOLL Sida 1(12) Miljönämnden

Tid 2026-02-10 kl 13.00 Plats Nämndrummet, Rådhuset

Innehållsförteckning Ekonomisk uppföljning januari 12 Tillsynsplan för livsmedel 2026 information 13 Yttrande över detaljplan för Norra hamnen 14 Ansökan om strandskyddsdispens vid Lillsjön 15 norra stranden Delegationsbeslut 16 Meddelanden och inkomna skrivelser 17
"""

#: the same list written number first: read as before
CONTENTS_BEFORE = CONTENTS_AFTER.replace(
    "Innehållsförteckning Ekonomisk uppföljning januari 12 Tillsynsplan för livsmedel 2026 information 13 "
    "Yttrande över detaljplan för Norra hamnen 14 Ansökan om strandskyddsdispens vid Lillsjön 15 norra stranden "
    "Delegationsbeslut 16 Meddelanden och inkomna skrivelser 17",
    "Innehållsförteckning 12 Ekonomisk uppföljning januari 13 Tillsynsplan för livsmedel 2026 information "
    "14 Yttrande över detaljplan för Norra hamnen 15 Ansökan om strandskyddsdispens vid Lillsjön norra stranden "
    "16 Delegationsbeslut 17 Meddelanden och inkomna skrivelser")


def test_a_contents_list_with_numbers_after_titles_pairs_each_with_the_title_before():
    items = parse_text(CONTENTS_AFTER, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("12", "Ekonomisk uppföljning januari"), ("13", "Tillsynsplan för livsmedel 2026 information"),
        ("14", "Yttrande över detaljplan för Norra hamnen"),
        ("17", "Meddelanden och inkomna skrivelser")]  # 15 wrapped over its number, 16 after it: abstain


def test_a_contents_list_with_numbers_first_is_read_as_before():
    items = parse_text(CONTENTS_BEFORE, "x.txt").items
    assert [it.number for it in items] == ["12", "13", "14", "15", "16", "17"]
    assert items[0].title == "Ekonomisk uppföljning januari"


#: a protocol copied from a sharing site: the contents page first (its items' sections not in the excerpt), then
#: the page with the header block, flattened, an item's letter and a weekday run on to the names
LIST_THEN_HEADER = """Protokoll. Kulturnämnden

1 Kulturnämnden = 40-44

2 Kulturnämnden sammanträde den 9 mars 2026 Informationer 40 Bidrag till studieförbund 41 Biblioteksplan för 2026 till 2029 42 Konstinköp till nya skolan 43 Inkomna skrivelser 44 Delegerade beslut

3 Kulturnämnden Sida 1 Plats och tid Kulturhuset, Storgatan 2, kl 18:00 Beslutande Lovisa Hedqvist (S), ordförande Gustav Engholm (M) Åsa Rönnmark (C) Övriga deltagare Petra Sandlund, nämndsekreterare, punkt B Oskar Wennberg, bibliotekschef Utses att justera Gustav Engholm Justeringens plats och tid Kulturhuset Tisdagen den 17 mars 2026
"""


def test_a_contents_page_before_the_header_page_leaves_the_header_to_the_header():
    rec = parse_text(LIST_THEN_HEADER, "x.txt")
    assert [it.number for it in rec.items] == ["40", "41", "42", "43", "44"]
    assert rec.chair == "Lovisa Hedqvist"
    names = [a.name for a in rec.attendees]
    assert {"Lovisa Hedqvist", "Gustav Engholm", "Åsa Rönnmark", "Oskar Wennberg"} <= set(names)
    assert not any(n.split()[0] in {"B", "Kulturhuset"} or "Tisdagen" in n for n in names)


def test_a_lone_letter_before_a_given_name_and_a_weekday_are_no_part_of_a_name():
    from protokoll.parse.presence import tidy
    from protokoll.record import Attendee

    people = tidy([Attendee(name="S Bo Ek", group="present"), Attendee(name="K. Anders Holm", group="present"),
                   Attendee(name="Kulturhuset Tisdagen", group="present"), Attendee(name="Per H Lind", group="present")])
    assert [a.name for a in people] == ["Bo Ek", "K. Anders Holm", "Per H Lind"]


#: an association's annual meeting with no header block: the roll is taken as its third point
ROLL_IN_ITEM = """Årsmöte för Föreningen Ekbacken, Bygdegården

12 mars 2026

1. Mötets öppnande.

Ordföranden förklarade mötet öppnat.

2. Fastställande av röstlängd.

Närvarande med rösträtt:

Hedda Larsson

Rune Ekholm

Övriga närvarande:

Siv Mattsson

Mötet fastställde röstlängden till 2 personer.

3. Val av justerare.

Mötet valde Rune Ekholm till justerare. Anders Zorn nämndes.
"""


def test_an_attendance_list_under_one_of_the_first_items_is_read():
    rec = parse_text(ROLL_IN_ITEM, "x.txt")
    assert [(a.name, a.group) for a in rec.attendees] == [
        ("Hedda Larsson", "present"), ("Rune Ekholm", "present"), ("Siv Mattsson", "other")]
    assert [it.number for it in rec.items] == ["1", "2", "3"]


def test_a_header_attendance_list_is_not_added_to_from_the_items():
    text = ROLL_IN_ITEM.replace("12 mars 2026\n", "12 mars 2026\n\nNärvarande: Gun Berg, Ola Sten\n")
    assert [a.name for a in parse_text(text, "x.txt").attendees] == ["Gun Berg", "Ola Sten"]


def test_a_page_mark_after_a_points_sentence_is_no_part_of_its_title():
    text = """Protokoll årsmöte Föreningen Ekbacken 12 mars 2026

1. Mötet förklarades behörigt utlyst.
2. Till kassör på två år valdes Rune Ekholm. 1/2 3.
3. Budget 1/2 fastställdes.
"""
    items = parse_text(text, "x.txt").items
    assert [it.title for it in items] == ["Mötet förklarades behörigt utlyst.",
                                          "Till kassör på två år valdes Rune Ekholm.", "Budget 1/2 fastställdes."]


def test_a_place_name_after_mellan_stays_in_a_flattened_title():
    from protokoll.parse.headings import cut_run_on_title

    assert cut_run_on_title("Ny huvudledning mellan Storgatan och Norra vattentornet ska byggas under året "
                            "enligt planen som nämnden antog.").startswith("Ny huvudledning mellan Storgatan")
