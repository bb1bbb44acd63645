"""What an attendee list's entry says after a name, and the people of an entry that runs several names together.

Apart from :mod:`.names` (at its size limit), which reads the entries with these:

- :func:`describe` attaches what follows a name to the person: a role word, a party, a title, an organisation.
  One capitalised word that ends as a job title does ("Förbundschef", "Ekonomichef") is the title even where it
  also holds an organisation's word ("förbund"): "Anna Berg, Förbundschef" names her title, not where she is from.
- :func:`people_in_run_on` splits an entry whose commas and line breaks were lost ("Anna Berg PRO Per Holm SPF") at
  each name. Each name word stands alone: the capitals of an organisation's initialism ("PRO", "SPF") are no
  initials of a name. A substitute's wording at the end of what follows a name ("Anna Berg PRO ersätter Per Holm
  Eva Lind RPG") makes the next name the absent member: no attendee, and the substitute is an ``ersättare``.
- A table of officials with a name column and a title column, read row by row, runs each name into its title:
  "Anna Berg Ekonomichef Per Holm Verksamhetschef Teknik Eva Lind Projektledare". A capitalised word that holds a
  job title's word and opens no name ends the name before it; the title runs on to the next known given name that
  a name word follows (:func:`titled_rows`). Read so only where two rows or more have such a title and every
  name before a title is a person's; otherwise the run is read as before.
"""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish import gazetteer
from .givenopen import opens_name
from .runonorg import person_and_org
from .persons import (
    NAME_WORD,
    PARTICLE,
    PARTIES,
    ROLES,
    TITLE_WORDS,
    UPPER,
    affiliation,
    has_title_word,
    is_org,
    is_person,
    split_run,
)

#: a run of name words
RUN = re.compile(rf"(?:{NAME_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD}))*")
#: the same, each name word a whole word: "PRO" is no initial "P" before a name (twice as slow: used only where two
#: capitals stand together)
RUN_WHOLE = re.compile(rf"(?<!\w)(?:{NAME_WORD})(?!\w)(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD})(?!\w))*")
#: two capitals together: an initialism ("PRO", "SPF") whose letters the plain ``RUN`` would read as initials
CAPITALS = re.compile(r"[A-ZÅÄÖ]{2}")
#: the job-title words a word may end with ("Förbundschef", "Kommunplanerare"), for ``str.endswith``
TITLE_ENDINGS = tuple(TITLE_WORDS.pattern.strip("()").replace(r"\.?", "").split("|"))
#: a substitute's wording that ends what follows the substitute's name: the next name is the absent member's
STANDS_IN = re.compile(r"(?:^|\s)(?:ersätter|ersatte|istf\.?|i stället för|tjg\.? för|tjänstgör för)$", re.IGNORECASE)

#: the letters every one of ``STANDS_IN``'s wordings holds: the cheap test before it
STANDS_IN_WORDS = ("rsätt", "rsatt", "stf", "tälle", "jg", "jänstgör")


def people_in_run_on(text: str) -> list[tuple[str, str, str | None]]:
    """(name, words after it, role) for every person in a chunk that holds several names; an absent member named
    after a substitute's wording is left out, the substitute's role "ersättare"."""
    out: list[tuple[str, str, str | None]] = []
    matches = list((RUN_WHOLE if CAPITALS.search(text) else RUN).finditer(text))
    absent = False
    for k, m in enumerate(matches):
        gap_end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        if not absent and (rows := titled_rows(m.group(0))):  # "Anna Berg Ekonomichef Per Holm Rektor"
            gap = text[m.end():gap_end].strip(" ,;")
            gap = "" if any(c.isdigit() for c in gap) else gap  # the items a row's official attended: no title
            out.extend(rows[:-1] + [(rows[-1][0], f"{rows[-1][1]} {gap}".strip() if gap else rows[-1][1], None)])
            continue
        names = [" ".join(r) for r in split_run(m.group(0).split())]
        if not all(is_person(n) for n in names):
            if not absent and (got := person_and_org(m.group(0), text[m.end():gap_end])):  # "Per Ek Region Skåne"
                out.append((got[0], f"{got[1]} {got[2]}".strip(), None))
                continue
            if out and is_org(m.group(0)):
                out[-1] = (out[-1][0], (out[-1][1] + " " + m.group(0)).strip(), out[-1][2])
            continue
        if absent:  # "... ersätter Per Holm Eva Lind": Per Holm is absent, Eva Lind the next entry
            names, absent = names[1:], False
            if not names:
                continue
        out.extend((n, "", None) for n in names[:-1])
        after = text[m.end():gap_end].strip(" ,;")
        stands_in = STANDS_IN.search(after) if any(w in after for w in STANDS_IN_WORDS) else None
        if stands_in is not None:
            after, absent = after[:stands_in.start()].strip(), True
        out.append((names[-1], after, "ersättare" if stands_in else None))
    return out


