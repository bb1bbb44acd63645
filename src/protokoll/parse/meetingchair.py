"""Who chaired THIS meeting where the meeting elected its own chair (issue 10).

An association's annual meeting (årsmöte, föreningsstämma), a members' meeting and often a board meeting open
with the election of the meeting's officers. The association's own chairman opens the meeting ("Ordförande
Anna Berg hälsade välkomna och förklarade mötet öppnat") and may be listed as "ordf." among the board members
present, yet the meeting itself is chaired by the person it elects, who signs the minutes as ordförande. The
election is written in a few fixed forms, each naming the meeting (not a term of office):

- "Till ordförande för mötet valdes Per Holm", "Till mötesordförande utsågs Per Holm", "Till ordförande för
  årsmötesförhandlingarna valdes Per Holm", "Till mötets ordförande valdes Per Holm";
- "Per Holm valdes till mötesordförande", "Per Holm valdes till ordförande för årsmötet", "Per Holm valdes
  till mötets ordförande", "Per Holm valdes som mötesordförande";
- "Mötet valde Per Holm till mötesordförande", "Årsmötet utsåg Per Holm till ordförande för mötet";
- "Val av mötesordförande: Per Holm", "Val av ordförande för mötet: Per Holm";
- the office's own line, opening a sentence: "Ordförande för mötet: Per Holm", "Sekr. för mötet = Anna Berg";
- the lead given rather than the office: "Till att leda dagens förhandlingar valdes Per Holm", "Per Holm valdes
  att leda mötet", "Mötet leddes av Per Holm".

Associations shorten the offices: "ordf." and "sekr." stand for them in every form ("Till ordf. för årsmötet
valdes Per Holm").

"Till ordförande valdes Per Holm" alone names no meeting: in an annual meeting it is as often the election of
the association's chairman for the coming year, so it is read only under an item that says it elects the
meeting's chair (:mod:`attendance`). The first election in the document is the one read, and only in its
opening part: the election of the meeting's officers comes first, a later "mötesordförande" names who chairs
the next meeting ("Val av mötesordförande till nästa möte"), which is never read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import is_person

_W = r"[A-ZÅÄÖ][\wåäöéü\-]+"
#: a person's name: two to four capitalised words (a middle initial allowed); the next sentence's first word
#: ("Till", "Som", "Mötet") is no part of it
_NOT = r"(?!(?:Till|Som|Och|Att|Samt|Med|För|Vid|Av|Mötet|Årsmötet|Stämman|Val|Sekreterare|Justerare)\b)"
NAME = rf"{_W}(?:\s+{_NOT}(?:[A-ZÅÄÖ]\.?\s+)?{_W}){{1,3}}"
#: the meeting a chair is elected for (not a term of office)
MEETING = (r"(?:mötet|dagens\s+möte|sammanträdet|stämman|årsstämman|föreningsstämman|årsmötet|medlemsmötet|"
           r"extramötet|konstituerande\s+mötet|årsmötesförhandlingarna|förhandlingarna|mötesförhandlingarna)")
#: the office: the meeting's chair, in the words that say so (a minutes' writer may capitalise the office:
#: "Per Holm väljs till Mötesordförande")
OFFICE = rf"(?:[Mm]ötesordförande|[Mm]ötets\s+ordförande|(?:ordförande|ordf\.)\s+(?:för|vid|på)\s+{MEETING})"
#: the meeting's secretary, in the words that say so (the same forms elect her)
SECRETARY = rf"(?:[Mm]ötessekreterare|[Mm]ötets\s+sekreterare|(?:sekreterare|sekr\.)\s+(?:för|vid|på)\s+{MEETING})"
ELECTED_VERB = r"(?:valdes|utsågs|utses|väljs|valdes\s+enhälligt|utsågs\s+enhälligt)"


def _forms(office: str) -> re.Pattern:
    return re.compile("|".join((
        rf"\bTill\s+{office}\s+{ELECTED_VERB}\s+(?P<a>{NAME})",
        rf"(?<![\wåäö\-])(?P<b>{NAME})\s+{ELECTED_VERB}\s+(?:enhälligt\s+|enigt\s+)?(?:till|som|att\s+vara)\s+"
        rf"{office}",
        rf"\b(?:Mötet|Årsmötet|Stämman|Årsstämman|Föreningsstämman|Medlemsmötet)\s+(?:valde|utsåg)\s+"
        rf"(?:enhälligt\s+)?(?P<c>{NAME})\s+(?:till|som)\s+{office}",
        rf"\bVal\s+av\s+{office}\s*[:.–-]\s*(?P<d>{NAME})",
        # the minutes' own line for the office, opening a sentence: "Sekr. för mötet = Anna Berg", "Ordförande
        # för årsmötet – Per Holm", "Sekr. för mötet blev Anna Berg"
        rf"(?:^|(?<=[.\n]))[ \t]*(?=[A-ZÅÄÖ])(?i:{office})[ \t]*(?:=|–|:|-|blev\b)[ \t]*(?P<e>{NAME})",
    )), re.M)


ELECTION = _forms(OFFICE)
#: the same forms with any word for the name: an election whose name cannot be read ("Till ordförande för mötet
#: valdes Anna-Britta." names her by her given name only)
ANY_ELECTION = re.compile(
    rf"\bTill\s+{OFFICE}\s+{ELECTED_VERB}\s+\S|\S\s+{ELECTED_VERB}\s+(?:enhälligt\s+|enigt\s+)?(?:till|som|att\s+vara)"
    rf"\s+{OFFICE}|\b(?:Mötet|Årsmötet|Stämman|Årsstämman|Föreningsstämman|Medlemsmötet)\s+(?:valde|utsåg)\s+\S+"
    rf"[^.]{{0,40}}?\s(?:till|som)\s+{OFFICE}|\bVal\s+av\s+{OFFICE}\s*[:.–-]\s*\S")
SECRETARY_ELECTION = _forms(SECRETARY)
#: the election of the chair of a later meeting: "till nästa möte", "för nästa sammanträde"
NEXT_MEETING = re.compile(r"^\s*(?:till|för|vid)\s+(?:nästa|kommande)\b", re.I)
#: the opening part of a document, where a meeting's officers are elected (characters)
OPENING = 6000
#: every form above names the office (case as written) and, before or after it, an election word: "valdes",
#: "valde", "utsågs", "utsåg", "utses", "väljs" or the heading's "Val av"; a text without both cannot match, so
#: the patterns, which try a name from every capitalised word, are not run on it (issue 12)
#: The office is looked for in the lowered opening, in the forms of OFFICE and SECRETARY one by one: each starts
#: with a literal word the regex engine skips to, where the case-blind alternation is tried at every character
#: ("Ordf. för mötet" opening a sentence is found too). ``tests/test_parse_word_gates.py`` pins them to the forms.
CHAIR_OFFICE = (re.compile("mötesordförande"), re.compile(r"mötets\s+ordförande"),
                re.compile(rf"ordf(?:örande|\.)\s+(?:för|vid|på)\s+{MEETING}"))
SECRETARY_OFFICE = (re.compile("mötessekreterare"), re.compile(r"mötets\s+sekreterare"),
                    re.compile(rf"sekr(?:eterare|\.)\s+(?:för|vid|på)\s+{MEETING}"))
ELECTION_WORDS = ("vald", "utsåg", "utses", "väljs", "Val", "blev", "=", "–", ":", "-")
#: the vice chair's office before the name of who leads the meeting: "Vice ordförande", "1:e vice ordföranden"
VICE = r"(?:(?:1:e|2:e|[Ff]örste|[Aa]ndre)\s+vice|[Vv]ice)\s+ordförande(?:n)?\s+"
VICE_LOW = r"(?:(?:1:e|2:e|förste|andre)\s+)?vice\s+ordförande(?:n)?\s+"
PARTY = r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?,?"  #: a politician's party after the name: "Eva Lind (C)"
#: the chair's absence said after "leder mötet": "i ordförandens frånvaro", "då ordföranden är sjuk"
ABSENT = r"\s+(?:i|under)\s+ordförandens\s|\s+(?:då|eftersom)\s+ordförande"
ENDS = rf"(?=\s*[.\n]|{ABSENT})"  #: the sentence ends, or says why the chair does not lead
#: the meeting giving its chair the lead rather than the office: "Till att leda dagens förhandlingar valdes Per
#: Holm", "Per Holm valdes att leda mötet" (or "årsmötesförhandlingarna"), "Mötet leddes av Per Holm" (a sentence
#: of its own)
LEAD = re.compile(
    rf"\b[Tt]ill\s+att\s+leda\s+(?:dagens|mötets|årsmötets|stämmans)\s+(?:förhandlingar|möte)\s+(?:valdes|utsågs)\s+"
    rf"(?P<a>{NAME})|(?<![\wåäö\-])(?P<b>{NAME})\s+(?:valdes|utsågs)\s+(?:till\s+)?att\s+leda\s+(?:dagens\s+|mötets\s+)?"
    rf"(?:mötet|(?:års)?(?:mötes)?förhandlingarna|förhandlingar|årsmötet|stämman)\b|(?:^|(?<=[.\n]))[ \t]*(?:Mötet|Årsmötet|Stämman|"
    rf"Sammanträdet)\s+leddes\s+av\s+(?:ordföranden?\s+)?(?P<c>{NAME})|"
    # who leads it where the chair is away, a sentence of its own: the vice chair ("Vice ordförande Eva Lind leder
    # mötet.", "Mötet leds av vice ordförande Eva Lind"), or anyone with today's meeting or the chair's absence said
    # ("Eva Lind (C) leder dagens sammanträde.", "Eva Lind leder mötet i ordförandens frånvaro", "I ordförandens
    # frånvaro leds sammanträdet av Eva Lind"); not "Eva Lind leder mötet med X": another meeting, or the next one
    rf"(?:^|(?<=[.\n]))[ \t]*{VICE}(?P<d>{NAME}){PARTY}\s+leder\s+(?:dagens\s+)?(?:mötet|sammanträdet|möte|"
    rf"sammanträde){ENDS}|(?:^|(?<=[.\n]))[ \t]*(?:[Oo]rdförande(?:n)?\s+)?(?P<f>{NAME}){PARTY}\s+leder\s+(?:dagens\s+"
    rf"(?:mötet?|sammanträdet?){ENDS}|(?:mötet|sammanträdet)(?={ABSENT}))|(?:\b(?:Mötet|Sammanträdet)\s+leds|\bleds\s+"
    rf"(?:mötet|sammanträdet))\s+av\s+{VICE_LOW}(?P<e>{NAME})|\b[Ii]\s+ordförandens\s+frånvaro\s+leds\s+(?:mötet|"
    rf"sammanträdet)\s+av\s+(?:{VICE_LOW})?(?P<g>{NAME})", re.M)
#: every form of LEAD has "leda" before a space, "leddes", "leder" or "leds" ("leda" alone is in every "ledamot")
LEAD_WORDS = ("leddes", "leder", "leds")
LEAD_GATE = re.compile(r"leda\s")


def elected_chair(text: str) -> tuple[str, int] | None:
    """(name, offset) of the first person the document says was elected to chair this meeting, in its opening
    part; None when there is no such sentence or its name is no person's."""
    return _first(ELECTION, text, CHAIR_OFFICE) or _led(text) or _functionary(text, FUNCTIONARY_CHAIR)


