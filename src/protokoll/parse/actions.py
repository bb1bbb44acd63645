"""What an item decides and sets in motion: decisions, dissent, assignments, forwarding.

Decisions follow a "Beslut" label (with colon, space-colon or alone on a line)
or "<Body>s beslut", as one paragraph or as "att ..."-clauses. Assignments are
read from decision sentences and from any sentence saying "i uppdrag": "ger X
i uppdrag att", "X får i uppdrag att", "X ombeds", "X återkommer med", "X
ansvarar för", and clauses where an agent acts ("att sekretariatet tar fram").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import decided
from ..swedish import dates
from .features import keyword_fold
from .labelrest import lost_colon
from .lines import Line, join, sentences, split_sentences
from .names import find_people, is_person
from ..record import Assignment, Forward

DECISION_LABEL = re.compile(
    r"^(?:Beslut\s+[A-ZÅÄÖ][\wåäö ]{1,40}:(?=\s*$)|Beslut(?:et)?|BESLUT|Beslutades|Beslöts|Beslutsförslag antogs|Mötet beslutade|[A-ZÅÄÖ][\wåäö]+s beslut|"
    # a body named in two words: "Kommunstyrelsens arbetsutskotts beslut", "Barn- och utbildningsnämndens beslut"
    r"[A-ZÅÄÖ][\wåäö]+s\s+[a-zåäö]+s\s+beslut(?=\s*:?\s*$)|[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+s\s+beslut(?=\s*:?\s*$)|"
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]+\s+(?:BESLUTAR|beslutar|BESLUTADE|beslutade)(?=\s*:?\s*$)|"
    r"Beslut i korthet)(?![\wåäöÅÄÖ])\s*:?\s*(.*)$")  # not "Beslutsunderlag", "Beslutsgång"
PROPOSAL_LABEL = re.compile(
    r"^(?:Förslag till beslut|Förslag till beslut och yttrande|Förslag|[A-ZÅÄÖ][\wåäö\-]+(?:\s[\wåäö\-]+){0,3}s förslag"
    r"(?: till [\wåäö ]+)?|"
    r"Beslutsförslag|Föreslaget beslut)\s*:?\s*(.*)$")
NEXT_MEETING = re.compile(r"^(?:[\wåäö]+s\s+)?nästa\s+[\wåäö]*\s*(?:möte|sammanträde)", re.I)
PLACEHOLDER = re.compile(r"^(x+|-+|…|\.{3}|tbd|\?+)$", re.I)


@dataclass
class Decisions:
    decisions: list[str] = field(default_factory=list)
    proposed: str | None = None
    dissent: list[str] = field(default_factory=list)


def read_decisions(body: list[Line]) -> Decisions:
    """Decisions, the proposed decision and dissent of one item's body lines."""
    out = Decisions()
    i = 0
    while i < len(body):
        ln = body[i]
        t = ln.text  # the labels' words are tested first: most lines have neither
        pm = PROPOSAL_LABEL.match(t) if ("örslag" in t or "Föreslaget" in t) else None
        dm = DECISION_LABEL.match(t) if not pm and ("eslut" in t or "ESLUT" in t or "eslöt" in t) else None
        if pm and (pm.group(1) or _label_alone(ln.text)) and _is_proposal(ln.text):
            texts, i = _block(body, i, pm.group(1))
            value = strip_section_heading(" ".join(texts))
            out.proposed = None if PLACEHOLDER.match(value.strip(" .:")) or not value.strip(" .:") else value
            continue
        if dm and not ln.bullet and (_label_alone(ln.text) or _label_rest_ok(ln.text, dm.group(1))):
            texts, i = _block(body, i, dm.group(1))
            for t in texts:
                kept, who = split_dissent(t)
                out.dissent += [w for w in who if w not in out.dissent]
                if kept:
                    out.decisions.append(kept)
            continue
        i += 1
    if not out.decisions and not out.proposed:
        out.decisions = _midline_decisions(body)
    if not out.decisions and not out.proposed:
        found = sentences(body)
        out.decisions = [s[m.start():].strip() for s in found if (m := UNLABELLED.search(s))] \
            or decided.fallback(found)
        out.decisions = decided.with_checking(out.decisions, found)
    found = sentences(body)
    low = keyword_fold("\n".join(found))  # every dissent wording has "reserv" or "inte"
    for sentence in found if "reserv" in low or "inte" in low else ():
        if RESERVATION.search(sentence):
            for who in _dissenters(sentence):
                if who not in out.dissent:
                    out.dissent.append(who)
    return out


