"""Action points in the running text of minutes that the explicit forms ("i uppdrag", "ska", "återkommer")
do not catch.

Network and working-group minutes write what is to be done as plain present-tense sentences with who does it
as subject, and a deadline: "Anna Berg tar fram ett underlag till nästa möte", "Kommunerna skickar in sina svar
senast den 15 april", "Sekretariatet sammanställer synpunkterna inför nästa möte". Such a sentence is read as
an assignment only when it names a deadline (a present-tense sentence without one is as often a report of
what someone does anyway). "X ansvarar för att <do something>" is a task whoever X is (the infinitive makes it
something to be done, not a standing responsibility such as "Regionen ansvarar för kollektivtrafiken").

Action lists written with labels, "Åtgärd: Revidera planen. Ansvarig: Anna Berg. Klart: 2024-05-01" (also
"Ansvar:", "Klart till:", "Senast:", "Deadline:"), are turned into the sentence the assignment reader knows:
"Anna Berg ska revidera planen senast 2024-05-01.", and so is "Uppdrag till Anna Berg att revidera planen".
"""

from __future__ import annotations

import re

from .features import has_any
from .presenterrun import name_at
from .assignments import _finite, _infinitive
from .names import given_names

#: a deadline written in a sentence: a later meeting, "senast", a date or month after "till"/"före"/"innan"
DEADLINE = re.compile(r"\b(?:till|inför|före|innan|senast\s+(?:till|vid|på|inför))\s+(?:nästa|kommande)\s+"
                      r"(?:möte|sammanträde|träff|styrelsemöte|nätverksmöte|gruppmöte)|"
                      r"\bsenast\b|\b(?:till|före|innan|by)\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]{3,}|"
                      r"\b(?:till|före|innan)\s+(?:den\s+)?\d{4}-\d{2}-\d{2}|"
                      r"\b(?:till|före|innan|under)\s+(?:vecka|v\.?)\s*\d{1,2}\b|"
                      r"\btill\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                      r"december|sommaren|hösten|våren|årsskiftet|midsommar)\b", re.I)
#: a present-tense verb of doing (the sentence's second to fifth word): "tar fram", "skickar", "sammanställer"
DOING = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s+[\wåäö\-]+){0,4}?\s+(?:tar|skickar|sammanställer|kontaktar|bokar|"
                   r"kallar|bjuder|undersöker|utreder|meddelar|återkopplar|samordnar|förbereder|ordnar|lämnar|"
                   r"presenterar|redovisar|ser|tittar|följer|uppdaterar|reviderar|skriver|sänder|mejlar|mailar|"
                   r"informerar|planerar|organiserar|arrangerar|kollar|stämmer|hör|tillfrågar|fördelar|"
                   r"sammankallar|beställer|upprättar|justerar|kompletterar|färdigställer|bearbetar)\b")
#: whether a sentence may open as ``DOING`` does: one of its verbs after a space, or another space than " " in it
#: (the verbs read from ``DOING`` itself; their tree searched costs a quarter of ``DOING``, which tries its verbs
#: after each of the first words: issue 12)
_VERB_AFTER_SPACE = has_any([" " + verb for verb in DOING.pattern.split(r"\s+(?:", 1)[1].split(r")\b", 1)[0].split("|")])


def may_do(sentence: str) -> bool:
    return _VERB_AFTER_SPACE(sentence) is not None or not sentence.isprintable()


#: "X ansvarar för att <infinitive>": an infinitive (ending in -a, or one of the short ones) after "att"; a clause
#: ("ansvarar för att hälsovalet fungerar", "för att alla får ...") states what X answers for, a standing duty
RESPONSIBLE_TO = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+[\wåäö\-]+){0,3}?\s+ansvarar\s+för\s+att\s+"
                            r"(?!(?:alla|andra|vissa|båda|dessa|flera|samtliga|varenda)\b)"
                            r"(?:[a-zåäö]+a|ta|gå|se|nå|få|ge|stå|dra|slå)\b")
