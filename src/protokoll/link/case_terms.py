"""The words of an item that say which matter it is about: its distinctive title terms (Swedish stems,
compound-aware, generic and stop words dropped), its names of two or more words, its Dnr, and
whether it is a routine item every meeting has. :mod:`.cases` threads items by these."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .chain import fold, places

STOP = set(fold("""och i av för till om med på en ett den det de som att från inom kring hos via
under efter samt vid ny nya nytt över mot mellan utan hur vad vi sin sitt sina är ska kan nästa
inför enligt del bl ev etc dess deras vår våra eller ur år års januari februari mars april maj
juni juli augusti september oktober november december måndag tisdag onsdag torsdag fredag""").split())
GENERIC = set(fold("""information förslag upplägg finansiering budget program lägesrapport rapport
återrapport återrapportering återkoppling uppföljning utvärdering utkast första andra tredje
slutlig revidering tidplan mall diskussion dialog beslut val resultat förstudie inriktning
fortsatt fortsatta idé reflektioner gemensam gemensamt gemensamma kontaktpersoner kontaktperson
översyn kartläggning erbjudande tema sista förberedelser godkännande aktuellt övrigt övriga
frågor fråga ärende ärenden anmälan yttrande remiss dagordning protokoll minnesanteckningar
möte mötet sammanträde styrelsen styrelse kommundirektörer kommundirektör kommunerna kommun
kommuner region regionen regional regionala plan planen verksamhet arbete arbetet process
processen presentation redovisning redovisa status nuläge ekonomi hösten våren sommaren året
läget övergripande uppdrag bild prel preliminär förändringar förändring avstämning
genomgång kommunförbundet länsstyrelsen nätverket nätverk samverkan samarbete samarbeten""").split())
GENERIC_ENDINGS = ("mote", "motet", "moten", "sammantrade", "sammantradet", "gruppen", "gruppens")
ORG_PREFIXES = ("region", "kommun", "lansstyrels", "forbund", "natverk", "landsting", "universitet",
                "hogskol", "myndighet", "styrels", "grupp", "sekretariat", "stad")
ROUTINE = re.compile(
    r"^(?:motets? )?(?:oppnande|avslutning)|foregaende|dagordning|^ovrig|ovriga fragor"
    r"|^(?:val av )?(?:justerare|sekreterare|ordforande|protokollsjusterare)\b|justering|upprop"
    r"|^narvar|aktuellt fran|sammantradesplan"
    r"|motesplan|motestider|^anmalningsarenden|^meddelanden|^information$|^delegationsbeslut"
    r"|nasta mote")
_WORD = re.compile(r"[^\W\d_]+", re.U)
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,80})[\"“”„«»]")
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ][a-zåäöéü]+(?:\s+[A-ZÅÄÖÉ][a-zåäöéü]+)+")
DNR = re.compile(r"(?i)\bdnr\.?:?\s*([a-zåäö]{0,4}\s?\d[\w./-]*\d)")
_ARTICLES = {"den", "det", "en", "ett"}



@lru_cache(maxsize=1 << 16)
def is_routine(title: str) -> bool:
    """An item every meeting has (opening, previous minutes, agenda, other business): never a case."""
    return bool(ROUTINE.search(fold(title)))


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("swedish")


def is_generic(word: str) -> bool:
    """A folded word that says nothing about which matter an item is about."""
    return (word in STOP or word in GENERIC or len(word) < 3 or word.endswith(GENERIC_ENDINGS)
            or word in places() or fold(_stemmer().stemWord(word)) in _generic_stems())


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(fold(_stemmer().stemWord(w)) for w in GENERIC)


@lru_cache(maxsize=1 << 16)
def terms(title: str, org_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of a title's distinctive words."""
    found = set()
    for word in _WORD.findall(title):
        folded, term = _title_word(word)
        if term is not None and folded not in org_words:
            found.add(term)
    return frozenset(t for t in found if len(t) >= 4 or t.upper() in title)


@lru_cache(maxsize=1 << 16)
def _title_word(word: str) -> tuple[str, str | None]:
    """A title word folded, and its term: the folded stem (a short acronym as is), None when generic."""
    folded = fold(word)
    if is_generic(folded):
        return folded, None
    return folded, folded if word.isupper() and len(word) <= 5 else fold(_stemmer().stemWord(word.lower()))


@lru_cache(maxsize=1 << 16)
def names(text: str, org_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names of two or more words: quoted ones and capitalised runs that are no organization or place."""
    found = {_name(q) for q in _QUOTED.findall(text)}
    for run in _CAPITAL_RUN.findall(text):
        words = [fold(w) for w in run.split()]
        if not any(w in org_words or w in places() or w.startswith(ORG_PREFIXES) for w in words):
            found.add(_name(run))
    return frozenset(n for n in found if len(n.split()) >= 2)


def _name(text: str) -> str:
    words = [w for w in _WORD.findall(fold(text))]
    while words and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def same_term(a: str, b: str) -> bool:
    """Equal stems, or one the start of the other: an inflection or a compound."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short == long_:
        return True
    rest = len(long_) - len(short)
    return long_.startswith(short) and (len(short) >= 5 if rest <= 3 else len(short) >= 6)


def terms_linked(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether half the terms of the shorter set meet a term of the other (counted on ``a``'s side)."""
    shared = sum(1 for t in a if any(same_term(t, u) for u in b))
    return shared > 0 and shared / min(len(a), len(b)) >= 0.5