UNLABELLED = re.compile(
    r"(?:^|\s)(?:Beslutas|Beslöts|Beslutades|Det beslutades|Det beslöts)\s+att\b|"
    r"^(?:Till\s+)?(?:[\wåäö\-]+\s+){0,6}(?:godkändes|godkänns|godkännes|fastställdes|fastställs|fastställes|"
    r"antogs|antages|utsågs|valdes|beslöts|noteras|noterades|antecknas|antecknades|bordläggs|bordlades|"
    r"återremitteras|återremitterades|förklaras|förklarades\s+(?:lagligen|beslutför)|justeras\s+omedelbart)\b.*$|"
    r"^Det\s+(?:antecknades|antecknas|noterades|noteras)\s+att\b|"
    r"^(?:Mötet|Gruppen|Rådet|Nämnden|Styrelsen|Styrgruppen|Utskottet|Nätverket|Fullmäktige|Direktionen|Presidiet|"
    r"Beredningen|(?:[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s+[a-zåäö]|[A-ZÅÄÖ])[\wåäö\-]*(?:gruppen|rådet|nämnden|styrelsen|utskottet|nätverket|fullmäktige|direktionen|"
    r"beredningen))\s+(?:beslutar|beslutade|beslöt|ställer sig bakom|ställde sig bakom|"
    r"godkänner|godkände|tillstyrker|tillstyrkte|instämmer|instämde|föredrar|rekommenderar|tackar för|tackade för|"
    r"noterar|noterade|antecknar|antecknade|lägger|lade|återremitterar|återremitterade|bordlägger|bordlade)\b|"
    r"^.*\b(?:[Ll]äggs|[Ll]ades)\s+till\s+handlingarna\.?$")


#: a decision label inside a flattened line, its "att"-clauses after it: "... NÄMNDEN BESLUTAR att anta ... att ...",
#: "... Kommunstyrelsens beslut: att ..."
MIDLINE_DECISION = re.compile(r"(?:(?<=\s)|^)(?:[A-ZÅÄÖ]{3,}\s+BESLUTAR|BESLUT|[A-ZÅÄÖ][a-zåäö]+s\s+beslut|Beslut)\s*:?\s+"
                              r"(?=att\s)")


def _midline_decisions(body: list[Line]) -> list[str]:
    """The "att"-clauses after a decision label in the middle of a long line (text whose breaks were lost)."""
    for ln in body:
        if len(ln.text) < 80:
            continue
        m = MIDLINE_DECISION.search(ln.text)
        if m and m.start() > 0:
            return _clauses([Line(ln.text[m.end():], ln.start + m.end())])
    return []


def _label_rest_ok(text: str, rest: str) -> bool:
    """"Beslut: X", "Beslut :X" and "Beslut att X" are labels; "Beslut om X" (a list entry) is not."""
    head = text[: len(text) - len(rest)] if rest else text
    if re.match(r"^[A-ZÅÄÖ][\wåäö]+s beslut\s+[A-ZÅÄÖ]", text):  # "Kommunfullmäktiges beslut Dagordningen ..."
        return True
    return ":" in head or rest.startswith("att ") or lost_colon(head, rest)


def _label_alone(text: str) -> bool:
    return bool(re.fullmatch(r"[\wåäöÅÄÖ][\wåäöÅÄÖ\- ]*:?", text)) and len(text) < 60


PROPOSAL_START = re.compile(r"^(Förslag till beslut|Beslutsförslag|Föreslaget beslut|Förslag\s*:)", re.I)
OWN_PROPOSAL = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s[\wåäö\-]+){0,3}s förslag")


def _is_proposal(text: str) -> bool:
    return bool(PROPOSAL_START.match(text)) or \
        bool(OWN_PROPOSAL.match(text)) and len(text) < 80


