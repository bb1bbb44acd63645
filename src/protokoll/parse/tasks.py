"""Tasks in the running text of minutes: "Anna Berg återkommer med ett förslag", "Per Ek ansvarar för
inbjudan", and "X får i uppdrag att" after a heading run on before it.

The decision text is searched for every assignment form; running text only
for the explicit ones ("i uppdrag", "ombeds", "ska"). Minutes, though, write
their action points as plain sentences with a person as subject, "återkommer
med" and "ansvarar för" being the spec's own wordings. Such a sentence is a
task only when its subject is a person's full name (a body or organisation
"ansvarar för" a service as a standing fact, not as a task from this meeting).
A sentence "X får i uppdrag att" that a copy ran on after a heading ("Utlysning
2014 Kansliet får i uppdrag att ...") is read from its agent on.
"""

from __future__ import annotations

import re

from .names import is_person

SUBJECT_DUTY = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,2})\s+(?:återkommer|ansvarar)\b")


TASK_GIVEN = re.compile(r"(?:^|(?<=\s))[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?:[a-zåäö][\wåäö\-]*|(?:och|i)\s+[A-ZÅÄÖ][\wåäö\-]*)){0,3}\s+(?:får|fick|ges|gavs)\s+(?:i\s+)?"
                        r"uppdrag(?:et)?\s+att\b|^[A-ZÅÄÖ][\wåäö\-]*\s+(?:ger|gav)\s+(?:[\wåäö\-]+\s+){1,5}i\s+uppdrag\s+att\b")


def task_given(sentence: str) -> str | None:
    """A sentence giving someone a task ("X får i uppdrag att ..."), from its agent on: a heading or label run
    on before the agent (text whose breaks were lost) is left out."""
    if "uppdrag" not in sentence:  # cheap test first: the pattern scans from every capital
        return None
    s = sentence.strip()
    m = TASK_GIVEN.search(s)
    return s[m.start():] if m else None


def running_tasks(found: list[str]) -> list[str]:
    """The sentences of running text to read assignments from besides the explicit ones."""
    return [t for s in found if (t := task_given(s)) and t != s.strip()] + person_duties(found)


def person_duties(found: list[str]) -> list[str]:
    """The sentences whose subject, a person's full name, "återkommer" or "ansvarar" for something."""
    return [s for s in found if ("återkommer" in s or "ansvarar" in s)
            and (m := SUBJECT_DUTY.match(s.strip())) and is_person(m.group("who"))]
