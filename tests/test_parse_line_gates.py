"""Gates of h130 (issue 12): a cheap word test before patterns tried on every line; each gate is truthful (every
wording of its patterns holds one of its words) and the reading is the same with the gate and without it."""

from __future__ import annotations

import random
import re

from protokoll.parse import kindmarks
from protokoll.parse.kindmarks import DECIDED, DECIDED_NOW, DECIDED_WORDS, attended_record
from protokoll.parse.lines import Line
from regex_parts import Spy as _Spy, alternatives as _alternatives


def _wordings(alt: str) -> list[str]:
    """An alternative with a group of alternatives in it, written out as one wording per alternative of the group."""
    if "(?:" not in alt:
        return [alt]
    head, rest = alt.split("(?:", 1)
    inner = rest[:rest.rindex(")")]
    return [w for a in _alternatives(inner) for w in _wordings(head + a)]


def test_every_decided_wording_holds_a_gate_word():
    for pattern in (DECIDED, DECIDED_NOW):
        body = pattern.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
        wordings = [w for alt in _alternatives(body) for w in _wordings(alt)]
        assert len(wordings) >= 4
        for wording in wordings:
            assert any(word in wording for word in DECIDED_WORDS), wording


LINES = ["Närvarande: Vendela, Tor och Malin", "Vi beslutar att köpa en ny grill.", "Styrelsen har beslutat om ramarna.",
         "Budgeten GODKÄNDES.", "Kassör valdes: Tor Ekvall.", "Protokollet lades till handlingarna.", "Frågan diskuterades.",
         "Förslaget antogs enhälligt.", "Vi BESLÖT att vänta.", "Noteras: inget.", "Kaffe serverades.", "",
         "Planen fastställdes.", "Rapporten noterades och antecknades.", "Vi tittar på beslutet igen.", "Dagordning"]


def _document(rng: random.Random) -> str:
    return "Dagordning styrelsemöte Tallbo båtklubb\n" + "\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 12)))


def test_attended_record_reads_as_without_its_gate(monkeypatch):
    rng = random.Random(130)
    title = [Line("Dagordning styrelsemöte Tallbo båtklubb", 0)]
    docs = [_document(rng) for _ in range(600)]
    gated = [attended_record("agenda", title, doc) for doc in docs]
    monkeypatch.setattr(kindmarks, "_may_tell_decided", lambda text: True)
    assert [attended_record("agenda", title, doc) for doc in docs] == gated
    assert None in gated and "agenda" in gated


def test_lines_without_a_decided_word_are_not_searched(monkeypatch):
    decided, now = _Spy(DECIDED), _Spy(DECIDED_NOW)
    monkeypatch.setattr(kindmarks, "DECIDED", decided)
    monkeypatch.setattr(kindmarks, "DECIDED_NOW", now)
    title = [Line("Dagordning styrelsemöte Tallbo båtklubb", 0)]
    text = "Dagordning styrelsemöte Tallbo båtklubb\nNärvarande: Vendela, Tor och Malin\n1. Kaffe\n2. Grillen\n3. Övrigt\n"
    assert attended_record("agenda", title, text) == "agenda"
    assert decided.calls == 0 and now.calls == 0
    told = text + "Grillen godkändes.\nVi beslutar att vänta.\n"
    assert attended_record("agenda", title, told) is None
    assert decided.calls + now.calls == 3  # the two lines that hold a word, no other


def test_every_infinitive_ends_with_a_gate_ending():
    from protokoll.parse.agendaproposal import INFINITIVE, INFINITIVE_ENDS
    import re

    for alt in _alternatives(INFINITIVE.removeprefix("(?:").removesuffix(")")):
        wording = re.sub(r"\\s\+", " ", alt)
        assert re.fullmatch(INFINITIVE, wording) and wording.endswith(INFINITIVE_ENDS), wording


TITLE_PIECES = ["Justering", "utse", "Anna Lind", "att justera protokollet", ".", "godkänna", "Budget 2031", "ta del av",
                "Val av ombud", "ställa sig bakom", "förslaget", "\n", "ge", "Rätt att", "lämna", ":", " ", "Ekonomi;",
                "välja ordförande", "tacka för", "avge", "yttrande."]


