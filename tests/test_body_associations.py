"""Bodies and organisations of associations, federations and their members' meetings, and body words that name no
group that meets (issue 10, h87). The documents are written for these tests (invented names and places)."""

import pytest

from protokoll.parse import bodysigns, orgforms, parse_text
from protokoll.parse.body import read_body
from protokoll.parse.bodynames import outside_attendance
from protokoll.parse.ownedboard import meeting_with_owner
from protokoll.parse.lines import split_lines

ITEMS = ("\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n"
         "2. Val av justerare\nTill justerare valdes Per Holm.\n")


@pytest.mark.parametrize("head, expected", [
    ("Protokoll fört vid Norrlands Kälkförbunds kongress\nTid: 12 maj 2018 Plats: Folkets hus", "Kongressen"),
    ("Protokoll från Höstmöte för Ekby hembygdsförening 2019-10-20 i Kvarnstugan", "Höstmötet"),
    ("FÖREDRAGNINGSLISTA\n\nVid årsmöte med Åby Sockens & Bygdeförening tisdag den 12 mars 2019", "Årsmötet"),
    ("Protokoll fört vid vårmöte med Ekby byalag den 2 april 2021", "Vårmötet"),
    ("Protokoll fört vid Svenska Kälkförbundets ordinarie förbundsmöte 2015", "Förbundsmötet"),
])
def test_members_meeting_named_by_the_title(head, expected):
    assert bodysigns.annual_meeting(split_lines(head)) == expected


@pytest.mark.parametrize("head", [
    "Protokoll styrelsemöte 2024-02-01\nVid årsmötet valdes Anna Berg till ordförande",  # a sentence on the AGM
    "Protokoll styrelsemöte 2024-02-01\nFrån årsmötet: medlemsavgiften är oförändrad",
])
def test_sentence_on_a_members_meeting_names_no_body(head):
    assert bodysigns.annual_meeting(split_lines(head)) is None


@pytest.mark.parametrize("line, expected", [
    ("Protokoll fört vid Norrlands Kälkförbunds kongress", "Norrlands Kälkförbund"),
    ("Protokoll från Höstmöte för Ekby hembygdsförening 2019-10-20 i Kvarnstugan", "Ekby hembygdsförening"),
    ("Vid årsmöte med Åby Sockens & Bygdeförening tisdag den 12 mars 2019", "Åby Sockens & Bygdeförening"),
    ("Protokoll fört vid Svenska Kälkförbundets ordinarie förbundsmöte 2015", "Svenska Kälkförbundet"),
])
def test_association_of_a_members_meeting(line, expected):
    assert orgforms.association_of_meeting(line) == expected


def test_federation_congress_record():
    rec = parse_text("Protokoll fört vid Norrlands Kälkförbunds kongress\nTid: 12 maj 2018 Plats: Folkets hus" + ITEMS,
                     source="x.txt")
    assert (rec.organization, rec.body) == ("Norrlands Kälkförbund", "Kongressen")


@pytest.mark.parametrize("title, expected", [
    # the owner in lower case names only the organisation's kind: its own board (h221: as K's and h208's golds)
    ("Möte med sektionens styrelse den 4 mars 2009", "Styrelsen"),
    ("Protokoll från sammanträde med förbundets arbetsutskott 2011-05-02", "Arbetsutskottet"),
])
def test_board_named_with_its_owner_in_lower_case(title, expected):
    assert meeting_with_owner(split_lines(title)) == expected
    rec = parse_text(title + "\n\nLedamöter Närvarande\nKarin Ekholm X\nJonas Dahl X" + ITEMS, source="x.txt")
    assert rec.body == expected


def test_board_meeting_compound_with_sammantrade():
    assert read_body(split_lines("Förbundsstyrelsesammanträde Ekby Kälkförbund\nPlats och tid Folkets hus")) \
        == "Förbundsstyrelsen"


def test_body_a_matter_is_about_names_no_body():
    # "Reglemente för den gemensamma hjälpmedelsnämnden": the case's subject, not who meets
    head = split_lines("Sammanträdesdatum 2014-09-30 § 179 Avtal och reglemente för den gemensamma "
                       "Hjälpmedelsnämnden mellan länets kommuner")
    assert read_body(head) is None


def test_protocol_for_a_joint_committee_still_names_it():
    assert read_body(split_lines("Protokoll för den gemensamma nämnden för hjälpmedel 2020-03-31")) is not None


def test_bare_body_word_as_a_sentence_subject_names_no_body():
    # "Nämnden anser ...": a sentence about the committee, which the page does not name
    head = split_lines("Val av justerare\nIngen föredragande var närvarande. Nämnden anser dock att punkten är "
                       "föredragen.")
    assert read_body(head) is None
    assert read_body(split_lines("Nämnden\nPlats och tid Rådhuset")) == "Nämnden"


