"""An item heading as the item finders give it, and the cut of a title that runs on into its text.

Kept apart from :mod:`.items` so that the finders beside it (:mod:`.inline`, :mod:`.timetable`,
:mod:`.unnumbered`) can use them without importing the module that calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..swedish.names import given_names
from .partlabels import OWN_PROPOSAL_TO_DECISION

#: words a title goes on after (a capitalised word after them is still the title's). valuedoubts.NOT_LAST is a
#: different list on purpose: the words that never end a person's name (it adds "vice", "som", "att", "vid")
PREPOSITIONS = {"om", "från", "med", "av", "för", "till", "i", "på", "hos", "inom", "och", "samt", "kring", "via"}

#: words after which a capitalised word is still the title's ("Ny ledning mellan Storgatan och Torget")
TITLE_GLUE = PREPOSITIONS | {"mellan", "vid", "mot", "över", "enligt", "angående", "gällande", "rörande", "inför", "efter",
                             "ur", "genom", "bland", "åt", "utan"}


@dataclass
class Heading:
    index: int  #: position in the line list
    number: str | None  #: None: a row of a programme table, which has times, not numbers
    title: str
    style: str
    score: float
    last: int | None = None  #: a range's last paragraph ("§ 244-272 Sekretessärenden"): the next heading follows it


#: an item's part run on after its title: "Tillsyn av avlopp Nämndens förslag till beslut 1. ...",
#: "... Beskrivning av ärendet ...", "... Beslutsunderlag ..."
ITEM_PART = re.compile(rf"\s(?=(?:{OWN_PROPOSAL_TO_DECISION}|Förslag\s+till\s+beslut|"
                       r"Beskrivning\s+av\s+ärendet|Ärendebeskrivning|Beslutsunderlag)\b)")


#: the kind of case a title names before a colon and its subject: "Svar på motion: Utökad ...", "Yttrande över
#: remiss: Förslag till ...", "Svar på medborgarförslag: Anlägg ..."
CASE_KIND = re.compile(r"(?:motion|motioner|medborgarförslag|e-förslag|interpellation|fråga|remiss|remissvar|skrivelse|"
                       r"revisionsskrivelse|revisionsrapport|initiativärende):")
#: a verb of electing or appointing: the name after it is the person chosen, part of the sentence
ELECTED_VERB = re.compile(r"(?:om|ny)?valdes|väljs|utsågs|utses|föreslogs|föreslås|(?:av)?tackades", re.I)


def cut_run_on_title(line: str) -> str:
    """A title taken from a line that runs on into the item's text: cut where a sentence starts. After a
    lower-case word and a colon the title's subject follows ("Svar på motion: Utökad kollektivtrafik ..."),
    not a sentence (a value such as "... för justering: Tisdagen den 10 mars" still ends the title)."""
    title = _sentence_cut(line)
    if (m := RESTARTED_LIST.search(title)) and TITLE_WORDS.search(title, 0, m.start()):
        return title[:m.start()]  # "4 Information 1. xxx och yyy utses ...": the item's proposals, numbered anew
    return title


def _sentence_cut(line: str) -> str:
    """:func:`cut_run_on_title` but for a list numbered anew after the title."""
    from ..swedish import gazetteer

    if len(line) < 60 and not line.endswith("."):
        return line
    if "örslag till beslut" in line or "ärendet" in line or "underlag" in line or "rendebeskrivning" in line:
        label = ITEM_PART.search(line)
        if label and len(line[:label.start()].split()) >= 2:
            return line[:label.start()]
    words = line.split()
    for i in range(2, len(words)):
        w = words[i]
        if _presenter_starts(words, i) or _speaker_starts(words, i) or _signer_starts(words, i):
            return " ".join(words[:i])
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", w) and (words[i - 1][:1].islower() or _year_then_sentence(words, i)) \
                and len(words) - i >= 3 \
                and not CASE_KIND.fullmatch(words[i - 1]) and words[i - 1] not in TITLE_GLUE and not ELECTED_VERB.fullmatch(words[i - 1]) \
                and not gazetteer.is_municipality(w.rstrip("s")) and not gazetteer.municipality(w):
            return " ".join(words[:i])
    return line


#: a list numbered from "1." again after a title ("4 Information 1. Informationen noteras."): the item's numbered
#: proposals (or the next list's first entry), never the title's own words
RESTARTED_LIST = re.compile(r"(?<=[a-zåäö])\s+1[.)]\s+(?=\S)")
#: a title's word after the heading's own number or paragraph sign
TITLE_WORDS = re.compile(r"(?:^|\s)[A-ZÅÄÖa-zåäö][a-zåäö]+")


def _year_then_sentence(words: list[str], i: int) -> bool:
    """A title ending in a year, then a sentence whose subject and verb follow ("Taxor 2022 Förvaltningen har ...")."""
    prev = words[i - 1]
    return len(prev) == 4 and prev[:2] in ("19", "20") and prev.isdigit() and words[i + 1][:1].islower()


#: a job title written as a capitalised noun ("Mångfaldsutvecklare", "Ekonomichef", "Planarkitekt")
ROLE_NOUN = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:direktör|chef|strateg|samordnare|handläggare|planerare|ansvarig|"
                       r"utvecklare|sekreterare|controller|ekonom|jurist|koordinator|utredare|specialist|"
                       r"rådgivare|projektledare|analytiker|arkitekt|ingenjör|konsult|inspektör)")
NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


def _presenter_starts(words: list[str], i: int) -> bool:
    """Does the item's text start at words[i] with whoever presents it, by job title and name ("... Norrby Stad
    Ekonomichef Anna Berg informerar om ...")? The title before ends with a capitalised word (a place, a body):
    a presenter after a lower-case word is found by the sentence cut, after a preposition belongs to the title."""
    return i + 3 < len(words) and bool(ROLE_NOUN.fullmatch(words[i])) and words[i - 1][:1].isupper() \
        and bool(NAME_WORD.fullmatch(words[i + 1])) and bool(NAME_WORD.fullmatch(words[i + 2])) \
        and words[i + 3][:1].islower()


#: the first of an item's numbered points run on after its title ("Information 1. Ordförande ...", or the point's
#: text on the next line: "Information 1."); not a counted part of the subject ("Tertial 1. ", "Etapp 1. ")
SUB_POINT = re.compile(r"(?<=[a-zåäö])(?<!tertial)(?<!kvartal)(?<!etapp)(?<!steg)(?<!fas)(?<!del)(?<!nr)"
                       r"\s+(?:1[.)]|a\))(?:\s+(?=[A-ZÅÄÖ][a-zåäö])|$)")
#: the presenting verbs of a sentence whose subject is the presenter ("Anna Berg redogör för ..."): the one list
#: of them, here below the presenter readers so that the title cut and ``presenters.VERBS`` share it
PRESENTING_VERBS = (r"informerar|informerade|berättar|berättade|presenterar|presenterade|redogör|redogjorde|redovisar|"
                    r"redovisade|föredrar|föredrog|rapporterar|rapporterade|orienterar|orienterade")
#: a verb saying a person presents the item: the sentence's verb after the speaker's name
SPEAK_VERB = re.compile(rf"(?:{PRESENTING_VERBS})")


def _speaker_starts(words: list[str], i: int) -> bool:
    """Does the item's text start at words[i] with a person presenting it ("... i Norrby Anna Berg från
    Stadsbyggnad informerar ...")? A given name, one or two more name words, perhaps "från" and where the
    person comes from, then a verb of presenting; the title before ends with a capitalised word (after a
    lower-case word the sentence cut finds it)."""
    if i + 2 >= len(words) or not words[i - 1][:1].isupper() or words[i - 1].endswith(":") \
            or words[i] not in given_names():  # after a label ("Föredragande: Anna Berg") the name is its value
        return False
    j = i + 1
    while j < len(words) and j - i <= 3 and NAME_WORD.fullmatch(words[j]):
        j += 1
    if j == i + 1 or j >= len(words):
        return False
    rest = words[j:j + 6] if words[j] == "från" else words[j:j + 1]
    return any(SPEAK_VERB.fullmatch(w) for w in rest)


#: the role a kallelse's list is signed with ("Kommunstyrelsens ordförande", "sekreterare", "kommundirektör")
SIGN_ROLE = re.compile(r"[A-ZÅÄÖa-zåäö]*(?:ordförande|ordf\.|sekreterare|direktör)")


def _signer_starts(words: list[str], i: int) -> bool:
    """Does the signature under a list of items start at words[i] ("... röstningsnämnd Norrby Anna Berg
    Nämndens ordförande")? Perhaps the place, then a given name, a family name and the signer's role within
    two words; not after a title's small word ("Avtackning av Anna Berg, direktör" keeps its name)."""
    if words[i - 1].casefold() in TITLE_GLUE or SIGN_ROLE.fullmatch(words[i - 1]) or not words[i][:1].isupper():
        return False
    k = i if words[i] in given_names() else i + 1
    if k + 2 >= len(words) or words[k] not in given_names() or not NAME_WORD.fullmatch(words[k + 1]):
        return False
    return any(SIGN_ROLE.fullmatch(w) for w in words[k + 2:k + 4])


def signature_cut(title: str) -> str:
    """The title without the signature a kallelse's last listed item runs on into (:func:`_signer_starts`)."""
    if "ordf" not in title and "sekreterare" not in title and "direktör" not in title:  # cheap test first
        return title
    words = title.split()
    return next((" ".join(words[:i]) for i in range(2, len(words)) if _signer_starts(words, i)), title)


def sub_point_cut(title: str) -> int | None:
    """Where an item's first numbered point runs on after its heading ("Information 1. Ordförande ..."), or None."""
    sub = SUB_POINT.search(title) if "1." in title or "1)" in title or "a)" in title else None  # the point's mark
    if sub and sub.group().rstrip().endswith(")") and title.count("(", 0, sub.start()) > title.count(")", 0, sub.start()):
        return None  # "Verksamhetsplan (bilaga 1)": the ")" closes the title's own parenthesis, no point follows
    return sub.start() if sub else None