def test_heading_run_on_reads_as_without_its_gate(monkeypatch):
    from protokoll.parse import agendaproposal

    rng = random.Random(1300)
    titles = [" ".join(rng.choice(TITLE_PIECES) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    titles += [t.replace(" .", ".").replace(" \n", "\n") for t in titles]
    gated = [agendaproposal.heading_run_on(t) for t in titles]
    monkeypatch.setattr(agendaproposal, "_may_run_on", lambda title: True)
    assert [agendaproposal.heading_run_on(t) for t in titles] == gated
    assert sum(p is not None for _, p in gated) > 100


def test_a_heading_without_a_proposal_at_its_end_is_not_matched(monkeypatch):
    from protokoll.parse import agendaproposal

    spy = _Spy(agendaproposal.RUN_ON)
    monkeypatch.setattr(agendaproposal, "RUN_ON", spy)
    assert agendaproposal.heading_run_on("Val av ombud till Tallby vattenråd") == ("Val av ombud till Tallby vattenråd", None)
    assert spy.calls == 0
    assert agendaproposal.heading_run_on("Justering utse") == ("Justering", "utse")
    assert spy.calls == 1


COMPOUND_OCH = re.compile(r" och [a-zåäö]+(?:nämnd|förvaltning|kontor|styrelse|utskott|enhet|avdelning|sektor|"
                          r"direktion)(?:en|et|s)?\b")


def _compound_och(value: str, i: int) -> bool:
    """The " och " at ``i`` joins a compound (h209): after a suspension hyphen, or before a lower-case body word."""
    return value[i - 1:i] == "-" or COMPOUND_OCH.match(value, i) is not None


def _by_character(value: str):
    """The reading ``listchunks._bracketed_chunks`` made before h130, one character at a time: the reference."""
    from protokoll.parse.listchunks import Chunk

    parts, buf, depth, paren, cur_paren, joined, i = [], "", 0, "", [], False, 0
    while i < len(value):
        ch = value[i]
        if ch == "(":
            depth += 1
            if depth == 1:
                paren, i = "", i + 1
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                cur_paren.append(paren.strip())
                i += 1
                nxt = value[i:].lstrip()
                if nxt[:1] and nxt[:1] not in ",;" and not nxt.startswith("och "):
                    parts.append(Chunk(buf.strip(), cur_paren, joined))
                    buf, cur_paren, joined = "", [], False
                continue
        if depth:
            paren += ch
        elif ch in ",;":
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], False
        elif value.startswith(" och ", i) and not _compound_och(value, i) or value.startswith(" samt ", i):
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], True
            i += 5 if value.startswith(" och ", i) else 6
            continue
        else:
            buf += ch
        i += 1
    parts.append(Chunk(buf.strip(), cur_paren, joined))
    return [p for p in parts if p.text or p.paren]


LIST_PIECES = ["Vendela Ström", "(S)", "(", ")", ",", ";", " och ", " samt ", "och ", " ", "Tor Ekvall", "ordförande",
               "(ersättare för Malin Ås, (M))", "samt", "och", "((", "))", "Kd", "§ 12-14", " och och ", " samt  och ",
               "Barn-", "miljö", "utbildningsnämnden", "fritidsnämndens"]


def test_a_list_with_brackets_is_cut_as_when_read_character_by_character():
    from protokoll.parse.listchunks import CONJUNCTION, SPECIAL, _bracketed_chunks

    rng = random.Random(13)
    values = ["".join(rng.choice(LIST_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(6000)]
    for value in values:
        assert _bracketed_chunks(value) == _by_character(value), value
    assert SPECIAL.pattern == rf"[(),;]|{CONJUNCTION}| samt "


def test_a_blank_line_is_made_without_its_text_scanned(monkeypatch):
    from protokoll.parse import lines

    digit, chrome = _Spy(lines.DIGIT), []
    monkeypatch.setattr(lines, "DIGIT", digit)
    monkeypatch.setattr(lines, "may_be_chrome", lambda text: chrome.append(text) or False)
    text = "Protokoll Tallby båtklubb\n\n§ 4 Hamnen\n\n\nTill toppen\n"
    made = lines.split_lines(text)
    assert [(ln.text, ln.start, ln.blank, ln.digit) for ln in made] == [
        ("Protokoll Tallby båtklubb", 0, False, False), ("", 26, True, False), ("§ 4 Hamnen", 27, False, True),
        ("", 38, True, False), ("", 39, True, False), ("Till toppen", 40, False, False), ("", 52, True, False)]
    assert digit.calls == 3 and chrome == ["Protokoll Tallby båtklubb", "§ 4 Hamnen", "Till toppen"]
