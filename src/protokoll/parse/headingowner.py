"""The organisation a heading names as the owner of the meeting it titles (issue 10).

An association's board or annual meeting is titled by the meeting and whose it is, in the heading and nowhere
under a label: "Protokoll fört vid styrelsemöte för Norrby Hembygdslag torsdagen den ...", "EXTRA STYRELSEMÖTE MED
NORRBY SOCKENRÅD I BYGDEGÅRDEN", "Styrelsesammanträde med Norrby Vägsamfällighet", "Norrbygderådet Sjödal
STYRELSEMÖTE", "Norrby Skyttegilles årsmöte". The heading's own grammar says the name is the owner: the meeting word
(a board's, an annual meeting's) is followed by "för"/"med"/"i"/"hos" and the name, or the name opens the line
before the meeting word (or in the genitive before it: "PROTOKOLL FRÅN NORRBY BYALAGS MÖTE", the only place a
meeting of no named kind is read), or a protocol's title word stands before it ("Styrelsemötesprotokoll Norrby
Tekniska Studenternas Förening Datum: ...").

The name is read only when it is written as an association's name: capitalised words, one of them a form word
(förening, förbund, stiftelse, klubb, sällskap, samfällighet, samfund, gille, råd, a "-lag": hembygdslag,
byalag, fäbodlag), and the line then ends or goes on with what follows a name (a date, a weekday, "i", a comma). It
is confirmed by the document: the body read is the body that holds the titled meeting (the board, the annual
meeting) or none, never a body of another kind beside it; no given name is among its words (a person's name run
on). Where anything else holds, the organisation stays null.

Runs last among the cross-checks, only where no organisation was read and none was left out as contradicted (its
provenance then says why). Kept apart from :mod:`.orgforms` (whose readers need a form word the title lines'
first reader knows; these are the form words only this owner grammar makes safe) and from :mod:`.meta` (at its
size limit).
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from ..swedish.names import given_names
from .orgforms import DEFINITE, MEETING, NAME_END

#: the words whose compound ends a name as an association's form word (lower case; the name's word ends in one)
FORM = (r"(?:förening|föreningen|förbund|förbundet|stiftelse|stiftelsen|klubb|klubben|sällskap|sällskapet|"
        r"samfällighet|samfälligheten|samfund|samfundet|gille|gillet|råd|rådet|lag|laget)")
#: "-lag" words that are no association's: a proposal, a basis, a notice ...
NOT_LAG = ("förslag", "underlag", "anslag", "beslag", "inslag", "utslag", "avslag", "påslag", "tillslag", "uppslag",
           "omslag", "överslag", "upplag", "samlag", "handslag", "tillägg")
WORD = r"[A-ZÅÄÖ][\wåäöé\-]*"
#: a name: 1-5 capitalised words, then perhaps a lower-case form word ("Norrby vägsamfällighet")
NAME = rf"{WORD}(?:\s+{WORD}){{0,4}}(?:\s+[a-zåäö][a-zåäö\-]+)?"
#: the meeting word, a preposition, then the name; or the board and whose it is ("sammanträde med Styrelsen inom
#: Norrby Fiskevårdsförening"); or a protocol's title word and the name ("Styrelsemötesprotokoll Norrby Förening")
AFTER = re.compile(rf"(?i:(?<!nästa )(?<!föregående )\b(?:{MEETING})\s+(?:för|med|i|hos)|\bstyrelsen\s+(?:för|i|inom)|"
                   rf"\b(?:styrelsemötesprotokoll|årsmötesprotokoll|styrelseprotokoll)(?=\s+[A-ZÅÄÖ]))"
                   rf"\s+(?P<org>{NAME})")
#: the name opening the line (after a kind word), then the meeting word: "Norrbygderådet Sjödal STYRELSEMÖTE",
#: "Protokoll Norrby Skyttegilles årsmöte"; a meeting of no named kind only after a genitive ("NORRBY BYALAGS MÖTE")
BEFORE = re.compile(rf"^(?:(?i:protokoll,?\s+fört\s+vid|protokoll\s+från|protokoll|kallelse\s+till|kallelse|"
                    rf"dagordning)\s+)?(?P<org>{NAME}?)\s+(?P<meeting>(?i:{MEETING}|möte|mötet))\b")
FORM_WORD = re.compile(rf"(?i){FORM}$")
#: the bodies that hold the titled meetings: a name beside any other body is another organisation's
HOLDERS = re.compile(r"(?i)^(?:styrelsen|styrelse|årsmötet|årsmöte|årsstämman|årsstämma|föreningsstämman|"
                     r"föreningsstämma|medlemsmötet|extra\s+årsmötet)$")
#: a label after the name: "Styrelsemötesprotokoll Norrby Idrottsförening Datum: 2009-04-28"
LABEL_NEXT = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]{2,15}:")
#: a name in capitals ends where the capitals do: "STYRELSEN FÖR NORRÅNS VATTENRÅD Närvarande ledamöter ..." (a
#: letterhead whose line break was lost, the next label or heading in ordinary case after it)
CASE_CHANGE = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]")
#: "årsstämma i Norrby vägsamfällighet för verksamhetsåret 2013": what the meeting is for, after the name
FOR_PURPOSE = re.compile(r"\s+för\s+[a-zåäö]")
TITLE_LINES = 6
LINE_MAX = 220
HEAD = 1500


def read(rec: MeetingRecord, text: str) -> None:
    """The organisation the heading names as the titled meeting's owner, where none was read; else nothing."""
    if rec.organization or (rec.body and not HOLDERS.match(rec.body.strip())) or not _cheap(text) or _refused(rec):
        return
    for line in _joined([ln.strip() for ln in _head(text).splitlines() if ln.strip()][:TITLE_LINES + 1]):
        if not _meeting_word(line[:LINE_MAX]):
            continue
        found = _owner(line)
        if found:
            name, holder = found
            rec.organization = name
            rec.evidence.append(Evidence("organization", 0, 0, 0, f"headingowner: the heading names '{name}' as the "
                                                                  f"owner of the meeting it titles", 0.7))
            if rec.body is None and holder:  # the titled meeting says who met: its board, its annual meeting
                rec.body = holder
                rec.evidence.append(Evidence("body", 0, 0, 0, f"headingowner: the heading titles {holder}'s meeting "
                                                              f"of '{name}'", 0.7))
            return


