"""Presenters written in ways :mod:`.presenters` and :mod:`.presenterrun` do not read.

- Titles in parentheses after the names: "Anna Berg (projektledare) och Per Ek (utredare) föredrar punkten".
- More than one comma part between the name and the verb: "Anna Berg, vd, Norrbyhem AB, informerar".
- The role word after the name: "Anna Berg (föredragande)"; a guest's label before the sentence: "Gäst: Anna Berg,
  SKR, informerade om ...".
- Words describing the report between "ger en" and the report: "Anna Berg ger en utförlig och uppskattad
  redovisning av läget".
- A heading that ran on into the item's first sentence (a flattened page): "Samverkan med högskolan Anna Berg
  från högskolan informerar. ..." — the speaker before the presenting verb inside the run-on heading.

And one that is no presentation: "Anna Berg och Per Ek presenterade sig" (they introduced themselves).
"""

from __future__ import annotations

import re

from .features import cut_start
from .names import given_names, is_person
from .presenters import VERBS, may_present, subject_parts, title_presenters
from .persons import LOWER, UPPER

#: a presenting verb used of oneself: an introduction, not a presentation of the item
SELF = re.compile(rf"\b(?:{VERBS}|presenterades)\s+sig\b")




def introduces_self(sentence: str) -> bool:
    """ "Anna Berg och Per Ek presenterade sig": no one presented the item."""
    return " sig" in sentence and bool(SELF.search(sentence))


#: a short parenthesised title or employer after a name: "(projektledare)", "(utredare, Region Norr)"
PARENTHESES = re.compile(r"(?<=[\wåäöé])\s*\([^()]{1,50}\)")


def without_parentheses(sentence: str) -> str:
    """ "Anna Berg (projektledare) och Per Ek (utredare) föredrar" -> "Anna Berg och Per Ek föredrar"."""
    return PARENTHESES.sub("", sentence) if "(" in sentence else sentence


NAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,2}}"
#: "Anna Berg, vd, Norrbyhem AB, informerar": a name, up to three short comma parts, the verb
TITLED = re.compile(rf"^(?P<name>{NAME})(?:\s*,\s*[^,.]{{1,40}}){{1,3}}\s*,?\s+(?:{VERBS})\b")
#: "ger en utförlig och uppskattad redovisning": the report with describing words before it
DESCRIBED = re.compile(r"^(?P<who>.{3,120}?)\s+(?:lämnar|lämnade|ger|gav|håller|höll)\s+(?:en\s+)?"
                       r"(?:[a-zåäö]+(?:,|\s+och)?\s+){1,3}?(?:information|lägesrapport|rapport|redovisning|"
                       r"presentation|dragning|genomgång|föredragning|återrapport)\b")
#: "Anna Berg (föredragande)", "Anna Berg, föredragande": the name with the word for its role after it
NAMED_PRESENTER = re.compile(rf"^(?P<name>{NAME})\s*(?:\(\s*föredragande\s*\)|,\s*föredragande\b)", re.I)
#: a guest's label before the sentence of what the guest did: "Gäst: Anna Berg, SKR, informerade om ..."
GUEST_LABEL = re.compile(r"^(?:Gäst|Gäster|Inbjuden|Inbjudna|Inbjuden gäst)\s*:\s*(?=[A-ZÅÄÖ])")
#: a title word before a name ("Förvaltningschef Anna Berg")
TITLE_WORD = re.compile(r"^[A-ZÅÄÖ]?[a-zåäö\-]+$")
EMPLOYER = re.compile(r"\s+(?:från|på|vid|hos|inom)\s+")  #: an employer after a name (this reader: not after "i")


def sentence_presenters(sentences: list[str]) -> list[str]:
    """The presenters of the first of ``sentences`` written in one of the forms above (titles in parentheses,
    several comma parts, a described report); empty for a sentence introducing its subjects."""
    for sentence in sentences:
        low = sentence.casefold()
        if not may_present(low) or introduces_self(sentence):  # the cheap test: a part of each wording
            continue
        if (m := NAMED_PRESENTER.match(sentence.strip())) and is_person(m.group("name")):
            return [m.group("name")]
        plain = without_parentheses(cut_start(GUEST_LABEL, sentence.strip()))
        if (m := TITLED.match(plain)) and is_person(m.group("name")):
            return [m.group("name")]
        if found := _subject_people(plain):
            return found
        if (m := DESCRIBED.match(plain)) and (found := _people(m.group("who"))):
            return found
    return []