def _block(body: list[Line], i: int, rest: str) -> tuple[list[str], int]:
    """The text after a label: one paragraph, or a run of "att"-clauses. Returns (texts, next index)."""
    lines: list[Line] = []
    j = i + 1
    if rest:
        lines.append(Line(rest, body[i].start))
    while j < len(body) and body[j].blank and not lines:
        j += 1
    clauses = (rest or (body[j].text if j < len(body) else "")).startswith("att ")
    while j < len(body):
        ln = body[j]
        if ln.blank:
            nxt = next((b for b in body[j:] if not b.blank), None)
            if not clauses or nxt is None or not nxt.text.startswith("att "):
                break
            j += 1
            continue
        if DECISION_LABEL.match(ln.text) and _label_alone(ln.text) or PROPOSAL_LABEL.match(ln.text) and \
                _is_proposal(ln.text) or NEXT_MEETING.search(ln.text) or SECTION.match(ln.text) or FOLLOW_UP.match(ln.text):
            break
        lines.append(ln)
        j += 1
    if clauses:
        return _clauses(lines), j
    if not rest and lines and len(lines) <= 2:
        more, j = _short_paragraphs(body, j)
        if more:
            return [join(lines)] + more, j
    return ([join(lines)] if lines else []), j


def _short_paragraphs(body: list[Line], j: int) -> tuple[list[str], int]:
    """After "Beslut:" on its own line, decisions as short paragraphs (a list whose bullets were lost)."""
    out: list[str] = []
    while j < len(body):
        k = j
        while k < len(body) and body[k].blank:
            k += 1
        para: list[Line] = []
        while k < len(body) and not body[k].blank:
            para.append(body[k])
            k += 1
        if not para or len(para) > 2 or DECISION_LABEL.match(para[0].text) or PROPOSAL_LABEL.match(para[0].text) \
                or NEXT_MEETING.search(para[0].text) or not re.match(r"[A-ZÅÄÖ]", para[0].text) \
                or SECTION.match(para[0].text) or FOLLOW_UP.match(para[0].text) or _subheading(para):
            break
        out.append(join(para))
        j = k
    return out, j


#: the follow-up labels of minutes after a decision: "Åtgärd: Anna skickar ut ...", "Ansvarig: ..."
FOLLOW_UP = re.compile(r"^(?:Åtgärd|Åtgärder|Ansvarig|Ansvariga|Ansvar|Klart\s+senast|Deadline|Uppföljning)\s*:")


def _subheading(para: list[Line]) -> bool:
    """A short line standing alone without a full stop after the decision ("Dagens sammanträde",
    "Ärendebeskrivning"): the next section's heading, not another decision."""
    text = para[0].text.strip()
    return len(para) == 1 and len(text.split()) <= 3 and not text.endswith((".", "!", ";", ":")) \
        and not re.search(r"\d", text)


SECTION = re.compile(r"^(?:Beskrivning av ärendet|Ärendebeskrivning|Ärendet|Bakgrund|Sammanfattning|Beslutsunderlag|"
                     r"Bilagor|Bilaga|Yrkanden?|Propositionsordning|Reservationer?|Skickas till|Expedieras|"
                     r"Handlingar|Underlag|Ärendets beredning|Förvaltningens bedömning|Bedömning|Beslutsgång|"
                     r"Beslutsordning|Överläggning|Protokollsanteckning|Jäv)\b\s*:?\s*$", re.I)


def _clauses(lines: list[Line]) -> list[str]:
    out: list[list[Line]] = []
    for ln in lines:
        if ln.text.startswith("att ") or not out:
            out.append([ln])
        else:
            out[-1].append(ln)
    return [join(c) for c in out]


RESERVATION = re.compile(r"reserver(ar|ade|at)\s+sig|stöd(?:er|jer)\s+(?:därmed\s+|därför\s+|således\s+)?inte\s+beslutet|"
                         r"anmäl(er|de)\s+reservation|deltar\s+inte\s+i\s+beslutet|deltog\s+inte\s+i\s+beslutet|"
                         r"står\s+inte\s+bakom\s+beslutet|^Reservation(er)?\b", re.I)


def _sentences(text: str) -> list[str]:
    return split_sentences(text)


def split_dissent(text: str) -> tuple[str, list[str]]:
    """A decision text without its dissent sentences, and who dissented."""
    kept, who = [], []
    for s in _sentences(text):
        if RESERVATION.search(s):
            who += _dissenters(s)
        else:
            kept.append(s)
    return " ".join(kept), who


