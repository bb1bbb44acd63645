"""Presenters named in the sentences of minutes in ways :mod:`.presenters` and :mod:`.presenterforms` do not
read: the body as the receiver of the information, and the presenter's arrival before the presentation.

- "Nämnden får information från ekonomichef Anna Berg om ...", "Styrelsen fick en dragning av Anna Berg",
  "Kommunstyrelsen erhåller en redovisning av Anna Berg": the body receives; who gives it follows "av"/"från".
- "Nämnden informeras av Anna Berg om ...", "Styrelsen informerades om läget av Anna Berg": the passive.
- "Anna Berg hälsas välkommen och informerar om ...", "Kvalitetsstrateg Anna Berg deltar under ärendet och
  redogör för ...", "Anna Berg, Region Norr, presenterar sig och berättar om ...": the presenter arrives (or
  introduces herself) and then presents.
- "Som föredragande närvarar Anna Berg", "Under punkten deltog Anna Berg, ekonom": the presenter's attendance
  for the item; "Anna Berg, ekonom, är
  föredragande": the presenter named as such.
- "Företrädare för Trafikverket, projektledare Anna Berg m.fl., informerar om ...": representatives of an
  organisation, the people among them named.
- "Till dagens sammanträde har Anna Berg, Region Norr, begärt företräde för att informera om ...", "Anna Berg har
  bjudits in för att redogöra för ...": a guest given the floor (företräde) or invited in order to present.
- "Läget är stabilt, berättar Anna Berg som är ekonomichef.": the reporting clause after what was said.
A subject or agent that is no person ("från förvaltningen", "Ordföranden hälsar välkommen") names nobody.
"""

from __future__ import annotations

import re

from .features import has_any
from .names import find_people, given_names, is_person
from .presenterforms import NAME, people_of, without_parentheses
from .presenterrun import leading_people, people_and_end, without_leading_title, without_party_codes
from .presenters import VERBS

#: what a body is given: "information", "en kort dragning", "en muntlig redovisning"
GIVEN = (r"(?:en\s+|ett\s+)?(?:(?:kort|kortfattad|muntlig|skriftlig|utförlig|övergripande|aktuell)\s+)*"
         r"(?:information|informationen|redovisning|dragning|rapport|lägesrapport|presentation|genomgång|"
         r"föredragning|återrapport|återrapportering|lägesbeskrivning|orientering)")
#: the body receives the information: "Nämnden får information från X", "Styrelsen fick en dragning av X"
RECEIVES = re.compile(rf"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[\wåäö\-]+){{0,2}}\s+(?:får|fick|erhåller|erhöll|har fått|hade fått|"
                      rf"har erhållit|tar del av|tog del av|har tagit del av)"
                      rf"\s+{GIVEN}\s+(?:[\wåäö]+\s+){{0,4}}?(?:av|från)\s+(?P<rest>.+)$")
#: the body is informed by someone: "Nämnden informeras av X om", "Styrelsen informerades om läget av X"
INFORMED = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[\wåäö\-]+){0,2}\s+(?:informeras|informerades|underrättas|"
                      r"underrättades|orienteras|orienterades)\s+(?:[\wåäö]+\s+){0,4}?av\s+(?P<rest>.+)$")
#: being present at an item: "deltar", "närvarar", "medverkar" (also "Som föredragande närvarar X")
ATTENDING = r"deltar|deltog|närvarar|närvarade|medverkar|medverkade"
#: the presenter arrives, then presents: "X hälsas välkommen och informerar", "X deltar under ärendet och redogör"
ARRIVES = re.compile(rf"^(?P<who>.{{3,100}}?)\s+(?:hälsas|hälsades|{ATTENDING}|"
                     rf"presenterar|presenterade|är inbjuden|var inbjuden)\b[^.;]{{0,50}}?\s+och\s+"
                     rf"(?:{VERBS}|går igenom|gick igenom|lämnar information|lämnade information)\b")
#: the presenter named as such: "Anna Berg, ekonomichef, är föredragande", "Anna Berg var föredragande i ärendet"
IS_PRESENTER = re.compile(r"^(?P<who>.{3,120}?)\s+(?:är|var)\s+(?:ärendets\s+|dagens\s+)?föredragande\b")
#: who attends for the item, in the item's text: "Under punkten deltog Anna Berg, ekonom", "Vid ärendet närvarar X"
AT_ITEM = re.compile(rf"^(?:Under|Vid|För)\s+(?:punkten|ärendet|paragrafen|denna punkt|detta ärende)\s+(?:{ATTENDING})\s+"
                     r"(?P<rest>[A-ZÅÄÖ].+)$")
#: "Som föredragande närvarar X"
ATTENDS = re.compile(rf"^(?:Som|Såsom)\s+föredragande\s+(?:{ATTENDING})\s+"
                     r"(?:[\wåäö]+\s+)??(?P<rest>.+)$")


