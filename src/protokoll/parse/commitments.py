"""Tasks minutes write without the word "uppdrag", rewritten as the sentence the assignment reader knows
("X får i uppdrag att ..."):

- a promise in the future tense with a named doer at the sentence's start: "Anna Berg kommer att kontakta
  skolorna", "Per kommer även att boka lokalen"; a body or role ("Förvaltningen kommer att ...") only with a
  deadline, as without one it is a forecast of what the body will do ("Regionen kommer att införa ...");
  "vi/de kommer att" names nobody, and "X berättade att de kommer att" tells news, not a task;
- a member named by the given name alone (or by initials in brackets, "(AB)"), as action notes name them, with a
  verb of doing in the present tense: "Lisa bokar lokalen", "(KL) kontaktar skolan", "Per tar fram ett underlag";
  verbs that report or present ("Lisa berättar", "Per presenterar", "Lisa tar upp frågan") are no task, and a
  full name is left to the dated forms of :mod:`.actionpoints` (protocols narrate with full names);
- who does what under a person's name: a line "Anna:" (the first task after the colon or not) with one task a
  line below it, or one line "Anna – skickar ut underlaget". A task opens with a verb in the present tense
  ("ringer", "bevakar") or "ska"/"kommer att"; verbs that report or describe ("berättar", "arbetar med",
  "har") make the block a round of news, not tasks.
"""

from __future__ import annotations

import re

from .assignments import COPULA, _due, _infinitive
from .agents import agent_like, agent_ok
from .givenopen import opens_name
from .itemcontext import Context
from .names import is_person
from .persons import LOWER, PLAIN_WORD, UPPER

NAME = rf"{PLAIN_WORD}(?:\s+{PLAIN_WORD}){{0,2}}"
#: "Anna Berg kommer (även) att kontakta ...": the sentence's subject, then the promise
PROMISE = re.compile(rf"^(?P<who>[{UPPER}][\wåäöé\-]*(?:\s+[\wåäöé\-]+){{0,3}}?)\s+kommer\s+(?:även\s+|också\s+|sedan\s+)?"
                     r"att\s+(?P<verb>[a-zåäö]+)\s+(?P<rest>[^;]{2,300})$")
#: what a person will undergo or be, not do: "kommer att gå i pension", "kommer att bli", "kommer att delta"
NOT_A_DEED = frozenset("vara bli ha få finnas behöva kunna vilja gå sluta börja fortsätta delta märka se tycka påverka "
                       "öka minska kosta innebära ske ersätta ersättas flytta stanna jobba arbeta medverka närvara "
                       "sitta ligga hamna tillträda avgå lämna".split())
#: verbs of news and description in a round of reports ("Anna: berättar om ...", "Per: arbetar med ...")
REPORTING = COPULA | frozenset("presenterar diskuterar kommenterar reflekterar konstaterar refererar "
                               "berättar informerar arbetar jobbar deltar upplever känner planerar håller rapporterar "
                               "redogör beskriver meddelar saknar väntar fortsätter påminner undrar frågar "
                               "poängterar har är blir".split())
NAME_LINE = re.compile(rf"^(?P<who>{NAME})\s*:\s*(?:[-–•*]\s*)?(?P<task>.*)$")
DASH_LINE = re.compile(rf"^(?P<who>{NAME})\s+[–-]\s+(?P<task>[a-zåäö].{{2,200}})$")


def promise_sentences(found: list[str], ctx: Context) -> list[str]:
    """The sentences promising a named doer's task, each as "X får i uppdrag att ..."."""
    out = []
    for s in found:
        if "kommer" not in s:
            continue
        m = PROMISE.match(s.strip().rstrip("."))
        if not m or m.group("verb") in NOT_A_DEED or not agent_ok(m.group("who"), ctx):
            continue
        who = m.group("who")
        pair = who.split(" och ")
        if len(pair) == 2 and all(" " not in w and opens_name(w) for w in pair):  # "Per och Eva kommer att ...": each
            out += [f"{w} får i uppdrag att {m.group('verb')} {m.group('rest')}." for w in pair]
        elif full_named(who) or agent_like(who) and _dated(m.group("rest"), ctx):
            out.append(f"{who} får i uppdrag att {m.group('verb')} {m.group('rest')}.")
    return out