def _dissenters(sentence: str) -> list[str]:
    s = re.sub(r"^Reservation(er)?\s*:?\s*", "", sentence)
    s = re.sub(r"^Mot beslutet reserverar sig\s+", "", s)
    people = [p for p in find_people(s) if not p.startswith("Mot ")]
    if people:
        return people
    m = re.match(r"^([A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)*)", s)
    return [m.group(1)] if m else []


# --- assignments -------------------------------------------------------------------------

SUBJECT_STOP = {"det", "den", "detta", "denna", "man", "vi", "de", "dessa", "han", "hon", "mötet", "beslutet",
                "förslaget", "frågan", "ärendet", "arbetet", "underlaget", "protokollet", "planen", "rapporten",
                "informationen", "dagordningen", "punkten", "avtalet", "uppdraget", "resan", "programmet"}
COPULA = {"är", "var", "blir", "blev", "har", "hade", "kan", "kunde", "skulle", "finns", "fanns", "gäller", "anser",
          "ansåg", "menar", "tycker", "föreslår", "beslutar", "godkänner", "noterar", "konstaterar", "ser", "tackar",
          "instämmer", "välkomnar", "önskar", "bedömer", "vill", "står", "utgår", "ligger", "innebär", "behöver",
          "framför", "informerar", "diskuterar", "lades", "läggs", "fastställer", "antar", "tillstyrker",
          "ställer", "ställde", "godkände", "instämde", "uppmanar", "betonar", "påpekar", "lyfter"}
NOUN_R = {"kommuner", "ledamöter", "frågor", "åtgärder", "medlemmar", "representanter", "deltagare", "regioner",
          "organisationer", "parter", "chefer", "direktörer", "kommundirektörer", "handlingar", "timmar",
          "dagar", "veckor", "gånger", "insatser", "aktörer", "grupper", "förvaltningar", "nämnder", "företrädare",
          "tjänstepersoner", "tjänstemän", "förtroendevalda", "bolag", "samtliga", "andra", "övriga", "fler",
          "flera", "nyanlända", "elever", "skolor", "lärare", "företag", "ungdomar", "idéer", "år", "efter",
          "under", "kommunerna", "inför", "över", "mer", "per", "när", "där", "eller", "fler", "senare"}
AGENT_HEAD = re.compile(r"(gruppen|gruppens|sekretariatet|sekretariatsledaren|kansliet|kommunerna|kommun|kommuner|"
                        r"nätverket|förvaltningen|arbetsgruppen|styrgruppen|ledningen|direktören|chefen|"
                        r"direktörerna|ordföranden|ordförande|ansvarig|ansvariga|samordnaren|strategen|"
                        r"utskottet|presidiet|rådet|nämnden|styrelsen|förbundet|regionen|staden|enheten|"
                        r"kontoret|strateg|samordnare|kommundirektör(?:en|erna)?|ledaren)$", re.I)
EXPLICIT = (
    re.compile(r"\b(?:ger|gav|ge|att ge)\s+(?P<who>.+?)\s+(?:fortsatt\s+)?i\s+uppdrag\s+att\s+(?P<task>.+)", re.I),
    re.compile(r"\buppdra[rs]?\s+(?:åt|till)\s+(?P<who>.+?)\s+att\s+(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:får|fick|ges|gavs|erhåller|har fått|erhöll)\s+(?:ett\s+)?(?:fortsatt\s+)?"
               r"(?:i\s+)?uppdrag(?:et)?\s+att\s+(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:ombeds|ombedes|uppmanas|uppdras)\s+(?:att\s+)?(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?P<task>återkommer\s+.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:ansvarar|ska ansvara|skall ansvara)\s+för\s+(?:att\s+)?(?P<task>.+)", re.I),
)

#: the words each pattern needs (all contain "uppdra", "ombed", "uppmanas", "återkommer" or "ansvara")
EXPLICIT_KEYS = (("uppdrag",), ("uppdra",), ("uppdrag",), ("ombeds", "ombedes", "uppmanas", "uppdras"), ("återkommer",),
                 ("ansvara",))


@dataclass
class Context:
    """What assignment reading needs to know about the meeting."""

    meeting: date | None
    next_meeting: date | None
    own_names: set[str]  #: the organisation, its initialism and the body: not assignees
    member_stem: str | None  #: "kommundirektör" for Kommundirektörsgruppen: its members act at the meeting


