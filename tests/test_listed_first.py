"""A contents page before the header's page, with page furniture between them: the header is still read."""

from protokoll.parse import parse_text

CONTENTS = ("INNEHÅLL 1 [1] 21 Val av justerare 22 Ny taxa för lokaler 23 Bidrag till föreningar "
            "24 Information från förvaltningen")
HEADER = ("Plats och tid Stadshuset, kl 13.00-15.00\n"
          "Beslutande Sofia Lindqvist (S), ordförande Mikael Sandberg (M) Jonas Wiklund (C)\n"
          "Övriga deltagande Helena Borg, sekreterare\n"
          "Utses att justera Mikael Sandberg\n")


def _names(text):
    return [a.name for a in parse_text(text, source="contents.txt").attendees]


def test_a_page_head_between_contents_and_header_is_furniture():
    for furniture in ("2 SAMMANTRÄDESPROTOKOLL 1[9]", "2", "SAMMANTRÄDESPROTOKOLL 1 (9)"):
        names = _names(CONTENTS.replace(" 21 ", "\n21 ").replace(" 22 ", "\n22 ").replace(" 23 ", "\n23 ")
                       .replace(" 24 ", "\n24 ") + "\n\n" + furniture + "\n" + HEADER)
        assert "Sofia Lindqvist" in names and "Jonas Wiklund" in names, furniture


def test_text_between_contents_and_labels_that_is_not_furniture_still_stops_it():
    text = (CONTENTS.replace(" 21 ", "\n21 ").replace(" 22 ", "\n22 ").replace(" 23 ", "\n23 ")
            .replace(" 24 ", "\n24 ") + "\n\nNämnden informerades om läget i verksamheten och diskuterade.\n" + HEADER)
    assert parse_text(text, source="contents.txt").items  # the list stays items: no header follows it at once


#: a contents list by paragraph, each entry with its page after a dot leader, then the site's page marker "(2)"
PARAGRAPHS = ("Ärendeförteckning\n\n§ 1 Val av justerare ... 4\n\n§ 2 Godkännande av dagordning ... 4\n\n"
              "§ 3 Taxa för tillsyn ... 5\n\n§ 4 Information ... 6\n\n(2)\n\n")


def test_a_list_by_paragraph_before_the_header_and_a_bracketed_page_marker():
    names = _names(PARAGRAPHS + HEADER)
    assert "Sofia Lindqvist" in names and "Jonas Wiklund" in names
