"""An item's assignments, read from its decision sentences and from any sentence saying "i uppdrag":
"ger X i uppdrag att", "X får i uppdrag att", "X ombeds", "X återkommer med", "X ansvarar för", and
clauses where an agent acts ("att sekretariatet tar fram"). Who the agent is: :mod:`.agents`."""

from __future__ import annotations

import re

from ..record import Assignment
from .bodywords import BODY_BARE, BODY_DEFINITE, BODY_SUBJECT, alternation
from .features import keyword_fold
from .assigndue import REPORT_BACK, due as _due, report_back_due
from .agents import EVERYONE_ALONE, agent_like, agent_ok, clean_subject, last_agent, split_agents
from .assignguards import (capitalised, dangling_subject, earlier_decision, first_clause, forecast_before,
                           mandate, not_a_subject, passive_after_adverb, pronoun_after_modal, proposed_by_someone,
                           recounted, same_task, without_trailing_join)
from .itemcontext import Context
from .lines import split_sentences
from .runningtext import numbered_points

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
EXPLICIT = (
    re.compile(r"\b(?:ger|gav|ge|att ge)\s+(?P<who>.+?)\s+(?:fortsatt\s+)?i\s+uppdrag\s+att\s+(?P<task>.+)", re.I),
    # "uppdra åt" without "åt" given by a body or group (the decision), not by another ("Regeringen uppdrar X att")
    re.compile(r"\b(?:(?:uppdra[rs]?|uppdrogs?|(?:ger|gav|ge)\s+i\s+uppdrag)\s+(?:åt|till)|"
               rf"(?:{BODY_SUBJECT}\s+uppdr(?:ar|og)|att\s+uppdra)(?:\s+(?:även|också|därför|därmed|härmed|dessutom|vidare))?"
               r"(?=\s+(?!åt\b|till\b|att\b)))\s+(?P<who>.+?)\s+att\s+(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:får|fick|ges|gavs|erhåller|erhöll)\s+(?:ett\s+)?(?:fortsatt\s+)?"
               r"(?:i\s+)?uppdrag(?:et)?\s+att\s+(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:ombeds|ombedes|uppmanas|uppdras)\s+(?:att\s+)?(?P<task>.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?P<task>återkommer\s+.+)", re.I),
    re.compile(r"(?P<who>\S.*?)\s+(?:ansvarar|ska ansvara|skall ansvara)\s+för\s+(?:att\s+)?(?P<task>.+)", re.I),
)

#: what follows the agent in each pattern that opens with it (a lazy "who" tried from every position of a
#: sentence that does not match costs the square of its length): searched first, from the space before the verb
EXPLICIT_AFTER_WHO = tuple(re.compile(r"\s" + rx.pattern.split(r")\s+", 1)[1], re.I)
                           if rx.pattern.startswith("(?P<who>") else None for rx in EXPLICIT)

#: the words each pattern needs (all contain "uppdr", "ombed", "uppmanas", "återkommer" or "ansvara")
EXPLICIT_KEYS = (("uppdrag",), ("uppdra", "uppdrog"), ("uppdrag",), ("ombeds", "ombedes", "uppmanas", "uppdras"),
                 ("återkommer",), ("ansvara",))


def read_assignments(texts: list[str], ctx: Context) -> list[Assignment]:
    """Assignments in decision (or proposal) texts."""
    out: list[Assignment] = []
    last: list[Assignment] = []  # the assignments the sentence before gave: a report-back sentence dates them
    for text in texts:
        for sentence in (p for s in split_sentences(text) if not recounted(s) for p in numbered_points(s)):
            if report_back_due(sentence, last, ctx):
                continue
            last = [a for a in _read_once(sentence, ctx)
                    if not any(a.assignee.casefold() == b.assignee.casefold() and a.task == b.task for b in out)]
            out += last
    return out


def _read_once(sentence: str, ctx: Context) -> list[Assignment]:
    """The sentence's assignments, read once per meeting (they depend on the sentence and the meeting alone),
    as new objects: :func:`add_found` fills in a deadline of an assignment it is given."""
    found = ctx.sentence_assignments.get(sentence)
    if found is None:
        found = ctx.sentence_assignments[sentence] = tuple(_sentence_assignments(sentence, ctx))
    return [Assignment(a.assignee, a.task, a.due, a.due_text) for a in found]


def add_found(decided: list[Assignment], found: list[Assignment]) -> None:
    """Add the assignments found in an item's running text to those its decision gives.

    The same assignee again is the same assignment: it only fills in a deadline the decision
    did not date ("i uppdrag ... senast den 3 april" in the text, "till nästa sammanträde" in the
    decision). The same task is the same assignment only when one assignee names the other
    ("sekretariatet" / "sekretariatet i Jönköping"); two assignees given one task in separate
    sentences are two assignments. Among those found in the text, one assignee's other task is another assignment
    (:func:`.assignguards.same_task`: "Sven ansvarar för grillningen. ... Sven startar frysen")."""
    given = len(decided)
    for a in found:
        same = next((b for k, b in enumerate(decided) if a.assignee.casefold() == b.assignee.casefold()
                     and (k < given or same_task(a.task, b.task))), None)
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


