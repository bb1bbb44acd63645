"""Assignments written in ways the explicit forms of :mod:`.assignments` do not read, rewritten as the sentence
it knows ("X får i uppdrag att ..."):

- the passive with the verb first, as protocols write it: "Uppdras åt förvaltningen att utreda frågan",
  "Uppdrogs åt kansliet att ...";
- a task delegated: "Styrelsen delegerar till ordföranden att underteckna avtalet", "(Nämnden beslutar) att
  delegera till ordföranden att ...";
- a question taken home to be answered: "Kommunerna tar med sig frågan och återkommer", "Anna Berg tar med sig
  synpunkterna och återkommer med ett förslag" (without "och återkommer" it is no task: taking a question
  home is not promising anything);
- a task taken on: "Anna Berg åtar sig att kontakta skolan", "Kansliet tar på sig att ...", or promised by a
  member: "Cecilia lovar att maila ut protokollet";
- a member asked by the meeting: "Styrelsen beslutade att be Per Ek kontakta kommunen", "... enades om att inför
  nästa år be Anna skicka ut ..." (the one asked a person's name, the task an infinitive);
- an agreement that someone does something: "Gruppen enades om att Per Ek tar kontakt med regionen", "Det
  beslutades att kansliet tar fram ett underlag" (a person or one of the meeting's offices, a verb of doing).
"""

from __future__ import annotations

import re

from .actionpoints import RESPONSIBLE_LABEL, TASK_LABEL
from .commitments import NOT_A_DEED, OFFICES, _doing, _infinitive_of, full_named as _named
from .persons import LOWER, UPPER

#: "Uppdras åt förvaltningen att utreda ...": the verb first, then who and the task
PASSIVE_FIRST = re.compile(r"^(?:Det\s+)?(?:Uppdras|Uppdrogs|uppdras|uppdrogs)\s+(?:åt|till)\s+(?P<who>[^.;]{2,80}?)\s+"
                           r"att\s+(?P<task>[a-zåäö][^;]{2,300})$")
#: "X delegerar till Y att ...": Y is given the task
#: (the infinitive after "att" or opening a decision's numbered point: "beslutar att 1. ... 2. delegera till ...")
DELEGATES = re.compile(r"(?:\b(?:delegerar|delegerade|delegeras|att delegera)|(?<!\S)\d{1,2}[.)]\s+delegera)\s+"
                       r"(?:till|åt)\s+(?P<who>[^.;]{2,80}?)\s+att\s+(?P<task>[a-zåäö][^;]{2,300})$")
#: "X tar med sig frågan och återkommer [med ...]"
TAKES_HOME = re.compile(rf"^(?P<who>[{UPPER}][^.;]{{1,80}}?)\s+(?:tar|tog)\s+med\s+sig\s+(?P<what>[^.;]{{2,80}}?)\s+och\s+"
                        r"(?:återkommer|återkom)(?P<rest>\s+(?:med|i|till|om|inför|senast)\b[^;]{0,200})?\.?$")


#: "X åtar sig att ...", "X tog på sig att ...": a task taken on at the meeting
TAKES_ON = re.compile(rf"^(?P<who>[{UPPER}][^.;]{{1,60}}?)\s+(?:åtar|åtog|tar\s+på|tog\s+på)\s+sig\s+att\s+"
                      r"(?P<task>[a-zåäö][^;]{2,300})$")
#: "Cecilia lovar att maila ut protokollet", "Per Ek lovade att kontakta skolan": a member's promise at the meeting
#: (a person or one of the meeting's offices; "Regeringen lovar att ..." is news)
PROMISES = re.compile(rf"^(?P<who>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)\s+(?:lovar|lovade)\s+att\s+"
                      r"(?P<task>[a-zåäö][^;]{2,300})$")
#: "... att be Per Ek kontakta kommunen": the one asked (a name) and the infinitive of the task
ASKS = re.compile(rf"(?<=[a-zåäö] )be\s+(?P<who>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)\s+(?:att\s+)?"
                  r"(?P<verb>[a-zåäö]+a)\s+(?P<rest>[^;]{2,300})$")


#: "... enades om att Per Ek tar kontakt med ...", "Det beslutades att kansliet tar fram ...": who, verb, the rest
AGREED = re.compile(rf"\b(?:enades\s+om|kom\s+överens\s+om|beslutades|beslöts|bestämdes|överenskoms)\s+att\s+"
                    rf"(?P<who>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?|[a-zåäö]+)\s+(?P<verb>[a-zåäö]+)\s+"
                    r"(?P<after>[a-zåäö]+)(?P<rest>[^;]*)$")

#: AGREED's verbs ("kom överens om" and "överenskoms" hold "överens"): one is in every sentence it reads
AGREED_WORDS = ("enades", "överens", "beslutades", "beslöts", "bestämdes")


def _agreed_word(text: str) -> bool:
    return any(w in text for w in AGREED_WORDS)


