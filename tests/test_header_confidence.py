"""Header values carry a confidence: where the reader cannot be sure it abstains (null) and says why."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.record import CONFIDENT


def _evidence(rec, path):
    return [e for e in rec.evidence if e.path == path]


def test_several_member_municipalities_leave_the_organisation_open():
    text = ("Styrelsen\nMinnesanteckningar\n\nNärvarande\nAnna Berg, Ydre kommun\nPer Holm, Kinda kommun\n"
            "Eva Lind, Boxholms kommun\n\n1. Mötets öppnande\nAnna Berg öppnade mötet.\n")
    rec = parse_text(text, "x.txt")
    assert rec.organization is None
    [ev] = _evidence(rec, "organization")
    assert ev.rule.startswith("uncertain: several municipalities") and ev.confidence < CONFIDENT


def test_one_municipality_named_throughout_is_the_organisation():
    text = ("Kommunstyrelsen\nProtokoll\n\nBeslutande\nAnna Berg (S), ordförande\n\n§ 1 Budget\n"
            "Ydre kommun redovisar budgeten. Ydre kommun beslutar.\n")
    rec = parse_text(text, "x.txt")
    assert rec.organization == "Ydre kommun"
    [ev] = _evidence(rec, "organization")
    assert ev.confidence >= CONFIDENT and not ev.rule.startswith("uncertain")


def test_label_words_names_and_contact_details_are_no_organisation():
    for first in ("Datum", "JanErik Svensson", "E-post: kansli@example.se", "NetCity"):
        rec = parse_text(f"{first}\n\nMinnesanteckningar\n\n1. Mötets öppnande\nMötet öppnades.\n", "x.txt")
        assert rec.organization is None, first
        assert _evidence(rec, "organization")[0].rule.startswith("uncertain:")


def test_a_camel_case_name_ending_like_an_organisation_is_one():
    rec = parse_text("NordValsregionen\nMinnesanteckningar\n\n1. Mötets öppnande\nMötet öppnades.\n", "x.txt")
    assert rec.organization == "NordValsregionen"