def read_assignments(texts: list[str], ctx: Context) -> list[Assignment]:
    """Assignments in decision (or proposal) texts."""
    out: list[Assignment] = []
    for text in texts:
        for sentence in _sentences(text):
            for a in _sentence_assignments(sentence, ctx):
                if not any(a.assignee.casefold() == b.assignee.casefold() and a.task == b.task for b in out):
                    out.append(a)
    return out


def add_found(decided: list[Assignment], found: list[Assignment]) -> None:
    """Add the assignments found in an item's running text to those its decision gives.

    The same assignee again is the same assignment: it only fills in a deadline the decision
    did not date ("i uppdrag ... senast den 3 april" in the text, "till nästa sammanträde" in the
    decision). The same task is the same assignment only when one assignee names the other
    ("sekretariatet" / "sekretariatet i Jönköping"); two assignees given one task in separate
    sentences are two assignments."""
    for a in found:
        same = next((b for b in decided if a.assignee.casefold() == b.assignee.casefold()), None)
        if same is not None:
            if same.due is None and a.due:
                same.due = a.due
            continue
        if any(a.task == b.task and _contains(a.assignee, b.assignee) for b in decided):
            continue
        decided.append(a)


def _contains(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a in b or b in a


CAPS_SECTION_TAIL = re.compile(r"(?:\s+[A-ZÅÄÖ]{4,}(?:\s+(?:OCH|AV|FÖR|[A-ZÅÄÖ]{2,}))*)+$")


def strip_section_heading(text: str) -> str:
    """Drop an upper-case section heading that a flattened agenda ran on into a text ("... EKONOMI")."""
    return CAPS_SECTION_TAIL.sub("", text).strip()


def duty_sentences(found: list[str]) -> list[str]:
    """Sentences that open with who shall do something ("Kansliet ska ha kvar ...")."""
    return [s for s in found if "ska" in s and DUTY.match(s)]


DUTY = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?!(?:att|som|med|om|när|då|det|den)\b)[\wåäö\-]+){0,4}?"
                  r"\s+(?:ska|skall)\s+[a-zåäö]+")


def uppdrag_sentences(found: list[str]) -> list[str]:
    """Sentences of running text that give an assignment explicitly ("i uppdrag")."""
    return [s for s in found if _uppdrag_word(s.casefold()) and UPPDRAG.search(s)]


def _uppdrag_word(low: str) -> bool:
    """The cheap test before ``UPPDRAG``: one of its words is in the (case-folded) sentence."""
    return "uppdra" in low or "ombed" in low or "uppmanas" in low


UPPDRAG = re.compile(r"\bi\s+uppdrag\s+att\b|\buppdrar\s+åt\b|\bombed(?:e)?s\b|\buppmanas\b|\buppdras\s+att\b", re.I)


CLAUSE_SPLIT = re.compile(r"(?:^|\s)(?:beslutar|beslöt|beslutade|godkänner|noterar)\s+(?:även\s+|också\s+)?(?=att\s)|"
                          r"(?:,|;)?\s+samt\s+(?=att\s)")


def _sentence_assignments(sentence: str, ctx: Context) -> list[Assignment]:
    s = sentence.strip()
    low = s.casefold()
    explicit = "uppdra" in low or "ombed" in low or "uppmanas" in low or "återkommer" in low or "ansvara" in low
    for rx, keys in zip(EXPLICIT, EXPLICIT_KEYS) if explicit else ():  # no key word: no pattern's window
        at = min((low.find(k) for k in keys if k in low), default=-1)
        if at < 0:  # cheap test first: these patterns scan from every position
            continue
        m = rx.search(s[max(0, at - 150):at + 400])  # a bounded window keeps run-on text linear
        if m:
            who = _last_agent(_clean_subject(m.group("who")))
            if who and _agent_ok(who, ctx) and not _members_without_deadline(who, s, ctx):
                return [_assignment(w, m.group("task"), s, ctx) for w in _split_agents(who)]
    out = []
    for clause in CLAUSE_SPLIT.split(s):
        a = _clause_assignment(clause.strip(), ctx)
        if a:
            out.append(a)
    return out


TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)$")


