"""A job title left at a run-on heading's end once its presenter's name was taken off (h191): titles with an
acronym before the hyphen ("HR-chef", "IT-strateg") and "-administratör" titles are job titles too."""

from protokoll.parse.presenterslot import without_label_end


def test_an_acronym_title_is_dropped_from_the_heading_s_end():
    assert without_label_end("Sjukfrånvaro första kvartalet HR-chef") == "Sjukfrånvaro första kvartalet"
    assert without_label_end("Ny e-tjänst för bygglov IT-strateg") == "Ny e-tjänst för bygglov"


def test_an_administrator_s_title_is_dropped_from_the_heading_s_end():
    assert without_label_end("Lönerevision 2026 Löneadministratör") == "Lönerevision 2026"


def test_a_title_after_a_preposition_is_the_heading_s_own():
    assert without_label_end("Rekrytering av HR-chef") == "Rekrytering av HR-chef"
    assert without_label_end("Utbildning för Systemadministratör") == "Utbildning för Systemadministratör"
