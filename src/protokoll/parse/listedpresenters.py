"""Presenters written short at an item's opening and resolved against the document's own attendee list (issue 10).

Minutes name the person who reports an item in the sentence that opens it, often in the older protocol style
with the verb first and the name short: "Redogjorde Karin för kassan", "Rapporterade Per L. om fisket",
"Meddelade Eva, Olle B. och Sven att ...", or the name first after a section label: "Norrby: Karin L.
berättade att ...". Such a short name ("Karin", "Per L.", "Britt R.Holm") is no person by itself; it counts
only when it stands for exactly one person the document lists as present:

- a full name written as the list writes it (spaces after an initial's period ignored);
- a given name alone: the one attendee with that given name;
- a given name and the surname's initial ("Per L.", or without the period, "Per L"): the one attendee with that
  given name whose later name opens with the initial.

Every name of the subject must resolve, or nothing is read (a guest not on the list, two Karins, a body's
name). The names are read only from the item's first sentence (its heading joined with its text, where the
heading is the sentence's start), so a name later in the text (who was thanked, who asked) is not read.
Kept apart from :mod:`.itemreader` (at its size limit), which asks it where its own rules found no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..record import Attendee, Item
from .givenopen import opens_name
from .presenters import may_present

#: the verbs a reporting sentence may open with, past tense as such minutes are written, and the present
VERB_FIRST = ("Redogjorde|Redogör|Rapporterade|Rapporterar|Meddelade|Informerade|Informerar|Föredrog|Redovisade|"
              "Orienterade|Berättade|Presenterade")
#: the opening letters of ``VERB_FIRST``'s verbs: the gate before its pattern
VERB_STARTS = frozenset(v[:3] for v in VERB_FIRST.split("|"))
#: a short or full name: a given name (hyphenated or not), then an initial with its period, a surname, or both
NAME = (r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ](?:\.\s?)?(?=[A-ZÅÄÖ\s,]))?"
        r"(?:\s*[A-ZÅÄÖ][a-zåäöéø]+(?:-[A-ZÅÄÖ][a-zåäöéø]+)?)?")
#: a title or role in lower case before the first name: "Redogjorde kassören Karin för ...", "informerar kostchef Per"
ROLE = r"(?:[a-zåäö][a-zåäö\-]+\s+)?"
SUBJECT = rf"{ROLE}{NAME}(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+){NAME}){{0,4}}"
#: "Redogjorde Karin för ...", "Meddelade Eva, Olle B. och Sven att ..."
VERB_THEN_NAMES = re.compile(rf"^(?:{VERB_FIRST})\s+(?P<who>{SUBJECT})\s+(?:om|för|att|kring|angående|gällande|"
                             r"rörande|kort)\b")
#: "Karin L. berättade att ...", "Norrby: Britt R.Holm informerade om ..." (a section label of one word before it)
NAMES_THEN_VERB = re.compile(rf"^(?:[A-ZÅÄÖ][a-zåäö]+:\s+)?(?P<who>{SUBJECT})\s+(?:informerar|informerade|berättar|"
                             r"berättade|redogör|redogjorde|rapporterar|rapporterade|redovisar|redovisade|"
                             r"presenterar|presenterade|föredrar|föredrog|orienterar|orienterade|visar|visade|"
                             r"går\s+igenom|gick\s+igenom)\b")
#: the verb second after an adverbial, the subject after it: "Därefter redogjorde Karin L. för ...", "Vid mötet
#: informerar kostchef Per Ek om ..."
ADVERBIAL_THEN_VERB = re.compile(rf"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){{0,3}}\s+(?:{VERB_FIRST.lower()}|informerar|"
                                 r"berättar|redogör|redovisar|rapporterar|presenterar|föredrar|beskriver|beskrev|"
                                 rf"visar|visade)\s+(?P<who>{SUBJECT})(?=\s+[a-zåäö])")  # "... Karl Ek läget", "... om"
#: the passive, the agent after "av": "Bakgrunden till planen presenterades av Karin L.", "Frågan om taxan föredrogs
#: av kassören Per" (the subject a phrase of its own, as :data:`.presenterrun.PASSIVE` reads a single noun)
PASSIVE_BY = re.compile(r"^[A-ZÅÄÖ][^.;:]{2,100}?\s(?:föredras|föredrogs|presenteras|presenterades|redovisas|"
                        rf"redovisades|drogs|gås\s+igenom|gicks\s+igenom)\s+(?:[a-zåäö]+\s+)?av\s+(?P<who>{SUBJECT})"
                        r"(?=\s*[.,;]|\s+(?:och|som|med|vid|under)\s|\s*$)")
#: how far into a sentence its reporting verb may stand: a label, five names and an employer, or the passive's
#: subject (at most 100 characters), verb and "av"
HEAD = 200
#: what separates a name's word from the next in a sentence: "Göran,", "Anders S.", "R.Holm"
PUNCTUATION = re.compile(r"[.,:;()]")
JOIN = re.compile(r"\s*,\s*|\s+och\s+|\s+samt\s+")
INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")


@lru_cache(maxsize=64)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    """Every word of the attendees' names (a sentence with none of them names no attendee)."""
    return frozenset(w for n in names for w in PUNCTUATION.sub(" ", n).split())


