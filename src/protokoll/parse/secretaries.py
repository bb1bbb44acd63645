"""Who kept the minutes where no "Sekreterare: Anna Berg" field names her (issue 10).

Two places in a Swedish protocol name the secretary without a header field:

- the signature block, "Sekreterare ……… Anna Berg" or "Vid protokollet Anna Berg". Flattened by a web page
  or a PDF's merged columns, its labels may stand in a row before their names ("Underskrifter Sekreterare
  Ordförande Justerande Anna Berg Per Holm Eva Lind"), where the order of the names is that of the
  columns, not of the labels. A name directly after its label (only "Paragrafer" or "Underskrifter"
  between) is read; a name after a stack of role labels, or a name that itself follows a name (a
  "name above role" block: "Anna Berg Sekreterare Per Holm Justerare"), only when the document also
  writes that person with a clerk's title ("Anna Berg, nämndsekreterare", "Anna Berg Mötessekreterare");
- the opening items of a meeting that elects its own secretary: "Mötet valde Anna Berg till
  mötessekreterare", "Anna Berg valdes enhälligt till sekreterare", "Val av mötessekreterare: Anna Berg".
  A board election later in the document ("Val av styrelse ... Anna Berg till sekreterare") elects the
  association's officer, not the one who wrote these minutes, and is not read.

Each reader abstains (None) unless exactly one person is so named; a member of the meeting (a present
attendee with a party, or the chair) is never read from the signature block.
"""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish.kept import compiled
from .names import is_person
from .roleholder import NOT_NAME_WORDS
from ..swedish.names import given_names
from .persons import CLERK, PARTIES, PLAIN_WORD, UPPER

_WORD = PLAIN_WORD
#: a person's name: two or three capitalised words, a middle initial allowed ("Ulrika J Tornberg")
NAME = rf"{_WORD}(?:\s+(?:[{UPPER}]\.?\s+)?{_WORD}){{1,2}}"
_NAME = re.compile(NAME)

#: a label naming the minute-taker in a signature block
LABEL = re.compile(r"(?<![\wåäö])(?:Sekreterare|Mötessekreterare|Nämndsekreterare|Protokollförare|Vid protokollet|Vid pennan|Sekr\.|"
                   r"[Aa]ntecknat av|[Aa]ntecknad av|[Aa]ntecknare|[Pp]rotokollet (?:fördes|förs) av|"
                   # who kept the notes of a network's meeting: "Vid anteckningarna", "Minnesanteckningar förda av"
                   r"[Vv]id anteckningarna|(?:[Mm]innes)?[Aa]nteckningar(?:na)? (?:förda|fördes) av|(Underskrift))"
                   r"(?![\wåäö])")
#: labels that may stand between the secretary's label and her name, the paragraphs the signature covers with their
#: numbers ("Sekreterare .. Paragraf 6-16 Anna Berg"); group 1: another person's role
SKIP = re.compile(r"[\s:.,…_\-–]*(?:(?:Paragrafer|Paragraf)(?:[\s§]*\d{1,4}(?:\s*(?:[-–,]|och)\s*\d{1,4})*)?|"
                  r"Underskrifter|Underskrift|Sign|"
                  r"(Ordföranden|Ordförande|Mötesordförande|Justerande|Justerare|Justeras|Sekreterare|"
                  r"Vid protokollet))(?![\wåäö])")
FILL = re.compile(r"[\s:.,…_\-–]*")
#: words that close a name read from a run: the next label
STOP_WORDS = frozenset("ordföranden ordförande justerande justerare justeras sekreterare mötessekreterare "
                       "protokollförare paragrafer underskrifter anslag bevis organ".split())
#: a label word: what follows a role that has no value of its own
LABEL_WORDS = STOP_WORDS | NOT_NAME_WORDS | {"tjänstemän", "tjänstepersoner", "gäster", "frånvarande",
                                             "adjungerade"}


def signed(text: str, people: list[Attendee], chair: str | None) -> str | None:
    """The secretary of the signature block, or None (absent, or not one person)."""
    members = {a.name.casefold() for a in people if a.group == "present" and (a.affiliation or a.role in (
        "ordförande", "vice ordförande", "ledamot", "ersättare", "justerare")) or _elected(a)}
    if chair:
        members.add(chair.casefold())
    found: set[str] = set()
    for m in LABEL.finditer(text):
        read = _after_label(text, m)
        if read is None:
            continue
        names, certain = read
        titled = [n for n in names if clerk_titled(text, n)]  # "Ulf Sjödal Sten-Ove": the run's first name
        name = titled[0] if titled else (names[0] if certain else None)
        if name and name.casefold() not in members:
            found.add(name)
    found |= {n for n in _named_above(text) | _listed_as(text) if n.casefold() not in members}
    return found.pop() if len(found) == 1 else None


