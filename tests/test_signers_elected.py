"""Chair and secretary from a signature block flattened into labels then names (the names with their party),
and from an årsmöte's elections written on run-on lines or in the present tense (issue 10).
The documents are written for these tests."""

from protokoll.parse import parse_text

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nNämnden tackar för informationen.\n"


def test_signature_labels_then_names_with_parties():
    text = ("PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum: 2024-03-12\n"
            "Underskrifter\nSekreterare\nOrdförande\nJusterande\nEva Lind Anna Berg (S) Per Holm (M)\n\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert (rec.chair, rec.secretary) == ("Anna Berg", "Eva Lind")


def test_more_names_than_labels_stay_open():
    text = ("PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum: 2024-03-12\n"
            "Underskrifter\nSekreterare\nOrdförande\nEva Lind Anna Berg (S) Per Holm (M)\n\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert (rec.chair, rec.secretary) == (None, None)


ANNUAL = ("Protokoll från årsmöte i Föreningen Sjöboda den 4 mars 2024\nPlats: Bygdegården\n\n"
          "§ 1 Mötets öppnande\nOrdförande Karin Ek hälsade alla välkomna och förklarade mötet öppnat.\n"
          "§ 2 Val av mötesfunktionärer\n{elections}\n"
          "§ 3 Dagordningen\nDagordningen godkändes.\n")


def test_elected_chair_not_glued_to_the_next_sentence():
    rec = parse_text(ANNUAL.format(elections="Till ordförande för årsmötet valdes Lars Dahl Till sekreterare\n"
                                             "för årsmötet valdes Maja Ström."), source="x.txt")
    assert (rec.chair, rec.secretary) == ("Lars Dahl", "Maja Ström")


def test_present_tense_elections_of_the_meetings_officers():
    rec = parse_text(ANNUAL.format(elections="Till mötesordförande väljs Lars Dahl.\n"
                                             "Till mötessekreterare väljs Maja Ström."), source="x.txt")
    assert (rec.chair, rec.secretary) == ("Lars Dahl", "Maja Ström")


def _flat(run: str) -> str:
    return ("PROTOKOLL Kultur- och fritidsnämnden Sammanträdesdatum 2024-03-12 Plats och tid Kommunhuset "
            f"Paragrafer 1-2 {run} ANSLAG/BEVIS Protokollet är justerat.\n" + ITEMS)


def test_flattened_block_roles_then_names_in_their_order():
    rec = parse_text(_flat("Sekreterare Ordförande. Eva Lind.. Anna Berg Justerande.. Per Holm"), source="x.txt")
    assert (rec.chair, rec.secretary) == ("Anna Berg", "Eva Lind")


def test_flattened_block_two_justerare_after_the_last_role():
    rec = parse_text(_flat("Sekreterare Ordförande Justerande Eva Lind. Anna Berg. Per Holm. Karin Ek"),
                     source="x.txt")
    assert (rec.chair, rec.secretary) == ("Anna Berg", "Eva Lind")


def test_flattened_block_with_too_many_names_is_left_open():
    rec = parse_text(_flat("Sekreterare Ordförande Eva Lind Anna Berg Per Holm Karin Ek"), source="x.txt")
    assert (rec.chair, rec.secretary) == (None, None)


def test_flattened_block_names_without_separators_are_not_guessed():
    # "Eva Lind Anna Berg ...": which words make which name is not certain without separators
    rec = parse_text(_flat("Sekreterare Ordförande Justerande Eva Lind Anna Berg Per Holm"), source="x.txt")
    assert (rec.chair, rec.secretary) != ("Berg Per Holm", "Eva Lind Anna")
    assert rec.chair in (None, "Anna Berg") and rec.secretary in (None, "Eva Lind")


def test_name_first_elections_with_an_adverb():
    rec = parse_text(ANNUAL.format(elections="Lars Dahl valdes enhälligt till mötesordförande.\n"
                                             "Maja Ström valdes till sekreterare."), source="x.txt")
    assert (rec.chair, rec.secretary) == ("Lars Dahl", "Maja Ström")