def _last_agent(who: str) -> str:
    """The agent of a long run-on subject: the longest tail after "och" that names an agent
    ("... bedömdes som aktuellt och gruppen för fysisk planering (fd ÖP-gruppen)" -> "gruppen för ...")."""
    who = TRAILING_BRACKET.sub("", who).strip()
    if len(who.split()) <= 8:
        return who
    parts = who.split(" och ")
    for k in range(1, len(parts)):
        tail = " och ".join(parts[k:])
        if len(tail.split()) <= 8 and _agent_like(tail):
            return tail
    return who


def _split_agents(who: str) -> list[str]:
    """"Anna Berg och Per Holm" -> both; "Kommundirektörerna i Malmö och Lund" stays one."""
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+och\s+", who) if p.strip()]
    if len(parts) > 1 and all(is_person(p) for p in parts):
        return parts
    return [who]


DECIDING_PREFIX = re.compile(r"^(?:.*\b(?:beslutar|beslöt|beslutade|föreslår)\s+(?:att\s+)?)", re.I)
LOWER_WORDS_BEFORE_NAME = re.compile(r"^(?:[a-zåäö]+\s+)+(?=[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ])")
LEADING_CONJUNCTION = re.compile(r"^(?:att|och|samt|även|därför|dessutom)\s+", re.I)
TRAILING_ADVERB = re.compile(r"\s+(?:i ett första steg|själv|gemensamt|därefter|också|även|nu)$", re.I)
APPOSITIVE = re.compile(r"^([^,]+),\s+[^,]+$")
SUBJECT_ATT = re.compile(r"\b(?:att|samt att|och att)\s+")


def _clean_subject(who: str) -> str:
    who = SUBJECT_ATT.split(who)[-1]
    who = DECIDING_PREFIX.sub("", who)
    who = LOWER_WORDS_BEFORE_NAME.sub("", who.strip())
    who = LEADING_CONJUNCTION.sub("", who.strip())
    who = TRAILING_ADVERB.sub("", who)
    who = who.strip(" ,.")
    appositive = APPOSITIVE.match(who)  # "Anna Berg, Nässjö kommun"
    if appositive and is_person(appositive.group(1)):
        who = appositive.group(1)
    return who


CLAUSE = re.compile(r"^(?:att\s+)?(?:avgående\s+|tillträdande\s+)?(.+?)\s+(?:(ska|skall|bör)\s+)?([a-zåäö]+)\b(.*)$")
ATT_WORD = re.compile(r"\batt\b")


def _clause_assignment(clause: str, ctx: Context) -> Assignment | None:
    m = CLAUSE.match(clause)
    if not m:
        return None
    words = clause.split()
    if words and words[0] == "att":
        words = words[1:]
    for k in range(1, min(len(words), 9)):
        verb = words[k].strip(",.")
        modal = verb in ("ska", "skall", "bör")
        if modal and k + 1 < len(words):
            verb_inf = words[k + 1].strip(",.")
            rest = " ".join(words[k + 2:])
        elif _finite(verb):
            verb_inf, rest = _infinitive(verb), " ".join(words[k + 1:])
        else:
            continue
        raw = " ".join(words[:k])
        who = _clean_subject(raw)
        if ATT_WORD.search(raw) or not _agent_ok(who, ctx) or not _agent_like(who):
            return None
        if modal and verb_inf.endswith("s"):
            return None
        rest = one_sentence(rest)
        due = _due(rest, ctx)
        if _members_without_deadline(who, clause, ctx):
            return None
        return Assignment(who, _task(f"{verb_inf} {rest}"), due.isoformat() if due else None)
    return None


def _members_without_deadline(who: str, text: str, ctx: Context) -> bool:
    """The meeting's own members acting ("Kommundirektörerna väljer ut ...") is an assignment only with a deadline;
    some of them, named by their municipalities ("Kommundirektörerna i Malmö och Lund bereder ..."), are given a task."""
    if not ctx.member_stem or not who.casefold().startswith(ctx.member_stem):
        return False
    if re.search(r"\bi\s+[A-ZÅÄÖ]", who):
        return False
    return not (_due(text, ctx) and re.search(r"\b(senast|innan|före|inför|midsommar)", text, re.I))


def _finite(word: str) -> bool:
    w = word.casefold()
    if w in COPULA or w in NOUN_R or not w.isalpha() or len(w) < 3:
        return False
    return w.endswith(("ar", "er", "ir", "är", "or")) and not w.endswith("s") or w in {"tar", "går", "får", "gör", "ser"}


