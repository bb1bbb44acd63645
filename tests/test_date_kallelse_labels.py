"""A bare "Datum" label is often when a kallelse was written: a label naming the meeting ("Sammanträdesdatum") or
the summoning sentence ("Nämnden kallas till sammanträde den ...") gives the meeting's date over it (issue 10: a
wrong date is worse than none). A row of labels flattened into one line keeps its old reading. Invented documents."""

from protokoll.parse import parse_text

ITEMS = "Ärenden\n1. Val av justerare\n2. Budget\n"


def test_the_meetings_date_label_over_a_bare_datum():
    rec = parse_text("Kallelse\nDatum 2021-02-20\nSammanträdesdatum 2021-03-04\n" + ITEMS, source="x.txt")
    assert rec.date == "2021-03-04"


def test_the_summoning_sentence_over_a_bare_datum():
    rec = parse_text("KALLELSE\nDatum: 2021-02-20\nKulturnämnden kallas till sammanträde torsdagen den 4 mars 2021 "
                     "kl 18.00 i Biblioteket.\n" + ITEMS, source="x.txt")
    assert (rec.date, rec.start) == ("2021-03-04", "18:00")


def test_a_datum_label_with_its_own_date_stands():
    rec = parse_text("Protokoll\nDatum: 2021-03-04\nTid: kl 18.00-20.00\n" + ITEMS, source="x.txt")
    assert rec.date == "2021-03-04"


def test_a_row_of_posting_labels_is_not_read_as_the_meetings_date():
    rec = parse_text("Sammanträdesprotokoll\nPensionärsrådet\nAnslag/bevis Organ: Datum: Sammanträdesdatum Datum för "
                     "anslags uppsättande Datum för nedtagande 2021-03-05 2021-03-29\n" + ITEMS, source="x.txt")
    assert rec.date != "2021-03-29"
