"""Presenters set after an agenda item's title together with the item's time slot, and other heading forms
the rules of :mod:`.presenters` and :mod:`.presenterrun` do not read.

Agendas (kallelser, dagordningar, programmes) often give each item its presenter and its time:
- "Budgetuppföljning Anna Berg, ekonom, kl. 13.30–14.00", "Personalfrågor Anna Berg kl. 10.30",
  "Information om projektet Anna Berg (15 min)": the name is read once the time slot is taken off;
  the title keeps neither the name nor the slot.
- "Aktuellt från SKR Anna Berg, SKR", "Trafikfrågor, Anna Berg (Trafikverket)", "Skolan Anna Berg (rektor)":
  an employer or a title after the name.
- An agenda item's first line that holds nothing but names: "Budget 2025" / "Anna Berg (ekonom)".
- A table row whose cells the reader joined with TABs: "Budget 2025<TAB>Anna Berg, ekonom<TAB>KS 2024/12".
- "Information om HR (Anna Berg/Per Ek)": names in parentheses, separated by slashes.
- "Information från Anna Berg, kvalitetsstrateg": the heading names who informs; the title stays whole
  (the name is its object, not a column after it).
- "Budget Anna Berg Beslut": a flattened table's next column (the kind of item) after the name, taken off
  like a time slot.
- "Skolan Anna Berg, Per Ek", "Årsredovisning Anna Berg och Per Ek", "Detaljplan Anna Berg, planarkitekt,
  och Per Ek, jurist": two presenters after the title (a roll call run on into a heading, "Närvaro: ...",
  names more than two and is left alone).
A heading whose rest after the name is a presenter label ("Nya riktlinjer Dragande: Anna Berg") or a job title
("Budgetuppföljning ekonomichef Anna Berg") loses it with the name (not after a preposition: "Val av ordförande").
"""

from __future__ import annotations

import re

from .headings import PREPOSITIONS
from .givenopen import opens_name
from .names import is_org, is_person
from .persons import PARTIES, TITLE_WORDS
from .presenterforms import NAME
from .presenterinline import sentence_in_heading
from .presenterrun import leading_people, marked_presenters, people_and_end, without_leading_title
from .presenters import COLUMN_WORDS, SUBJECT_HEADING, title_presenters
from .timetable import SLOT_TIME

DIGIT = re.compile(r"\d")
#: a time written after a heading: "kl. 13.30–14.00", "kl 10.30", "13.30-14.00", "(kl. 13.30)", "(15 min)", "ca 20 min"
TIME = SLOT_TIME
SLOT = re.compile(rf"(?:[\s,;]+|\s*[-–]\s*)\(?\s*(?:(?:(?:kl\.?|klockan)\s*{TIME})|{TIME}|"
                  r"(?:ca\.?\s*)?\d{1,3}\s*(?:min|minuter)\.?)\s*\)?\s*$", re.I)
#: the last character a slot can end with (a time's digit, "min", "minuter", "min.", its parenthesis): the cheap
#: test before ``SLOT``, which is tried from every space of a heading
SLOT_LAST = frozenset("0123456789)nNrR.")
#: a presenter label left at a heading's end once the name after it was taken: "Nya riktlinjer Dragande"
LABEL_END = re.compile(r"[\s,;–-]+(?:Föredragande|Föredragare|Föredr\.?|Dragande|Presentatör|Inledare|Ansvarig|Ansv\.?|"
                       r"Föredras av)\s*:?\s*$", re.I)
#: names in parentheses at a heading's end, separated by slashes: "(Anna Berg/Per Ek)"
SLASHED = re.compile(r"\s*\(\s*(?P<names>[^()/]+(?:/[^()/]+)+)\s*\)\s*$")
#: a heading that names who informs: "Information från Anna Berg", "Rapport från Anna Berg, SKR", "Dragning av Anna
#: Berg om planen" (after "av" only a person's name: "Presentation av Region Norr" names no one)
FROM_PERSON = re.compile(r"^(?:Information|Rapport|Lägesrapport|Redovisning|Presentation|Hälsning|Dragning|"
                         r"Föredragning|Genomgång)\s+(?:från|av)\s+(?P<rest>[A-ZÅÄÖ].+)$")


#: a lower-case title after a name: ", planarkitekt"
AFTER = r"(?:\s*,\s*[a-zåäö][\wåäö\-]*)?"
#: two names closing a heading: "... Anna Berg, Per Ek", "... Anna Berg, ekonom, och Per Ek, jurist"
PAIR = re.compile(rf"(?<=\s)(?P<a>{NAME}){AFTER}(?:\s*,\s*|\s*,?\s+och\s+|\s*/\s*)(?P<b>{NAME}){AFTER}\s*$")
#: a roll call run on into a heading: its names are no presenters
ROLL_CALL = re.compile(r"(?i)närvar|deltog|deltar|frånvar|justera|ledamöter|ersättare|anmält förhinder|:")