def _elected(a: Attendee) -> bool:
    """A politician wherever listed: a party after the name and an elected office ("Per Holm (M), icke tjg.
    ersättare" among those taking part) — never the minute-taker a signature label names."""
    return (a.affiliation or "").upper() in PARTIES and bool(re.search(r"ersättare|ledamot", a.title or "", re.I))


#: "Anna Berg Sekreterare" as a signature writes it, the role under the name
ROLE_AFTER = re.compile(rf"(?P<n>{NAME})(?:[ \t]+|[ \t]*\n[ \t]*)(?:Sekreterare|Mötessekreterare|Protokollförare)"
                        r"(?![\wåäö])(?![ \t]*:)")  # the role on the line under the name; "Sekreterare:" is a label
#: a role label just before a name: the name is that label's value
ROLE_BEFORE = re.compile(r"(?:Ordföranden?|Sekreterare|Justerare|Justerande|Vid protokollet|Ledamot|Ersättare|"
                         r"Mötesordförande)[\s:.…_\-–]*$")


#: another role label right before the secretary's ("Justerare: Ordförande: Sekreterare: A B (S) C D (S) E F"):
#: labels in a row, their names after the last one in the labels' order, so the first name is the first label's
ROW_BEFORE = re.compile(r"(?<![\wåäö])(?:Ordföranden?|Mötesordförande|Justerare|Justerande)[\s:.…_\-–]*$")
#: the heading of a table's role column ("Namn Funktion", "Befattning"), written between the names and their roles
COLUMN_HEADS = frozenset({"funktion", "befattning", "roll", "titel", "uppdrag"})
#: the other roles of a signature row ("Sekreterare Ordförande Justerare" set side by side)
ROW_ROLES = frozenset({"ordförande", "justerare", "justerande"})


def _named_above(text: str) -> set[str]:
    """Names written above their role "Sekreterare" where the reading is certain: no role label before the
    name (it would be that label's value) and no name after the role (it could be the role's value)."""
    found = set()
    for m in ROLE_AFTER.finditer(text):
        names = _names_at(m.group("n"), 0)
        if not names or ROLE_BEFORE.search(text[max(0, m.start() - 40):m.start()]) \
                or COLUMN_HEADS.intersection(m.group("n").casefold().split()):  # "A B C D Funktion Sekreterare X"
            continue  # a table's names, then its role column's heading and roles: whose role is whose is not known
        lead = m.group("n")[:m.group("n").find(names[0])]  # a role word the name run opened with ("Ordförande")
        if lead.strip() and "\n" not in lead and "\n" in text[m.end("n"):m.end()]:
            continue  # "Ordförande Maja Sundin" a line of its own, the role under it: the name is that role's value
        after = FILL.match(text, m.end()).end()
        word = text[after:after + 20].split()[:1]
        if word and word[0].casefold().strip(":.") in ROW_ROLES:  # "A B / Sekreterare / Ordförande / Justerare":
            continue  # a row of roles under a row of names set in columns: whose name is over which, not known
        if not (word and word[0].casefold().strip(":.") in LABEL_WORDS) and _names_at(text, after):
            continue
        found.add(names[0])
    return found


def _after_label(text: str, m: re.Match[str]) -> tuple[list[str], bool] | None:
    """(the names that may follow, longest first; read directly) after the label at ``m``; None where no
    name follows."""
    pos, stacked = m.end(), bool(m.group(1))  # "Underskrift: Anna Berg, nämndsekreterare": any signer
    stacked = stacked or ROW_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
    while s := SKIP.match(text, pos):
        stacked = stacked or bool(s.group(1))
        pos = s.end()
    pos = FILL.match(text, pos).end()
    names = _names_at(text, pos)
    if not names:
        return None
    colon = text[m.end():m.end() + 2].lstrip(" ").startswith(":")  # "Sekreterare: Eva Lind": a label and its value
    return names, not stacked and (colon or not _name_before(text, m.start()))


def _names_at(text: str, pos: int) -> list[str]:
    """The person's names a run at ``pos`` may open with, longest first."""
    m = _NAME.match(text, pos)
    if not m:
        return []
    words = m.group().split()
    while words and words[0].casefold() in STOP_WORDS:
        words.pop(0)
    while words and words[-1].casefold() in STOP_WORDS:
        words.pop()
    names = [cand for n in range(len(words), 1, -1) if is_person(cand := " ".join(words[:n]))]
    if len(names) > 1 and words[2] in given_names():  # "Anna Berg Per Holm": the next name begins
        names = names[1:]
    return names


