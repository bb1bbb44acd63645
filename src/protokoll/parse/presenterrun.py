"""Presenters written in ways the label rules of :mod:`.presenters` do not read.

- A "Föredragande" value that ran on into the next words when the line breaks were lost
  ("Föredragande: Erik Sund Förvaltningens förslag ...", "Föredragande: Anna Berg Anna informerade ..."):
  only the names at its start, each with its title, count.
- A qualifier between the label and the names ("Föredragande tjänsteperson: Erik Sund",
  "Föredragande politiker Anna Berg").
- A talk heading that opens with the speaker: "Anna Berg om budgeten", "Anna Berg, SKR, om ...",
  "Anna Berg: Budgetläget", "Anna Berg (S) informerar om ...": the speaker presents, the heading is the rest.
"""

from __future__ import annotations

import re
from typing import Callable

from .features import cut_start
from .givenopen import opens_name
from .names import find_people, given_names, is_person
from .persons import UPPER, has_title_word

#: who the label's value names, written between the label and the names
QUALIFIER = re.compile(r"^(?:tjänsteperson(?:er)?|tjänstem[aä]n|tjänstepersoner|politiker|handläggare|ansvarig|"
                       r"från\s+förvaltningen)\s*:?\s*", re.I)
#: a title written before a name in lower case ("ekonomichef", "t.f. förvaltningschef")
LOWER_WORD = re.compile(r"^(?:[a-zåäö][\wåäö\-.]*|[A-ZÅÄÖ]{2,5}(?:-[a-zåäö][\wåäö\-]*)?)$")
#: a party code or short form after a name: "(S)", "(MP)", "(KD)"
PARTY = re.compile(r"\s*\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2})\)")
#: what may follow one name before the next: ", ekonomichef, ", " och ", ", "
BETWEEN = re.compile(r"^(?:\s*,\s*(?:[a-zåäö][\wåäö\-.]*(?:\s+[a-zåäö][\wåäö\-.]*){0,3}\s*,?\s*)?|\s+(?:och|samt)\s+)")
#: a title written capitalised between two people, as an agenda's columns write it: "Anna Berg, Regional
#: utvecklingsdirektör, och Per Ek, Projektledare" (a job title among its words, :func:`.persons.has_title_word`)
CAPITAL_TITLE = re.compile(r"^\s*,\s*(?P<title>[A-ZÅÄÖ][\wåäö\-]*(?:\s+[a-zåäö][\wåäö\-.]*){0,4})\s*,\s*"
                           r"(?:(?:och|samt)\s+)?(?=[A-ZÅÄÖ])")
#: a lower-case title after a name: ", ekonomichef" (where a presenter value ends when no name follows)
TITLE_AFTER = re.compile(r"^\s*,\s*[a-zåäö][\wåäö\-.]*(?:\s+[a-zåäö][\wåäö\-.]*){0,3}")
WORD = re.compile(rf"[{UPPER}][\wåäöéü\-]*")


def name_at(text: str) -> tuple[str, int] | None:
    """The person's name at the start of ``text`` and where it ends (see :func:`_name_at`); None when none."""
    return _name_at(text)


def _name_at(text: str) -> tuple[str, int] | None:
    """The person's name at the start of ``text`` and where it ends: two to four capitalised words, the
    longest that is a person's name. A third or fourth word is no part of it when it repeats the name's own
    given name ("Anna Berg Anna informerade") or opens the next sentence (a capitalised word followed by a
    lower-case one: "Anna Berg Förslag till beslut", "Anna Berg Förvaltningens förslag")."""
    words = list(re.finditer(r"(?<!\S)[A-ZÅÄÖ]\.|[^\s,;:().!?]+", text[:160]))  # an initial "A." stays one word
    best = None
    for n in range(2, min(4, len(words)) + 1):
        parts = [w.group(0) for w in words[:n]]
        if not all(WORD.fullmatch(p) for p in parts) or parts[-1] in parts[:-1]:
            break
        if n > 2 and n < len(words) and re.fullmatch(r"[a-zåäö][\wåäö]*", words[n].group(0)) \
                and words[n].group(0) not in ("och", "samt") and not text[words[n - 1].end():words[n].start()].strip():
            break
        name = " ".join(parts)
        if re.fullmatch(r"\S+(?:\s\S+)*", text[:words[n - 1].end()]) and text[:words[n - 1].end()] == name \
                and is_person(name):
            best = (name, words[n - 1].end())
    return best


def leading_people(value: str) -> list[str]:
    """The people named at the start of a presenter value, titles and party codes left out; empty when
    it does not open with a person's name (after a qualifier and lower-case title words)."""
    return people_and_end(value)[0]


