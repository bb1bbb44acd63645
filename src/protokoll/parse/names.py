"""Attendee lists and role holders: who attended, with role, title and affiliation.

Attendee lists come in many shapes ("Name (Municipality, role)", "Name,
Municipality, Name, Municipality", "Name, title (Organisation)", one per line,
"Från X deltar A, B och C"); they are split into chunks (``listchunks``) and
each chunk classified with the person and organisation tests (``persons``).
The parse stage imports those tests from here too: ``__all__`` re-exports them.
"""

from __future__ import annotations

import re

from ..swedish.names import given_names
from ..record import Attendee
from .firstnames import first_names_only
from .givenopen import opens_name
from .gluedplace import cut_glued_places
from .gluedtitle import glued_title_cut
from .lineentries import line_entries
from .namerun import split_names
from .personorg import person_org_entries
from .listchunks import Chunk, split_chunks
from .listheads import LIST_NOTE, org_heads, place_first, title_first, without_list_marks
from .persons import NAME, NAME_WORD, PARTICLE, PARTIES, has_title_word, affiliation, find_people
from .persons import _peel  # the organisation words cut off a name, as find_people cuts them
from .persons import is_clerk, is_org, is_person, split_run
from .rolecolumn import offices_in_column
from .rolefirst import LEADING_ROLE, ROLE_FIRST, role_and_name, role_word, roles_before_names
from .standsin import in_title, after_absent, cut_absent, titled_people, titled_run
from .entrywords import describe, people_in_run_on

__all__ = [
    "affiliation", "find_people", "given_names", "is_clerk", "is_org", "is_person", "parse_attendees",
    "split_chunks", "split_run",
]

#: the items a person attended or left: "§§ 1-5", "ej § 5", "§ 12, 14", "från § 7", "ärende 1-3", "punkt 4", "p 1-4"
#: (a lower-case "p" and a space before the number: the abbreviation, never a name's part), "Tjg § 19-26", "Tjg 19-32"
#: (a substitute's serving, "tjänstgörande", in a närvarolista's note column: no affiliation); they end an entry
ITEM_RANGE = re.compile(r"(?:\b(?:ej|ej närvarande|närvarande|från|till|under|t\.o\.m\.?|fr\.o\.m\.?|[Tt]jg\.?)\s+)?"
                        r"(?:(?<!\()§§?|\b(?:ärende|ärendena|punkt|punkterna|punkt\.|p\.)(?=\s*\d)|\bp(?=\s\d)"
                        r"|\b[Tt]jg\.?(?=\s\d))"
                        r"\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*(?![^()]{0,40}\))")


ITEM_RANGE_WORDS = ("§", "ärende", "punkt", "p.", "p ", "jg")


def parse_attendees(value: str, group: str) -> list[Attendee]:
    """Attendees from one list value (e.g. everything after "Närvarande")."""
    if any(w in value for w in ITEM_RANGE_WORDS):  # the cheap test: each range has "§" or one of these words
        value = ITEM_RANGE.sub(";", value)
    value = line_entries(value)  # "Anna Berg, Norrby kommun; Per Holm, Ideell Samverkan": the line is the entry
    if (firsts := first_names_only(chunks := split_chunks(value), group)) is not None:  # "Anna, Per och Lisa"
        return firsts
    # "Anna Berg Lunds kommun, Per Ek Region Skåne"; a table's rows are not such entries: its cells split them
    if "\t" not in value and (entries := person_org_entries(chunks, group)) is not None:
        return [a for ch, got in zip(chunks, entries)
                for a in ([got] if got else _parse_chunks([ch], group) if got is None else [])]
    out: list[Attendee] = []
    for org, people in _from_sentences(_table_rows(value)):  # a value that is one list: its chunks split once
        found = _parse_chunks(chunks if people is value else split_chunks(people), group)
        _share_affiliations(found, people)
        for a in found:
            if org and not a.affiliation:
                a.affiliation = affiliation(org)
            out.append(a)
    cut_glued_places(out)  # "Anna Berg Tranås, Per Holm Eksjö": each municipality glued to its name
    offices_in_column(out)  # "Anna Berg (S) Per Holm (M) ordförande vice ordförande": the offices' column flattened
    return out