def _joined(lines: list[str]) -> list[str]:
    """The title lines with a word hyphenated at a line's end joined to its rest on the next line ("Norrby
    Fiskevårdsom-" / "rådesförening 4 mars"), as a page's layout or a web page's wrapping breaks a long name."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith("-") and out[-1][-2:-1].isalpha() and line[:1].islower():
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
    return out[:TITLE_LINES]


#: a sharing site's (docplayer's) "Transkript" alone on a line: the document's text starts after it
TRANSCRIPT = re.compile(r"^[ \t]*Transkript[ \t]*$", re.M)


def _head(text: str) -> str:
    """The document's head: on a sharing site's page, its transcript's first page (the site's frame before it)."""
    m = TRANSCRIPT.search(text, 0, HEAD) if "Transkript" in text[:HEAD] else None
    return text[m.end():m.end() + HEAD] if m else text[:HEAD]


def _cheap(text: str) -> bool:
    """A word gate: the head writes a board's or an annual meeting's word, or a genitive's "s möte" (any case)."""
    head = text[:HEAD].casefold()
    return "styrelse" in head or "årsm" in head or "stämma" in head or "medlemsm" in head or "s möte" in head


def _meeting_word(line: str) -> bool:
    """A word gate per line: every form :func:`_owner` reads writes one of these (any case)."""
    low = line.casefold()
    return "styrelse" in low or "årsm" in low or "stämma" in low or "medlemsm" in low or "möte" in low


def _refused(rec: MeetingRecord) -> bool:
    """An organisation read and then left out (contradicted, or a headless document's): not to be read again."""
    rule = next((e.rule for e in reversed(rec.evidence) if e.path == "organization"), "")
    return "(was " in rule or "no header" in rule


