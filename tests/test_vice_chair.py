"""The vice chair is no chair: a "Name (party) Ordförande Name (party) Vice ordförande" row, where each role
follows its name, read as the label "Ordförande" before the vice chair (parse.attendance). Written here."""

from protokoll.parse import parse_text
from protokoll.repair import repair_text

HEAD = ("Kommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2005-09-07\nPlats och tid Rådhuset kl 18.00-20.00\n"
        "Beslutande Karin Lund (s) Ordförande Per Holm (m) {vice} Lisa Ek (s) Bo Ros (c)\n"
        "Utses att justera Lisa Ek\n\n§ 1 Budget\nKommunstyrelsen beslutar att godkänna budgeten.\n")


def _record(vice: str) -> dict:
    return parse_text(repair_text(HEAD.format(vice=vice))[0], source="t.txt").to_dict()


def test_the_vice_chair_after_the_label_is_no_chair():
    for vice in ("Vice ordförande", "1:e vice ordförande"):
        record = _record(vice)
        assert record["chair"] != "Per Holm"
        assert ("Per Holm", "vice ordförande") in [(a["name"], a["role"]) for a in record["attendees"]]


def test_a_chair_label_before_its_name_still_gives_the_chair():
    text = HEAD.replace("Beslutande Karin Lund (s) Ordförande Per Holm (m) {vice}",
                        "Ordförande Per Holm (m)\nBeslutande Karin Lund (s) Vice ordförande")
    record = parse_text(repair_text(text)[0], source="t.txt").to_dict()
    assert record["chair"] == "Per Holm"