def _table_rows(value: str) -> str:
    """Rows of a table read as TAB-joined cells ("Anna Berg<TAB>Malmö<TAB>ordförande", one row
    per "; " entry) written as the list they stand for: "Anna Berg (Malmö, ordförande)"."""
    if "\t" not in value:
        return value
    rows = [[c.strip() for c in entry.split("\t") if c.strip()] for entry in value.split("; ")]
    return "; ".join(f"{r[0]} ({', '.join(r[1:])})" if len(r) > 1 else "".join(r) for r in rows)


def _share_affiliations(people: list[Attendee], value: str) -> None:
    """In a list where most carry an affiliation, "A, B (Malmö)" gives A Malmö too; a party is not shared, as a
    list writes each member's party after the name ("A (S), B (S)"): the one without was not given one. Nor is an
    affiliation shared across lines ("; " entries): a line is one entry ("Lisa Dahl" / "Olof Ek (Arbetsförmedlingen)"
    under a heading "Från Luleå kommun:" are both from Luleå)."""
    if sum(1 for a in people if a.affiliation) * 2 < len(people):
        return
    entries: list[int] = []  #: counted only where a person may be given the next one's affiliation
    for k in range(len(people) - 2, -1, -1):
        a, b = people[k], people[k + 1]
        if not a.affiliation and b.affiliation and not a.title and b.affiliation not in PARTIES:
            entries = entries or _entry_numbers(people, value)
            if entries[k] == entries[k + 1]:
                a.affiliation = b.affiliation


def _entry_numbers(people: list[Attendee], value: str) -> list[int]:
    """The number of the "; "-joined line entry each person's name stands in (in order; where a name is not found
    as written, the entry before it)."""
    if "; " not in value:
        return [0] * len(people)
    entries, out, k = value.split("; "), [], 0
    for a in people:
        j = next((j for j in range(k, len(entries)) if a.name in entries[j]), None)
        k = k if j is None else j
        out.append(k)
    return out


FROM_SENTENCE = re.compile(r"Från\s+(.+?)\s+(?:deltar|deltog|medverkar|medverkade|närvarar|närvarade)\s+"
                           r"((?:\([^()]*\)|[^()])+?)(?:\.(?=\s|$)|$)")  #: its list's brackets whole: "(kl. 15)"

def _from_sentences(value: str) -> list[tuple[str | None, str]]:
    """"Från Region Skåne deltar A, B och C." -> [("Region Skåne", "A, B och C")], after the list around it."""
    first = FROM_SENTENCE.search(value) if "Från" in value else None
    rest = value[:first.start()].strip(" ;,.") if first else ""  # "A, B; Från X deltog C.": A and B before it too
    return ([(None, rest)] if rest else []) + FROM_SENTENCE.findall(value) if first else [(None, value)]


ONE_NAME_WORD = re.compile(NAME_WORD)

#: a body's name after a role word ("ordförande Norrby kommunstyrelse", "ordförande Socialnämnden"): the role is
#: held in that body, not at this meeting
OF_BODY_AFTER = re.compile(r"(?:[A-ZÅÄÖ][\wåäö\-]*\s+(?:och\s+)?){0,2}[\wåäö\-]*(?:nämnd|styrelse|utskott|fullmäktige|"
                           r"direktion|förbund|bolag|förening|kommitt)[\wåäö]*\s*[,;.]?\s*$", re.I)


