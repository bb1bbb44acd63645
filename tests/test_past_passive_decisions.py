"""Decisions written as the item's own sentence in the past (parse/decisionverbs.py, parse/deciders.py,
parse/unlabelled.py): the past passive of every decision verb of the shared vocabulary ("Medel avsattes ...",
"En arbetsgrupp tillsattes ..."), "godta" among the verbs ("Mötet godtog ..."), a passive whose agent is another
body left out ("... fastställdes av kommunfullmäktige"), and a sub-point's mark before the sentence ("a) Eva Holm
valdes till kassör."). Documents written for these tests (invented associations, places and names)."""

from __future__ import annotations

from protokoll.parse import parse_text


def _protocol(body: str, *paragraphs: str) -> list[list[str]]:
    text = f"PROTOKOLL\nOrgan: {body}\nDatum: 2025-03-12\nPlats: Bygdegården, Östra Rya\n\n"
    text += "Närvarande: Maja Lind, ordförande\n\n"
    text += "\n\n".join(f"§ {k} Ärende {k}\n{p}" for k, p in enumerate(paragraphs, 1)) + "\n"
    return [item.decisions for item in parse_text(text, "x.txt").items]


def test_the_past_passive_is_built_from_the_verbs_past():
    from protokoll.parse.decisionverbs import PAST_PASSIVES
    assert {"godkändes", "noterades", "avsattes", "avskrevs", "tillsattes", "antogs", "utsågs", "valdes",
            "bifölls", "godtogs", "upphävdes", "delegerades"} <= set(PAST_PASSIVES)


def test_the_impersonal_past_passive_of_a_decision_verb():
    found = _protocol("Styrelsen",
                      "Kassören redogjorde för läget. Medel avsattes för en ny lekplats vid klubbstugan.",
                      "Stadgarna behöver ses över. En arbetsgrupp tillsattes för att ta fram ett förslag.",
                      "Frågan om hyran har utretts. Frågan delegerades till ordföranden.")
    assert found == [["Medel avsattes för en ny lekplats vid klubbstugan."],
                     ["En arbetsgrupp tillsattes för att ta fram ett förslag."],
                     ["Frågan delegerades till ordföranden."]]


def test_the_meeting_accepts_with_godta():
    found = _protocol("Styrelsen", "Kassören lade fram ett förslag om nya avgifter. Mötet godtog förslaget.")
    assert found == [["Mötet godtog förslaget."]]


def test_a_passive_whose_agent_is_another_body_is_reported():
    found = _protocol("Styrelsen",
                      "Budgeten för bygdegården fastställdes av kommunfullmäktige i juni.",
                      "Verksamhetsplanen godkändes av årsmötet i mars.",
                      "Dagordningen godkändes av mötet.",
                      "Rapporten godkändes av styrelsen.")
    assert found == [[], [], ["Dagordningen godkändes av mötet."], ["Rapporten godkändes av styrelsen."]]


def test_the_agent_is_checked_against_the_meetings_body():
    from protokoll.parse.deciders import other_agent
    assert other_agent("Planen godkändes av årsmötet.", "Styrelsen")
    assert not other_agent("Planen godkändes av årsmötet.", "Årsmötet")
    assert other_agent("Bidraget beviljades av Länsstyrelsen.", None)
    assert not other_agent("Planen godkändes av Per Holm.", "Styrelsen")
    assert not other_agent("Planen godkändes av en enig styrelse.", "Styrelsen")


def test_a_sub_points_mark_is_no_part_of_the_decision():
    text = ("PROTOKOLL\nÅrsmöte i Östra Rya bygdegårdsförening\nDatum: 2025-03-12\nPlats: Bygdegården, Östra Rya\n\n"
            "1. Mötet öppnades.\n\n2. Val\na) Eva Strand valdes till kassör på två år.\n"
            "b) Olof Berg valdes till ledamot på ett år.\n\n3. Rapporter\n1) Kassarapporten godkändes.\n")
    found = [item.decisions for item in parse_text(text, "x.txt").items if item.title != "Mötet öppnades."]
    assert found == [["Eva Strand valdes till kassör på två år.", "Olof Berg valdes till ledamot på ett år."],
                     ["Kassarapporten godkändes."]]