def slot_presenters(title: str) -> tuple[str, list[str]]:
    """(the heading without its presenter and time slot, the presenters) for the forms above; (title, [])
    when none of them names a person, or the heading is about people (a motion's author, who resigns)."""
    if SUBJECT_HEADING.match(title):
        return title, []
    core = _without_tail(title)
    if core != title:
        for read in (title_presenters, marked_presenters, _pair):
            head, people = read(core)
            if people:
                return without_label_end(head), people
    head, people = _pair(title)
    if people:
        return without_label_end(head), people
    slashed = SLASHED.search(title) if "/" in title else None
    if slashed and slashed.start() > 0:
        parts = [p.strip() for p in slashed.group("names").split("/")]
        if all(is_person(p) for p in parts):
            return title[:slashed.start()].rstrip(), parts
    informing = FROM_PERSON.match(title) if "från" in title or " av " in title else None
    if informing and (people := leading_people(informing.group("rest"))) and _not_genitive(informing, people[0]):
        return title, people
    return sentence_in_heading(title)  # "Budget Ärendet föredras av Anna Berg.": the sentence ran on into it


#: what may follow the presenter's name in "Dragning av Anna Berg ...": the end, a comma, a dash, a parenthesis, the
#: subject ("om", "kring") or another presenter; a lower-case noun makes the name a genitive ("av Anna Bergs rapport")
AFTER_NAME = re.compile(r"\s*(?:$|[,(–-]|(?:om|kring|angående|gällande|rörande|och|samt)\b)")


def _not_genitive(informing: re.Match, first: str) -> bool:
    """Whether the person after "från" or "av" is the one who informs, not the owner of what is presented."""
    rest = informing.group("rest")
    return "från" in informing.group(0)[:informing.start("rest")] or (
        rest.startswith(first) and bool(AFTER_NAME.match(rest, len(first))))


#: an organisation in parentheses after a name: "Trafikfrågor, Anna Berg (Trafikverket)"
EMPLOYER = re.compile(r"\s*\((?P<org>[^()]{2,50})\)\s*$")
#: a job title that opens with an abbreviation, after a name: "HR-chef", "IT-strateg", "VD"
ABBREVIATED_TITLE = re.compile(rf"[A-ZÅÄÖ]{{2,5}}-[a-zåäö]*{TITLE_WORDS.pattern}|VD")
#: an organisation after a comma: "Aktuellt från SKR Anna Berg, SKR", "... Anna Berg, Region Norr"
EMPLOYER_AFTER_COMMA = re.compile(r"\s*,\s*(?P<org>[A-ZÅÄÖ][^,()]{1,40})\s*$")


def _without_tail(title: str) -> str:
    """The heading without a time slot, a column word (the kind of item) or an employer in parentheses at its
    end."""
    slot = SLOT.search(title) if title.rstrip()[-1:] in SLOT_LAST and DIGIT.search(title) else None
    if slot and slot.start() > 0:
        return title[:slot.start()]
    employer = (EMPLOYER if title.endswith(")") else EMPLOYER_AFTER_COMMA).search(title) if "," in title \
        or title.endswith(")") else None
    org = employer.group("org").strip() if employer else ""
    if employer and employer.start() > 0 and org not in PARTIES and (is_org(org) or org[:1].islower()
                                                                       or ABBREVIATED_TITLE.fullmatch(org)):
        return title[:employer.start()]  #: a party code is no employer: "Anna Berg (KD)" signs as a member
    words = title.split()
    if len(words) > 3 and words[-1] in COLUMN_WORDS:
        return title[:title.rstrip().rfind(" ")].rstrip(" ,;–-")
    return title


def _pair(title: str) -> tuple[str, list[str]]:
    """Two people closing a heading after at least one word of it that is no preposition."""
    m = PAIR.search(title) if ("," in title or " och " in title or "/" in title) else None
    if not m or m.start() == 0:
        return title, []
    head = title[:m.start()].rstrip()
    names = [m.group("a"), m.group("b")]
    head, names[0] = _title_word_off(head, names[0])
    last = head.split()[-1] if head.split() else ""
    if not last or last.casefold() in PREPOSITIONS or ROLL_CALL.search(head) \
            or any(not opens_name(n.split()[0]) or n.split()[-1] in COLUMN_WORDS or not is_person(n)
                   for n in names):
        return title, []
    head, names = _more_of_list(head, names)
    if head.split()[-1].casefold() in PREPOSITIONS:  # "Information från Anna Berg, Per Ek och Eva Lind": the
        return title, []  # list is the heading's own (read by ``FROM_PERSON``), or people it is about
    return head.rstrip(" ,;–-"), names