def _infinitive(verb: str) -> str:
    v = verb.casefold()
    irregular = {"tar": "ta", "går": "gå", "gör": "göra", "får": "få", "ser": "se", "ger": "ge", "har": "ha",
                 "återkommer": "återkomma", "kommer": "komma", "lämnar": "lämna", "är": "vara"}
    if v in irregular:
        return irregular[v]
    if v.endswith("ar"):
        return v[:-1]
    if v.endswith("er"):
        return v[:-2] + "a"
    return v[:-1] + "a" if v.endswith("r") else v


#: an indefinite subject ("Ett femtontal företag", "Några kommuner", "Flera deltagare") describes who will
#: do something; an assignment is given to someone definite (a person, role, municipality or body)
INDEFINITE = re.compile(r"^(?:ett|en|några|flera|många|fler|ytterligare|andra|cirka|ca|ungefär|drygt|knappt|"
                        r"omkring|ett\s+antal|ett\s+par|ett\s+\w+tal|en\s+del)\b", re.I)


HAS_DIGIT = re.compile(r"\d")


def _agent_ok(who: str, ctx: Context) -> bool:
    w = who.casefold()
    if not who or w.split()[0] in SUBJECT_STOP or len(who) > 90 or HAS_DIGIT.search(who) or INDEFINITE.match(w):
        return False
    return w not in {n.casefold() for n in ctx.own_names}


PLACE_PREPOSITION = re.compile(r"\s+(?:i|inom|för|från|på|med|av)\s+")
EVERY_ONE = re.compile(r"^(alla|samtliga|respektive|varje|berörda)\s", re.I)


def _agent_like(who: str) -> bool:
    """A person, a municipality or organisation, or a group noun ("sekretariatet", "alla kommuner")."""
    from .names import is_org

    head = PLACE_PREPOSITION.split(who)[0]
    if is_person(head) or (is_org(head) and len(head.split()) <= 4):
        return True
    last = head.split()[-1]
    return bool(AGENT_HEAD.search(last)) or bool(EVERY_ONE.match(who))


def _task(text: str) -> str:
    """What is to be done, as an infinitive phrase: "återkommer med X" -> "återkomma med X", "leda X och
    redovisar Y" -> "leda X och redovisa Y" (a task keeps its verbs), cut before its deadline."""
    t = re.split(r"\s+(?:senast|som därefter|till nästa|inför|före|innan)\b|[.;]\s", text, maxsplit=1)[0]
    t = re.sub(r"^(återkommer|kommer)\b", lambda m: _infinitive(m.group(1)), t.strip())
    t = COORDINATED_VERB.sub(lambda m: f"{m.group(1)} {_infinitive(m.group(2))}"
                             if _finite(m.group(2)) else m.group(0), t)
    return t.strip(" ,.")


#: a second verb joined to the task: "leda förstudien och redovisar resultatet"
COORDINATED_VERB = re.compile(r"\b(och|samt)\s+([a-zåäö]{1,}(?:ar|er|ir|or))\b(?=\s+[\wåäö])")
#: a new sentence whose full stop was lost with a line break: "... efter sommaren Förslaget ska presenteras ..."
NEXT_SENTENCE = re.compile(r"\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+(?!som\b)[a-zåäö]+){0,4}\s+(?:ska|skall|kommer\s+att|har|är|blir)\s)")


def one_sentence(text: str) -> str:
    """The first sentence of a run whose full stops were lost: a task and its deadline come from one sentence."""
    return NEXT_SENTENCE.split(text, maxsplit=1)[0]


def _due(text: str, ctx: Context) -> date | None:
    if ctx.next_meeting and re.search(r"\btill\s+nästa\s+[\wåäö]*(möte|sammanträde)", text, re.I):
        return ctx.next_meeting
    return dates.resolve_deadline(text, ctx.meeting)


def _assignment(who: str, task: str, sentence: str, ctx: Context) -> Assignment:
    task = one_sentence(re.split(r",\s+(?:och|samt|men)\s+(?=[a-zåäö]+\s)", task)[0])
    due = _due(task, ctx)
    return Assignment(who, _task(task), due.isoformat() if due else None)


# --- forwarding --------------------------------------------------------------------------

