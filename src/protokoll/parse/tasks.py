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

from .commitments import deed_sentences, promise_sentences
from .agents import agent_like
from .bodywords import BODY_DEFINITE
from .givenopen import opens_name
from .itemcontext import Context
from .names import is_person
from .persons import PLAIN_WORD, UPPER

SUBJECT_DUTY = re.compile(rf"^(?P<who>[{UPPER}][\wåäö\-]+(?:\s+[{UPPER}][\wåäö\-]+){{1,2}})\s+(?:återkommer|ansvarar)\b")


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


def running_tasks(found: list[str], ctx: Context | None = None) -> list[str]:
    """The sentences of running text to read assignments from besides the explicit ones (with the meeting,
    also the promises of :mod:`.commitments`)."""
    promised = promise_sentences(found, ctx) + deed_sentences(found, ctx) if ctx is not None else []
    words = "\n".join(found)  # the item's sentences tested at once: each form below needs one of its words
    if "uppdrag" not in words and "återkommer" not in words and "ansvarar" not in words:
        return promised
    return [t for s in found if (t := task_given(s)) and t != s.strip()] + person_duties(found) + promised


#: minutes name their members by the given name alone: "Anna återkommer med ett förslag."
GIVEN_DUTY = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<who>{PLAIN_WORD})\s+(?:återkommer\s+(?:med|till|om)|"
                        r"ansvarar\s+för)\s")
#: a full name's duty inside a run whose sentence breaks were lost: "... Inköp av projektor Per Holm ansvarar för
#: att undersöka kraven": the sentence from the name on
RUN_ON_DUTY = re.compile(rf"(?<=\s)(?P<who>[{UPPER}][\wåäö\-]+\s+[{UPPER}][\wåäö\-]+)\s+(?:återkommer\s+med|"
                         r"ansvarar\s+för\s+att)\s")


#: a body that returns with something: "Förvaltningen återkommer med ett förslag", "Kommunerna återkommer med
#: synpunkter" (a body's "ansvarar för" is a standing fact, its "återkommer" a promise)
BODY_RETURNS = re.compile(r"^(?P<who>[A-ZÅÄÖ][a-zåäö]+(?:na|en|et))\s+återkommer\s+(?:med|om)\b")


def person_duties(found: list[str]) -> list[str]:
    """The sentences whose subject, a person's full name (or a given name alone as minutes write it), "återkommer"
    or "ansvarar" for something; in a run-on sentence, from the full name on."""
    out = []
    for s in found:
        if "återkommer" not in s and "ansvarar" not in s:
            continue
        s = s.strip()
        if (m := SUBJECT_DUTY.match(s)) and is_person(m.group("who")) or \
                (m := GIVEN_DUTY.search(s)) and opens_name(m.group("who")):
            out.append(s[m.start():])
        elif (m := RUN_ON_DUTY.search(s)) and is_person(m.group("who")) and not _name_before(s, m.start()):
            out.append(s[m.start():])
        elif (m := BODY_RETURNS.match(s)) and agent_like(m.group("who")) and not own_group(m.group("who")):
            out.append(s)
    return out


def _name_before(s: str, at: int) -> bool:
    """Whether the word before ``at`` opens a name ("Anna Karin Berg": "Karin Berg" is no name of its own)."""
    before = s[:at].split()
    return bool(before) and opens_name(before[-1])


def own_group(who: str) -> bool:
    """The meeting's own group as the subject ("Gruppen återkommer till frågan", "Nätverket återkommer ..."): the
    meeting takes the question up again, no one is given a task."""
    return who.casefold().endswith(BODY_DEFINITE + ("gruppen", "nätverket", "mötet"))
