"""Attendance written as a sentence of the header ("Vid mötet deltog A, B och C.") and under the label
"Närvaro", also mid-line (issue 10). Invented documents."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.proselists import prose_list


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.affiliation) for a in parse_text(text, source="t.txt").attendees]


def test_sentence_names_the_attendees_and_ends_their_list():
    text = ("Minnesanteckningar nätverksmöte 2012-03-01\n"
            "Vid mötet deltog Anna Berg, Per Holm och Eva Lund. Anna Berg hälsade välkommen.\n"
            "Mötet hölls i Norrby.\n1. Mötets öppnande\n")
    assert _people(text) == [("Anna Berg", None), ("Per Holm", None), ("Eva Lund", None)]


def test_sentence_keeps_an_initial_and_the_parties():
    text = ("Minnesanteckningar 2012-03-01\nNärvarande var Anna Berg (S), Stig A. Holm (M) och Eva Lund (C).\n"
            "1. Mötets öppnande\n")
    assert _people(text) == [("Anna Berg", "S"), ("Stig A. Holm", "M"), ("Eva Lund", "C")]


def test_sentence_without_a_name_gives_no_list():
    assert prose_list("Vid mötet deltog även representanter för Norrby kommun.") is None


def test_narvaro_label_in_the_middle_of_a_run():
    text = ("Protokoll från styrelsemötet 4 maj Mötets öppnande Mötet förklarades öppnat. Närvaro Anna Berg "
            "Per Holm (från punkt 3) Eva Lund (utan rösträtt)   Val av mötesfunktionärer Anna Berg valdes till "
            "mötesordförande.\n")
    assert [n for n, _ in _people(text)][:3] == ["Anna Berg", "Per Holm", "Eva Lund"]


def test_ej_beslutande_is_a_label_of_its_own_in_a_row_of_labels():
    from protokoll.pipeline import process
    import hashlib
    from pathlib import Path

    text = ("1 (12) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Kommunhuset, rum Ekan, "
            "tisdag den 4 maj 2010, kl Anna Berg, s, ordförande Per Holm, m, vice ordförande Eva Lind, c "
            "Olle Ek, kommunchef Karin Sund, sekreterare Justeringens plats Kommunhuset Paragrafer 1-9 "
            "Underskrifter Sekreterare Ordförande Karin Sund Anna Berg\n").encode()
    rec = process(Path("t.txt"), text, hashlib.sha256(text).hexdigest()).record
    assert [a.name for a in rec.attendees] == ["Anna Berg", "Per Holm", "Eva Lind", "Olle Ek", "Karin Sund"]
    assert rec.chair == "Anna Berg"