def _name_at(text: str, pos: int) -> str | None:
    return next(iter(_names_at(text, pos)), None)


def _name_before(text: str, at: int) -> bool:
    """A person's name ends right before ``at``: the block writes each name above its role."""
    words = text[max(0, at - 60):at].rstrip(" .…_:-–").split()
    return any(len(words) >= n and _NAME.fullmatch(" ".join(words[-n:])) and is_person(" ".join(words[-n:]))
               for n in (2, 3))


def clerk_titled(text: str, name: str) -> bool:
    """The document writes ``name`` with a minute-taker's title: "Anna Berg, nämndsekreterare",
    "Anna Berg (kommunsekreterare)", "Anna Berg Mötessekreterare"."""
    for m in compiled(rf"(?<![\wåäö]){re.escape(name)}\s*([,(]?)\s*([\wåäö/]+)").finditer(text):
        parts = m.group(2).split("/")  # "administratör/nämndsekreterare"
        if any(CLERK.fullmatch(p) and (m.group(1) or p.casefold() != "sekreterare") for p in parts):
            return True  # a bare "Sekreterare" after a name may be the next label of a flattened block
    return False


#: the officer a meeting re-elects for its own minutes, named by her standing office before her name ("utsågs
#: sittande sekreterare Anna Berg", "valdes föreningens sekreterare Anna Berg")
SITTING = r"(?:(?:sittande|nuvarande|ordinarie|föreningens|styrelsens)\s+sekreterare\s+)?"
#: the meeting electing its secretary, in every form (the one reader of it: attendance's reader of elected
#: officers leaves the secretary to this one)
_ELECTED = [re.compile(p) for p in (
    rf"\b(?:valde|väljer|utsåg|utser)\s+(?:enhälligt\s+)?(?P<n>{NAME})\s+(?:till|som)\s+(?:mötes|protokoll)?"
    r"sekreterare\b",
    rf"(?P<n>{NAME})\s+(?:valdes|utsågs|väljs|utses)\s+(?:enhälligt\s+|enigt\s+|även\s+)?(?:till|som|att\s+vara)\s+"
    r"(?:mötes)?sekreterare\b",
    rf"\b(?:utse|välja)\s+(?P<n>{NAME})\s+(?:till|som)\s+(?:mötes|protokoll)?sekreterare\b",
    rf"\b[Tt]ill\s+(?:mötes)?sekreterare\s+(?:(?:för|vid)\s+(?:mötet|sammanträdet|dagens\s+möte|stämman|årsstämman|"
    r"årsmötet)\s+)?"
    rf"(?:valdes|utsågs|utses|väljs)\s+{SITTING}(?P<n>{NAME})",
    # the verb said once for both officers: "Till ordförande valdes Per Holm och till sekreterare Anna Berg"
    rf"\b[Tt]ill\s+(?:mötes)?ordförande\s+(?:(?:för|vid)\s+(?:mötet|sammanträdet|stämman|årsstämman|årsmötet)\s+)?"
    rf"(?:valdes|utsågs|utses|väljs)\s+{NAME}\s+(?:och|samt)\s+till\s+(?:mötes)?sekreterare\s+{SITTING}(?P<n>{NAME})",
    rf"\bVal\s+av\s+(?:mötes|protokoll)?sekreterare\s*[:.\-–]?\s+(?P<n>{NAME})(?=\s*(?:$|[.,;]))",
    # the chair given the lead and the secretary beside her: "Till att leda dagens förhandlingar valdes Per Holm,
    # med Anna Berg som sekreterare" (or "som sekr.")
    rf"\b[Tt]ill\s+att\s+leda\s+(?:dagens|mötets|årsmötets|stämmans)\s+(?:förhandlingar|möte)\s+(?:valdes|utsågs)\s+"
    rf"{NAME},?\s+med\s+(?P<n>{NAME})\s+som\s+(?:mötes)?sekr(?:eterare\b|\.)",
)]
#: an item electing the association's officers, not the meeting's
BOARD_ELECTION = re.compile(r"styrelse|konstituer|ledamöter|valberedning|revisor|förtroendeval", re.I)


def elected(texts: list[tuple[str, str]]) -> str | None:
    """The secretary a meeting elects in its opening items: ``texts`` are (item title, item text) of the
    first items, the header as one more with an empty title. None unless exactly one person."""
    found: set[str] = set()
    for title, text in texts:
        if BOARD_ELECTION.search(title):
            continue
        text = f"{title}.\n{text}"  # a numbered point written as one sentence: its title is the election
        for rx in _ELECTED if "sekr" in text else ():  # (each wording writes "sekr", in lower case)
            for m in rx.finditer(text):
                name = _name_at(m.group("n"), 0)
                if name and not BOARD_ELECTION.search(_sentence(text, m.start())):
                    found.add(name)
    return found.pop() if len(found) == 1 else None


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at]


