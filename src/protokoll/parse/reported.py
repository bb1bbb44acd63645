"""A decision that the minutes only report: another time's ("Allmänna utskottet beslutade den 3 mars att ...",
"Kommunfullmäktige beslutade 2019 att ...", "Styrelsen fastställde tidigare ...") is background to the item, not
what this meeting decided. Swedish minutes tell this meeting's decision in the present tense or without a time
("Nämnden beslutar att ...", "Mötet beslöt att ..."); a past tense with a time that is not the meeting's own names
an earlier decision, and so does another protocol's paragraph ("beslöt KS § 17 att ...") or a meeting named with its
date before the verb ("Vid styrelsens möte den 9 mars, § 4, beslutades följande:"). A time that is the meeting's (its date, its month and year) or that cannot be told apart from
it keeps the decision. Agendas have their own reading (:func:`.agendaproposal.not_earlier`).
"""

from __future__ import annotations

import re
from datetime import date

from ..swedish.datementions import MONTHS

_MONTH = r"(?P<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
#: the past-tense deciding verbs an earlier decision is told with (also :data:`.agendaproposal.EARLIER`'s)
PAST_DECIDING = r"(?:beslutade|beslöt|fastställde|antog|godkände)"
#: a subject of up to four words, a past-tense deciding verb, and when
REPORTED = re.compile(
    rf"^[A-ZÅÄÖ][\wåäö\-]*\s+(?:[\wåäö\-]+\s+){{0,3}}{PAST_DECIDING}\s+(?:"
    rf"den\s+(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?|"
    r"(?P<iso>\d{4}-\d{2}-\d{2})|"
    rf"i\s+{_MONTH.replace('month', 'in_month')}(?:\s+(?P<in_year>\d{{4}}))?|"
    r"(?:år\s+)?(?P<only_year>(?:19|20)\d{2})|"
    # another protocol's paragraph: "Kommunstyrelsen beslöt KS § 17 att ..."
    r"(?P<paragraph>(?:[A-ZÅÄÖ]{1,5}\s+)?§\s*\d+)|"
    r"(?P<before>tidigare|redan))\b")
#: when first, then the past-tense decision: "Vid styrelsens möte den 9 mars 2021, § 4, beslutades följande:",
#: "Vid sammanträdet 2021-03-09 beslöt nämnden att ..." (this meeting's own decisions are told without such a time)
WHEN_FIRST = re.compile(
    rf"^(?:Vid|Under|På)\s+[^.!?]{{0,80}}?\b(?:den\s+(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?|"
    r"(?P<iso>\d{4}-\d{2}-\d{2}))(?:\s*,?\s*(?P<paragraph>(?:[A-ZÅÄÖ]{1,5}\s+)?§\s*\d+))?[^.!?]{0,40}?\s"
    r"(?:beslutades|beslöts|beslutade|beslöt)\b")


#: an earlier meeting or time named relatively with the verb of deciding: "Styrelsen beslutade vid förra mötet att
#: ...", "Vid föregående sammanträde beslöt nämnden ...", "Kommunfullmäktige beslutade förra året ..." (not "Protokollet
#: från förra mötet godkändes": this meeting's decision on the earlier one's minutes)
_DECIDED_PAST = r"\b(?:beslutades|beslöts|beslutade|beslöt)\b"
_EARLIER_MEETING = (r"\b(?:[Vv]id|[Pp]å|[Uu]nder)\s+(?:det\s+)?(?:förra|föregående|senaste|tidigare)\s+[\wåäö\-]*(?:möte|mötet|"
                    r"sammanträde|sammanträdet|stämma|stämman)\b")
RELATIVE_EARLIER = re.compile(
    rf"{_DECIDED_PAST}[^.!?]{{0,60}}?{_EARLIER_MEETING}|{_EARLIER_MEETING}[^.!?]{{0,60}}?{_DECIDED_PAST}|"
    rf"{_DECIDED_PAST}\s+(?:[\wåäö]+\s+){{0,2}}?(?:förra\s+(?:året|månaden|veckan|hösten|våren)|i\s+fjol)\b")


def reported(decision: str, meeting: date | None) -> bool:
    """Whether ``decision`` tells an earlier decision (another time's than the meeting's ``meeting`` date)."""
    if ("förra" in decision or "föregående" in decision or "senaste" in decision or "tidigare" in decision
            or "fjol" in decision) and RELATIVE_EARLIER.search(decision):
        return True
    m = REPORTED.match(decision.strip())
    if not m:
        m = WHEN_FIRST.match(decision.strip()) if decision.startswith(("Vid ", "Under ", "På ")) else None
        return bool(m) and (m.group("paragraph") is not None or meeting is not None and _another_day(m, meeting))
    if m.group("before") or m.group("paragraph"):
        return True
    if meeting is None:
        return False  # no date of the meeting to tell the time from
    if m.group("iso") or m.group("day"):
        return _another_day(m, meeting)
    if m.group("in_month"):
        return MONTHS[m.group("in_month")] != meeting.month or \
            m.group("in_year") is not None and int(m.group("in_year")) != meeting.year
    return int(m.group("only_year")) != meeting.year


def _another_day(m: re.Match, meeting: date) -> bool:
    """Whether a match's date (its "iso", or "day", "month" and perhaps "year") is not the meeting's."""
    if m.group("iso"):
        return m.group("iso") != meeting.isoformat()
    same = (int(m.group("day")), MONTHS[m.group("month")]) == (meeting.day, meeting.month)
    return not same or m.group("year") is not None and int(m.group("year")) != meeting.year


#: an earlier decision told in the perfect tense with its date or paragraph: "Fullmäktige har fattat beslut
#: 19.4.2022 § 42 om att ...", "Kommunstyrelsen har den 3 mars beslutat att ...", "Nämnden har tidigare beslutat"
PERFECT = re.compile(r"(?:^|\n|[.!?]\s+)(?P<who>[A-ZÅÄÖ][\wåäö\-]*)\s+(?:[\wåäö\-]+\s+){0,2}?har\s+(?:fattat\s+beslut\s+"
                     r"(?:den\s+)?\d|den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+beslutat|tidigare\s+beslutat|\d)")
#: the same body's decision told on from one told before: "Fullmäktige beslutade även/också/ytterligare att ..."
TOLD_ON = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö\-]*)\s+(?:[\wåäö\-]+\s+){0,2}?(?:beslutade|beslöt)\s+"
                     r"(?:även|också|ytterligare|dessutom)\b")


def this_meetings(decisions: list[str], meeting: date | None, text: str = "") -> list[str]:
    """The decisions without those the minutes only report; ``text``, the item's, may tell an earlier decision in
    the perfect tense that a decision "beslutade även ..." by the same body goes on from."""
    earlier = {m.group("who") for m in PERFECT.finditer(text)} if "har " in text else set()
    return [d for d in decisions if not reported(d, meeting)
            and not ((m := TOLD_ON.match(d.strip())) and m.group("who") in earlier)]
