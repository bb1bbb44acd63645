"""The "§" put back into OCR words (read/ocr_sections.py), with the second reading given by the test."""

from __future__ import annotations

from protokoll.read.ocr_sections import restore_sections


def words(*texts: str) -> list:
    """OCR words on one line, 40 px apart, each 30 px wide."""
    return [(t, 90.0, (40 * i, 10, 40 * i + 30, 40)) for i, t in enumerate(texts)]


def texts(found: list) -> list[str]:
    return [w[0] for w in found]


def test_a_stand_in_beside_a_number_becomes_a_section_sign_when_read_again_as_one():
    asked = []

    def again(box):
        asked.append(box)
        return "§"

    assert texts(restore_sections(words("8", "7", "Val", "av", "justerare"), again)) == ["§", "7", "Val", "av",
                                                                                         "justerare"]
    assert len(asked) == 1 and asked[0][0] == 0 and asked[0][2] == 39  # widened to the next word, not past it


def test_glued_and_doubled_stand_ins():
    assert texts(restore_sections(words("KS", "812"), lambda box: "§12")) == ["KS", "§12"]
    assert texts(restore_sections(words("$$", "7-13"), lambda box: "§§")) == ["§§", "7-13"]
    assert texts(restore_sections(words("88", "4"), lambda box: "§8")) == ["§8", "4"]  # "88" may be "§8"


def test_words_stay_when_the_second_reading_has_no_section_sign_or_nothing_is_suspect():
    assert texts(restore_sections(words("8", "7", "Val"), lambda box: "8")) == ["8", "7", "Val"]
    never = []
    found = restore_sections(words("Mötet", "öppnas", "kl", "8"), lambda box: never.append(box) or "§")
    assert texts(found) == ["Mötet", "öppnas", "kl", "8"] and never == []  # no number beside the "8"
    assert texts(restore_sections(words("812", "deltagare"), lambda box: "§12")) == ["812", "deltagare"]