def duty_sentences(found: list[str]) -> list[str]:
    """Sentences that open with who shall do something ("Kansliet ska ha kvar ...")."""
    return [s for s in found if "ska" in s and DUTY.match(s)]


DUTY = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?!(?:att|som|med|om|när|då|det|den)\b)[\wåäö\-]+){0,4}?"
                  r"\s+(?:ska|skall)\s+[a-zåäö]+")


def uppdrag_sentences(found: list[str]) -> list[str]:
    """Sentences of running text that give an assignment explicitly ("i uppdrag")."""
    if not _uppdrag_word(keyword_fold("\n".join(found))):  # the item's sentences tested at once
        return []
    out = []
    for k, s in enumerate(found):
        if _uppdrag_word(s.casefold()) and UPPDRAG.search(s) and not proposed_by_someone(s):
            out += [s] + [t for t in found[k + 1:k + 2] if REPORT_BACK.match(t)]  # and when it is to be reported
    return out


def _uppdrag_word(low: str) -> bool:
    """The cheap test before ``UPPDRAG``: one of its words is in the (case-folded) sentence."""
    return "uppdr" in low or "ombed" in low or "uppmanas" in low  # (uppdrag, uppdrar, uppdrog)


UPPDRAG = re.compile(r"\bi\s+uppdrag\s+(?:att|åt)\b|\b(?:uppdrar|uppdrog|att\s+uppdra)\s+\w|\bombed(?:e)?s\b|\buppmanas\b|\buppdras\s+att\b|"
                     r"\buppdrogs?\s+åt\b|\b(?:får|fick)\s+uppdraget\s+att\b", re.I)  # "Uppdrogs åt X", "får uppdraget"


CLAUSE_SPLIT = re.compile(r"(?:^|\s)(?:beslutar|beslöt|beslutade|godkänner|noterar)\s+(?:även\s+|också\s+)?(?=att\s)|"
                          r"(?:,|;)?\s+samt\s+(?=att\s)")


def _sentence_assignments(sentence: str, ctx: Context) -> list[Assignment]:
    s = sentence.strip()
    low = s.casefold()
    explicit = "uppdr" in low or "ombed" in low or "uppmanas" in low or "återkommer" in low or "ansvara" in low
    for rx, keys, after in zip(EXPLICIT, EXPLICIT_KEYS, EXPLICIT_AFTER_WHO) if explicit else ():  # no key word
        at = min((low.find(k) for k in keys if k in low), default=-1)
        if at < 0:  # cheap test first: these patterns scan from every position
            continue
        if earlier_decision(s, at):
            return []  # "Fullmäktige beslutade 2021-05-10 att ge ... i uppdrag": an earlier decision recounted
        window = s[max(0, at - 150):at + 400]  # a bounded window keeps run-on text linear
        m = rx.search(window) if after is None or after.search(window) else None
        if m and rx in GIVING and forecast_before(window, m.start()):
            return []  # "kommer kommunen att ... ge bolaget i uppdrag": what someone will do, not given here
        if m:
            who = last_agent(clean_subject(m.group("who")))
            if not_a_subject(who) or capitalised(m.group("task").split()[0] if m.group("task").split() else ""):
                return []  # "Enligt förbundsordningen får ...": an adverbial, not who; "Planen ombeds Anna skicka":
                # the object first, the one asked after the verb (a task opens with its verb, never a name)
            if who and agent_ok(who, ctx) and not _members_without_deadline(who, s, ctx):
                given = [_assignment(w, m.group("task"), s, ctx) for w in split_agents(who)]
                return [a for a in given if not dangling_subject(a.task)]  # "att vid lämpligt tillfälle i": cut off
            if who.casefold() in EVERYONE_ALONE:  # "Alla ombeds ...": asked of everyone, not read again as a clause
                return []
    out = []
    for clause in CLAUSE_SPLIT.split(s):
        a = _clause_assignment(clause.strip(), ctx)
        if a:  # "Anna Berg och Per Holm ska ...": a task each
            out += [Assignment(w, a.task, a.due) for w in split_agents(a.assignee)]
    return out


#: the patterns whose giver is left unsaid ("ger X i uppdrag", "uppdra åt X"): told as a forecast they give nothing
GIVING = EXPLICIT[:2]


CLAUSE = re.compile(r"^(?:att\s+)?(?:avgående\s+|tillträdande\s+)?(.+?)\s+(?:(ska|skall|bör)\s+)?([a-zåäö]+)\b(.*)$")
ATT_WORD = re.compile(r"\batt\b")
#: a body deciding, electing, appointing or delegating (the delegate's task: :mod:`.assignforms`): nobody's task
DECIDING = frozenset("utser väljer beslutar beslutade fastställer antar godkänner tilldelar utnämner delegerar "
                     "delegerade".split())


