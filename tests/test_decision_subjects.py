"""Decisions confirmed by the body that takes them (parse/deciders.py, parse/decisionverbs.py): the body as the
subject of a decision or stance verb when it is the header's body, a collective word of its name or a general
meeting noun; the impersonal present passive of a decision verb known by its form; a third party's past decision
left out. Documents written for these tests (invented bodies, places and names)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.deciders import confirmed, third_party
from protokoll.parse.decisionverbs import PASSIVES, VERBS


def _protocol(body: str, *paragraphs: str) -> list[list[str]]:
    text = f"PROTOKOLL\nOrgan: {body}\nDatum: 2025-03-12\nPlats: Stadshuset, Lövnäs\n\n"
    text += "Närvarande: Lena Ek, ordförande\n\n"
    text += "\n\n".join(f"§ {k} Ärende {k}\n{p}" for k, p in enumerate(paragraphs, 1)) + "\n"
    return [item.decisions for item in parse_text(text, "x.txt").items]


def test_the_verbs_forms_are_built_from_one_vocabulary():
    forms = {v.passive for v in VERBS}
    assert {"godkänns", "fastställs", "avsätts", "avskrivs", "noteras", "beviljas", "antas", "avslås", "utses",
            "väljs", "bifalls"} <= forms
    assert "godkännes" in PASSIVES and "fastställes" in PASSIVES
    assert any(v.past == "avsatte" and v.present == "avsätter" for v in VERBS)


def test_the_impersonal_present_passive_of_a_decision_verb():
    found = _protocol("Kulturnämndens arbetsutskott",
                      "Ekonomen redogjorde för utfallet. Medel avsätts för sommarens aktiviteter på fritidsgården.",
                      "Förvaltningen har gått igenom ansökningarna. Resterande belopp anvisas ur nämndens reserv.")
    assert found == [["Medel avsätts för sommarens aktiviteter på fritidsgården."],
                     ["Resterande belopp anvisas ur nämndens reserv."]]


def test_a_passive_after_a_modal_or_in_a_clause_decides_nothing():
    found = _protocol("Kulturnämndens arbetsutskott",
                      "Ekonomen redogjorde för utfallet. Medel kan avsättas senare under året.",
                      "Ekonomen menar att medel avsätts först i höst.")
    assert found == [[], []]


def test_the_body_named_by_a_word_of_its_name_or_a_general_noun_decides():
    found = _protocol("Kulturnämndens arbetsutskott",
                      "Förvaltningen har utrett öppettiderna. Arbetsutskottet diskuterade frågan och beslutade att "
                      "avvakta till hösten.",
                      "Riktlinjerna presenterades av Per Holm. Utskottet ansåg att riktlinjerna är tydliga nog.",
                      "Sommarlägret planeras av föreningarna. Församlingen avsatte medel för sommarlägret.")
    assert found == [["Arbetsutskottet diskuterade frågan och beslutade att avvakta till hösten."],
                     ["Utskottet ansåg att riktlinjerna är tydliga nog."],
                     ["Församlingen avsatte medel för sommarlägret."]]


def test_an_initialism_of_the_header_body_decides():
    found = _protocol("LAG för Leader Norrskogen",
                      "Ansökan från byalaget presenterades. LAG beviljade stöd till projektet.")
    assert found == [["LAG beviljade stöd till projektet."]]


def test_a_third_party_reported_in_the_past_is_no_decision_of_this_meeting():
    found = _protocol("Kulturnämndens arbetsutskott",
                      "Kommunfullmäktige beslutade att remittera planen till nämnderna.",
                      "Regeringen beslutade om nya anslag till kulturskolorna.")
    assert found == [[], []]


def test_confirmation_against_the_header_body():
    assert confirmed("Mötet", None) and confirmed("Styrelsen", "Kommunstyrelsen")
    assert confirmed("Arbetsutskottet", "Kommunstyrelsens arbetsutskott")
    assert confirmed("Partnerskapet", "Partnerskapet för Ådalen")
    assert not confirmed("Kommunfullmäktige", "Kommunstyrelsens arbetsutskott")
    assert not confirmed("Regeringen", "Socialnämnden")
    assert third_party("Kommunfullmäktige beslutade att anta planen.", "Socialnämnden")
    assert not third_party("Socialnämnden beslutade att anta planen.", "Socialnämnden")
    assert not third_party("Kommunfullmäktige beslutade att anta planen.", None)  # no header body: nothing to tell


def test_a_notes_topic_before_the_passive_and_a_modal_clause_after_it():
    found = _protocol("Styrelsen för Bäckåsens vägförening",
                      "Trumman vid korsningen: Ärendet avskrivs tills vidare, kan dock tas upp igen efter tjälen.")
    assert found == [["Ärendet avskrivs tills vidare"]]


def test_the_meetings_decision_in_running_prose_is_a_sentence_not_a_label():
    """"Mötet beslutade att ..." opening a paragraph is the body's sentence, as "Styrelsen beslutade att ..." is: the
    decision is that sentence (its subject kept), and the meeting's settlement later in the paragraph is one too."""
    found = _protocol("Årsmötet för Lindås byalag",
                      "Mötet beslutade att midsommarfesten hålls på ängen vid skolan. Beträffande dansbanan hänsköts "
                      "frågan till styrelsen. Eva Lind berättade om kommande besök. Mötet bestämde att vi ordnar en "
                      "städdag den 4 maj.")
    assert found == [["Mötet beslutade att midsommarfesten hålls på ängen vid skolan.",
                      "Mötet bestämde att vi ordnar en städdag den 4 maj."]]


def test_the_meetings_label_alone_on_its_line_still_heads_the_decision():
    found = _protocol("Årsmötet för Lindås byalag", "Frågan om ny brygga diskuterades.\nMötet beslutade:\n"
                      "att bygga en ny brygga under sommaren.")
    assert found == [["att bygga en ny brygga under sommaren."]]


def test_the_bodys_stance_in_the_past_beside_its_other_decisions():
    """"Styrelsen ansåg att ..." is read as "Styrelsen anser att ..." already was, beside the item's other decisions."""
    found = _protocol("Styrelsen för Lindås byalag",
                      "Styrelsen diskuterade marknaden.\nStyrelsen ansåg att standplatsen var för dyr.\n"
                      "Styrelsen beslöt att föreningen deltar i höstmarknaden.")
    assert found == [["Styrelsen ansåg att standplatsen var för dyr.",
                      "Styrelsen beslöt att föreningen deltar i höstmarknaden."]]
