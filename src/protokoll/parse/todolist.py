"""A to-do list under its label: a line "Att göra:" (also "Åtgärder:", "Åtgärdslista:", "Uppgifter:") and below
it one point a line (with or without its bullet), each naming who does it, as action lists name people (often by given name alone):
"- Boka lokal (Anna)", "- Anna: boka lokal", "- Boka lokal – Anna". Each point is rewritten as the sentence the
assignment reader knows: "Anna får i uppdrag att boka lokal."

Without the label such lines are no tasks (a list of topics with their presenters looks the same), and the list
ends at the first line that is no point."""

from __future__ import annotations

import re

from .commitments import named_task_lines
from .features import keyword_fold
from .persons import LOWER, UPPER

LABEL = re.compile(r"^(?:Att göra|Åtgärder|Åtgärdslista|Uppgifter|Att-göra-lista|Actions?)\s*:?\s*$", re.I)
#: a word each of ``LABEL``'s labels holds, folded
LABEL_WORDS = ("att göra", "åtgärd", "uppgifter", "att-göra", "action")
BULLET = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])\s+(?P<point>.+)$")
WHO = rf"(?P<who>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+){{0,2}})"
#: the doer after the task: "Boka lokal (Anna)", "Boka lokal – Anna Berg"
AFTER = (re.compile(rf"^(?P<task>[A-ZÅÄÖa-zåäö][^()–]{{2,150}}?)\s*\(\s*{WHO}\s*\)\.?$"),
         re.compile(rf"^(?P<task>[A-ZÅÄÖa-zåäö][^()–]{{2,150}}?)\s[-–]\s+{WHO}\.?$"))
#: the doer before the task: "Anna: boka lokal"
BEFORE = re.compile(rf"^{WHO}\s*:\s*(?P<task>[a-zåäö][^:]{{2,150}}?)\.?$")


def todo_sentences(rows: list[str]) -> list[str]:
    """The points of the labelled to-do lists among an item's lines (``rows``), each as "X får i uppdrag att ..."."""
    out: list[str] = []
    low = keyword_fold("\n".join(rows))  # every label has one of these words: the item's lines tested at once
    if not any(map(low.__contains__, LABEL_WORDS)):
        return named_task_lines(rows)  # tasks under a person's name need no label (.commitments)
    in_list = False
    for row in rows:
        if LABEL.match(row.strip()):
            in_list = True
            continue
        if not in_list:
            continue
        m = BULLET.match(row)  # the reader may have taken the bullet off already
        point = (m.group("point") if m else row).strip()
        p = AFTER[0].match(point) or AFTER[1].match(point) or BEFORE.match(point)
        if not p:
            in_list = False  # the list ends at the first line that is no point
        elif _person(p.group("who")) and VERB_FIRST.match(p.group("task")):
            task = p.group("task").strip(" .,:")
            out.append(f"{p.group('who')} får i uppdrag att {task[:1].lower()}{task[1:]}.")
    return out + named_task_lines(rows)


#: a point that opens with its verb, as a thing to do is written: an infinitive or imperative in -a ("Boka",
#: "Skicka", "Ordna") or a short one ("Ta fram", "Gör", "Se över"); a point opening with a noun ("Läget i Norrby
#: (Anna)", "Budget (Per)") is a topic with who spoke to it, not a task
VERB_FIRST = re.compile(r"^(?:[A-ZÅÄÖa-zåäö][a-zåäö]*a|Ta|Gå|Gör|Göra|Se|Ge|Få|Undersök|Skriv|Läs|Kör|Håll|Bjud|"
                        r"Sänd|Hör|Ring|Kontrollera)\b", re.I)


def _person(who: str) -> bool:
    """A person named in a point: a full name, or a given name alone (as action lists name people)."""
    from .names import given_names, is_person

    return is_person(who) or " " not in who and who in given_names()