def _dated(rest: str, ctx: Context) -> bool:
    return _due(rest, ctx) is not None and re.search(r"\b(?:senast|till|inför|före|innan)\b", rest) is not None


def named_task_lines(rows: list[str]) -> list[str]:
    """Tasks written under a person's name ("Anna:" and a task a line) or after it ("Anna – skickar ut ..."), each
    as "X får i uppdrag att ..."; a block whose lines report news gives nothing."""
    out: list[str] = []
    k = 0
    while k < len(rows):
        row = rows[k].strip()
        m = NAME_LINE.match(row) if ":" in row else None
        if m and _named(m.group("who")):
            block = ([m.group("task")] if m.group("task") else []) + _following(rows, k + 1)
            k += 1 + len(block) - (1 if m.group("task") else 0)
            tasks = [_task(t) for t in block]
            if block and all(tasks):  # one assignment a person (the reader keeps one a name): the tasks joined
                out.append(f"{m.group('who')} får i uppdrag att {' och '.join(t.rstrip(' .,') for t in tasks)}.")
            continue
        if ("–" in row or "-" in row) and (d := DASH_LINE.match(row)) and _named(d.group("who")) and (t := _task(d.group("task"))):
            out.append(f"{d.group('who')} får i uppdrag att {t}.")
        k += 1
    return out


def _following(rows: list[str], start: int) -> list[str]:
    """The lines after a name line that open in lower case (their bullets taken off): its tasks."""
    out = []
    for row in rows[start:]:
        row = row.strip().lstrip("-–•* ")
        if not row[:1].islower():
            break
        out.append(row)
    return out


def _named(who: str) -> bool:
    return is_person(who) or " " not in who and opens_name(who)


def full_named(who: str) -> bool:
    """A person as :func:`_named` knows them, or a known given name and a surname the gazetteer lacks ("Per
    Bunnstad"): who is promised or asked to do something is a person, the given name tells."""
    words = who.split()
    return _named(who) or len(words) == 2 and opens_name(words[0]) and re.fullmatch(PLAIN_WORD, words[1]) is not None


def _task(text: str) -> str | None:
    """A line's task as an infinitive phrase, or None when it opens with no verb of doing."""
    words = text.strip().rstrip(".").split()
    if len(words) < 2 or not words[0].islower():
        return None
    verb = words[0].strip(",")
    if verb in ("ska", "skall") and len(words) > 2:
        return " ".join(words[1:])
    if verb == "kommer" and words[1] == "att" and len(words) > 3 and words[2] not in NOT_A_DEED:
        return " ".join(words[2:])
    if not _doing(verb, words[1]):
        return None  # "Anna Berg – rektor vid skolan": a role after the name, no verb
    return " ".join([_infinitive_of(verb)] + words[1:])


#: verbs of doing a task in the present tense (a closed list: a role after a name, "rektor", "controller",
#: "ekonomer", ends as a verb does); phrasal ones by their particle
DOING_VERBS = frozenset("skickar mejlar mailar sammanställer kontaktar bokar kallar undersöker utreder återkopplar "
                        "samordnar förbereder ordnar fixar uppdaterar skriver sänder kollar tillfrågar sammankallar "
                        "beställer upprättar kompletterar färdigställer utarbetar ringer köper bevakar hämtar "
                        "bjuder".split())
PHRASAL = {"tar": ("fram", "kontakt", "bort", "hand", "reda", "emot"), "ser": ("över",), "följer": ("upp",),
           "stämmer": ("av",), "hör": ("med", "av"), "lägger": ("ut", "upp", "in")}


def _doing(verb: str, after: str) -> bool:
    """A verb of doing: one of the list, a phrasal verb with its particle, or an "-erar" verb that does not report
    ("reviderar", "kontrollerar"; not "informerar", "presenterar")."""
    if verb in PHRASAL:
        return after in PHRASAL[verb]
    return verb in DOING_VERBS or verb.endswith("erar") and verb not in REPORTING