def describe(person: Attendee, text: str) -> None:
    """Attach a descriptive chunk to a person: role, party, affiliation or title."""
    t = text.strip(" ,.")
    if not t:
        return
    role = ROLES.get(t.casefold())
    if role:
        person.role = person.role or role
        return
    if t.upper() in PARTIES and len(t) <= 3:
        person.affiliation = person.affiliation or t.upper()
        return
    if _title_or_employer(person, t):
        return
    low = t[:1].islower()
    if low:
        m = re.match(rf"(.*?)\s+((?:[{UPPER}]|Region|Kommun).*)$", t)
        title, org = (m.group(1), m.group(2)) if m else (t, None)
        role = ROLES.get(title.casefold())
        if role:
            person.role = person.role or role
        elif not re.match(r"^(för|från|ers\.?|i|på|till)\b", title):
            person.title = person.title or title
        if org:
            person.affiliation = person.affiliation or affiliation(org)
        return
    if has_title_word(t) and (not is_org(t) or ends_as_title(t) or _titled_words(t)) and not gazetteer.municipality(t):
        person.title = person.title or t  # "Ekonomichef"; "Förbundschef" too, though "förbund" is an org's word
        return
    if len(t) < 2:
        return
    if person.affiliation in PARTIES and is_org(t):  # a municipality or organisation says more than the party
        person.affiliation = None
    person.affiliation = person.affiliation or affiliation(t)


#: a job title's abbreviation: "VD" (verkställande direktör), "vVD", "Ph.D", "fil.dr", never an organisation
TITLE_ABBREVIATIONS = frozenset({"vd", "vvd", "vice vd", "tf vd", "ceo", "ph.d", "ph.d.", "phd", "fil.dr", "fil. dr",
                                 "fil dr", "med.dr", "docent"})
#: the unit of an organisation as a list writes it in lower case after the person's title ("socialförvaltningen",
#: "ekonomiavdelningen", "länsstyrelsen"): the definite form of a unit's word ends the entry
UNIT = re.compile(r"(?:förvaltningen|avdelningen|kontoret|enheten|staben|kansliet|myndigheten|länsstyrelsen|"
                  r"förbundet|verket|bolaget)$")


def _title_or_employer(person: Attendee, t: str) -> bool:
    """Whether ``t`` is a title's abbreviation, an employer's unit in lower case or a capitalised title and its
    employer, each given to ``person`` ("Name, title, employer" entries, h169)."""
    if t.casefold() in TITLE_ABBREVIATIONS:  # "Per Holm, VD, Norrby Energi": the title, the employer after it
        person.title = person.title or t
    elif t[:1].islower() and UNIT.search(t) and not has_title_word(t) and len(t.split()) <= 3:
        person.affiliation = person.affiliation or t  # "Anna Berg, handläggare, socialförvaltningen": her employer
    elif (employer := _title_then_employer(t)) is not None:  # "Socialchef Norrby kommun": her title, her employer
        person.title = person.title or t[:-len(employer)].strip()
        person.affiliation = person.affiliation or affiliation(employer)
    else:
        return False
    return True


def _title_then_employer(text: str) -> str | None:
    """"Socialchef Norrby kommun", "Utvecklingsledare Region Norr": one capitalised word that ends as a job title,
    then a municipality or an organisation: the employer's part of ``text``, else None."""
    first, _, rest = text.partition(" ")
    if not rest or not ends_as_title(first) or not rest[:1].isupper():
        return None
    return rest if gazetteer.municipality(rest) or is_org(rest) and not has_title_word(rest) else None


def _titled_words(text: str) -> bool:
    """"Regional utvecklingsdirektör", "Teknisk chef": two or three words, the last a job title's, the first in
    lower case after its capital (no organisation's name: "Region Norr" has two capitals)."""
    words = text.split()
    return 1 < len(words) <= 3 and ends_as_title(words[-1].capitalize()) and words[-1][:1].islower() \
        and all(w[1:].islower() for w in words)


def ends_as_title(word: str) -> bool:
    """Whether one capitalised word ends as a job title does ("Förbundschef", "Kommundirektör")."""
    return word[:1].isupper() and " " not in word and word.casefold().rstrip(".").endswith(TITLE_ENDINGS)


def _title_at(words: list[str], k: int) -> bool:
    """A capitalised job title's word ("Ekonomichef", "Verksamhetschef") that opens no name."""
    return bool(has_title_word(words[k])) and not opens_name(words[k])


def _name_at(words: list[str], k: int) -> bool:
    """A known given name followed by a name word that is no title: a row's name opens here."""
    return opens_name(words[k]) and k + 1 < len(words) and not _title_at(words, k + 1)


def titled_rows(run: str) -> list[tuple[str, str, None]] | None:
    """[(name, title, None), ...] of a run of capitalised words that is a name-and-title table read row by row (see
    the module), or None. A last row without a title word is its first two words' person, the rest its title."""
    words = run.split()
    if len(words) < 5 or _title_at(words, 0) or sum(1 for k in range(len(words)) if _title_at(words, k)) < 2:
        return None
    rows: list[tuple[str, str, None]] = []
    k = 0
    while k < len(words):
        t = next((j for j in range(k + 2, min(k + 4, len(words))) if _title_at(words, j)), None)
        if t is None:  # the last row: "Kerstin Ek Trädgårdstekniker", a title the word list does not know
            t = k + 2
            if t > len(words) or any(opens_name(w) for w in words[t:]):
                return None
        if not is_person(" ".join(words[k:t])):
            return None
        e = next((j for j in range(t + 1, len(words)) if _name_at(words, j)), len(words))
        rows.append((" ".join(words[k:t]), " ".join(words[t:e]), None))
        k = e
    return rows if sum(1 for _, title, _ in rows if has_title_word(title)) >= 2 else None
