"""An attendance label whose first letters a web copy lost ("ande" for "Beslutande"), and names run together
without commas where one has a hyphenated given name (issue 10). Invented documents."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.lostlabels import lost_label, lost_label_cuts
from protokoll.parse.persons import split_run


def _read(text: str):
    return parse_text(text, source="t.txt")


def test_excerpt_starting_inside_the_label():
    rec = _read("ande Anna Berg (S), ordförande Per Holm (M) Eva Lind (C) Övriga närvarande Olle Ek, sekreterare\n"
                "§ 1 Mötets öppnande\n")
    assert [(a.name, a.affiliation, a.group) for a in rec.attendees] == [
        ("Anna Berg", "S", "present"), ("Per Holm", "M", "present"), ("Eva Lind", "C", "present"),
        ("Olle Ek", None, "other")]
    assert rec.chair == "Anna Berg" and rec.secretary == "Olle Ek"


def test_lost_label_after_a_label_in_one_run():
    rec = _read("PROTOKOLL Styrelsen 2012-03-01 Plats och tid: Kommunhuset ande: Anna Berg (S), ordförande "
                "Per Holm (M) Övriga närvarande Olle Ek, sekreterare § 1 Mötets öppnande\n")
    assert [a.name for a in rec.attendees][:2] == ["Anna Berg", "Per Holm"]


def test_labels_in_a_row_before_the_lost_label_take_their_values_first():
    rec = _read("MINNESANTECKNINGAR 1(4) Regionrådet Dag Tid Plats ande Byagården, Norrby Anna Berg, Norrby kommun "
                "Per Holm, Söderby kommun, ordförande Övriga deltagande Eva Lind, Norrby kommun\n1. Mötets öppnande\n")
    assert rec.place == "Byagården, Norrby"
    assert [a.name for a in rec.attendees] == ["Anna Berg", "Per Holm", "Eva Lind"]
    assert rec.organization is None  # the members' municipalities are not the meeting's organisation


def test_the_word_inside_running_text_is_no_label():
    assert lost_label_cuts("Mötet hölls i en god ande Anna Berg tackade alla") == []
    assert lost_label("anden i Norrby") is None
    assert lost_label("rsättare Eva Lind (C)") == ("rsättare", "attendees:other:ersättare", "Eva Lind (C)")


def test_run_of_names_split_before_a_hyphenated_given_name():
    assert split_run("Anna Berg Per-Arne Holm".split()) == [["Anna", "Berg"], ["Per-Arne", "Holm"]]
    rec = _read("PROTOKOLL 3 Styrelsen Kl PROTOKOLL ande Anna Berg Per-Arne Holm Eva Lind\n§ 1 Mötets öppnande\n")
    assert [a.name for a in rec.attendees] == ["Anna Berg", "Per-Arne Holm", "Eva Lind"]


def test_family_name_first_run_is_not_cut_before_a_hyphenated_given_name():
    words = "Holm Eva Berg Per-Arne Lind Olle".split()
    assert split_run(words) == [words]
