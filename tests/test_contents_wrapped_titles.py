"""A contents list's title wrapped onto the next line, its page number at that line's end (issue 10, h68): the
line is the title's end, not lost. The documents are invented."""

from __future__ import annotations

from protokoll.parse import parse_text

CONTENTS = """Protokoll
Regionstyrelsen i Ekmarks län
Ärendeförteckning

§ 1 Val av justerare ... 3

§ 2 Godkännande av dagordning ... 3

§ 3 Avtal om regional kollektivtrafik mellan länets
kommuner och regionen ... 4

§ 4 Ombyggnad av stationen i Björkö-
Strand ... 6

§ 5 Information ... 8
"""

NO_PAGES = """Protokoll
Tekniska nämnden i Ekby

§ 3 Avtal om snöröjning
Avtalet förlängs till vecka 12

§ 4 Taxor för vatten
Taxorna antas.

§ 5 Information
Informationen noteras.
"""


def _items(text: str) -> list[tuple[str, str]]:
    return [(it.number, it.title) for it in parse_text(text, source="t.txt").items]


def test_a_wrapped_contents_title_is_joined():
    assert _items(CONTENTS) == [
        ("1", "Val av justerare"), ("2", "Godkännande av dagordning"),
        ("3", "Avtal om regional kollektivtrafik mellan länets kommuner och regionen"),
        ("4", "Ombyggnad av stationen i Björkö-Strand"), ("5", "Information")]


def test_a_wrapped_contents_title_with_blank_lines_between():
    assert _items(CONTENTS.replace("länets\n", "länets\n\n").replace("Björkö-\n", "Björkö-\n\n"))[2:4] == [
        ("3", "Avtal om regional kollektivtrafik mellan länets kommuner och regionen"),
        ("4", "Ombyggnad av stationen i Björkö-Strand")]


def test_a_text_line_ending_in_a_number_without_a_page_column_is_no_title():
    assert _items(NO_PAGES)[0] == ("3", "Avtal om snöröjning")
