"""Header values the labelled header did not give, from other places a Swedish protocol states them.

* the ANSLAG/BEVIS box names the meeting's date after "Sammanträdesdatum" (or "Organ och
  sammanträdesdatum" and the body), wherever a flattened page put its label and value;
* a document-sharing page's 'Download "<title>"' line repeats the document's title with the
  digits its visible copy lost: a date with its year there, and the times beside it, are
  the meeting's;
* a list of people that calls exactly one of them "ordförande" names the chair.

Each is used only where no date label of the header (or, for the chair, no label or
signature) gave the value.
"""

from __future__ import annotations

import re

from ..record import Attendee, MeetingRecord
from ..swedish import dates
from .header import Field
from .lines import Line
from .names import is_person
from .persons import PLAIN_NAME

SESSION_DATE = re.compile(r"\b(?:Organ\s+och\s+)?[Ss]ammanträdesdatum\s*:?\s*(?:[A-ZÅÄÖ][\wåäö\- ]{0,60}?\s+)?"
                          r"((?:19|20)\d{2}-\d{2}-\d{2})\b")
DOWNLOAD_TITLE = re.compile(r'^(?:Download|Ladda ner)\s+(?:"([^"\n]{4,300})"|[”“]([^"”“\n]{4,300})[”“])', re.M)
#: a person named as the chair inside a list: "Anna Berg, Norrby kommun, ordförande", "Anna Berg (S), ordförande";
#: not "vice ordförande", "ordförande i X", "ordförande ekonomikommittén", "ordförande Norrby kommunstyrelse"
CHAIR_IN_LIST = re.compile(rf"({PLAIN_NAME})"
                           r"(?:\s*\([A-Za-zÅÄÖåäö]{1,4}\))?\s*[,.]\s*(?:[A-ZÅÄÖ][\wåäö\- ]{1,40},\s*)?"
                           r"(?<!vice )ordförande\b(?!\s*[a-zåäöé(])"
                           r"(?!\s+(?:[A-ZÅÄÖ][\wåäö\-]*\s+(?:och\s+)?){0,2}[\wåäö\-]*"
                           r"(?:nämnd|styrelse|utskott|fullmäktige|direktion|förbund|bolag|förening|kommitt))")


def meeting_date(rec: MeetingRecord, fields: list[Field], text: str, years: list[int]) -> None:
    """Set ``rec.date`` (and for a title's date its times) from the ANSLAG box or the download line, unless a
    date label of the header gave the date."""
    if labelled_date(fields, rec.date):
        return
    if "ammanträdesdatum" in text and (session := SESSION_DATE.search(text)):  # (its label's letters)
        found = dates.parse_date(session.group(1), years=years)
        rec.date = found.isoformat() if found else rec.date
        return
    m = DOWNLOAD_TITLE.search(text) if "Download" in text or "Ladda ner" in text else None
    title = m and (m.group(1) or m.group(2))
    if title and re.search(r"(?:19|20)\d{2}", title) and (found := dates.parse_date(title, years=years)):
        rec.date = found.isoformat()
        start, end = dates.parse_times(title)
        if start and not ATTENDED_FROM.search(title):  # the times beside the title's date are that meeting's (not
            # a member's "fr. kl. 14.10", when one came or left); others came with another date
            rec.start, rec.end = start, end


#: when a member came or left ("Anna Berg (C) fr. kl. 14.10", "t.o.m. kl 15.30", "fr.o.m. kl. 13"): a person's
#: hours in the attendance list, not the meeting's
ATTENDED_FROM = re.compile(r"(?:\bfr\.|\bt\.|\bfr\.\s*o\.\s*m\.|\bt\.\s*o\.\s*m\.|\bfrom|\btom)"
                           r"\s*(?:kl\.?|klockan)\s*\d", re.I)


def labelled_date(fields: list[Field], day: str | None) -> bool:
    """Whether ``day`` was read after a date label of the header (not found somewhere in it)."""
    return bool(day) and any(f.kind in ("date", "datetime", "dateplace") and f.value and
                             (found := dates.parse_date(f.value)) and found.isoformat() == day for f in fields)


#: the labels of a header's lists of people: those not at the meeting or not of it (``absent``: "Frånvarande",
#: "Anmält förhinder", "Gäster"), those at it but not members (``other``: "Övriga närvarande", "Tjänstemän",
#: "Adjungerade", "Insynsplats") and the members ("Beslutande", "Ledamöter"); "Ej närvarande" is absent
PEOPLE_LABEL = re.compile(r"\b(?:(?P<absent>Frånvarande|Ej\s+närvarande|Anmält\s+förhinder|Anmälda\s+förhinder|"
                          r"Förhinder|Gäster|Inbjudna)|(?P<other>Övriga\s+(?:närvarande|deltagande|deltagare)|"
                          r"Tjänstemän|Tjänstepersoner|Adjungerade?|Insynsplats)|(?P<member>(?<![Ee]j\s)(?:Beslutande|"
                          r"Närvarande|Ledamöter|Tjänstgörande|Ersättare|Övriga|Deltagare)))\b", re.I)