#: who holds a post for the time being or as deputy, written before the title: "T.f. ekonomichef", "Bitr. rektor"
ACTING = re.compile(r"(?:T\.?f\.?|Tf|Tillförordnad|Bitr\.?|Biträdande)", re.I)


def without_leading_title(text: str, opens: Callable[[str], bool]) -> str:
    """ "Planarkitekt Per Holm ..." -> "Per Holm ...": a capitalised title (:data:`.persons.TITLE_WORDS`) before a
    word that ``opens`` a name is left out, so that the names can be read from the start; so is an acting or
    deputy's mark before it ("T.f. ekonomichef Per Holm", as Swedish writes "tf kommunchef", "bitr. rektor")."""
    words = text.split()
    k = 1 if len(words) > 3 and ACTING.fullmatch(words[0]) else 0
    if len(words) > k + 2 and has_title_word(words[k]) and opens(words[k + 1]):
        return text.split(None, k + 1)[-1]
    return text


#: where a presenter value's people are joined: ", ", " och ", " samt "
PEOPLE_JOIN = re.compile(r"(\s*[,;]\s*|\s+(?:och|samt)\s+)")


def value_people(value: str) -> list[str]:
    """The people a presenter value names; where each of several opens with a title of its own ("Utbildningschef
    Lars Nord och kvalitetsstrateg Mia Sjö", "Ekonomichef Bo Ek, Controller Eva Al"), the titles are left out
    first, so that a capitalised one is not read as the first name of a longer one."""
    people = find_people(value)
    pieces = PEOPLE_JOIN.split(value)
    if len(pieces) < 3:
        return people
    untitled = "".join(without_leading_title(p, opens_name) if k % 2 == 0 else p for k, p in enumerate(pieces))
    more = find_people(untitled) if untitled != value else []
    return more if len(more) > len(people) else people


#: a preposition in the title after a name: the name after it is the employer's ("statssekreterare hos Per Ek")
EMPLOYER_WORDS = frozenset(("hos", "vid", "på", "åt", "inom"))


def people_and_end(value: str, titled: bool = True) -> tuple[list[str], int]:
    """:func:`leading_people` and where in ``value`` the last name (with its title) ends; 0 when none.
    ``titled``: lower-case title words may stand before the first name (after a label, not after a heading)."""
    rest = cut_start(QUALIFIER, value.strip(" :;"))
    found: list[str] = []
    end = 0
    while rest:
        words = rest.split()
        skip = 0
        while (titled or found) and skip < min(3, len(words) - 2) and LOWER_WORD.match(words[skip]) \
                and not words[skip].endswith(","):
            skip += 1
        if skip:
            rest = rest.split(None, skip)[-1]
        hit = _name_at(rest)
        if not hit:
            break
        found.append(hit[0])
        rest = rest[hit[1]:]
        party = PARTY.match(rest)
        rest = rest[party.end():] if party else rest
        end = len(value) - len(rest)
        between = CAPITAL_TITLE.match(rest) if rest[:1] == "," or rest[:2] == " ," else None
        between = between if between and has_title_word(between.group("title")) else BETWEEN.match(rest)
        if not between or EMPLOYER_WORDS.intersection(between.group(0).split()):
            break  # "Anna Berg, sekreterare hos Per Ek": the name after "hos" is whom she works for
        title = TITLE_AFTER.match(rest)
        if title:
            end = len(value) - len(rest) + title.end()
        rest = rest[between.end():]
    return found, end


def title_alone(value: str) -> bool:
    """A presenter value that is a job title and nothing else ("ekonomichef", "t.f. förvaltningschef"): the name
    it stands before went on to the next line (a narrow label column wraps, a flattened page was cut before it)."""
    words = value.split()
    return 0 < len(words) <= 3 and all(w[:1].islower() for w in words) and has_title_word(words[-1])


def trim_repeated_given_name(name: str) -> str:
    """ "Ann Christin Lövgård Ann" (a name run on into the next sentence's given name) -> "Ann Christin Lövgård"."""
    words = name.split()
    while len(words) > 2 and words[-1] in words[:-1]:
        words = words[:-1]
    return " ".join(words)


#: a talk heading that opens with its speaker: "Anna Berg om X", "Anna Berg, SKR, om X", "Anna Berg: X"
SPEAKER_HEADING = re.compile(rf"^(?P<name>(?:[{UPPER}][\wåäöé\-]+\s+){{1,3}}[{UPPER}][\wåäöé\-]+)"
                             r"(?:\s*\([A-ZÅÄÖ]{1,3}\))?(?:,\s*[^,]{2,40},)?"
                             r"(?:\s+om\s*[:;]?|\s*[:;])\s+(?P<title>\S.{2,})$")