def _title_word_off(head: str, name: str) -> tuple[str, str]:
    """A capitalised word of the heading read as the first name's start, given back to the heading: "... i samarbete
    med Ekby Anna Berg, Per Ek" (a place, then two people), when the word opens no name and the rest is a person."""
    words = name.split()
    if len(words) == 3 and not opens_name(words[0]) and opens_name(words[1]) and is_person(" ".join(words[1:])):
        return f"{head} {words[0]}", " ".join(words[1:])
    return head, name


#: one more name of a list before the pair: "... Anna Berg, " of "Budget Anna Berg, Per Ek och Eva Lind"
LIST_NAME = re.compile(rf"(?<=\s)(?P<n>{NAME}){AFTER}\s*,\s*$")


def _more_of_list(head: str, names: list[str]) -> tuple[str, list[str]]:
    """The heading and its closing names with the names of the same list before the pair ("Budget Anna Berg, Per
    Ek och Eva Lind": three), as long as a word of the heading stays before them."""
    while len(names) < 5 and (m := LIST_NAME.search(head)) and m.start() > 0:
        name, rest = m.group("n"), head[:m.start()].rstrip()
        if not rest or not opens_name(name.split()[0]) or not is_person(name):
            break
        head, names = rest, [name, *names]
    return head, names


#: a job title written before a name: "ekonomichef", "t.f. Fastighetschef", "HR-chef", "Löneadministratör"
ROLE = re.compile(rf"\s+(?:(?:t\.?f\.?|bitr\.?)\s+)?(?:(?:[A-ZÅÄÖ]{{1,4}}-)?[A-ZÅÄÖ]?[a-zåäö]*"
                  rf"(?:{TITLE_WORDS.pattern}|administratör)|vd|VD)\s*$", re.I)


#: a case number set before the presenter's name: "Detaljplan Norra hamnen Dnr 2024/33 Anna Berg"
CASE_THEN_NAME = re.compile(r"\s(?:Dnr|DNR|Diarienr|Diarienummer)[.:]?\s*(?:[A-ZÅÄÖ]{1,6}[\s.-]?)?[\w./:-]*\d[\w./:-]*"
                            r"\s+(?P<rest>[A-ZÅÄÖa-zåäö].*)$")


def case_number_presenters(heading: str) -> list[str]:
    """The people after a heading's case number (a flattened table's Dnr column, then its presenter column);
    only when the names (with short titles) are all that follows."""
    m = CASE_THEN_NAME.search(heading) if "D" in heading and not SUBJECT_HEADING.match(heading) else None
    if not m:
        return []
    people, end = people_and_end(m.group("rest"))
    return people if people and len(m.group("rest")[end:].strip(" ,.;")) <= 3 else []


def name_line_presenters(texts: list[str], title: str) -> list[str]:
    """An agenda item whose first line holds nothing but names ("Anna Berg", "Anna Berg (rektor)",
    "Ekonomichef Anna Berg", "Anna Berg, Per Ek"): its presenters. Not under a heading about people (who is
    elected or resigns is named there too)."""
    first = next((t.strip() for t in texts if t.strip()), "")
    if not first or len(first) > 120 or SUBJECT_HEADING.match(title) or first.endswith((".", ":")):
        return []
    return _only_people(re.sub(r"\s*\([a-zåäö][^()]{1,40}\)", "", first)) or _people_with_employers(first)


#: the role under a signature's name
SIGNATURE_ROLE = re.compile(r"(?:Ordförande|Ordf\.|Sekreterare|Sekr\.|Justerare|Justerande|Mötesordförande|"
                            r"Mötessekreterare|Vice ordförande)\b", re.I)


def attending_name_line(texts: list[str], title: str, agenda: bool, people: list) -> list[str]:
    """A line holding nothing but names right under the heading: an agenda's presenters; in minutes only when
    the line holds only names, each one of the meeting's attendees (``people``): who presented the point."""
    texts = [_unwrapped(t) for t in texts[:1]] + texts[1:]  # "(Anna Berg)": the names in parentheses
    found = name_line_presenters(texts, title)
    if agenda or not found:
        return found
    line, *after = [t.strip() for t in texts if t.strip()][:2]
    if after and SIGNATURE_ROLE.match(after[0]):  # "Anna Berg" / "Ordförande": a signature under the last item
        return []
    for name in found:
        line = line.replace(name, "", 1)
    present = {p.name for p in people}  # names alone: "Anna Berg, ordförande" is no presenters' line here
    return found if all(name in present for name in found) and not re.sub(r"\s|,|\boch\b", "", line) else []