#: "Lisa bokar lokalen", "(KL) kontaktar skolan": a given name or bracketed initials, a verb of doing, its object
DEED = re.compile(rf"^(?P<who>{PLAIN_WORD}|\("
                  r"[A-ZÅÄÖ]{2,3}\))\s+(?P<verb>fyller\s+i|ställer\s+samman|tar\s+(?:fram|kontakt|"
                  r"bort|hand\s+om|reda\s+på|emot)|ser\s+över|följer\s+upp|stämmer\s+av|hör\s+(?:med|av)|"
                  r"lägger\s+(?:ut|upp|in)|skickar|mejlar|"
                  r"mailar|sammanställer|kontaktar|bokar|kallar|bjuder\s+in|undersöker|utreder|återkopplar|samordnar|"
                  r"förbereder|ordnar|fixar|uppdaterar|reviderar|skriver|sänder|organiserar|arrangerar|kollar|"
                  r"tillfrågar|sammankallar|beställer|upprättar|kompletterar|färdigställer|utarbetar|ringer|"
                  r"köper|hämtar|bevakar)"
                  r"\s+(?P<rest>[^;]{2,300})$")
#: "Lars bjuder in.": the phrasal verb whole, without an object (the next meeting's invitation)
INVITES = re.compile(rf"^(?P<who>{PLAIN_WORD})\s+(?P<verb>bjuder\s+in)(?P<rest>)$")


#: the first word of each of DEED's verbs: a sentence whose second word is none of them is no action note
DEED_VERB_WORDS = frozenset("tar ser följer stämmer hör skickar mejlar mailar sammanställer kontaktar bokar kallar bjuder "
                            "undersöker utreder återkopplar samordnar förbereder ordnar fixar uppdaterar reviderar "
                            "skriver sänder organiserar arrangerar kollar tillfrågar sammankallar beställer upprättar "
                            "kompletterar färdigställer utarbetar ringer köper fyller ställer lägger hämtar "
                            "bevakar".split())
#: the offices that serve the meeting itself, named in action notes as a member is ("Kansliet skickar ut ...",
#: "Sekreteraren bokar lokalen", or in the bare form as a name: "Ordförande utreder frågan"): what they do in the
#: present tense with a verb of doing is the meeting's task for them (a deciding body or an administration,
#: "Förvaltningen ser över ...", reports its own work instead)
OFFICES = frozenset("Kansliet Sekretariatet Sekreteraren Ordföranden Kassören Samordnaren Processledaren "
                    "Projektledaren Nätverkssamordnaren Sammankallande Ordförande Sekreterare Kassör".split())


#: the label of a note's tasks for the next meeting: "Till nästa möte: Eva tar fram statistik."
UNTIL_NEXT = re.compile(r"^(?:Till|Inför)\s+nästa\s+(?:möte|träff|sammanträde)\s*[:–-]\s*(?=[A-ZÅÄÖ(])")
#: a member asked by another to do a task: "Anna ber Per undersöka kostnaden", "Ordföranden ber Eva att ringa"
ASKED = re.compile(rf"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+[A-ZÅÄÖ][\wåäö\-]*)?\s+ber\s+(?P<who>[{UPPER}][{LOWER}]+"
                   rf"(?:\s+[{UPPER}][{LOWER}]+)?)"
                   r"\s+(?:att\s+)?(?P<verb>[a-zåäö]+a)\s+(?P<rest>[^;]{2,300})$")