FORWARD_VERB = re.compile(
    r"\b(förs\s+upp\s+till|förs\s+vidare\s+till|skickas\s+(?:vidare\s+)?till|översänd(?:a|s|es)?\s+(?:\w+\s+){0,3}?till|"
    r"överlämna(?:s|r)?\s+(?:\w+\s+){0,3}?till|hänskjut(?:s|a)\s+till|lyfts?\s+till|behandlas\s+(?:vid|av|på)|"
    r"ta\s+ställning\s+till|för\s+beslut\s+i|vidare\s+till|remitteras\s+till|tas\s+upp\s+(?:vid|på|i))", re.I)
TARGET = re.compile(r"\b(kommunstyrelse\w*|kommunfullmäktige\w*|fullmäktige\w*|förbundsstyrelse\w*|"
                    r"styrelse\w*|direktion\w*|presidie\w*|arbetsutskott\w*|förbundsfullmäktige\w*)", re.I)
#: a word each ``TARGET`` contains
TARGET_WORDS = ("styrelse", "fullmäktige", "direktion", "presidie", "arbetsutskott")
CANONICAL = (("kommunstyrelse", "Kommunstyrelsen"), ("kommunfullmäktige", "Kommunfullmäktige"),
             ("förbundsfullmäktige", "Förbundsfullmäktige"), ("fullmäktige", "Kommunfullmäktige"),
             ("förbundsstyrelse", "Förbundsstyrelsen"), ("styrelse", "Styrelsen"), ("direktion", "Direktionen"),
             ("presidie", "Presidiet"), ("arbetsutskott", "Arbetsutskottet"))


def read_forwards(found: list[str], ctx: Context, known: dict[str, list[date]]) -> list[Forward]:
    """Bodies an item is sent on to (from its sentences), with that body's meeting date when known."""
    out: list[Forward] = []
    for s in found:
        low = keyword_fold(s)
        if not any(w in low for w in TARGET_WORDS):  # the cheap test first: no body named, nothing sent on
            continue
        vm = FORWARD_VERB.search(s)
        if not vm or re.search(r"skickas\s+ut\b", s, re.I):
            continue
        tm = TARGET.search(s)
        if not tm:
            continue
        body = next(c for k, c in CANONICAL if tm.group(1).casefold().startswith(k))
        when = _forward_date(s[vm.start():], ctx, known.get(body, []))
        existing = next((f for f in out if f.body == body), None)
        if existing is None:
            out.append(Forward(body, when.isoformat() if when else None))
        elif existing.date is None and when:
            existing.date = when.isoformat()
    return out


def _forward_date(sentence: str, ctx: Context, known: list[date]) -> date | None:
    found = dates.find_dates(sentence, after=ctx.meeting)
    for m in found:
        if m.date in known:
            return m.date
    for m in found:
        if m.date:
            return m.date
        if m.month and not m.day:
            hit = [d for d in known if d.month == m.month]
            if hit:
                return hit[0]
    month = re.search(r"\bi\s+(" + "|".join(k for k in dates.MONTHS if len(k) > 3) + r")\b", sentence, re.I)
    if month:
        hit = [d for d in known if d.month == dates.MONTHS[month.group(1).casefold()]]
        if hit:
            return hit[0]
    future = [d for d in known if not ctx.meeting or d > ctx.meeting]
    return future[0] if len(set(future)) == 1 else None


def body_meeting_dates(text: str, ctx: Context) -> dict[str, list[date]]:
    """Dates of other bodies' meetings the document names ("styrelsemötet den 1 mars", "13/2 Styrelsemöte")."""
    out: dict[str, list[date]] = {}
    low = keyword_fold(text)
    for tm in TARGET.finditer(text) if any(w in low for w in TARGET_WORDS) else ():  # one scan of the text: a body's word never spans a line break
        first = text.rfind("\n", 0, tm.start()) + 1
        last = text.find("\n", tm.end())
        line = text[first:last if last >= 0 else len(text)]
        start, end = tm.start() - first, tm.end() - first
        word = tm.group(1).casefold()
        if not re.search(r"möte|sammanträde", word) and not re.search(
                rf"{re.escape(tm.group(1))}\s+(?:den\s+)?\d", line):
            continue
        body = next(c for k, c in CANONICAL if word.startswith(k))
        near = line[max(0, start - 12): end + 30]
        for m in dates.find_dates(near, after=ctx.meeting):
            if m.date and m.date not in out.setdefault(body, []):
                out[body].append(m.date)
    return out
