"""People, organisations and their roles in running text.

A person is two to four capitalised words that are not an organisation; an
organisation is a municipality or region from the gazetteer, a phrase with an
organisation word (kommun, förbund, nätverket ...) or an acronym. Attendee
lists come in many shapes ("Name (Municipality, role)", "Name, Municipality,
Name, Municipality", "Name, title (Organisation)", one per line, "Från X
deltar A, B och C"); they are split into chunks and each chunk classified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..swedish import gazetteer
from ..swedish.kept import kept
from ..swedish.names import given_names
from ..record import Attendee

UPPER = "A-ZÅÄÖÉÈÜÆØÁ"
LOWER = "a-zåäöéèüæøáíóúñçß"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:[-‐][{UPPER}][{LOWER}]+)*|[{UPPER}]\.?"
PARTICLE = r"(?:von|van|af|de|da|del|der|la|le)"
NAME = re.compile(rf"(?<![\w-])(?:{NAME_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD})){{1,3}}(?![\w-])")

ROLES = {
    "ordförande": "ordförande", "ordf": "ordförande", "ordf.": "ordförande",
    "mötesordförande": "ordförande", "vice ordförande": "vice ordförande", "vice ordf": "vice ordförande",
    "1:e vice ordförande": "vice ordförande", "2:e vice ordförande": "vice ordförande",
    "förste vice ordförande": "vice ordförande", "andre vice ordförande": "vice ordförande",
    "sekreterare": "sekreterare", "justerare": "justerare", "ledamot": "ledamot",
    "ersättare": "ersättare", "tjänstgörande ersättare": "ersättare",
}
ORG_WORDS = re.compile(
    r"(kommun|stad\b|stads\b|region|landsting|förbund|förbundet|nätverk|sekretariat|kansli|förvaltning|"
    r"kontor|nämnd|styrelse|gruppen|rådet|länsstyrelse|myndighet|verket|universitet|högskola|institut|"
    r"bolag|\bAB\b|akademi|centrum|enheten|avdelning|polisen|arbetsförmedlingen|försäkringskassan|"
    r"skl\b|skr\b|företag|föreningen|förening|stiftelse|hälsocentral|vårdcentral|folktandvård|"
    r"trafik|näringsliv|destination|företagarna|sveriges)", re.I)
TITLE_WORDS = re.compile(
    r"(direktör|chef|strateg|samordnare|handläggare|planerare|ansvarig|utvecklare|sekreterare|"
    r"ledare|controller|ekonom|jurist|assistent|koordinator|utredare|specialist|rådgivare|"
    r"projektledare|kommunalråd|ordförande|analytiker|arkitekt|ingenjör|konsult|tf\.?|bitr\.?)", re.I)
#: job titles of whoever keeps the minutes; a "socialsekreterare" (social worker) or a "politisk sekreterare"
#: (a party's secretary) attends without writing them
CLERK = re.compile(r"(?:kommun|nämnd|utskotts|styrelse|förbunds|regions?|kansli|mötes|direktions|"
                   r"administrativ\s|)sekreterare|protokollförare", re.I)


def is_clerk(title: str | None) -> bool:
    """A title ("nämndsekreterare", "kommunsekreterare") of someone whose work is to keep the minutes."""
    return bool(title) and CLERK.fullmatch(title.strip()) is not None


PARTIES = {"S", "M", "C", "V", "KD", "L", "MP", "SD", "FP", "SPI", "PRO"}
NOT_NAMES = re.compile(
    r"^(Region|Kommun|Stadshuset|Kommunhuset|Beslut|Förslag|Föredragande|Bilaga|Närvarande|Plats|Tid|"
    r"Datum|Dagordning|Protokoll|Minnesanteckningar|Ordförande|Sekreterare|Justerare|Övriga|Gäster|Från)\b")


@dataclass
class Chunk:
    text: str
    paren: list[str]  #: parenthesised parts that followed it
    joined: bool = False  #: the chunk followed a conjunction ("... och Anna Berg", "... samt sekreterare Per Holm")


def split_run(words: list[str]) -> list[list[str]]:
    """Split a run of capitalised words written without commas ("Lotti Jilsmo Staffan Bond")
    before a given name, when both sides keep at least two words.

    One pass with a moving start: splitting recursively on the rest of the list overflowed the
    stack on a run of a thousand names and copied the rest at every split (quadratic).
    """
    names = given_names() if len(words) >= 4 else frozenset()
    out: list[list[str]] = []
    start, i = 0, 2
    while len(words) - start >= 4 and i < len(words) - 1:
        if words[i] in names and words[i - 1] not in names:
            out.append(words[start:i])
            start, i = i, i + 2
        else:
            i += 1
    return out + [words[start:]]


@lru_cache(maxsize=4096)
def is_org(text: str) -> bool:
    """Whether a phrase names an organisation rather than a person."""
    t = text.strip()
    if gazetteer.municipality(t) or gazetteer.region(t) or gazetteer.is_municipality(t):
        return True
    if ORG_WORDS.search(t):
        return True
    words = t.split()
    return bool(words) and all(re.fullmatch(r"[A-ZÅÄÖ0-9&:-]{2,}", w) for w in words)


@lru_cache(maxsize=4096)
def is_person(text: str) -> bool:
    """Whether a chunk is a person's name: 2-5 capitalised words, not an organisation or title."""
    t = text.strip().rstrip(".")
    if not NAME.fullmatch(t) or NOT_NAMES.match(t):
        return False
    return not is_org(t) and not TITLE_WORDS.search(t)


