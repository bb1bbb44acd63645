"""Recognising people and organisations in running text, and the affiliation a phrase names.

A person is two to four capitalised words that are not an organisation; an
organisation is a municipality or region from the gazetteer, a phrase with an
organisation word (kommun, förbund, nätverket ...) or an acronym. This module
owns the name patterns, the role/title/party vocabularies and the person and
organisation tests; attendee lists are read in ``names``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..swedish import gazetteer
from ..swedish.kept import kept
from ..swedish.names import given_names
from .givenopen import known_given_names, opens_name
from .features import cut_start, has_any_case_blind

#: the letters a name is written with: Swedish names carry letters beyond a–ö (Linnéa, Müller, Sjøberg), and the
#: names of Swedes of Finnish, Balkan, Turkish, Polish, Czech and other origin carry theirs (Hodžić, Öztürk,
#: Łukasz, Dvořák, Şahin, Nguyễn's base letters), in every roster, signature and "Föredragande" line
UPPER = "A-ZÅÄÖÉÈÜÆØÁÍÓÚÇÑČĆŠŽĐŁŚŹŻŞŘĚÝ"
LOWER = "a-zåäöéèüæøáíóúñçßčćšžđłńśźżşğıřěýőűãõêôâàòùìïëî"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:[-‐][{UPPER}][{LOWER}]+)*|[{UPPER}]\.?"
PARTICLE = r"(?:von|van|af|de|da|del|der|la|le)"
#: one word of a name as running text writes it, perhaps hyphenated: "Anna", "Anna-Karin", "Linnéa", "Rosén-Müller"
#: (the letters Swedish names carry beyond a–ö are a name's letters too)
PLAIN_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
#: a full name in running text: two or three such words ("Anna Berg", "Anna-Karin Berg Holm"); the one pattern the
#: sentence readers (who opened the meeting, who is secretary, who chairs in a list) name a person with
PLAIN_NAME = rf"{PLAIN_WORD}(?:\s+{PLAIN_WORD}){{1,2}}"
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
    r"projektledare|kommunalråd|ordförande|analytiker|arkitekt|ingenjör|konsult|tf\.?|bitr\.?|"
    r"rektor|kommunikatör|inspektör|intendent|revisor|kurator|registrator|arkivarie|notarie|bibliotekarie)", re.I)
#: whether a text holds a title word (``TITLE_WORDS``' words, "tf" and "bitr" with or without their "."), the text
#: folded first: the case-blind search of ~40 words was ~15 us on a short name (issue 12)
has_title_word = has_any_case_blind(TITLE_WORDS.pattern.strip("()").replace(r"\.?", "").split("|"))
#: job titles of whoever keeps the minutes; a "socialsekreterare" (social worker) or a "politisk sekreterare"
#: (a party's secretary) attends without writing them; the title may be cut short ("nämndsekr.", "sekr")
CLERK = re.compile(r"(?:kommun|nämnd|utskotts|styrelse|förbunds|regions?|kansli|mötes|direktions|"
                   r"administrativ\s|)(?:sekreterare|sekr\.?)|protokollförare", re.I)  # "nämndsekr.": abbreviated


def is_clerk(title: str | None) -> bool:
    """A title ("nämndsekreterare", "kommunsekreterare") of someone whose work is to keep the minutes."""
    return bool(title) and CLERK.fullmatch(title.strip()) is not None


PARTIES = {"S", "M", "C", "V", "KD", "L", "MP", "SD", "FP", "SPI", "PRO"}
#: the parties by name, with the code their members are given: a list's sub-heading (:mod:`.grouplabels`), a group
#: that dissents (:mod:`.reservations`)
PARTY_NAMES = {"Socialdemokraterna": "S", "Moderaterna": "M", "Centerpartiet": "C", "Liberalerna": "L",
               "Kristdemokraterna": "KD", "Sverigedemokraterna": "SD", "Vänsterpartiet": "V", "Miljöpartiet": "MP",
               "Folkpartiet": "FP"}
NOT_NAMES = re.compile(
    r"^(Region|Kommun|Stadshuset|Kommunhuset|Beslut|Förslag|Föredragande|Bilaga|Närvarande|Plats|Tid|"
    r"Datum|Dagordning|Protokoll|Minnesanteckningar|Ordförande|Sekreterare|Justerare|Övriga|Gäster|Från|"
    r"Justering|Justeringens)\b")


def split_run(words: list[str]) -> list[list[str]]:
    """Split a run of capitalised words written without commas ("Lotti Ramsten Staffan Borgvik")
    before a given name (the gazetteer's or the longer list's, :mod:`givenopen`), when both sides keep at least
    two words.

    One pass with a moving start: splitting recursively on the rest of the list overflowed the
    stack on a run of a thousand names and copied the rest at every split (quadratic).
    """
    names = known_given_names() if len(words) >= 4 else frozenset()
    #: "Carl-Axel", "AnnKristin" open a name too where the run opens with a given name (the list's order is given
    #: name first; a run "Holm Eva Lind-Berg Karl-Erik" is family name first, and no cut before a given name fits)
    #: a hyphenated given name with one part unknown ("Lars-Elve") still shows the order, by its known first part
    given = opens_name if words and (opens_name(words[0]) or "-" in words[0] and words[0].split("-")[0] in names) \
        else names.__contains__
    out: list[list[str]] = []
    start, i = 0, 2
    while len(words) - start >= 4 and i < len(words) - 1:
        if given(words[i]) and not given(words[i - 1]):
            out.append(words[start:i])
            start, i = i, i + 2
        else:
            i += 1
    return out + [words[start:]]


#: ``ORG_WORDS.search`` with the text folded and tested for its words first (their bounds left out; issue 12)
HAS_ORG_WORD = has_any_case_blind(ORG_WORDS.pattern.strip("()").replace(r"\b", "").casefold().split("|"),
                                  ORG_WORDS.search)


@lru_cache(maxsize=4096)
def is_org(text: str) -> bool:
    """Whether a phrase names an organisation rather than a person."""
    t = text.strip()
    if gazetteer.municipality(t) or gazetteer.region(t) or gazetteer.is_municipality(t):
        return True
    if HAS_ORG_WORD(t):
        return True
    words = t.split()
    return bool(words) and all(re.fullmatch(r"[A-ZÅÄÖ0-9&:-]{2,}", w) for w in words)


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """The initials of a name's words ("Anna Berg" -> "AB", "Per-Olof Ek" -> "PE"), as notes refer to members."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=4096)
def is_person(text: str) -> bool:
    """Whether a chunk is a person's name: 2-5 capitalised words, not an organisation or title."""
    t = text.strip().rstrip(".")
    if not NAME.fullmatch(t) or NOT_NAMES.match(t):
        return False
    return not is_org(t) and not has_title_word(t)


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
    """Split organisation words off a capitalised run ("Region Skåne Anna Vretberg")."""
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
    t = cut_start(UNIT_PREFIX, t)
    if t.upper() in PARTIES or t.strip("()").upper() in PARTIES:
        return t.strip("()").upper()
    return gazetteer.municipality(t) or t