def _owner(line: str) -> tuple[str, str | None] | None:
    """(the owner a heading line names in either order, the body that holds the titled meeting), or None."""
    for m in AFTER.finditer(line, 0, LINE_MAX):  # a line whose breaks were lost: its title at its start
        if name := _name(m.group("org"), line, m.start("org")):
            return name, _holder(line[m.start():m.start("org")])
    m = BEFORE.match(line, 0, LINE_MAX)
    if m and (name := _name(m.group("org"), line, None)):
        if m.group("meeting").casefold() in ("möte", "mötet"):  # a meeting of no named kind: only "<Name>s möte"
            return (name, None) if m.group("org").endswith(("s", "S")) else None
        return name, _holder(line[m.end("org"):m.end()])
    return None


#: the body that holds each titled meeting, by the meeting word's start (any case)
HOLDER_OF = (("styrelse", "Styrelsen"), ("årsstämma", "Årsstämman"), ("föreningsstämma", "Föreningsstämman"),
             ("årsm", "Årsmötet"), ("medlemsm", "Medlemsmötet"))


def _holder(words: str) -> str:
    """The body holding the meeting the words name ("styrelsemöte för" -> "Styrelsen")."""
    low = words.casefold()
    return next((body for word, body in HOLDER_OF if word in low), "Styrelsen")


def _name(found: str, line: str, start: int | None) -> str | None:
    """The name as an association's, ending at its form word (or, for a form word in the definite form first, one
    name word after it: "Föreningen Norrgården"); None where it is not one or its end is uncertain."""
    words = [_bare(w) for w in found.split()]
    at = next((i for i, w in enumerate(words) if _form_word(w)), None)
    if at is None or start is not None and found.split()[at] != words[at]:
        return None  # none, or a genitive after the meeting word: the association's house or matter, not its meeting
    if any(not w[:1].isupper() for w in words[:at]) or len(words) > at + 1 and not words[at + 1][:1].isupper():
        words = words[:at + 1] if all(w[:1].isupper() for w in words[:at]) else []
    if not words or at == 0 and len(words) == 1 and DEFINITE.search(words[0].casefold()):
        return None  # "Vägföreningens årsmöte": a kind in the definite form, no name
    keep = at + 1 if at > 0 or len(words) == 1 else 2
    if keep == 2 and at == 0 and (_date_word(words[1]) or not words[1][:1].isupper()):
        keep = 1
    if start is not None:  # after the meeting word: the line goes on as after a name
        rest = line[start + [m.end() for m in re.finditer(r"\S+", found)][keep - 1]:]
        upper = found.split()[keep - 1].isupper()
        if not (NAME_END.match(rest) or FOR_PURPOSE.match(rest) or LABEL_NEXT.match(rest)
                or upper and (NAME_END.match(rest.lower()) or CASE_CHANGE.match(rest))
                or line.isupper() and rest[:1].isspace()):
            return None
    elif keep < len(words):  # before the meeting word: nothing but the name may stand there
        return None
    words = words[:keep]
    if any(w in given_names() or w.capitalize() in given_names() for w in words[:at] + words[at + 1:]):
        return None  # a person's name run on after the name
    name = " ".join(words)
    return " ".join(_case(w) for w in words) if name.isupper() else name


def _bare(word: str) -> str:
    """A name's word without a genitive's s before the meeting word ("Skyttegilles" -> "Skyttegille")."""
    return word[:-1] if word[-1:] in "sS" and _form_word(word[:-1]) else word


def _date_word(word: str) -> bool:
    return word.casefold().rstrip(",.") in DATE_WORDS


#: the words of a date or a time after a name: not a part of it
DATE_WORDS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "måndagen", "tisdagen",
              "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen", "den", "kl", "klockan"}


def _form_word(word: str) -> bool:
    w = word.casefold().strip(",.:;")
    return bool(FORM_WORD.search(w)) and len(w) > 4 and not w.endswith(NOT_LAG) and w not in ("råd", "rådet")


def _case(word: str) -> str:
    """A capitals word in ordinary case; a short one (an acronym) as written."""
    return word if len(word) <= 3 else word.capitalize()