#: the meeting's officers elected in one sentence, each office before its holder: "Till årsmötesfunktionärer valdes:
#: a) Ordf. Per Holm b) sekr. Anna Berg c) justerare ..." (the offices named, so the chair is this meeting's)
FUNCTIONARIES = re.compile(r"\bTill\s+(?:års)?mötesfunktionärer\s+(?:valdes|utsågs)\s*:?\s*(?P<list>[^§]{1,200})")
FUNCTIONARY_CHAIR = re.compile(rf"(?<![\wåäö])(?:[Oo]rdf(?:örande|\.)|[Mm]ötesordförande)\s*(?P<n>{NAME})")
FUNCTIONARY_SECRETARY = re.compile(rf"(?<![\wåäö])(?:[Ss]ekr(?:eterare|\.)|[Mm]ötessekreterare)\s*(?P<n>{NAME})")


def _functionary(text: str, office: re.Pattern) -> tuple[str, int] | None:
    """(name, offset) of the office's holder in the sentence electing the meeting's functionaries (the cheap test
    first: the word "funktionärer" in the opening part)."""
    opening = text[:OPENING]
    if "funktionärer" not in opening or not (m := FUNCTIONARIES.search(opening)):
        return None
    found = office.search(m.group("list"))
    name = _trim(found.group("n")) if found else None
    return (name, m.start("list") + found.start("n")) if name and is_person(name) else None