#: a deciding body named by its definite noun ("Arbetsutskottet", "Nämnden", "Kommunstyrelsens arbetsutskott"):
#: in a decision's present tense without "ska" it acts itself ("Nämnden avslår ansökan"), nobody is given a task
BODY_ITSELF = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö\-]*s\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö\-]*)?"
                         rf"(?:{alternation(BODY_DEFINITE + BODY_BARE)})$")


#: how many a body or an office shall have: "Kommunen ska ha fyra kommunalråd", "Nämnden ska ha 7 ledamöter"
COUNT_WORD = re.compile(r"^(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\b")


def _body_itself(subject: str) -> bool:
    """The deciding body as the subject; "Nämnden" alone at the sentence's start as well as "Miljönämnden"."""
    return BODY_ITSELF.match(subject) is not None or BODY_ITSELF.match(subject[:1].lower() + subject[1:]) is not None


def _standing_rule(verb: str, rest: str) -> bool:
    """A clause that says how things shall be, not what someone shall do: the rule "ska gälla", or a
    number that "ska ha" or what it "ska bestå av" ("Styrelsen ska ha fem ledamöter", "ska bestå av sju
    ordinarie"): an organisation's make-up, no one's task."""
    return (verb == "gälla" or verb == "bestå" and rest.startswith("av")
            or verb == "ha" and COUNT_WORD.match(rest) is not None)


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
            if pronoun_after_modal(verb_inf) or passive_after_adverb(words[k + 1:k + 3]):
                return None  # "Enligt ordningen ska det eftersträvas ...": inverted; "ska återigen justeras": passive
            rest = " ".join(words[k + 2:])
        elif verb.casefold() in DECIDING:
            return None  # "Miljönämnden utser Anna Berg till ...": a body's own decision, no task given
        elif k <= 2 and _body_itself(" ".join(words[:k])):
            return None  # "Arbetsutskottet lämnar yttrande ...": a deciding body's act in the present, its decision
        elif _finite(verb):
            if capitalised(verb):
                return None  # a name or a heading inside the sentence, never its verb: abstain
            verb_inf, rest = _infinitive(verb), " ".join(words[k + 1:])
        else:
            continue
        raw = " ".join(words[:k])
        who = clean_subject(raw)
        if ATT_WORD.search(raw) or not agent_ok(who, ctx) or not agent_like(who) or not_a_subject(who):
            return None
        if modal and (verb_inf.endswith("s") or _standing_rule(verb_inf, rest)) or mandate(verb_inf, rest):
            return None  # a rule, a passive, or a right given ("får fullmakt att teckna"): no task
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
                 "återkommer": "återkomma", "kommer": "komma", "lämnar": "lämna", "är": "vara",
                 "utser": "utse", "förser": "förse"}
    if v in irregular:
        return irregular[v]
    if v.endswith("ar"):
        return v[:-1]
    if v.endswith("er"):
        return v[:-2] + "a"
    return v[:-1] + "a" if v.endswith("r") else v


def _task(text: str) -> str:
    """What is to be done, as an infinitive phrase: "återkommer med X" -> "återkomma med X", "leda X och
    redovisar Y" -> "leda X och redovisa Y" (a task keeps its verbs), cut before its deadline."""
    t = re.split(r"\s+(?:senast|som därefter|till nästa|(?:på|vid) nästa|inför|före|innan)\b", first_clause(text),
                 maxsplit=1)[0]
    t = re.sub(r"^(återkommer|kommer)\b", lambda m: _infinitive(m.group(1)), t.strip())
    t = COORDINATED_VERB.sub(lambda m: f"{m.group(1)} {_infinitive(m.group(2))}"
                             if _finite(m.group(2)) else m.group(0), t)
    return without_trailing_join(t.strip(" ,.")).strip(" ,.")


#: a second verb joined to the task: "leda förstudien och redovisar resultatet"
COORDINATED_VERB = re.compile(r"\b(och|samt)\s+([a-zåäö]{1,}(?:ar|er|ir|or))\b(?=\s+[\wåäö])")
#: a new sentence whose full stop was lost with a line break: "... efter sommaren Förslaget ska presenteras ..."
NEXT_SENTENCE = re.compile(r"\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+(?!som\b)[a-zåäö]+){0,4}\s+(?:ska|skall|kommer\s+att|har|är|blir)\s)")


def one_sentence(text: str) -> str:
    """The first sentence of a run whose full stops were lost: a task and its deadline come from one sentence."""
    return NEXT_SENTENCE.split(text, maxsplit=1)[0]


def _assignment(who: str, task: str, sentence: str, ctx: Context) -> Assignment:
    task = one_sentence(re.split(r",\s+(?:och|samt|men)\s+(?=[a-zåäö]+\s)", task)[0])
    due = _due(task, ctx)
    return Assignment(who, _task(task), due.isoformat() if due else None)

