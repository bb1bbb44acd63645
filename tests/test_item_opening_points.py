"""Unnumbered opening points before a meeting's numbered items ("Mötets öppnande" / "Val av justerare" /
"Godkännande av dagordning", then "4. Title") are items, without numbers, where their count fills the numbers
before the first numbered one (parse.openingpoints). Texts invented."""

import pytest

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar\nSamverkansrådet för Norrdalens kommuner\nDatum: 2020-10-14\n\n"
        "Närvarande: Anna Ström, Björn Dahl, Cecilia Nord\nJusterare: Björn Dahl\n\n")
NUMBERED = ["Ekonomisk uppföljning", "Kompetensförsörjning", "Övriga frågor"]
OPENINGS = [
    ["Mötets öppnande", "Val av justerare", "Godkännande av dagordning"],
    ["Sammanträdets öppnande", "Upprop", "Val av protokolljusterare", "Fastställande av föredragningslista"],
    ["Inledning", "Föregående minnesanteckningar"],
    ["Mötet öppnas", "Val av ordförande och sekreterare", "Val av två justerare", "Godkännande av dagordningen",
     "Föregående mötes protokoll"],
]


def _doc(openings: list[str], first: int, text: bool, blank: bool, sep: str = ". ") -> str:
    gap = "\n" if blank else ""
    out = [HEAD]
    for t in openings:
        out.append(f"{t}\n" + ("Punkten behandlades.\n" if text else "") + gap)
    for k, t in enumerate(NUMBERED):
        out.append(f"{first + k}{sep}{t}\n" + ("Rapporten lades till handlingarna.\n" if text else "") + gap)
    return "".join(out)


@pytest.mark.parametrize("openings", OPENINGS)
@pytest.mark.parametrize("text", [True, False])
@pytest.mark.parametrize("blank", [True, False])
def test_opening_points_that_fill_the_numbers_are_items(openings, text, blank):
    items = parse_text(_doc(openings, len(openings) + 1, text, blank), "t.txt").items
    n = len(openings)
    assert [(i.number, i.title) for i in items] == [(None, t) for t in openings] + \
        [(str(n + 1 + k), t) for k, t in enumerate(NUMBERED)]


@pytest.mark.parametrize("openings,first", [(OPENINGS[0], 5), (OPENINGS[0], 3), (OPENINGS[2], 2), (OPENINGS[3], 3)])
def test_a_count_that_does_not_fill_the_numbers_adds_nothing(openings, first):
    items = parse_text(_doc(openings, first, True, True), "t.txt").items
    assert all(i.number is not None for i in items)


def test_no_opening_points_before_item_one():
    items = parse_text(_doc(OPENINGS[0], 1, True, True), "t.txt").items
    assert [i.number for i in items] == ["1", "2", "3"]


def test_other_lines_before_the_first_number_are_no_opening_points():
    text = HEAD + "Dagordning\nDiskussion om läget.\n\n2. Ekonomisk uppföljning\nRapporten lades till handlingarna.\n\n" \
        "3. Kompetensförsörjning\nArbetet fortsätter.\n"
    assert [i.number for i in parse_text(text, "t.txt").items] == ["2", "3"]