#: "Anna Berg sekreterare" in a roll run together: the role word in lower case is no label of what follows
LISTED_AS = re.compile(rf"(?P<n>{NAME})(?:[ \t]+(?:mötes)?sekreterare|[ \t]*,?[ \t]+(?:mötessekreterare|protokollförare)|"
                       r"[ \t]*\((?:sekr|sekreterare)\.?\)|"
                       # "Anna Berg, sekreterare" a signature's line, then the next entry or the line's end (not
                       # "sekreterare i X": another body's)
                       r"[ \t]*,[ \t]*sekreterare(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$))(?![\wåäö])", re.M)


def _listed_as(text: str) -> set[str]:
    """Names written with the role after them in lower case, as in a list run together ("Håkan Holm Eva
    Lind sekreterare"): the last three words when they open with a given name ("Anna Maria Berg"), else
    the last two (a word before them that is no given name ends the name before)."""
    found = set()
    for m in LISTED_AS.finditer(text):
        words = m.group("n").split()
        n = 3 if len(words) == 3 and words[0] in given_names() else 2
        if is_person(cand := " ".join(words[-n:])):
            found.add(cand)
    return found


#: how far into a document without items its opening formalities may reach
OPENING_CHARS = 3000


#: the board's own meeting named in the title ("Protokoll från styrelsemötet"): no board election
BOARD_MEETING = re.compile(r"styrelse(?:möte|sammanträde|protokoll)", re.I)


def elected_unitemised(text: str) -> str | None:
    """The secretary a meeting elects where no items were read (an annual meeting's protocol flattened to one
    run): read in the opening text only, up to the first word of the association's own elections or reports
    ("styrelsens berättelse", "Val av styrelse"), where an officer elected would be the association's; the
    title's "styrelsemötet" (the board meeting these minutes are of) is none."""
    opening = text[:OPENING_CHARS]
    board = next((m for m in BOARD_ELECTION.finditer(opening) if not BOARD_MEETING.match(opening, m.start())), None)
    return elected([("", opening[:board.start()] if board else opening)])


#: words of a sentence, never a title column's
NOT_TITLES = frozenset("och samt som att för med från till den det har var utses ej kl".split())
#: the most a name of the name column takes, with its party code: the text read before a run of titles (linear)
NAME_ROOM = 80
MAX_ROWS = 40  #: the most rows a flattened name | title table is read with
#: a party code after a name in the name column: "(S)"
PARTY_AFTER = re.compile(r"\s*\([A-ZÅÄÖa-zåäö]{1,4}\)\s*$")


def column_titled(text: str, people: list[Attendee]) -> str | None:
    """The secretary of a two-column table flattened into its name column, then its title column ("Anna Berg
    (S) Per Holm Eva Lind ersättare förvaltningschef sekreterare"): as many titles as the names right before
    them, in the same order; the name whose title is "sekreterare". None unless exactly one is so read."""
    names = sorted({a.name for a in people}, key=len, reverse=True)
    found = set()
    for m in re.finditer(r"[ \t]sekreterare(?![\wåäö])", text) if names else ():
        start, titles = m.start(), 1
        while titles <= MAX_ROWS and (t := _title_before(text, start)) is not None:
            start, titles = t, titles + 1
        if titles > MAX_ROWS:  # a run of lower-case words longer than any table's column: prose
            continue
        column, head = [], text[max(0, start - NAME_ROOM * (titles + 2)):start].rstrip()  # (the column's room only)
        while len(column) <= titles and (name := next((n for n in names if PARTY_AFTER.sub("", head).endswith(n)),
                                                      None)) is not None:
            column.append(name)
            head = PARTY_AFTER.sub("", head)[:-len(name)].rstrip()
        if titles >= 2 and len(column) == titles and text[m.end():m.end() + 2].strip()[:1].isupper():
            found.add(column[0])  # read from the end: the last name's title is the last, "sekreterare"
    return found.pop() if len(found) == 1 else None


def _title_before(text: str, end: int) -> int | None:
    """Where the title column's word right before ``end`` starts; None where none is."""
    m = re.search(r"[ \t]([a-zåäö]{3,})$", text[max(0, end - 40):end])
    if not m or m.group(1) in NOT_TITLES:
        return None
    return end - len(m.group(0))