def _led(text: str) -> tuple[str, int] | None:
    opening = text[:OPENING]
    if not any(w in opening for w in LEAD_WORDS) and LEAD_GATE.search(opening) is None:
        return None
    m = LEAD.search(opening)
    if m is None:
        return None
    left = m.group("b") or m.group("d") or m.group("f")  #: a name before its verb: a word run on before it dropped
    name = _trim(left, left=True) if left else _trim(m.group("a") or m.group("c") or m.group("e") or m.group("g"))
    return (name, m.start()) if name and is_person(name) else None


def election_unread(text: str) -> bool:
    """Whether the opening part of the text tells of the election of this meeting's chair without a name
    :func:`elected_chair` can read (then neither the opener nor a list's "ordf." is known to have chaired)."""
    if not _may_elect(CHAIR_OFFICE, text):
        return False
    m = ANY_ELECTION.search(text, 0, min(len(text), OPENING))
    return m is not None and not NEXT_MEETING.match(text, m.end()) and elected_chair(text) is None


def elected_secretary(text: str) -> tuple[str, int] | None:
    """(name, offset) of the person elected to keep this meeting's minutes ("Till sekreterare för mötet utsågs
    Eva Lind", "Eva Lind valdes till mötets sekreterare"), as :func:`elected_chair`."""
    return _first(SECRETARY_ELECTION, text, SECRETARY_OFFICE) or _functionary(text, FUNCTIONARY_SECRETARY)