SUBJECT = re.compile(rf"^(?P<who>.{{3,160}}?)\s+(?:{VERBS})\b")


def _subject_people(sentence: str) -> list[str]:
    """The subject before a presenting verb when it is a list of people (after parentheses were taken out)."""
    m = SUBJECT.match(sentence)
    return _people(m.group("who")) if m else []


def people_of(subject: str) -> list[str]:
    """The people a subject names, each perhaps with a title before or an employer after (see ``_people``)."""
    return _people(subject)


def _people(subject: str) -> list[str]:
    """ "Förvaltningschef Anna Berg och Per Ek" -> both; "Anna Berg och Per Ek, Region Norr," -> both (a short
    part after a person is the person's employer or title); empty when the first part, or a part after no person,
    is no person (a body, an office)."""
    found: list[str] = []
    after_person = False
    for words in subject_parts(subject.strip().strip(","), TITLE_WORD, EMPLOYER):
        if words and is_person(" ".join(words)):
            found.append(" ".join(words))
            after_person = True
        elif after_person and 0 < len(words) <= 3:
            after_person = False  # the employer or title of the person before
        else:
            return []
    return found


def without_title(name: str) -> str:
    """ "Ekonomichef Anna Berg" -> "Anna Berg": a title written capitalised before a name read as part of it."""
    words = name.split()
    if len(words) > 2 and words[0] not in given_names() and is_person(" ".join(words[1:])):
        return " ".join(words[1:])
    return name


#: the speaker(s) before a presenting verb, with an employer after "från"
SPEAKERS_BEFORE = re.compile(rf"(?P<names>{NAME}(?:\s*(?:,|\s+och)\s+{NAME})*)(?:\s+från\s+[^.,;:]{{2,50}}?)?"
                             rf"\s+(?:{VERBS})\b(?!\s+sig\b)")
#: a heading of this many words or more ran on into its first sentence
RUN_ON_WORDS = 8


def run_on_heading_presenters(title: str) -> list[str]:
    """ "Samverkan med högskolan Anna Berg från högskolan informerar. ...": the speakers in a heading that ran on
    into the item's first sentence; empty for a heading of ordinary length."""
    if len(title.split()) < RUN_ON_WORDS or not may_present(title.casefold()):
        return []
    for m in SPEAKERS_BEFORE.finditer(title):
        names = re.split(r"\s*,\s*|\s+och\s+", m.group("names"))
        people = _trailing_people(names)
        if people:
            return people
    return []


def _trailing_people(names: list[str]) -> list[str]:
    """The names of a list that are people, read from its end; the first may carry the end of the heading
    before it ("Norrby Anna Berg": its last two or three words)."""
    out: list[str] = []
    for k, name in enumerate(reversed(names)):
        words = name.split()
        if k == len(names) - 1:  # the first name of the list: the heading's words may run into it
            candidates = [" ".join(words[-n:]) for n in (3, 2) if len(words) >= n]
            hit = next((c for c in candidates if c.split()[0] in given_names() and is_person(c)), None) \
                or (candidates[-1] if len(words) > 2 and is_person(candidates[-1]) else None)
        else:
            hit = name if is_person(name) else None
        if not hit:
            break
        out.insert(0, hit)
    return out


#: a dash or bullet that opens a sub-point of an agenda item written on one line: "- Budgetläget Anna Berg - ..."
SUBPOINT = re.compile(r"(?:^|\s)[-–•]\s+")


def subpoint_presenters(text: str) -> list[str]:
    """ "- Information om budgeten Anna Berg - Presentation av planen": an item's sub-points, each with the name
    of who presents it after its topic (as an agenda lists them); the names, in order. Only a list of sub-points
    (two or more) counts: a name closing an ordinary sentence is no presenter."""
    if not text.lstrip().startswith(("-", "–", "•")):
        return []
    parts = [p.strip(" .") for p in SUBPOINT.split(text) if p.strip(" .")]
    if len(parts) < 2:
        return []
    found: list[str] = []
    for part in parts:
        found += [p for p in title_presenters(part)[1] if p not in found]
    return found
