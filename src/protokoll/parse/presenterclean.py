"""The last check on an item's presenters before it keeps them (issue 10).

- A title written capitalised before the name is no part of it: "Riksrevisor Anna Berg", "Revisorn Anna Berg",
  "Kassören Anna Berg", "Vd Anna Berg" -> "Anna Berg". The word goes when it is no given name and either the next
  word is one or the word ends as Swedish job titles do (-chef, -direktör, -revisor, -befälhavare, ...).
- A name cut out of an item's heading (a column after the title, "Information från ...") has nothing but its
  place to say it is a person's, so it must open with a given name: a business after " - " in a licence item
  ("Serveringstillstånd - Gamla Krogen"), a body ("Information från Norrby Ungdomsråd") is none.
- A surname written as its initial ("Maj B och Lars N redogör") names nobody in full: abstain.
- Whoever opens the meeting ("Mötet öppnades av ordförande Anna Berg", "Ordförande Anna Berg hälsade alla
  välkomna och förklarade mötet öppnat") chairs it and presents nothing.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name
from .listedpresenters import resolve
from .presenters import CHOSEN, SUBJECT_HEADING

#: how Swedish job titles and offices end, lower-cased, with or without the definite ending: a word of this form
#: before a person's name is the person's title ("överbefälhavare", "riksrevisorn", "ekonomichefen")
TITLE_END = re.compile(r"[\wåäöé\-]*(?:chef|direktör|revisor|kassör|sekreterare|ordförande|befälhavare|minister|intendent|"
                       r"handläggare|strateg|samordnare|ledare|controller|ekonom|jurist|utredare|konsult|rektor|"
                       r"råd|ansvarig|inspektör|ingenjör|arkitekt|rådgivare|assistent|koordinator|specialist|"
                       r"analytiker|planerare|utvecklare|ombudsman|läkare|sköterska|kurator|vd|gd)(?:en|n|et)?",
                       re.I)
#: a word that writes a name's parts: capitalised, letters and hyphens ("von" is a particle, kept)
NAME_PART = re.compile(r"[A-ZÅÄÖÉ][\wåäöéü\-]*|von|af|de|van")


def without_title_word(name: str) -> str:
    """ "Riksrevisor Anna Berg" -> "Anna Berg" (see the module); a name of two words stays as it is."""
    words = name.split()
    if len(words) < 3:
        return name
    while len(words) > 2 and not opens_name(words[0]) and (opens_name(words[1]) or TITLE_END.fullmatch(words[0])):
        words = words[1:]
    return " ".join(words)


def titled(names: list[str], people: list[Attendee] = ()) -> list[str]:
    """The names without a title word before them, each once; a name whose surname is only its initial ("Maj B",
    "Lars N.", as minutes write someone named in full before) is no full name: the one of ``people`` (the
    attendees) it stands for (:func:`.listedpresenters.resolve`), else left out (abstain)."""
    out: list[str] = []
    for name in (without_title_word(n) for n in names):
        if name and INITIAL_SURNAME.search(name):
            name = resolve(name, list(people)) if people else None
        if name and name not in out:
            out.append(name)
    return out


#: a surname written as its initial: "Maj B", "Lars N."
INITIAL_SURNAME = re.compile(r"\s[A-ZÅÄÖ]\.?$")


def heading_people(names: list[str]) -> list[str]:
    """Names cut out of a heading, kept only when each opens with a given name; none when any does not (a
    business, a body: the heading's names are read together, so one that is no person's puts all in doubt), nor
    when one ends in a noun's definite form ("Per Holm Länstransportplanen": the next title run on, see
    :func:`before_next_title`)."""
    names = titled(names)
    if not names or not all(opens_name(n.split()[0]) and all(NAME_PART.fullmatch(w) for w in n.split())
                            and not DEFINITE_NOUN.search(n.split()[-1]) for n in names):
        return []
    return names


#: a compound noun in its definite form, never a surname: "Länstransportplanen", "Utredningen", "Folkhälsoarbetet"
DEFINITE_NOUN = re.compile(r"\w{3}(?:planen|ningen|heten|tionen|arbetet|rådet|projektet|programmet|frågan|frågorna|"
                           r"strategin|rapporten|budgeten|avtalet|erna|arna)$")


#: a sentence or heading that says the meeting was opened or its people welcomed, whoever did it. Not
#: ``attendance.OPENED``: that reads the chair's name from a chair's title before the verb (or after "öppnades av"),
#: and also from "förklarade"; this tells only that the sentence is about the opening (the name is checked apart)
OPENED = re.compile(r"\b(?:öppna(?:de|des|r|s|t)?\b.*\b(?:mötet|sammanträdet|årsmötet|stämman)|"
                    r"(?:mötet|sammanträdet|årsmötet|stämman)\b.*\böppna(?:de|des|r|s|t)?\b|"
                    r"hälsa(?:de|r|s)\s+(?:\w+\s+){0,3}?välkom)", re.I)
#: a verb of presenting: the person who opens the meeting and then presents something is a presenter. Stems, not
#: ``presenters.VERBS``: any form says it ("redovisades", "föredragning"); not ``PRESENTING_PARTS`` either, whose
#: "igenom", "inled", "visa" are also what a chair does in opening ("inledde mötet", "gick igenom dagordningen")
PRESENTING = re.compile(r"\b(?:informera|redogör|redogjorde|presentera|berätta|föredr|redovisa|rapportera)", re.I)


def opens_meeting(text: str, who: str) -> bool:
    """Whether ``text`` names ``who`` as opening the meeting and presenting nothing ("Mötet öppnades av
    ordförande Anna Berg", "Ordförande Anna Berg hälsade alla välkomna")."""
    if who not in text:  # (first: the name in the text costs less than the text's fold)
        return False
    low = text.casefold()
    return ("öppna" in low or "hälsa" in low) and bool(OPENED.search(text)) and not PRESENTING.search(text)


def not_openers(names: list[str], texts: list[str]) -> list[str]:
    """The names less those the item's heading or first sentence names as opening the meeting."""
    return [n for n in names if not any(opens_meeting(t, n) for t in texts if t)]


def about_people(heading: str) -> bool:
    """Whether a heading is about the people it names: a motion's author, who resigns or is released, elected,
    thanked ("Befrielse från uppdrag - Anna Berg", "Till sekreterare valdes Anna Berg"), who opens the meeting
    ("Mötet öppnades av ordförande Anna Berg"). A name set after the finished title, behind a full stop and a dash
    ("Medborgarförslag: Resecentrum. - Anna Berg"), is the agenda's presenter column, not the subject."""
    subject = SUBJECT_HEADING.match(heading) and not AFTER_FINISHED_TITLE.search(heading)
    return bool(subject or CHOSEN.search(heading) or OPENED.search(heading))


#: the presenter column after a finished title: a full stop, a dash, then a capitalised name
AFTER_FINISHED_TITLE = re.compile(r"\.\s+[-–]\s+[A-ZÅÄÖ][\wåäöé\-]+\s+[A-ZÅÄÖ]")


def before_next_title(names: list[str]) -> list[str]:
    """The names read at a run-on heading's end up to a noun's definite form that ends one of them ("... strategi,
    Per Holm Länstransportplanen, Eva Ek"): that noun opens the next item's title, so the names after it are that
    item's presenters, not this one's."""
    for k, name in enumerate(names):
        words = name.split()
        if len(words) > 2 and DEFINITE_NOUN.search(words[-1]):
            return names[:k] + [" ".join(words[:-1])]
    return names