def find_people(text: str, known: set[str] | None = None) -> list[str]:
    """Person names in running text, in order, without organisations."""
    out: list[str] = []
    for m in NAME.finditer(text):
        for run in split_run(m.group(0).split()):
            for name in _peel(" ".join(run)):
                if name not in out:
                    out.append(name)
    for name in known or ():
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) and name not in out:
            out.append(name)
    return out


def _peel(candidate: str) -> list[str]:
    """Split organisation words off a capitalised run ("Region Skåne Anna Normann")."""
    if is_person(candidate):
        return [candidate]
    words = candidate.split()
    for cut in range(len(words) - 2, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if is_org(head) and is_person(tail):
            return [tail]
    return []


ITEM_RANGE_ONLY = re.compile(r"(?:§§?|ej|ärende|ärendena|punkt|p\.)?\s*[\d\s,\-–och§]+", re.I)
UNIT_PREFIX = re.compile(r"^(sekretariatet|kansliet|från|nätverket)\s+(?=[A-ZÅÄÖ])", re.I)


@kept(maxsize=4096)
def affiliation(text: str) -> str | None:
    """A municipality's short name, or the organisation/party as written (kept for the last texts: a list
    names the same affiliations again, issue 12)."""
    t = text.strip().strip(".,;")
    if not t:
        return None
    if ITEM_RANGE_ONLY.fullmatch(t):  # "§§ 1-12": when present
        return None
    muni = gazetteer.municipality(t)
    if muni:
        return muni
    if is_person(t) and t.split()[0] in given_names():  # "(ers. Anna Berg)": who stood in, not where from
        return None
    t = UNIT_PREFIX.sub("", t)
    if t.upper() in PARTIES or t.strip("()").upper() in PARTIES:
        return t.strip("()").upper()
    return gazetteer.municipality(t) or t


SPACES = re.compile(r"\s+")
SEPARATOR = re.compile(r"[,;]| och | samt ")
SEPARATOR_KEPT = re.compile(r"([,;]| och | samt )")


def split_chunks(value: str) -> list[Chunk]:
    """Split an attendee list at commas, semicolons, "och" and after closing parentheses."""
    value = SPACES.sub(" ", value).strip().rstrip(".")
    if "(" not in value:  # no brackets: the separators alone cut the list
        if " och " not in value and " samt " not in value:
            return [Chunk(t, []) for p in SEPARATOR.split(value) if (t := p.strip())]
        pieces = SEPARATOR_KEPT.split(value)  # [text, separator, text, ...]: which chunks a conjunction opened
        return [Chunk(t, [], k > 0 and pieces[k - 1] in (" och ", " samt "))
                for k in range(0, len(pieces), 2) if (t := pieces[k].strip())]
    parts: list[Chunk] = []
    buf, depth, paren, cur_paren = "", 0, "", []
    joined = False  #: the chunk being read followed a conjunction
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "(":
            depth += 1
            if depth == 1:
                paren = ""
                i += 1
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                cur_paren.append(paren.strip())
                i += 1
                nxt = value[i:].lstrip()
                if nxt[:1] and nxt[:1] not in ",;" and not nxt.startswith("och "):
                    parts.append(Chunk(buf.strip(), cur_paren, joined))
                    buf, cur_paren, joined = "", [], False
                continue
        if depth:
            paren += ch
        elif ch in ",;":
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], False
        elif value.startswith(" och ", i) or value.startswith(" samt ", i):
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], True
            i += 5 if value.startswith(" och ", i) else 6
            continue
        else:
            buf += ch
        i += 1
    parts.append(Chunk(buf.strip(), cur_paren, joined))
    return [p for p in parts if p.text or p.paren]