#: the label of an action point's task and of who is responsible for it (each before a colon)
TASK_LABELS = ("Åtgärd", "Aktivitet", "Uppgift", "Att göra", "Uppdrag")
TASK_LABEL = rf"(?:{'|'.join(TASK_LABELS)})"
RESPONSIBLE_LABEL = r"(?:Ansvarig|Ansvariga|Ansvar)"
#: "Åtgärd: X. Ansvarig: Y. Klart: Z": the labelled parts of an action point
ACTION = re.compile(rf"{TASK_LABEL}\s*:\s*(?P<task>[^.;]{{3,200}}?)[.;]?\s+"
                    rf"{RESPONSIBLE_LABEL}\s*:\s*(?P<who>[^.;:]{{2,80}}?)"
                    r"(?:[.;]?\s+(?:Klart(?:\s+till)?|Senast|Deadline|Tidplan|När|Datum)\s*:\s*(?P<due>[^.;]{2,40}?))?"
                    r"(?:[.;]|\s*$)")


def action_sentences(found: list[str], text: str) -> list[str]:
    """Sentences of running text (``found``) that set someone a dated task or a responsibility to do something,
    and the labelled action points of the item's ``text`` rewritten as sentences the assignment reader knows."""
    out = [t for s in found if (may_do(t := s.strip()) and DOING.match(t) and DEADLINE.search(t)
                                or "ansvarar" in t and RESPONSIBLE_TO.match(t))]
    words = "\n".join(found)  # each family below needs a word of its own in a sentence: one test per item
    if "uppdra" in words:
        out += task_clauses(found)
    if "nästa" in words or "kommande" in words:
        out += fronted_tasks(found)
    if ":" in words and any(map(words.__contains__, TASK_LABELS)):
        out += labelled_doers(found)
    return out + (labelled_actions(text) if "nsvar" in text or "Uppdrag " in text or "Vem" in text else [])


#: "Uppdrag till Anna Berg att ...", "Uppdrag åt kansliet att ...": a task set as a noun phrase
#: (also with a colon: "Uppdrag till kansliet: ta fram en sammanställning")
TASK_TO = re.compile(r"(?:^|(?<=[.:;]\s))Uppdrag\s+(?:till|åt)\s+(?P<who>[^.;:]{2,80}?)(?:\s+att\s+|\s*:\s*)"
                     r"(?P<task>[a-zåäö][^.;]{2,200})")


#: where a decision sentence's next "att"-clause that gives a task begins: ", samt att uppdra åt ...", "; att ge ..."
NEXT_TASK_CLAUSE = re.compile(r"(?:\s*[,;]\s*|\s+)(?:samt\s+|och\s+|även\s+)?(?=att\s+(?:ge|uppdra|uppdras|ålägga)\s)")


#: the verb first after a fronted deadline (Swedish word order): "Till nästa möte tar Anna Berg fram ett underlag",
#: "Inför nästa sammanträde sammanställer kansliet synpunkterna"
FRONTED = re.compile(r"^(?P<when>(?:Till|Inför|Före)\s+(?:nästa|kommande)\s+(?:möte|sammanträde|träff))\s+"
                     r"(?P<verb>[a-zåäö]+(?:ar|er|ir|or|år))\s+(?P<rest>.+)$")
DEFINITE = re.compile(r"^(?!(?:det|den|de|dem|vi|man|ni|han|hon|detta|denna)\b)(?:[a-zåäö]+(?:et|en|na|arna|erna|orna)|respektive\s+[a-zåäö]+|alla\s+[a-zåäö]+)\b")


def fronted_tasks(found: list[str]) -> list[str]:
    """ "Till nästa möte tar Anna Berg fram ett underlag." -> "Anna Berg tar fram ett underlag till nästa möte." """
    out = []
    for s in found:
        m = FRONTED.match(s.strip())
        if not m:
            continue
        rest = m.group("rest").rstrip(" .")
        who = name_at(rest)
        end = who[1] if who else (d.end() if (d := DEFINITE.match(rest)) else 0)
        if end:
            subject = rest[:end]
            out.append(f"{subject[:1].upper()}{subject[1:]} {m.group('verb')} {rest[end:].strip()} "
                       f"{m.group('when')[:1].lower()}{m.group('when')[1:]}.")
    return out


def task_clauses(found: list[str]) -> list[str]:
    """The "att"-clauses of a sentence that gives several tasks ("... att ge A i uppdrag att ..., samt att uppdra
    till B att ..."), each on its own after the first (a line break between them was lost): the assignment
    reader takes one task from a sentence."""
    out = []
    for s in found:
        if s.count("uppdra") < 2:  # two tasks given ("i uppdrag" holds "uppdra" too: counted once)
            continue
        out += [p.strip() for p in NEXT_TASK_CLAUSE.split(s)[1:] if p.strip()]
    return out