def speaker_heading(title: str) -> tuple[str, list[str]]:
    """A heading "Anna Berg om budgeten" or "Anna Berg: Budgeten": (the topic, [the speaker]); else (title, [])."""
    m = SPEAKER_HEADING.match(title)
    if not m or not is_person(m.group("name")):
        return title, []
    return m.group("title").strip(), [m.group("name")]


#: a label naming who presents besides "Föredragande": "Dragning: Anna Berg", "Information från Anna Berg, IT-chef",
#: "Lägesrapport av Anna Berg" (a colon, "av" or "från" after it, and a person's name first in what follows)
OTHER_LABEL = re.compile(r"^(?:(?:Dragning|Föredragning|Presentation|Information|Informationen|Redovisning|Inledning|"
                         r"Medverkande|Genomgång|[A-ZÅÄÖ][a-zåäö]*rapport|Rapport|Muntlig\s+information|"
                         r"Muntlig\s+(?:redovisning|föredragning))"
                         r"(?:\s*:\s*|\s+(?:av|från)\s*:?\s+)|"
                         # an agenda's note of who comes for the item: "Besök av ekonomichef Anna Berg, punkt 1-2"
                         r"Besök\s+av\s+|"
                         # the passive as a label: "Redovisas av: Anna Berg", "Informeras av Anna Berg"
                         r"(?:Redovisas|Presenteras|Informeras|Rapporteras|Föredras|Dras|Hålls)\s+av\s*:?\s+)(?P<rest>.+)$")


#: in an agenda, who is responsible for an item leads it: "Ansvarig: Anna Berg", "Ansv: Anna Berg", "Ansvarig
#: tjänsteman: Anna Berg" (the official who prepared the matter and presents it)
AGENDA_LABEL = re.compile(r"^(?:Ansvariga?(?:\s+tjänste(?:man|män|person|personer))?|Ansv\.?|Ärendeansvarig)\s*:\s*"
                          r"(?P<rest>.+)$")


def labelled_presenters(texts: list[str], agenda: bool = False) -> list[str]:
    """The people after a presenting label at the start of one of an item's lines; in an agenda, also after
    "Ansvarig:" (in minutes that label names who is to do a task: an assignment)."""
    for text in texts:
        m = OTHER_LABEL.match(text.strip()) or (AGENDA_LABEL.match(text.strip()) if agenda else None)
        if m and (found := leading_people(m.group("rest"))):
            return found
    return []


#: a presenter label set in the heading: "Sommarjobb (föredragande Anna Berg)", "Budget – Föredragande: Anna Berg"
TITLE_LABEL = re.compile(r"\s*(?:\(|[-–]\s*|,\s*)(?:[Ff]öredragande|[Ff]öredr\.?|[Ff]öredras av|[Pp]resentatör|[Dd]ragning|"
                         r"[Ii]nledare|[Ii]nformation av|[Rr]edovisning av|[Pp]resentation av|[Gg]enomgång av)"
                         r"\s*:?\s*(?P<rest>[^()]+?)\)?\s*$")


#: the same label run on into the heading when the page lost its line breaks, capitalised as it opens its own line:
#: "Budgetuppföljning Föredragande ekonomichef Anna Berg", "Budget Information lämnas av Anna Berg."
RUN_ON_LABEL = re.compile(r"\s+(?:Föredragande|Föredras\s+av|Information(?:en)?\s+(?:lämnas|lämnades|ges|gavs)\s+av|"
                          r"(?:Dragning|Redovisning|Presentation|Genomgång)\s+av|"
                          # an agenda's note of who comes to inform: "Budget Muntlig information av Anna Berg,
                          # Region Norr", "Budget Information från ekonomichef Anna Berg", "Budget Besök av
                          # ekonomichef Anna Berg"
                          r"(?:Muntlig\s+information|Information)\s+(?:av|från)|Besök\s+av)"
                          r"\s*:?\s*(?P<rest>[^()]+?)\s*$")


#: a name written twice in a row, as a flattened page joins a label's value ("Föredragande ekonom Bo Lindh") to
#: the sentence after it ("Bo Lindh redovisar ..."): read once
DOUBLED = re.compile(r"\b((?:[A-ZÅÄÖ][\wåäöé\-]+\s+){1,2}[A-ZÅÄÖ][\wåäöé\-]+)\s+\1\b")


#: the label left at a title's end when a colon split "Budget, föredragande: ekonomichef Anna Berg" before the names
COMMA_LABEL = re.compile(r"\s*,\s*(?:[Ff]öredragande|[Ff]öredras av)\s*:?\s*$")