#: the items a person attended or left: "§§ 1-5", "ej § 5", "§ 12, 14", "från § 7", "ärende 1-3", "punkt 4";
#: they end an entry
ITEM_RANGE = re.compile(r"(?:\b(?:ej|ej närvarande|närvarande|från|till|under|t\.o\.m\.?|fr\.o\.m\.?)\s+)?"
                        r"(?:(?<!\()§§?|\b(?:ärende|ärendena|punkt|punkterna|punkt\.|p\.)(?=\s*\d))"
                        r"\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*(?![^()]{0,40}\))")


ITEM_RANGE_WORDS = ("§", "ärende", "punkt", "p.")


def parse_attendees(value: str, group: str) -> list[Attendee]:
    """Attendees from one list value (e.g. everything after "Närvarande")."""
    if any(w in value for w in ITEM_RANGE_WORDS):  # the cheap test: each range has "§" or one of these words
        value = ITEM_RANGE.sub(";", value)
    out: list[Attendee] = []
    for sentence in _from_sentences(_table_rows(value)):
        org, people = sentence
        found = _parse_chunks(split_chunks(people), group)
        _share_affiliations(found)
        for a in found:
            if org and not a.affiliation:
                a.affiliation = affiliation(org)
            out.append(a)
    return out


def _table_rows(value: str) -> str:
    """Rows of a table read as TAB-joined cells ("Anna Berg<TAB>Malmö<TAB>ordförande", one row
    per "; " entry) written as the list they stand for: "Anna Berg (Malmö, ordförande)"."""
    if "\t" not in value:
        return value
    rows = [[c.strip() for c in entry.split("\t") if c.strip()] for entry in value.split("; ")]
    return "; ".join(f"{r[0]} ({', '.join(r[1:])})" if len(r) > 1 else "".join(r) for r in rows)


def _share_affiliations(people: list[Attendee]) -> None:
    """In a list where most carry an affiliation, "A, B (Malmö)" gives A Malmö too."""
    if sum(1 for a in people if a.affiliation) * 2 < len(people):
        return
    for a, b in zip(reversed(people[:-1]), reversed(people[1:])):
        if not a.affiliation and b.affiliation and not a.title:
            a.affiliation = b.affiliation


def _from_sentences(value: str) -> list[tuple[str | None, str]]:
    """"Från Region Skåne deltar A, B och C." -> [("Region Skåne", "A, B och C")]."""
    found = re.findall(r"Från\s+(.+?)\s+(?:deltar|deltog|medverkar|medverkade|närvarar)\s+(.+?)(?:\.(?=\s|$)|$)",
                       value) if "Från" in value else []
    return found or [(None, value)]


ONE_NAME_WORD = re.compile(NAME_WORD)
#: a role word opening a chunk; not one *in* another body ("ordförande i socialnämnden", "ledamot vid X": a title)
LEADING_ROLE = re.compile(r"^(ordförande|vice ordförande|sekreterare|justerare|ledamot|ersättare)\s+(?=[A-ZÅÄÖ])"
                          r"(?!(?:i|vid|inom|hos)\s)", re.I)


def _parse_chunks(chunks: list[Chunk], group: str) -> list[Attendee]:
    out: list[Attendee] = []
    for ch in chunks:
        text = ch.text
        role = LEADING_ROLE.match(text)
        own_role = None  #: "... samt sekreterare Per Holm": a role after a conjunction opens the next entry
        if role and ch.joined and role.group(1)[:1].islower() and is_person(_leading_name(text[role.end():]) or ""):
            own_role, text = ROLES[role.group(1).casefold()], text[role.end():]
        elif role and out:  # "..., Ordförande Sarah Isberg": the role closes the previous entry
            _describe(out[-1], role.group(1))
            text = text[role.end():]
        before = len(out)
        prefix = _org_prefix(text)
        if prefix and out:  # "..., Burlöv Henrik Andersson": a flattened "Name, Municipality" list
            _describe(out[-1], prefix)
            text = text[len(prefix):].strip()
        # two people are four words or more (a name has two or more): fewer, and the run-on reading is not used
        people = _people_in_run_on(text) if len(text.split()) >= 4 else []
        if len(people) >= 2:  # a list flattened without commas: "Anna Berg per telefon Per Holm ..."
            for name, descriptor in people:
                out.append(Attendee(name=name, group=group))
                if descriptor and len(descriptor.split()) <= 3:
                    _describe(out[-1], descriptor)
            continue
        words = text.split()
        runs = split_run(words) if words and all(ONE_NAME_WORD.fullmatch(w) for w in words) else [words]
        for extra in runs[:-1]:
            out.append(Attendee(name=" ".join(extra), group=group))
        text = " ".join(runs[-1]) if runs[-1] else text
        lead = _leading_name(text)
        if lead and (is_person(lead) or (not out and not is_org(lead))):
            person = Attendee(name=lead, group=group)
            out.append(person)
            _describe(person, text[len(lead):].strip(" ,"))
        elif out:
            _describe(out[-1], text)
        else:
            continue
        for p in ch.paren:
            for part in re.split(r"\s*,\s*", p):
                _describe(out[-1], part)
        if own_role and len(out) > before:
            out[-1].role = own_role
    return out


