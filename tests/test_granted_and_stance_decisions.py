"""parse.decided / unlabelled / tentative: an application or motion granted or refused in the passive ("Ansökan
beviljades", "Motionen avslås"), the body's stand ("Regionstyrelsen stödjer förslaget", "Nämnden anser att ..."),
and what stays out: a proposal or a report of another's decision worded with the same verbs. Texts written here."""

import pytest

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2024-09-03\n\n"


def decisions(body: str) -> list[str]:
    rec = parse_text(HEAD + "§ 51 Bidrag till Vävföreningen Varpen\n" + body + "\n\n§ 52 Taxor\nBeslut: Taxan antas.\n",
                     "t.txt")
    return rec.items[0].decisions


@pytest.mark.parametrize("sentence", [
    "Ansökan om verksamhetsbidrag beviljades.",
    "Föreningens ansökan beviljas med 12 000 kronor.",
    "Ansökan om extra bidrag avslogs.",
    "Ansökan avslås.",
    "Yrkandet från Olle Sjöberg (V) bifölls.",
    "Motionen bifalls.",
    "Förslaget till yttrande tillstyrktes.",
    "Styrelsen beviljades ansvarsfrihet för år 2023.",
])
def test_granted_or_refused_in_the_passive(sentence):
    assert decisions("Kulturchefen redogjorde för ärendet.\n" + sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Kulturnämnden stödjer förslaget om ett gemensamt kulturhus.",
    "Regionstyrelsen stöder projektansökan.",
    "Samverkansrådet anser att frågan ska drivas gemensamt av kommunerna.",
    "Direktionen tar del av informationen.",
])
def test_the_bodys_stand_on_the_matter(sentence):
    assert decisions(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Förvaltningen föreslår att ansökan beviljas.",
    "Förvaltningen föreslår att rapporten godkänns.",
    "Ordföranden föreslår att motionen avslås.",
    "Kulturchef Eva Holm informerar om att ansökan beviljades av Kulturrådet i maj.",
    "Projektet beviljades medel från Europeiska socialfonden för tre år.",
    "Ansökan kan inte beviljas eftersom den kom in för sent.",
    "Nämnden anser att motionen bör avslås.",
])
def test_proposals_reports_and_what_may_be_decided_stay_out(sentence):
    assert decisions(sentence) == []


def test_a_decision_before_the_proposal_still_decides():
    sentence = "Styrelsen beslutade att föreslå årsmötet att avgiften fastställs till 200 kronor."
    assert decisions(sentence) == [sentence]


def test_the_gates_pass_every_verb_they_guard():
    import re
    from protokoll.parse import decided, tentative
    verbs = [v for group in re.findall(r"\\b\(\?:([a-zåäö|]+)\)", tentative.REPORTED.pattern) for v in group.split("|")]
    assert len(verbs) > 20
    for verb in verbs:
        assert tentative._may_report(f"Anna {verb} att"), verb
    for verb in ("beviljades", "beviljas", "avslogs", "avslås", "bifölls", "bifalls", "tillstyrktes", "tillstyrks",
                 "avstyrktes", "avstyrks"):
        assert decided.HAS_PASSIVE_WORD(f"Ansökan {verb}."), verb
        assert decided.unlabelled(f"Ansökan {verb}.") == f"Ansökan {verb}.", verb