def _parse_chunks(chunks: list[Chunk], group: str) -> list[Attendee]:
    """The people of a list's chunks in order, each chunk read as: list marks off, a substitute's "ersätter X"
    and a role word that closes the previous entry or opens this one, a title or organisation before the name,
    then the name (or several run on) with what describes it."""
    out: list[Attendee] = []
    heads = org_heads(chunks)  #: "Anna Berg, Norrby sameby Per Holm, Byalaget": the organisation before a name
    #: "ekonom Anna Berg, jurist Per Holm": titles before the names, as the list's first entry shows (in "Anna Berg,
    #: ekonom Per Holm, jurist" each title follows its name)
    titles_before = bool(chunks) and title_first(chunks[0].text) is not None
    roles_first = roles_before_names([c.text for c in chunks])  #: "ordförande Anna Berg, sekreterare Per Holm"
    for k, ch in enumerate(chunks):
        text = without_list_marks(ch.text, after_a_name=bool(out), in_parens=bool(ch.paren))
        if text is None:  # "Per Holm 169 och 173": only the items attended
            continue
        if out and (rest := after_absent(text)) is not None:  # the absent member after the substitute
            out[-1].role = out[-1].role or "ersättare"
            if not rest:
                continue
            text = rest
        if (pairs := titled_run(text)) and (k == 0 or titles_before or in_title(text.split()[-1])
                                            or text[:1].isupper()):  # run on; "Kommundirektör Eva Lind ..." opens it
            out.extend(titled_people(pairs, group))
            continue
        text, stands_in = cut_absent(text)  # "Anna Berg istf Per Ek": Per Ek is absent
        if (after := _opening(text, k in heads, roles_first, ch, out)) is None:
            continue
        own_role, text = after
        before = len(out)
        titled = title_first(text) if titles_before else None  #: "ekonom Per Holm 164": the title before the name
        text = titled[1] if titled else text
        prefix = heads.get(k) or _org_prefix(text)
        if prefix and out:  # "..., Burlöv Henrik Brodd": a flattened "Name, Municipality" list
            describe(out[-1], prefix)
            text = text[len(prefix):].strip()
        column = k + 1 < len(chunks) and not chunks[k + 1].text.strip()  # "(MP) (M) (KD)": a column of parties
        if _add_run_on(out, text, group, [] if column else ch.paren) or not _add_entry(out, text, group, ch.paren):
            continue
        _complete(out, len(out) > before, ch.paren, own_role or ("ersättare" if stands_in else None),
                  titled[0] if titled else None)
    return out



def _opening(text: str, headed: bool, roles_first: bool, ch: Chunk, out: list[Attendee]
             ) -> tuple[str | None, str] | None:
    """:func:`_after_role` of a chunk, or of a list whose roles come first; a chunk that opens with the previous
    person's organisation or role (``headed``, :func:`.listheads.org_heads`) is left whole: that head is cut after."""
    if headed and out:
        return None, text
    return (roles_first and role_and_name(text)) or _after_role(text, ch, out)


def _after_role(text: str, ch: Chunk, out: list[Attendee]) -> tuple[str | None, str] | None:
    """(the role a leading role word gives this chunk's person, the chunk's text after it), or None when the
    chunk only describes the previous person. A role word opens the next entry after a conjunction ("... samt
    sekreterare Per Holm"), names a body's office ("ordförande Norrby kommunstyrelse") or closes the previous
    entry ("..., Ordförande Sarah Sjödal")."""
    role = LEADING_ROLE.match(text) if text[:1] in ROLE_FIRST else None
    if role and ch.joined and role.group(1)[:1].islower() and is_person(_leading_name(text[role.end():]) or ""):
        return role_word(role.group(1)), text[role.end():]
    if role and out and OF_BODY_AFTER.match(text[role.end():]):  # "Eva Lind, ordförande Norrby kommunstyrelse"
        out[-1].title = out[-1].title or f"{role.group(1)} {text[role.end():].strip()}"  # chair of that body
        return None
    if role and out:  # "..., Ordförande Sarah Sjödal": the role closes the previous entry
        describe(out[-1], role.group(1))
        return None, text[role.end():]
    return None, text


def _add_run_on(out: list[Attendee], text: str, group: str, parens: list[str]) -> bool:
    """Whether ``text`` is a list flattened without commas ("Anna Berg per telefon Per Holm ..."): its two or
    more people added, each with a short descriptor, the last with the chunk's party in brackets ("Per Holm M Eva
    Lind (S)"; a note in brackets, "(kom kl. 10)", is not read)."""
    # two people are four words or more (a name has two or more): fewer, and the run-on reading is not used
    # a run that is nothing but names splits by their shape alone ("Anna Berg Marika Holm": any given name)
    found = split_names(text) if len(text.split()) >= 4 else None
    people = [(n, "", None) for n in found] if found else people_in_run_on(text) if len(text.split()) >= 4 else []
    if len(people) < 2:
        return False
    for name, descriptor, role in people:
        out.append(Attendee(name=name, group=group, role=role))
        if descriptor and len(descriptor.split()) <= 3:
            describe(out[-1], descriptor)
    if len(parens) == 1 and parens[0].strip().upper() in PARTIES:
        describe(out[-1], parens[0])
    return True