def labelled_actions(text: str) -> list[str]:
    """ "Åtgärd: Revidera planen. Ansvarig: Anna Berg. Klart: 2024-05-01" -> "Anna Berg ska revidera planen
    senast 2024-05-01." """
    out = []
    for m in ACTION.finditer(text):
        task, who = m.group("task").strip(), m.group("who").strip()
        if task.startswith(who + " "):  # "Åtgärd: Anna Berg kontaktar X. Ansvarig: Anna Berg": the task without her
            verb, _, rest = task[len(who):].strip().partition(" ")
            task = f"{_infinitive(verb) if _finite(verb) else verb} {rest}".strip()
        due = f" senast {m.group('due').strip()}" if m.group("due") else ""
        out.append(f"{who} ska {task[:1].lower()}{task[1:]}{due}.")
    for m in TASK_TO.finditer(text):
        out.append(f"{m.group('who').strip()} ska {m.group('task').strip()}.")
    for m in WHAT_WHO.finditer(text) if "Vem" in text else ():
        task, due = m.group("task") or m.group("task2"), m.group("due") or m.group("due2")
        who = m.group("who") or m.group("who2")
        out.append(f"{who.strip()} ska {task[:1].lower()}{task[1:].strip()}"
                   f"{f' senast {due.strip()}' if due else ''}.")
    return out


#: an action point in the labels "Vad / Vem / När" (also "Vem" first): "Vad: Boka lokal Vem: Anna Berg När: 3 mars"
_FIELD_END = r"(?=[.;]|\s*$|\s+[A-ZÅÄÖ][a-zåäö]+\s*:)"
WHAT_WHO = re.compile(rf"\bVad\s*:\s*(?P<task>[^.;:]{{3,200}}?)[.;]?\s+Vem\s*:\s*(?P<who>[^.;:]{{2,80}}?){_FIELD_END}"
                      rf"(?:[.;]?\s+När\s*:\s*(?P<due>[^.;:]{{2,40}}?){_FIELD_END})?|"
                      rf"\bVem\s*:\s*(?P<who2>[^.;:]{{2,80}}?)[.;]?\s+Vad\s*:\s*(?P<task2>[^.;:]{{3,200}}?){_FIELD_END}"
                      rf"(?:[.;]?\s+När\s*:\s*(?P<due2>[^.;:]{{2,40}}?){_FIELD_END})?")


#: a task label opening a sentence whose subject does the task: "Uppdrag: Anna Berg tar fram ett förslag",
#: "Att göra: kansliet bokar lokal", "Åtgärd: Per skickar ut inbjudan" (the label makes it a task, dated or not)
LABELLED_DOER = re.compile(rf"^{TASK_LABEL}\s*:\s*(?P<rest>.+)$")
DOER_VERB = re.compile(r"\s*(?P<verb>[a-zåäö]+(?:ar|er|ir|or)|tar|går|gör|ser|får)\s+(?P<task>[a-zåäö].*)$")


def labelled_doers(found: list[str]) -> list[str]:
    """ "Uppdrag: Anna Berg tar fram ett förslag." -> "Anna Berg får i uppdrag att ta fram ett förslag." The subject
    is a person's name (a given name alone too: action lists name people by first name) or a definite noun
    ("kansliet"); a label followed by a task without its doer is :func:`labelled_actions`' to read."""
    out = []
    for s in found:
        m = LABELLED_DOER.match(s.strip()) if ":" in s else None
        if not m:
            continue
        rest = m.group("rest").rstrip(" .")
        first = rest.split(" ", 1)[0]
        who = name_at(rest)
        end = who[1] if who else len(first) if first in given_names() or DEFINITE.match(rest[:1].lower() + rest[1:]) \
            else 0  # "Åtgärd: Kansliet skickar ..." as "Att göra: kansliet bokar ..."
        v = DOER_VERB.match(rest[end:]) if end else None
        if v and _finite(v.group("verb")):
            out.append(f"{rest[:end][:1].upper()}{rest[1:end]} får i uppdrag att {_infinitive(v.group('verb'))} "
                       f"{v.group('task')}.")
    return out
