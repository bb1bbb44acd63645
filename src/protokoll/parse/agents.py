"""Who is given an assignment: the subject of a sentence cleaned to its agent (a person, a municipality
or organisation, a role or a group noun), and whether it may be an assignee at all."""

from __future__ import annotations

import re

from ..swedish.gazetteer import is_municipality
from .features import cut_start
from .itemcontext import Context
from .givenopen import opens_name
from .names import is_org, is_person
from .persons import LOWER, UPPER

SUBJECT_STOP = {"det", "den", "detta", "denna", "man", "vi", "de", "dessa", "han", "hon", "mötet", "beslutet",
                "förslaget", "frågan", "ärendet", "arbetet", "underlaget", "protokollet", "planen", "rapporten",
                "informationen", "dagordningen", "punkten", "avtalet", "uppdraget", "resan", "programmet"}
AGENT_HEAD = re.compile(r"(gruppen|gruppens|sekretariatet|sekretariatsledaren|kansliet|kommunerna|kommun|kommuner|"
                        r"nätverket|förvaltningen|arbetsgruppen|styrgruppen|ledningen|direktören|chefen|"
                        r"direktörerna|ordföranden|ordförande|ansvarig|ansvariga|samordnaren|strategen|"
                        r"utskottet|presidiet|rådet|nämnden|styrelsen|förbundet|regionen|staden|enheten|"
                        r"kontoret|strateg|samordnare|kommundirektör(?:en|erna)?|ledaren)$", re.I)

TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)$")


def last_agent(who: str) -> str:
    """The agent of a long run-on subject: the longest tail after "och" that names an agent
    ("... bedömdes som aktuellt och gruppen för fysisk planering (fd ÖP-gruppen)" -> "gruppen för ...")."""
    who = TRAILING_BRACKET.sub("", who).strip()
    if len(who.split()) <= 8 or len(split_agents(who)) > 1:  # a list of names, each with its municipality
        return who
    parts = who.split(" och ")
    for k in range(1, len(parts)):
        tail = " och ".join(parts[k:])
        if len(tail.split()) <= 8 and agent_like(tail):
            return tail
    return who


#: where a list of doers breaks: a comma (with "och" after it) or "och"
AGENT_BREAK = re.compile(r"\s*,\s*(?:och\s+)?|\s+och\s+")


def split_agents(who: str) -> list[str]:
    """"Anna Berg och Per Holm" -> both; "Kommundirektörerna i Malmö och Lund" stays one."""
    parts = [p.strip() for p in AGENT_BREAK.split(who) if p.strip()]
    if len(parts) > 1 and (all(is_person(p) or opens_name(p) for p in parts) or all(map(is_municipality, parts))):
        return parts  # (each of two municipalities, "Aneby och Vaggeryd meddelar ...", is given the task)
    if len(parts) < 3 or not is_person(parts[0]):
        return [who]  # two people would have been read above; a list of names with places opens with a name
    people = [p for p in parts if is_person(p)]
    if len(people) > 1 and parts[0] in people and all(p in people or parts[k - 1] in people and AFFILIATION.match(p)
                                                      for k, p in enumerate(parts)):
        return people  # "Anna Berg, Ekby, och Per Holm, Åsby": each name's municipality after it
    return [who]


#: a place or organisation written after a name in a list of doers ("Ekby", "Ekby kommun", "Region Ekdala")
AFFILIATION = re.compile(rf"^[{UPPER}][{LOWER}\-]+(?:\s+(?:kommun|stad|län|[{UPPER}][{LOWER}\-]+))?$")


DECIDING_PREFIX = re.compile(r"^(?:.*\b(?:beslutar|beslöt|beslutade|föreslår)\s+(?:att\s+)?)", re.I)
LOWER_WORDS_BEFORE_NAME = re.compile(rf"^(?:[a-zåäö]+\s+)+(?=[{UPPER}][{LOWER}]+\s+[{UPPER}])")
LEADING_CONJUNCTION = re.compile(r"^(?:att|och|samt|även|därför|dessutom)\s+", re.I)
TRAILING_ADVERB = re.compile(r"\s+(?:i ett första steg|själv|gemensamt|därefter|också|även|nu)$", re.I)
APPOSITIVE = re.compile(r"^([^,]+),\s+[^,]+$")
SUBJECT_ATT = re.compile(r"\b(?:att|samt att|och att)\s+")