def _flat(name: str) -> str:
    """A name with one space after each initial's period and single spaces: "Britt R.Holm" = "Britt R. Holm"."""
    return " ".join(re.sub(r"\.(?=\S)", ". ", name).split())


def resolve(name: str, people: list[Attendee]) -> str | None:
    """The one attendee ``name`` stands for (in full, by the given name alone, or by the given name and the
    surname's initial); None where none or more than one does."""
    flat = _flat(name)
    full = [a.name for a in people if _flat(a.name) == flat]
    if full:
        return full[0] if len(set(full)) == 1 else None
    words = flat.split()
    listed = [(a.name, a.name.split()) for a in people if len(a.name.split()) >= 2]
    if len(words) == 1:  # the given name, or the surname as formal minutes write it after the list
        same = {n for n, parts in listed if parts[0] == words[0] or parts[-1] == words[0]}
    elif len(words) == 2 and INITIAL.match(words[1]):
        same = {n for n, parts in listed if parts[0] == words[0] and any(p.startswith(words[1][0]) for p in parts[1:])}
    else:
        return None
    return next(iter(same)) if len(same) == 1 else None


def _resolved(subject: str, people: list[Attendee], employer: bool = False) -> list[str]:
    """Each name of a subject resolved (:func:`resolve`); empty unless every one is. ``employer``: the last part
    after a comma may be the employer of those before it ("Karin Ek, Länsstyrelsen redogjorde"), a word that opens
    no given name."""
    if employer and "," in subject:
        head, tail = subject.rsplit(",", 1)
        whole = _resolved(subject, people)
        return whole or ([] if not tail.strip() or opens_name(tail.split()[0]) else _resolved(head, people))
    out: list[str] = []
    for part in JOIN.split(subject.strip()):
        who = resolve(part.split(maxsplit=1)[-1] if part[:1].islower() else part, people)  # "kassören Karin"
        if who is None:
            return []
        if who not in out:
            out.append(who)
    return out


def listed_presenters(title: str, found: list[str], people: list[Attendee], item: Item | None = None) -> list[str]:
    """The attendees an item's opening sentence names as reporting it (see the module): the heading joined with
    the first sentence of the text where the heading opens with a reporting verb, else the heading as a sentence
    of its own, else one of the text's first two sentences. A heading that is the verb alone ("3. Redogjorde" cut
    before "Karin för kassan.") was the sentence's start, cut before the name: ``item``'s title is mended."""
    if not people:
        return []
    first = found[0] if found else ""
    if title[:3] in VERB_STARTS and (m := VERB_THEN_NAMES.match(f"{title} {first}".strip())) \
            and (who := _resolved(m.group("who"), people)):
        if item is not None and " " not in title.strip() and item.title == title:
            item.title = f"{title} {first}".strip().rstrip(".")
        return who
    for sentence in [title, *found[:2]] if " " in title else found[:2]:  # a title may be the sentence itself
        if who := sentence_listed(sentence, people):
            return who
    return []


def sentence_listed(sentence: str, people: list[Attendee]) -> list[str]:
    """The attendees one sentence names as reporting (see the module); also asked for the sentences straight after
    the first presenter's (:mod:`.presenterfollow`: "Till detta beskriver Karl Ek ...")."""
    head = sentence[:HEAD]  # every pattern's verb, and the passive's "av", stand in the sentence's first words
    if not people or not sentence[:1].isupper() or not (may_present(head) or "eddela" in head) \
            or _name_words(tuple(a.name for a in people)).isdisjoint(PUNCTUATION.sub(" ", head).split()):
        return []  # the gates, cheapest first: a reporting verb, a word of an attendee's name (no name, no resolution)
    for pattern in (VERB_THEN_NAMES, NAMES_THEN_VERB, ADVERBIAL_THEN_VERB, PASSIVE_BY):
        if pattern is VERB_THEN_NAMES and sentence[:3] not in VERB_STARTS \
                or pattern is PASSIVE_BY and " av " not in head:
            continue  # each pattern's gate: the verb that opens it, the agent's "av"
        if (m := pattern.match(sentence)) and (who := _resolved(m.group("who"), people, pattern is NAMES_THEN_VERB)):
            return who
    return []