def task_sentences(found: list[str]) -> list[str]:
    """The sentences of ``found`` in one of the forms above, rewritten as "X får i uppdrag att ..."."""
    out: list[str] = []
    whole = " ".join(found)
    if "ppdr" not in whole and "deleger" not in whole and "med sig" not in whole and " sig att" not in whole \
            and " be " not in whole and " lova" not in whole \
            and not (("s att " in whole or "om att " in whole) and _agreed_word(whole)):
        # each form's words
        return out
    out += [t for s in found if (t := _taken_or_asked(s.strip().rstrip(".")))]
    for sentence in found:
        s = sentence.strip().rstrip(".")
        if "uppdr" in s.casefold() and (m := PASSIVE_FIRST.match(s)):
            out.append(f"{_capital(m.group('who'))} får i uppdrag att {m.group('task')}.")
        elif "deleger" in s and (m := DELEGATES.search(s)):
            out.append(f"{_capital(m.group('who'))} får i uppdrag att {m.group('task')}.")
        elif "med sig" in s and (m := TAKES_HOME.match(s)):
            out.append(f"{m.group('who')} får i uppdrag att ta med sig {m.group('what')} och återkomma"
                       f"{m.group('rest') or ''}.")
    return out


def _capital(who: str) -> str:
    return who[:1].upper() + who[1:]


#: "Ansvarig: Anna Berg. Klart: 2025-05-01" (or short, "Ansv: Anna"): who is responsible (and by when), the task
#: the sentence before it
RESPONSIBLE = re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\s))(?:{RESPONSIBLE_LABEL}|Ansv\.?)\s*:\s*"
                         rf"(?P<who>[{UPPER}][^.;:]{{1,60}}?)"
                         r"(?:[.;,]?\s+(?:Klart(?:\s+till)?|Senast|Deadline|Klart senast)\s*:?\s*(?P<due>[^.;]{2,40}?))?"
                         r"(?:[.;]|\s*$)")
#: a label that opens an action point the labelled-action reader already reads
ACTION_LABEL = re.compile(rf"\b{TASK_LABEL}\s*:")


def responsible_sentences(text: str, title: str, agenda: bool) -> list[str]:
    """Minutes that mark an item's task with "Ansvarig: Anna Berg[. Klart: 2025-05-01]" after what is to be done
    (in an agenda the label names who presents the item): "Anna Berg får i uppdrag att <the sentence before the
    label, else the item's heading>[ senast <when>]."."""
    if agenda or "nsv" not in text or ACTION_LABEL.search(text):
        return []
    out = []
    start = 0  # where the text of the next task may begin: after the last label's name
    for m in RESPONSIBLE.finditer(text):
        cut = WHO_END.search(m.group("who"))
        who = m.group("who")[:cut.start()] if cut else m.group("who")
        before = re.split(r"(?<=[.!?])\s+", text[start:m.start()].strip())
        start = m.start("who") + len(who)
        task = before[-1].strip(" .-–•*") if before and before[-1].strip(" .-–•*") else title.strip(" .")
        if not task or not who.strip():
            continue
        due = f" senast {m.group('due').strip()}" if m.group("due") and not cut else ""
        out.append(f"{who.strip()} får i uppdrag att {task[:1].lower()}{task[1:]}{due}.")
    return out


#: where the name after "Ansvar:" ends when the next line's point was joined to it (its full stop and line break
#: lost): a dash or bullet opening the next point, or a capitalised word followed by a lower-case one, which opens
#: a sentence ("Ansvar: Anna - Skicka inbjudan", "Ansvar: Anna Skicka inbjudan") and is no part of a name
WHO_END = re.compile(r"\s+[-–•*]\s+|\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")


def _taken_or_asked(s: str) -> str | None:
    """A task taken on ("X åtar sig att ...") or asked of a named member ("... att be X göra ..."), rewritten."""
    if " sig att" in s and (m := TAKES_ON.match(s)):
        return f"{m.group('who')} får i uppdrag att {m.group('task')}."
    if " lova" in s and (m := PROMISES.match(s)) and (_named(m.group("who")) or m.group("who") in OFFICES):
        return f"{m.group('who')} får i uppdrag att {m.group('task')}."
    if " be " in s and (m := ASKS.search(s)) and m.group("verb") not in NOT_A_DEED and _named(m.group("who")):
        return f"{m.group('who')} får i uppdrag att {m.group('verb')} {m.group('rest')}."
    if "att " in s and _agreed_word(s) and (m := AGREED.search(s)) and _doing(m.group("verb"), m.group("after")) \
            and (_named(m.group("who")) or m.group("who").capitalize() in OFFICES):
        who = m.group("who")
        return f"{who[:1].upper()}{who[1:]} får i uppdrag att {_infinitive_of(m.group('verb'))} {m.group('after')}" \
               f"{m.group('rest')}."
    return None


def sentence_title(title: str, agenda: bool) -> list[str]:
    """An item's title when it is a sentence giving a task, as minutes of numbered paragraphs write them ("6. Anna
    Berg och Per Ek får i uppdrag att fullfölja upphandlingen ...", "5. Uppdrogs åt Eddie att beställa skyltar"):
    the first sentence of the paragraph read as the item's title, read for its task as the body's sentences are.
    A paragraph of one whole sentence (its full stop kept) is read so with any task form ("§ 7 Gruppen delegerar
    till ordföranden att ...", "§ 4 Ordföranden skriver verksamhetsberättelsen."): each reader checks its own form.
    Not in an agenda, whose titles name matters to decide ("Ge nämnden i uppdrag att ..."), nothing given yet."""
    if agenda or len(title.split()) < 5:
        return []
    return [title] if "uppdr" in title.casefold() or title.rstrip().endswith(".") else []