def _unwrapped(text: str) -> str:
    """A line wholly in parentheses without them ("(Anna Berg, Per Ek)"); any other line as it is."""
    t = text.strip()
    return t[1:-1] if t.startswith("(") and t.endswith(")") and "(" not in t[1:-1] and ")" not in t[1:-1] else text


#: between the people of a line and their employers: "Anna Berg, Region Norr, och Per Ek, Ekby kommun"
PART_JOIN = re.compile(r"\s*,\s*(?:och\s+)?|\s+och\s+")
#: an attachment reference closing the line: "(bilaga 1)"
LINE_REFERENCE = re.compile(r"\s*\((?:bil\.|bilaga|bilagor)\s*[\w\s,–-]{1,12}\)\s*$", re.I)


#: an organisation's name no list knows: one capitalised word, perhaps with a few lower-case words after it
#: ("Norrdalssamverkan", "Norrbygdens samverkan")
EMPLOYER_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö\-]{3,}(?:\s+[a-zåäö][a-zåäö\-]+){0,2}")


def _people_with_employers(line: str) -> list[str]:
    """A line of people each followed by the organisation they come from ("Anna Berg, Region Norr, och Per Ek,
    Ekby kommun"): the people. An employer is an organisation's name (``EMPLOYER_NAME``) after a name; any
    other part (a title word, a sentence) makes the line no presenters' line."""
    people: list[str] = []
    after_person = False
    for part in PART_JOIN.split(LINE_REFERENCE.sub("", line).strip(" ,")):
        if is_person(part) and opens_name(part.split()[0]):
            people.append(part)
            after_person = True
        elif after_person and (is_org(part) or EMPLOYER_NAME.fullmatch(part)):
            after_person = False
        else:
            return []
    return people


def _only_people(cell: str) -> list[str]:
    """The people of a cell or line that holds nothing but names (each with a title, a party code)."""
    cell = without_leading_title(cell, opens_name)  # "Planarkitekt Per Holm"
    people, end = people_and_end(cell.strip())
    return people if people and len(cell.strip()[end:].strip(" ,.;")) <= 3 else []


def cell_presenters(heading: str) -> list[str]:
    """A table row's presenter cell (cells joined by TABs, as the reader writes a DOCX or PDF table's row):
    the people of each cell after the title that holds nothing but names, with titles or party codes
    ("Karin Lund, ekonomichef", "Planarkitekt Per Holm", "Eva Strand och Jonas Berg")."""
    if "\t" not in heading or SUBJECT_HEADING.match(heading):
        return []
    found: list[str] = []
    for cell in heading.split("\t")[1:]:
        found += [p for p in _only_people(cell) if p not in found]
    return found


#: a full stop closing the heading once the name after it was taken: "Lokalförsörjning."
FULL_STOP = re.compile(r"(?<=[a-zåäö]{4})\.$")


def without_label_end(title: str) -> str:
    """ "Nya riktlinjer Dragande" -> "Nya riktlinjer", "Budget ekonomichef" -> "Budget": a presenter label or a
    job title whose name was taken off; kept after a preposition ("Val av ordförande") or when nothing is left."""
    if not title:
        return title
    cut = FULL_STOP.sub("", LABEL_END.sub("", title))
    slot = SLOT.search(cut) if DIGIT.search(cut) else None
    cut = cut[:slot.start()] if slot and slot.start() > 0 else cut  # "Erfarenheter kl. 11.15–12.00 Anna Berg"
    role = ROLE.search(cut)
    if role and role.start() > 0:
        before = cut[:role.start()].split()
        cut = cut[:role.start()] if before and before[-1].casefold() not in PREPOSITIONS else cut
    column = COLUMN_END.search(cut) if cut[-1:].isalpha() else None
    cut = cut[:column.start()] if column and column.start() > 0 else cut  # "Budget Information" / "Anna Berg"
    cut = cut.rstrip(" ,;:–-|/") if cut != title else cut  # the mark that stood before the cut name or title
    return cut if cut.strip() else title


#: a flattened table's column between the title and the presenter's name, the kind of item: "Budget Information
#: Anna Berg" (``COLUMN_WORDS``)
COLUMN_END = re.compile(rf"\s+(?:{'|'.join(sorted(COLUMN_WORDS))})$")