#: representatives of an organisation as the subject of a presenting verb
REPRESENTATIVES = re.compile(rf"^(?:Företrädare|Representanter|Företrädarna|Representanterna)\s+(?:för|från)\s+"
                             rf"(?P<who>.{{3,300}}?)\s+(?:{VERBS}|går igenom|gick igenom)\b")


#: in order to present: "för att informera om", "för att redogöra för"
TO_PRESENT = r"för\s+att\s+(?:informera|presentera|redogöra|berätta|redovisa|föredra|rapportera|orientera)\b"
#: given the floor or invited: "har begärt företräde", "har fått företräde inför nämnden", "har bjudits in"
FLOOR = r"(?:begärt|fått|beviljats|getts)\s+företräde|bjudits\s+in|inbjudits|(?:är|var)\s+(?:inbjuden|inbjudna)"
#: the guest first ("Anna Berg, Region Norr, har begärt företräde för att informera") or after an adverbial
#: and "har" ("Till dagens sammanträde har Anna Berg begärt företräde för att informera")
GUEST = re.compile(rf"^(?:[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){{0,4}}\s+(?:har|hade)\s+(?P<after>.{{3,200}}?)\s+|"
                   rf"(?P<first>.{{3,200}}?)\s+(?:har\s+|hade\s+)?)(?:{FLOOR})\b[^.;]{{0,60}}?\s+{TO_PRESENT}")
#: the reporting clause after what was said: ", berättar Anna Berg som är ekonomichef", ", informerade Anna Berg."
REPORTING = re.compile(rf"[,:]\s+(?:berättar|berättade|informerar|informerade|redogör|redogjorde|rapporterar|"
                       rf"rapporterade)\s+(?P<who>{NAME})(?=\s*(?:[,.;]|$)|\s+som\b|\s+från\b)")

#: a word each form above cannot be written without (the cheap test before their patterns)
TRIGGER = re.compile(r"får|fick|fått|erhåll|tar del|tog del|tagit del|informera|underrätta|oriente|föredragande|hälsa|deltar|deltog|närvara|"
                     r"medverka|presentera|inbjud|Företrädar|Representant|företräde|bjudits|berätta|redog|rapporter")
#: whether a sentence holds a word of ``TRIGGER`` (its words as a tree: one branch per first letter; issue 12)
HAS_TRIGGER = has_any(TRIGGER.pattern.split("|"))


def clause_presenters(sentences: list[str]) -> list[str]:
    """The presenters of the first of ``sentences`` written in one of the forms above; empty when none."""
    for k, sentence in enumerate(sentences):
        s = sentence.strip()
        if not HAS_TRIGGER(s):
            continue
        m = RECEIVES.match(s) or INFORMED.match(s) or ATTENDS.match(s) or AT_ITEM.match(s)
        if m and (found := leading_people(without_party_codes(m.group("rest")))):
            return found
        named = IS_PRESENTER.match(without_party_codes(s)) if "föredragande" in s else None
        if named and (found := people_of(named.group("who"))):
            return found
        arrives = ARRIVES.match(without_party_codes(without_parentheses(s)))
        if arrives and (found := _subject(arrives.group("who"))):
            return found
        representatives = REPRESENTATIVES.match(s) if s[:1] in "FR" else None
        if representatives and (found := [p for p in find_people(representatives.group("who")) if is_person(p)]):
            return found
        # a guest's floor opens the item's text: further on, the sentence may be another item's run on into this one
        guest = GUEST.match(without_party_codes(s)) if k == 0 and " att " in s else None
        if guest and (found := people_of(guest.group("after") or guest.group("first"))):
            return found
        reported = REPORTING.search(s) if ", " in s or ": " in s else None
        if reported and is_person(reported.group("who")):
            return [reported.group("who")]
    return []


def with_broken_sentence(sentences: list[str]) -> list[str]:
    """The sentences, the first joined with the second when it ends without a full stop (a paragraph that a
    page's layout broke in the middle of a sentence: "Företrädare för X, ... och för" / "Y ... informerar")."""
    if len(sentences) > 1 and not sentences[0].rstrip().endswith((".", "!", "?", ":")):
        return [f"{sentences[0].rstrip()} {sentences[1].lstrip()}", *sentences[2:]]
    return sentences


def _subject(who: str) -> list[str]:
    """The people who open a sentence: "Anna Berg", "Kvalitetsstrateg Anna Berg", "Anna Berg, Region Norr,",
    "Anna Berg och Per Ek"; empty when it opens with no person."""
    people, _ = people_and_end(without_leading_title(who, given_names().__contains__), titled=False)
    return [p for p in people if is_person(p)]