RUN = re.compile(rf"(?:{NAME_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD}))*")


def _people_in_run_on(text: str) -> list[tuple[str, str]]:
    """(name, words after it) for every person in a chunk that holds several names."""
    out: list[tuple[str, str]] = []
    matches = list(RUN.finditer(text))
    for k, m in enumerate(matches):
        gap_end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        names = [" ".join(r) for r in split_run(m.group(0).split())]
        if not all(is_person(n) for n in names):
            if out and is_org(m.group(0)):
                out[-1] = (out[-1][0], (out[-1][1] + " " + m.group(0)).strip())
            continue
        for n in names[:-1]:
            out.append((n, ""))
        out.append((names[-1], text[m.end():gap_end].strip(" ,;")))
    return out


TAIL_NAME = re.compile(rf"\s((?:{NAME_WORD})(?:\s+(?:{PARTICLE}\s+)?(?:{NAME_WORD})){{1,2}})$")


def _org_prefix(text: str) -> str | None:
    """The municipality/organisation words before a person's name in a chunk, if any.

    In a "Name, Organisation, Name, Organisation" list flattened without line
    breaks, a chunk is the previous person's organisation (or acronym, or title)
    followed by the next person's name: "Sydskånska gymnasieförbundet Lars Ek".
    """
    if len(text.split()) < 3:  # a prefix and a name of two words or more: none in fewer than three
        return None
    tail = TAIL_NAME.search(text.strip())
    if tail and is_person(tail.group(1)):
        head = text.strip()[:tail.start()].strip()
        governs = re.search(r"\b(sekretariatet|kansliet|nätverket|från|för|i|på|vid|hos)$", head, re.I)
        if head and not governs and (is_org(head) or re.fullmatch(r"[A-ZÅÄÖ]{2,}[\wåäö]*", head)
                                     or (" " not in head and TITLE_WORDS.search(head) and head[:1].isupper())
                                     or re.fullmatch(r"(?:\d:[a-z]{1,2}\s+)?[a-zåäö][\wåäö.\-]*(?:\s+[a-zåäö][\wåäö.\-]*){0,2}",
                                                     head)):
            return head
    m = NAME.match(text.strip())
    if not m:
        return None
    words = m.group(0).split()
    for cut in range(len(words) - 2, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if is_org(head) and is_person(tail):
            return head
    return None


def _leading_name(text: str) -> str | None:
    m = NAME.match(text.strip())
    if not m:
        return None
    for name in _peel(m.group(0)) or [m.group(0)]:
        if text.strip().startswith(name):
            return name
    return None


def _describe(person: Attendee, text: str) -> None:
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
    if TITLE_WORDS.search(t) and not is_org(t) and not gazetteer.municipality(t):
        person.title = person.title or t
        return
    if len(t) < 2:
        return
    if person.affiliation in PARTIES and is_org(t):  # a municipality or organisation says more than the party
        person.affiliation = None
    person.affiliation = person.affiliation or affiliation(t)


#: words that are labels or contact details, never part of a person's name
NOT_NAME_WORDS = frozenset(
    "telefon tel mobil fax e-post epost mail datum plats tid lokal sekreterare ordförande justerare justerande "
    "ledamot ledamöter ersättare närvarande beslutande övriga underskrift underskrifter paragrafer sida "
    "organ kallelse protokoll dagordning ärenden".split())


def role_holder(value: str, group: str) -> Attendee | None:
    """The person a role label ("Ordförande", "Sekreterare") names, or None when the value is not clearly one.

    A place or label word glued before the name in a flattened page ("Växjö
    Suzanne Frank") is dropped when a given name follows it; a name that keeps
    a label or contact word ("Telefon Anna Berg Telefon") is no name.
    """
    for a in parse_attendees(value, group):
        words = a.name.split()
        while len(words) > 2 and (gazetteer.municipality(words[0]) or words[0].casefold() in NOT_NAME_WORDS) \
                and words[1] in given_names():
            words = words[1:]
        if any(w.casefold().strip(".:") in NOT_NAME_WORDS for w in words):
            return None
        a.name = " ".join(words)
        return a
    return None