def title_label_presenters(title: str) -> tuple[str, list[str]]:
    """A heading with a presenter label at its end: (the heading without it, the presenters)."""
    return _labelled_end(title, TITLE_LABEL)


def run_on_label_presenters(title: str) -> tuple[str, list[str]]:
    """A heading run on into its presenter label and the names after it (``RUN_ON_LABEL``): (the heading, them)."""
    return _labelled_end(title, RUN_ON_LABEL)


def _labelled_end(title: str, label: re.Pattern[str]) -> tuple[str, list[str]]:
    m = label.search(title) if _label_word(title) else None
    if not m or m.start() == 0 or not (found := leading_people(m.group("rest")) or _titled_people(m.group("rest"))):
        return title, []
    # "Information av Anna Berg, North Sweden Office": after the first, a name no given name opens is an employer
    return title[:m.start()].rstrip(), [p for k, p in enumerate(found) if not k or opens_name(p.split()[0])]


def _titled_people(value: str) -> list[str]:
    """ "Ekonomichef Anna Berg ...": the people after a capitalised title that opens a presenter value (a table's
    column run on into its heading writes the title with a capital), the title before a known given name."""
    plain = without_leading_title(value, given_names().__contains__)
    return leading_people(plain) if plain is not value else []


def _label_word(title: str) -> bool:
    """The cheap test before ``TITLE_LABEL`` (a search from every position): a word of each of its labels."""
    return "öredr" in title or "resentat" in title or "ragning" in title or "nledare" in title or " av" in title \
        or " från" in title


def without_party_codes(sentence: str) -> str:
    """ "Anna Berg (S) informerar" -> "Anna Berg informerar": a party code after a name hides the subject."""
    return PARTY.sub("", sentence) if "(" in sentence else sentence


#: names set after a heading, marked off by a dash or parentheses: "Kommunikationsplan – Anna Berg och Per Ek",
#: "Nationell utblick (Anna Berg, SKR)"
MARKED = re.compile(r"(?:\s+[-–]\s+|\s*\()(?P<rest>[^()–]{3,120}?)\)?\s*$")


#: a job title before a name: "ekonomichef ", "t.f. förvaltningschef ", "HR-chef ", "VD "
LEADING_TITLE = re.compile(r"^(?:(?:t\.?f\.?|bitr\.?)\s+)?(?:[a-zåäö][\wåäö\-]*|[A-ZÅÄÖ]{2,5}-[a-zåäö]+|VD|vd)\s+(?=[A-ZÅÄÖ])")


def marked_presenters(title: str) -> tuple[str, list[str]]:
    """People named after a dash or in parentheses at a heading's end, with titles or an organisation after them
    (what is left after the names is at most a short organisation or title): (the heading, the people)."""
    m = MARKED.search(title) if "(" in title or "-" in title or "–" in title else None  # its marks, tested first
    if not m or m.start() == 0:
        return title, []
    rest = m.group("rest")
    title_first = LEADING_TITLE.match(rest)  # "(ekonomichef Anna Berg)": the job title before the name
    rest = rest[title_first.end():] if title_first and (has_title_word(title_first.group(0))
                                                        or title_first.group(0).strip() in ("VD", "vd")) else rest
    people, end = people_and_end(rest, titled=False)
    left = rest[end:].strip(" ,")
    if not people or len(left) > 40 or re.search(r"\s[a-zåäö]{3,}\s+[a-zåäö]", left):
        return title, []
    return title[:m.start()].rstrip(), people


#: the item as subject of a passive presenting verb: "Ärendet föredras av ekonomichef Anna Berg", "Rapporten
#: presenterades av Anna Berg och Per Ek", "Styrelsens verksamhetsberättelse föredras av Anna Berg" (a genitive before
#: the noun, the noun then without its definite ending)
PASSIVE = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+s\s+[a-zåäö][a-zåäö\-]+|[A-ZÅÄÖ][a-zåäö]+(?:en|et|na|n|t))\s+(?:föredras|"
                     r"föredrogs|presenteras|presenterades|redovisas|redovisades|redogörs|dras|drogs|gås\s+igenom|"
                     r"gicks\s+igenom)\s+(?:[a-zåäö]+\s+)?av\s+(?P<rest>.+)$")


def passive_presenters(sentences: list[str]) -> list[str]:
    """The agent of a passive presenting sentence about the item (one of its first sentences)."""
    for sentence in sentences:
        m = PASSIVE.match(sentence.strip())
        if m and (found := leading_people(m.group("rest"))):
            return found
    return []
