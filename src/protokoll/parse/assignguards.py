"""When a sentence that looks like a task given is not one: the checks that make the assignment reader abstain.

Swedish puts the finite verb second. A clause that opens with an adverbial ("Enligt förbundsordningen ska det
eftersträvas ...", "I dag ska vi ...") has its subject after the verb, so the words before the verb are no
agent; a pronoun right after "ska" ("ska det", "ska vi") shows the same inversion. A subject never ends with a
preposition or a conjunction ("Förvaltningens skrivelse antas som svar ..."): such words before a "verb" mean
the verb was misread. Inside a sentence a capitalised word is a name or a heading, never the verb
("LANDSTINGSSTYRELSENS BESLUT Preliminär föredragningslista fastställs ..."). And "kommer X att ge Y i uppdrag"
tells what someone else will do later: no task the meeting gave. Nor does an earlier decision a text recounts:
"Kommunfullmäktige beslutade 2021-05-10 § 45 att ge kommunstyrelsen i uppdrag att ..." (a past deciding verb with
the date, year or paragraph of that decision close after it); the meeting's own decision carries no date."""

from __future__ import annotations

import re

from .runningtext import ABBREVIATION

#: words that open an adverbial before the verb (V2 inversion): the subject follows the verb
ADVERBIAL_OPENERS = frozenset(
    "enligt efter inför vid under från i på med om genom utifrån därefter sedan nu då här där idag "
    "dessutom vidare slutligen tidigare framöver till".split())

#: words a subject cannot end with
FUNCTION_END = frozenset("som till av på i med för om att och samt eller enligt från vid under efter inför "
                         "än men".split())

#: a subject pronoun right after the modal: "ska det", "skall vi" (the clause is inverted)
INVERTED_PRONOUN = frozenset("det den detta denna vi man de dessa han hon ni jag du hen".split())

#: "kommer kommunen att ...", "kommer att": what will happen, told before the task's words
FORECAST = re.compile(r"\bkommer\s+(?:[\wåäö\-]+\s+){0,3}?att\b", re.I)


def inverted_subject(who: str) -> bool:
    """The words before the verb open with an adverbial: the clause's subject is after the verb, not these."""
    words = who.split()
    return bool(words) and words[0].casefold().strip(",") in ADVERBIAL_OPENERS


def dangling_subject(who: str) -> bool:
    """The words before the "verb" end with a preposition or conjunction: no subject, the verb was misread."""
    words = who.split()  # as written: "Peter I" ends with an initial, not with "i"
    return bool(words) and words[-1].strip(",") in FUNCTION_END


def not_a_subject(who: str) -> bool:
    return inverted_subject(who) or dangling_subject(who)


def pronoun_after_modal(word: str) -> bool:
    """"ska det eftersträvas": a pronoun where the infinitive should be."""
    return word.casefold().strip(",.") in INVERTED_PRONOUN


#: sentence adverbs written between the modal and its verb: "ska återigen justeras", "skall också kontaktas"
MODAL_ADVERBS = frozenset("återigen också även sedan därefter nu först snarast åter dessutom fortsatt "
                          "fortsättningsvis dock alltså redan därför".split())


def passive_after_adverb(words: list[str]) -> bool:
    """The two words after "ska": an adverb, then a passive ("Föregående protokoll ska återigen justeras"): the
    subject is what is done, nobody's task (the passive right after the modal is told as such by its caller)."""
    return len(words) == 2 and words[0].casefold() in MODAL_ADVERBS and words[1].strip(",.").endswith("s")


def capitalised(word: str) -> bool:
    """A word inside a sentence written with a capital: a name or heading, not a verb."""
    return word[:1].isupper()


#: a past deciding or giving verb and, close after it, the date, year or paragraph of that earlier decision
EARLIER_DECISION = re.compile(r"\b(?:beslutade|beslöt|beslutat|gav|har\s+gett|har\s+givit)\s+(?:(?:(?!\batt\b)[^.;]){0,40}?\s)?"
                              r"(?:\d{4}-\d{2}-\d{2}|den\s+\d{1,2}\s+[a-zåäö]{3,}|§\s*\d|(?:19|20)\d{2}\b|"
                              r"i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                              r"december)\b)", re.I)


def earlier_decision(text: str, end: int) -> bool:
    """A past decision told with its date or paragraph before position ``end``: recounted, not given here."""
    return EARLIER_DECISION.search(text[:end]) is not None


def recounted(sentence: str) -> bool:
    """A sentence that recounts an earlier decision giving a task ("Fullmäktige beslutade 2021-05-10 § 45 att ge
    nämnden i uppdrag att ..."), judged whole: its points ("45 att ge ...") read alone lose the date."""
    at = sentence.find("uppdra")
    return at > 0 and earlier_decision(sentence, at)


#: a member's claim, a motion or a proposal from outside before the task: "Anna Berg (M) yrkar att ... ger
#: förvaltningen i uppdrag", "Motionären föreslår att kommunen ger ...", "... till förmån för eget yrkande att ge ..."
PROPOSED_BY = re.compile(r"\b(?:yrkar|yrkade|yrkande[tn]?|föreslår|föreslog|föreslås|föreslogs|vill|ville|önskar|önskade|"
                         r"motionen|motionären|motionärerna|förslagsställaren|medborgarförslaget)\b[^.;]*?\buppdra", re.I)


def proposed_by_someone(sentence: str) -> bool:
    """A sentence of running text whose task is what a member claims or a motion proposes (its fate decided
    elsewhere in the item, often against it): no task the meeting gave."""
    return "uppdra" in sentence and PROPOSED_BY.search(sentence) is not None


#: what a right or mandate given is called: "får fullmakt att företräda", "får rätt att attestera"
RIGHT_GIVEN = re.compile(r"^(?:fullmakt|rätt|rätten|möjlighet|tillstånd|behörighet|tillgång|mandat|ersättning|bidrag|"
                         r"teckna|attestera|disponera)\b")


def mandate(verb: str, rest: str) -> bool:
    """"X får fullmakt att ...", "X ska ha rätt att ...": a right given (a firmatecknare, an attestant), not a task."""
    return verb in ("få", "ha") and RIGHT_GIVEN.match(rest) is not None


def forecast_before(text: str, end: int) -> bool:
    """A "kommer ... att" before position ``end``: what will be done (by someone), not a task given here."""
    return FORECAST.search(text[:end]) is not None


TRAILING_JOIN = re.compile(r"\s+(?:samt|och|eller)$", re.I)


def without_trailing_join(task: str) -> str:
    """"göra justeringarna samt" (the next clause lost at a line break) -> "göra justeringarna"."""
    return TRAILING_JOIN.sub("", task)


def first_clause(text: str) -> str:
    """The text up to its first full stop or semicolon, an abbreviation's stop not counted ("ansöka om s.k. 37
    medel"; "kontakta bl.a. skolorna")."""
    for m in STOP.finditer(text):
        if m.group(0)[0] == ";" or not ABBREVIATION.search(text[max(0, m.start() - 11):m.start() + 1]):
            return text[:m.start()]
    return text


STOP = re.compile(r"[.;]\s")


def same_task(a: str, b: str) -> bool:
    """Whether two tasks of one assignee are two readings of one sentence (the forms of :mod:`.assignments` and
    :mod:`.commitments` read some sentences twice, "återkomma med förslaget" and "återkomma med förslaget till
    nästa möte"): at least half the shorter task's words after its verb are the longer's."""
    wa, wb = set(a.casefold().split()[1:]), set(b.casefold().split()[1:])
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(small & large) * 2 >= len(small)
