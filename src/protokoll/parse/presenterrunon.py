"""Presenters split between an item's heading and its first sentence when a page lost its line breaks
("§ 23 Hemtjänsten Anna Berg hälsas välkommen och informerar ...", "§ 12 Budget Ärendet föredras av
ekonomichef Anna Berg. ..."): the heading was cut before the name, or inside it.

- The heading ends in a given name and the sentence opens with the rest of the name ("Hemtjänsten Anna" /
  "Berg hälsas välkommen och informerar"): the name is whole again, the sentence read as a presenter's, and
  the heading loses the given name.
- The heading ends in a presenting phrase whose name opens the sentence: "Ärendet föredras av ekonomichef",
  "Som föredragande närvarar", "Föredragande", "Information av förvaltningschef" / "Anna Berg. ...": the
  name is the presenter; a sentence's phrase ("Ärendet föredras av", "Som föredragande närvarar") leaves the
  heading, a heading's own words ("Information av") stay.
- The heading ran on into the subject of a presenting sentence ("Vägfrågor Företrädare för Trafikverket,
  projektledare" / "Anna Berg m.fl. informerar ..."): read from the capitalised word that opens it.
- A job title left at the heading's end when the sentence opens with the presenter's name ("Kvalitetsarbete
  Kvalitetsstrateg" / "Anna Berg redogör ...") goes from the heading (``heading_without_role``).
"""

from __future__ import annotations

import re

from .givenopen import opens_name
from .names import is_person
from .persons import has_title_word
from .presenterclauses import ATTENDING, HAS_TRIGGER, clause_presenters
from .presenterforms import sentence_presenters
from .presenterslot import without_label_end

#: the capitalised words opening a sentence (a name's rest, or a whole name)
OPENING = re.compile(r"^(?P<words>[A-ZÅÄÖ][\wåäöé\-]+(?:\s+[A-ZÅÄÖ][\wåäöé\-]+){0,2})\b")
#: a presenting phrase that is a sentence's, run on into the heading (cut from it)
SENTENCE_PHRASE = re.compile(r"\s+(?:(?:Ärendet|Frågan|Punkten|Rapporten|Informationen)\s+(?:föredras|föredrogs|"
                             r"presenteras|presenterades|redovisas|redovisades)\s+av|Som\s+föredragande\s+(?:"
                             rf"{ATTENDING})|Föredragande(?:\s+är|\s+var)?\s*:?)(?:\s+[a-zåäö][\wåäö\-.]*)?\s*$")
#: what each wording of ``SENTENCE_PHRASE`` has (its search is tried from every space of the heading, issue 12)
PHRASE_WORDS = ("öredr", "presenter", "redovis")


def may_phrase(title: str) -> bool:
    """The cheap test before ``SENTENCE_PHRASE`` (a case-sensitive pattern): one of ``PHRASE_WORDS`` in ``title``."""
    return "öredr" in title or "presenter" in title or "redovis" in title


#: a heading's own words naming its presenter after them (kept in the title)
HEADING_PHRASE = re.compile(r"^(?:Information|Redovisning|Dragning|Föredragning|Rapport|Presentation)\s+(?:av|från)"
                            r"(?:\s+[a-zåäö][\wåäö\-.]*)?\s*$")


def _heading_phrase(title: str) -> bool:
    """Whether ``title`` ends in a heading's presenting phrase, any lower-case word after it a job title
    ("Information av förvaltningschef"): "Redovisning av delegationsbeslut" is what is presented, no one's role."""
    m = HEADING_PHRASE.match(title)
    last = title.split()[-1]
    return bool(m) and (last in ("av", "från") or has_title_word(last))


def run_on_presenters(title: str, sentence: str) -> tuple[str, list[str]]:
    """(the heading, the presenters) for a presenter split between ``title`` and the first ``sentence``;
    (title, []) when neither form above holds."""
    opening = OPENING.match(sentence.strip())
    words = title.split()
    if not opening or len(words) < 2:
        return title, []
    first = opening.group("words").split()
    if opens_name(words[-1]) and is_person(" ".join([words[-1], *first[:2]])):
        joined = f"{words[-1]} {sentence.strip()}"
        found = clause_presenters([joined]) or sentence_presenters([joined])
        if found:
            return title[:title.rstrip().rfind(" ")].rstrip(" ,;:-–"), found
    for k in range(1, len(words) if HAS_TRIGGER(title) or HAS_TRIGGER(sentence) else 1):  # "Vägfrågor Företrädare för Trafikverket, projektledare" / "Anna Berg m.fl. informerar"
        if words[k][:1].isupper() and (found := clause_presenters([f"{' '.join(words[k:])} {sentence.strip()}"])):
            return " ".join(words[:k]).rstrip(" ,;:-–"), found
    phrase = SENTENCE_PHRASE.search(title) if may_phrase(title) else None  # the phrases first: a heading without
    # one needs no name read
    cut = phrase.start() if phrase and phrase.start() > 0 else None
    if cut is None and not _heading_phrase(title) or len(first) < 2 or not opens_name(first[0]):
        return title, []
    name = " ".join(first[:3]) if len(first) >= 3 and is_person(" ".join(first[:3])) else " ".join(first[:2])
    if not is_person(name):
        return title, []
    return (title[:cut].rstrip(" ,;:-–"), [name]) if cut is not None else (title, [name])


def heading_without_role(title: str, sentence: str, presenters: list[str]) -> str:
    """The heading without a job title at its end when the first sentence opens with the first presenter's
    name (the heading was cut just before it). Only a capitalised one, as a sentence opens with it ("Budget
    Ekonomichef" / "Anna Berg ..."); a lower-case one is the heading's own ("Val av ny ekonomichef")."""
    words = title.split()
    if presenters and len(words) > 1 and words[-1][:1].isupper() and sentence.lstrip().startswith(presenters[0]):
        return without_label_end(title)
    return title
