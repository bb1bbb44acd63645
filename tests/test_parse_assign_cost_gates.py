"""Gates of h139 (issue 12, session 18) in the assignment readers: the rules added this session (action notes, tasks
taken on or asked, agreements) tried their patterns on every sentence of every item; a cheap word test now goes
first. Each gate is truthful (every wording its pattern reads holds a gate word) and the
reading is the same with the gate and without it."""

from __future__ import annotations

import random

from protokoll.parse import assignforms, commitments, parse_text
from regex_parts import alternatives as _alternatives

HEAD = ("Minnesanteckningar\nArbetsgruppen för kulturskolan\nDatum 12 mars 2026\n\n"
        "Närvarande: Ingrid Falk, Tobias Rehn, Maja Sundqvist, Elias Nordin\n\n1. Lokaler\n")
TAIL = "\n\n2. Nästa möte\nNästa möte 16 april 2026.\n"
SENTENCES = [
    "Maja bokar aulan till vårkonserten.", "Tobias skickar ut kallelsen, Elias tar fram programmet.",
    "(IF) kontaktar musikskolan.", "Kansliet sammanställer svaren och sekreteraren skriver kallelsen.",
    "Ingrid ber Tobias undersöka priset på stolar.", "Till nästa möte: Elias Nordin ställer samman budgeten.",
    "Maja och Elias ringer hyresvärden.", "Kassören sammanställer sedvanlig rapport.", "Gruppen diskuterade lokalerna.",
    "Gruppen enades om att Tobias kontaktar fastighetsbolaget.", "Det beslutades att kansliet tar fram ett underlag.",
    "Styrelsen beslöts att vänta.", "Ingrid åtar sig att skriva inbjudan.", "Gruppen beslutade att be Elias ringa skolan.",
    "Elias berättar om höstens kurser.", "Förslaget föreslås att antas.", "Vi kom överens om att Maja bokar bussen.",
    "Maja kommer att kontakta skolorna.", "Frågan om att flytta lektionerna tas upp igen.", "Tobias följer upp ärendet.",
]


def _deed_verbs() -> list[str]:
    source = commitments.DEED.pattern
    start = source.index("(?P<verb>") + len("(?P<verb>")
    return _alternatives(source[start:source.index(r")\s+(?P<rest>")])


def test_every_deed_verb_opens_with_a_gate_word():
    verbs = _deed_verbs()
    assert len(verbs) >= 30
    for verb in verbs:
        assert verb.split("\\s")[0] in commitments.DEED_VERB_WORDS, verb
    assert commitments._may_note("Elias bjuder in rektorn.") and commitments._may_note("Ingrid ber Maja ringa.")
    assert not commitments._may_note("Elias berättar om kurserna.")


def _assignments(rng: random.Random) -> list[list[tuple[str, str]]]:
    out = []
    for _ in range(60):
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 5)))
        items = parse_text(HEAD + body + TAIL, "x.txt").items
        out.append([(a.assignee, a.task) for a in items[0].assignments])
    return out


def test_tasks_read_as_without_the_gates(monkeypatch):
    gated = _assignments(random.Random(139))
    assert any(gated) and not all(gated)
    monkeypatch.setattr(commitments, "_may_note", lambda sentence: True)
    monkeypatch.setattr(assignforms, "_agreed_word", lambda text: True)
    assert _assignments(random.Random(139)) == gated


def test_every_agreed_wording_holds_a_gate_word():
    source = assignforms.AGREED.pattern
    group = source[len(r"\b(?:"):source.index(r")\s+att")]
    for wording in _alternatives(group):
        assert any(w in wording.replace(r"\s+", " ") for w in assignforms.AGREED_WORDS), wording
    assert assignforms._taken_or_asked("Gruppen kom överens om att Maja bokar bussen") == \
        "Maja får i uppdrag att boka bussen."


AGENTS = ["Ingrid Falk och Tobias Rehn", "Ingrid Falk, Ekby, och Tobias Rehn, Åsby", "Kommundirektörerna i Ekby och Åsby",
          "Ingrid Falk, Ekby kommun, och Tobias Rehn, Region Norr", "Ekby, Ingrid Falk och Tobias Rehn, Åsby",
          "Ingrid Falk, Ekby", "Förvaltningen", "Ingrid Falk, Tobias Rehn och Maja Sundqvist"]


def test_agents_split_as_without_the_early_return():
    from protokoll.parse import agents

    def unguarded(who: str) -> list[str]:  # split_agents as written before its early return
        parts = [p.strip() for p in agents.re.split(r"\s*,\s*(?:och\s+)?|\s+och\s+", who) if p.strip()]
        if len(parts) > 1 and all(agents.is_person(p) or agents.opens_name(p) for p in parts):
            return parts
        people = [p for p in parts if agents.is_person(p)]
        if len(people) > 1 and parts[0] in people and all(
                p in people or parts[k - 1] in people and agents.AFFILIATION.match(p) for k, p in enumerate(parts)):
            return people
        return [who]

    assert [agents.split_agents(w) for w in AGENTS] == [unguarded(w) for w in AGENTS]
    assert agents.split_agents(AGENTS[1]) == ["Ingrid Falk", "Tobias Rehn"]