def deed_sentences(found: list[str], ctx: Context) -> list[str]:
    """Minutes' action notes naming the doer by the given name or initials (also under the label "Till nästa
    möte:", or asked by another member: "Anna ber Per undersöka ..."), each as "X får i uppdrag att ..."."""
    out = []
    for s in _deed_clauses(found) if not ctx.agenda else ():
        doers = None
        if s.startswith(("Till", "Inför")) and (label := UNTIL_NEXT.match(s)):
            s = s[label.end():].rstrip(". ") + " till nästa möte."  # the label is the task's deadline
            doers, s = _full_name_first(s)  # under the label a full name is as sure a doer as a given name
        else:
            doers, s = _full_name_first(s)
        if " ber " in s and (asked := ASKED.match(s.strip().rstrip("."))) and _named(asked.group("who")) \
                and asked.group("verb") not in NOT_A_DEED:
            out.append(f"{asked.group('who')} får i uppdrag att {asked.group('verb')} {asked.group('rest')}.")
            continue
        if " och " in s[:40] and (pair := PAIR.match(s)) and opens_name(pair.group(1)) and opens_name(pair.group(2)):
            doers, s = (pair.group(1), pair.group(2)), s[pair.start(2):]  # "Per och Eva tar ...": read from "Eva"
        if (words := s.split(None, 2))[1:2] and words[1] not in DEED_VERB_WORDS:
            continue  # the doer is one word, the verb's first word the next (DEED)
        m = DEED.match(s.strip().rstrip(".")) or INVITES.match(s.strip().rstrip("."))
        if not m or not (m.group("who").startswith("(") or opens_name(m.group("who")) or m.group("who") in OFFICES):
            continue
        verb = m.group("verb").split()
        for who in doers or (m.group("who").strip("()"),):
            task = " ".join([_infinitive_of(verb[0])] + verb[1:] + [m.group("rest") or ""]).rstrip()
            out.append(f"{who} får i uppdrag att {task}.")
    return out


#: where a second doer's note joined to the first begins: "Linnéa bokar lokalen, Per skickar ut kallelsen",
#: "Kassören sammanställer rapporten och sekreteraren skriver kallelsen"
NEXT_DOER = re.compile(rf"(?:,\s+|\s+och\s+)(?=(?:{PLAIN_WORD}|"
                       + "|".join(o.lower() for o in sorted(OFFICES)) + r")\s+(?:"
                       + "|".join(sorted(DEED_VERB_WORDS)) + r")\s)")
#: what is done as a habit or routine ("sammanställer sedvanlig rapport", "fyller på webbsidan kontinuerligt") is a
#: standing duty, not a task this meeting gives
ROUTINE = re.compile(r"\b(?:sedvanlig\w*|som\s+vanligt|som\s+brukligt|traditionsenligt|årligen|varje\s+(?:år|månad|vecka)|"
                     r"löpande|kontinuerligt|regelbundet)\b", re.I)


def _deed_clauses(found: list[str]) -> list[str]:
    """The sentences, each note of a second doer joined to one split off ("..., Per skickar ut ...", "... och
    sekreteraren skriver ..."); a sentence of routine work left out."""
    out = []
    for s in found:
        if not _may_note(s):
            continue
        if ROUTINE.search(s):
            continue
        parts = NEXT_DOER.split(s) if ("," in s or " och " in s) else [s]
        if len(parts) > 1 and " " not in parts[0].strip():
            parts = [s]  # "Vera och Olof tar fram ...": two doers of one task (read as a pair), not two notes
        out += [parts[0]] + [p[:1].upper() + p[1:] for p in parts[1:]]
    return out


def _may_note(sentence: str) -> bool:
    """The cheap test before a sentence is split and read: a word of DEED's verbs, as a word of its own, or ASKED's
    " ber " (no part split off a sentence without either holds one)."""
    return " ber " in sentence or not DEED_VERB_WORDS.isdisjoint(sentence.split())


def _full_name_first(s: str) -> tuple[tuple[str] | None, str]:
    """A task under the label "Till nästa möte:" opening with a full name ("Lisa Ek sammanställer ..."): the
    name, and the sentence read from its given name on (the surname left out), else no name and the sentence."""
    words = s.split(None, 3)
    if len(words) == 4 and words[2] in DEED_VERB_WORDS and is_person(f"{words[0]} {words[1]}"):
        return (f"{words[0]} {words[1]}",), f"{words[0]} {words[2]} {words[3]}"
    return None, s


#: two members named by their given names doing one task: "Per och Eva tar fram ett förslag"
PAIR = re.compile(rf"^([{UPPER}][{LOWER}]+)\s+och\s+([{UPPER}][{LOWER}]+)\s+(?=[a-zåäö])")


def _infinitive_of(verb: str) -> str:
    """The infinitive, "hör" -> "höra" as well ("hör med Anna")."""
    return "höra" if verb == "hör" else _infinitive(verb)