def _add_entry(out: list[Attendee], text: str, group: str, parens: list[str] | None = None) -> bool:
    """One entry's person (names run together split first) added with what describes them, or the text added
    to the previous person's description; False when it is neither (nobody before it). An entry that is a name
    opening with a given name and has a party's code of its own in brackets (``parens``) is a person, whatever its family name
    ends with ("Linda Elgestad (M)": no "-stad" place)."""
    words = text.split()
    runs = split_run(words) if words and all(ONE_NAME_WORD.fullmatch(w) for w in words) else [words]
    for extra in runs[:-1]:  # "Eva Lind Ekonomichef Per Holm": a title after a name is no part of it
        cut = len(extra) > 2 and in_title(extra[-1])
        out.append(Attendee(name=" ".join(extra[:-1] if cut else extra), group=group, title=extra[-1] if cut else None))
    text = " ".join(runs[-1]) if runs[-1] else text
    lead = _leading_name(text)
    if lead and lead.count(" ") >= 2:  # "Per Holm Ekonom", "Eva Lind Teknisk chef": the title's word glued on
        lead = glued_title_cut(lead, text[len(lead):]) or lead
    party = bool(parens) and len(parens) == 1 and parens[0].strip().upper() in PARTIES
    if lead and (is_person(lead) or (not out and not is_org(lead))
                 or party and lead == text.strip() and opens_name(lead.split()[0])):
        person = Attendee(name=lead, group=group)
        out.append(person)
        describe(person, text[len(lead):].strip(" ,"))
    elif out:
        describe(out[-1], text)
    else:
        return False
    return True


def _complete(out: list[Attendee], new: bool, parens: list[str], role: str | None, title: str | None) -> None:
    """The last person gets the chunk's parenthesised parts and, if new, the role and title before the name."""
    for p in parens:
        for part in re.split(r"\s*,\s*", p):
            describe(out[-1], part)
    if role and new:
        out[-1].role = role
    if title and new:
        out[-1].title = out[-1].title or title


TAIL_NAME = re.compile(rf"\s((?:{NAME_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD})){{1,2}})$")
TAIL_NAME2 = re.compile(rf"\s((?:{NAME_WORD})\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD}))$")  #: the last two name words


def _org_prefix(text: str) -> str | None:
    """The municipality/organisation words before a person's name in a chunk, if any.

    In a "Name, Organisation, Name, Organisation" list flattened without line
    breaks, a chunk is the previous person's organisation (or acronym, or title)
    followed by the next person's name: "Sydskånska gymnasieförbundet Lars Ek".
    """
    if len(text.split()) < 3:  # a prefix and a name of two words or more: none in fewer than three
        return None
    tail = TAIL_NAME.search(text.strip())
    if tail and (not is_person(tail.group(1)) or place_first(tail.group(1))):
        tail = TAIL_NAME2.search(text.strip())  # "Stödteam Norrby Eva Lind": a two-word name after a place
    if tail and is_person(tail.group(1)):
        head = text.strip()[:tail.start()].strip()
        governs = re.search(r"\b(sekretariatet|kansliet|nätverket|från|för|i|på|vid|hos)$", head, re.I)
        if head and not governs and (is_org(head) or re.fullmatch(r"[A-ZÅÄÖ]{2,}[\wåäö]*", head)
                                     or head[:1].islower() and len(head.split()) <= 5  # "kurator Team Syd Eva Ek"
                                     and not any(opens_name(w) for w in head.split()[1:]) and not LIST_NOTE.search(head)
                                     or (" " not in head and has_title_word(head) and head[:1].isupper())
                                     or re.fullmatch(r"(?:\d:[a-z]{1,2}\s+)?[a-zåäö][\wåäö.\-]*(?:\s+[a-zåäö][\wåäö.\-]*){0,2}",
                                                     head)):
            return head
    m = NAME.match(text.strip())
    if not m:
        return None
    words = m.group(0).split()
    for cut in range(len(words) - 2, 0, -1):
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if is_org(first) and is_person(rest):
            return first
    return None


def _leading_name(text: str) -> str | None:
    m = NAME.match(text.strip())
    if not m:
        return None
    for name in _peel(m.group(0)) or [m.group(0)]:
        if text.strip().startswith(name):
            return name
    return None