def test_attendee_with_an_unknown_given_name_is_no_title_line():
    text = ("Minnesanteckningar från forum den 12 april 2017\n\nNärvarande\nLinnea Ekholm, Norrby förening\n"
            "Zorwan Aldebi, Ekby kommun\nTuva Strand, Sveriges Elevråd\n")
    kept = outside_attendance(split_lines(text), text)
    assert [ln.text for ln in kept if not ln.blank] == ["Minnesanteckningar från forum den 12 april 2017"]
    assert parse_text(text + ITEMS, source="x.txt").body is None


@pytest.mark.parametrize("text", [
    "Förbundsstyrelsesammanträde Ekby Kälkförbund\nPlats och tid Folkets hus\n\n4 Rapporter\nRapporten läggs till "
    "handlingarna.\n\nMötesordförandens signatur Mötessekreterarens signatur Utdragsbestyrkande\n",
    "EKBY KOMMUN SAMMANTRÄDESPRQTOKOLL\nSammanträdesdatum 2014-09-30\n\n179 Avtal om hjälpmedel\nUtskottet föreslår "
    "att avtalet tecknas.\n\nJusterandes sign\n",
])
def test_protocol_page_footer_marks_a_protocol(text):
    # the kind word is missing or misread; the pages' footer is a protocol's
    assert parse_text(text, source="x.txt").kind == "protocol"


def test_minutes_title_is_believed_over_a_footer():
    text = ("Minnesanteckningar från styrgruppen 2020-02-03\n\n1. Ekonomi\nInformation lämnades.\n\n"
            "Justerandes sign\n")
    assert parse_text(text, source="x.txt").kind == "minutes"


@pytest.mark.parametrize("line, expected", [
    ("Protokoll fört vid årsstämma i K. Lindqvist & Co AB (publ) den 8 maj 2018", "K. Lindqvist & Co AB (publ)"),
    ("N.B. The English text is a translation. Protokoll fört vid årsstämma i E. Holm Fastigheter AB den 3 maj",
     "E. Holm Fastigheter AB"),
])
def test_company_named_with_a_founders_initial(line, expected):
    from protokoll.parse.orgplaces import company_of_board
    assert company_of_board(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Förbundsstyrelsesammanträde Norrlands Kälk- och Pulkaförbund Plats och tid Folkets hus",
     "Norrlands Kälk- och Pulkaförbund"),
    ("Styrelsemöte - Ekby Kälkförbund 2020-01-02", "Ekby Kälkförbund"),
    ("Styrelsemöte Föreningen Ekbyhus", "Föreningen Ekbyhus"),
])
def test_association_right_after_its_meeting_word(line, expected):
    assert orgforms.association_of_meeting(line) == expected


@pytest.mark.parametrize("line", [
    "Styrelsemöte Anna Berg hälsade välkommen",
    "Årsmöte 2019 Ekby bygdegård",
    "Styrelsemöte Ekby Bygdegård 2020-01-02",  # no form word ends the name: whose it is stays uncertain
])
def test_no_association_right_after_its_meeting_word(line):
    assert orgforms.association_of_meeting(line) is None


@pytest.mark.parametrize("line", ["Protokoll föreningens årsmöte 2019", "Kallelse Förbundets kongress 2020"])
def test_bare_genitive_of_the_form_word_names_no_association(line):
    assert orgforms.association_of_meeting(line) is None


def test_federation_meeting_is_no_group_named_after_its_members():
    # "Kommundirektörsmöte" is the meeting of the Kommundirektörsgruppen; a "förbundsmöte" is the federation's meeting
    rec = parse_text("Protokoll fört vid Svenska Kälkförbundets ordinarie förbundsmöte 2015\nTid och plats 14 mars"
                     + ITEMS, source="x.txt")
    assert (rec.organization, rec.body) == ("Svenska Kälkförbundet", "Förbundsmötet")


def test_transcript_first_page_names_the_kind(tmp_path):
    # a document-sharing page: its title names no kind, the transcript's page 1 opens with the document's own title
    import hashlib

    from protokoll.pipeline import process
    text = ("Styrelsemöte 4 - Ekby Kälkklubb\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStorlek: px\n"
            "Starta visningen från sidan:\n\nDownload \"Styrelsemöte 4 - Ekby Kälkklubb\"\n\nTranskript\n\n"
            "1 Protokoll för styrelsemöte ( 12) Styrelsemöte 4 - Närvarande: Lisa Holm, Per Ek, Eva Strand. Gäster: "
            "Olle Berg. 1.1 Mötets öppnande 1.2 Val av mötesordförande Lisa Holm väljs till mötesordförande. 1.3 Val av "
            "justerare Per Ek väljs till justerare. 1.4 Mötets behörighet Mötet är behörigt kallat. 2.1 Inkommen post "
            "Vi har fått räkningar och en inbjudan.\n")
    path = tmp_path / "styrelsemote.txt"
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    assert process(path, data, hashlib.sha256(data).hexdigest()).record.kind == "protocol"