def _list_of(header: list[Line], k: int, start: int) -> str | None:
    """The kind of list (absent, other, member) the name at ``start`` of header line ``k`` stands in: that of the
    last list label before it (on its line, else the last one of the lines above); None before any label, and
    None for labels set in a row ("Beslutande Övriga närvarande Anna Berg ...": whose value comes first is the
    first label's, not known here)."""
    for j in range(k, -1, -1):
        text = header[j].text if j < k else header[j].text[:start]
        labels = list(PEOPLE_LABEL.finditer(text))
        if labels:
            last = labels[-1]
            in_row = len(labels) > 1 and not text[labels[-2].end():last.start()].strip()
            return None if in_row else last.lastgroup
    return None


def _not_chairing(header: list[Line], k: int, start: int, members: bool) -> bool:
    """The name stands among the absent or visiting, or (beside a list of members) among the others present: a
    chair there chairs another body ("Övriga närvarande Lars Lund, ordförande, KPR")."""
    kind = _list_of(header, k, start)
    return kind == "absent" or (members and kind == "other")


#: someone the lists say served as chair ("Eva Lind (S), vice ordförande, tjänstgörande ordförande", "ordförande
#: (tjg)"): the one listed "ordförande" beside her did not chair this meeting, or not all of it
SERVING_CHAIR = re.compile(r"\b(?:tjänstgörande|tjg\.?)\s+ordf|\bordförande\s*\(tjg", re.IGNORECASE)


#: a list entry's title saying its person served as chair, nothing more ("tjänstgörande ordförande", "tjg ordf.",
#: "ordförande (tjg)"); a title with the paragraphs served ("tjg ordförande § 5") names who chaired a part only
SERVING_TITLE = re.compile(r"(?:tjänstgörande|tjg\.?)\s+ordf(?:örande|\.)?|ordförande\s*\(tjg\.?\)", re.IGNORECASE)


#: paragraphs or items after the serving title in the header ("tjg ordförande § 5", "tjg ordf. p 3-4"): who chaired
#: a part only (the list's reading drops them from the title)
SERVED_PART = re.compile("(?:" + SERVING_TITLE.pattern + r")[\s,:]*(?:§|p\.?\s*\d|punkt|ärende|\d)", re.IGNORECASE)


def serving_chair(people: list[Attendee], header: list[Line]) -> str | None:
    """The one person the lists say served as chair ("Eva Lind (S), vice ordförande, tjänstgörande ordförande":
    the vice chair, or a member, who chaired in the chair's absence), given the role; None when none or several,
    or the header says she served for some paragraphs only (``SERVED_PART``). She chaired this meeting whatever
    the lists' "ordförande" or the header's label name (the office's holder)."""
    serving = [a for a in people if a.title and "tj" in a.title and SERVING_TITLE.fullmatch(a.title.strip(" ,."))]
    if len(serving) != 1 or not is_person(serving[0].name) \
            or any("tj" in ln.text and SERVED_PART.search(ln.text) for ln in header):
        return None
    serving[0].role = "ordförande"
    return serving[0].name


def chair_in_header(header: list[Line]) -> str | None:
    """The one person a header's lists call "ordförande" (not among the absent); None when none or several are,
    or another is said to serve as chair (``SERVING_CHAIR``: the lists' roles name her where they are read)."""
    if any("tj" in ln.text and SERVING_CHAIR.search(ln.text) for ln in header):
        return None
    found = set()
    members = any(m.lastgroup == "member" for ln in header for m in PEOPLE_LABEL.finditer(ln.text))
    for m in (m for k, ln in enumerate(header) for m in CHAIR_IN_LIST.finditer(ln.text)
              if not _not_chairing(header, k, m.start(), members)):
        words = m.group(1).split()
        name = " ".join(words) if is_person(" ".join(words)) else " ".join(words[1:])  # "Närvarande Anna Berg"
        if is_person(name):
            found.add(name)
    return found.pop() if len(found) == 1 else None


_NAME = PLAIN_NAME
#: "Sekreterare är Anna Berg.", "Anna Berg är sekreterare", "Sekreterare för mötet var Anna Berg"
SECRETARY_SENTENCE = re.compile(rf"\b[Ss]ekreterare\s+(?:för\s+(?:mötet|dagen|sammanträdet)\s+)?(?:är|var|blir)\s+"
                                rf"(?P<a>{_NAME})\b|\b(?P<b>{_NAME})\s+(?:är|var)\s+(?:mötets\s+)?sekreterare\b")


def secretary_in_sentence(lines: list[Line]) -> str | None:
    """The secretary a header names in a sentence; None unless exactly one person is so named."""
    found = {m.group("a") or m.group("b") for ln in lines for m in SECRETARY_SENTENCE.finditer(ln.text)}
    found = {n for n in found if is_person(n)}
    return found.pop() if len(found) == 1 else None