@lru_cache(maxsize=4)
def _may_elect(office: tuple[re.Pattern, ...], text: str) -> bool:
    """Whether the opening part of the text names the office and an election word (the gate of the forms). Kept
    for the last documents: a document is asked three times for its chair's office, once for its secretary's."""
    opening = text[:OPENING]
    if not any(w in opening for w in ELECTION_WORDS):
        return False
    low = opening.lower()
    return any(form.search(low) is not None for form in office)


def _first(pattern: re.Pattern, text: str, office: tuple[re.Pattern, ...]) -> tuple[str, int] | None:
    if not _may_elect(office, text):
        return None
    for m in pattern.finditer(text, 0, min(len(text), OPENING)):
        if NEXT_MEETING.match(text, m.end()):
            continue  # "Val av mötesordförande till nästa möte": the next meeting's chair
        name = _trim(m.group("b"), left=True) if m.group("b") else _trim(next(g for g in m.groups() if g))
        if name and is_person(name):
            return name, m.start()
        return None  # the first election names no person we can read: abstain rather than take a later one
    return None


def _trim(name: str, left: bool = False) -> str | None:
    """The longest person's name the words hold, from their start (a word run on after the name is dropped) or,
    with ``left``, up to their end (a name before "valdes" may have a heading's word run on before it)."""
    words = name.split()
    for n in range(len(words), 1, -1):
        cand = " ".join(words[len(words) - n:] if left else words[:n])
        if is_person(cand):
            return cand
    return None