#: a clause joined before the agent's own ("Någon hemsida finns inte än men en person får i uppdrag att ..."):
#: the agent is the subject of the last clause
CLAUSE_BEFORE = re.compile(r"(?:,\s*|\s+)(?:men|medan|eftersom|fast)\s+")


#: the label of a protocol item's part, run onto the sentence after it when its line had no full stop: the label
#: of what was decided or said is no part of the subject ("Beslut Förvaltningen får i uppdrag ..."); a background
#: part ("Ärendebeskrivning", "Bakgrund") recounts the case, earlier tasks and standing duties, and gives none
PART_LABEL = re.compile(r"^(?:Beslut|Diskussion|Noteringar)\s+(?=[A-ZÅÄÖ])")
BACKGROUND_LABEL = re.compile(r"^(?:Ärendebeskrivning|Beskrivning\s+av\s+ärendet|Sammanfattning(?:\s+av\s+ärendet)?|"
                              r"Bakgrund|Beslutsunderlag|Ärendet)\s+(?=[A-ZÅÄÖ])")


def clean_subject(who: str) -> str:
    if BACKGROUND_LABEL.match(who):
        return ""  # the sentence opens an item's background: nobody is given a task there
    who = cut_start(PART_LABEL, who)
    who = CLAUSE_BEFORE.split(who)[-1]
    who = SUBJECT_ATT.split(who)[-1]
    if "besl" in (low := who.casefold()) or "föreslår" in low:  # the cheap test: its ".*" is tried at every position
        who = cut_start(DECIDING_PREFIX, who)
    who = cut_start(LOWER_WORDS_BEFORE_NAME, who.strip())
    who = cut_start(LEADING_CONJUNCTION, who.strip())
    who = TRAILING_ADVERB.sub("", who)
    who = who.strip(" ,.")
    appositive = APPOSITIVE.match(who)  # "Anna Berg, Nässjö kommun"
    if appositive and is_person(appositive.group(1)):
        who = appositive.group(1)
    return who



#: an indefinite subject ("Ett femtontal företag", "Några kommuner", "Flera deltagare") describes who will
#: do something; an assignment is given to someone definite (a person, role, municipality or body)
INDEFINITE = re.compile(r"^(?:ett|en|några|någon|något|ingen|inga|flera|många|fler|ytterligare|andra|cirka|ca|ungefär|drygt|knappt|"
                        r"omkring|ett\s+antal|ett\s+par|ett\s+\w+tal|en\s+del)\b", re.I)


HAS_DIGIT = re.compile(r"\d")
#: everyone at the meeting, unnamed ("Alla ombeds skicka in sina berättelser"): a call to all, no one's task;
#: with a noun ("alla kommuner", "samtliga nämnder") the group is named
EVERYONE_ALONE = frozenset({"alla", "samtliga", "envar", "var och en", "alla närvarande", "alla deltagare"})


#: the organisation's kind word in the definite form alone: the document's own organisation ("Styrelsen beslöt att
#: föreningen medverkar vid mässan", "att förbundet ska yttra sig"), as its name is (``own_names``): what it does is
#: the decision itself, no task the meeting gave anyone
OWN_KIND = frozenset("föreningen förbundet klubben sällskapet samfälligheten".split())


def agent_ok(who: str, ctx: Context) -> bool:
    w = who.casefold()
    if not who or w.split()[0] in SUBJECT_STOP or len(who) > 90 or HAS_DIGIT.search(who) or INDEFINITE.match(w) \
            or w in EVERYONE_ALONE or w in OWN_KIND:
        return False
    return w not in {n.casefold() for n in ctx.own_names}


PLACE_PREPOSITION = re.compile(r"\s+(?:i|inom|för|från|på|med|av)\s+")
EVERY_ONE = re.compile(r"^(alla|samtliga|respektive|varje|berörda)\s", re.I)


def agent_like(who: str) -> bool:
    """A person, a municipality or organisation, or a group noun ("sekretariatet", "alla kommuner")."""
    head = PLACE_PREPOSITION.split(who)[0]
    if is_person(head) or (is_org(head) and len(head.split()) <= 4) or opens_name(head):  # "Anna ska ...": minutes'
        return True  # members by their given name
    if " och " in head and all(opens_name(p) or is_person(p) or is_municipality(p) for p in head.split(" och ")):
        return True  # "Anna-Karin och Per-Olof ska ...", "Lisa Ek och Per Holm tar fram ...", "Aneby och Eksjö ska ..."
    last = head.split()[-1]
    return bool(AGENT_HEAD.search(last)) or bool(EVERY_ONE.match(who))
