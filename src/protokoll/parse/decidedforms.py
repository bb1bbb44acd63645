"""Ways of writing a decision that the decision reader (:mod:`.decisions`, :mod:`.decided`) did not read,
and lines that look like its labels but are none.

- Swedish puts the verb second: a sentence opening with an adverbial says who decided after the verb
  ("Efter diskussion beslutade styrelsen att ...", "Vid mötet beslöts att ...", "Därefter beslutar
  nämnden att ..."): :data:`INVERTED`.
- A formality noted in one word ("Noterades.", "Godkändes.", "Antecknades."): :data:`ONE_WORD`; the meeting
  found duly called ("Mötet förklarades behörigen utlyst."): :data:`DULY_CALLED`; the answer
  after a point of a decision list ("Ja, enligt förslaget."): :data:`AS_PROPOSED`.
- "Beslöts att ...", "Beslutades att ...": the passive verb opening the sentence, kept with it: :func:`label_rest`.
- The chair's question and the meeting's answer, the only record of the decision when no "Beslut" follows
  ("Ordföranden frågar om nämnden beslutar enligt förslaget och finner att så sker"): the body deciding as
  asked, :data:`CHAIR_ASKS`.
- "Beslutet skickas till ...", "Beslutet expedieras", "Beslutet gäller omedelbart" say where a decision
  goes or when it applies; "Beslutet" there is no label: :func:`not_a_label`.
- "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag" ends in "...s förslag" as a proposal's
  label does, but it decides: :func:`decides`.
"""

from __future__ import annotations

import re

_DECIDED = r"(?:beslutade|beslöt|beslutar|beslutas|beslutades|beslöts)"
#: an adverbial opening (no subject before the verb), the verb, the body or meeting named after it, "att"
INVERTED = re.compile(
    r"^(?:Efter|Vid|Under|Därefter|Därför|Sedan|Slutligen|Avslutningsvis|Enhälligt|Då|Med|Utifrån|Mot|I|På)\b"
    r"(?:\s+[\wåäö\-,]+){0,6}?\s+" + _DECIDED +
    r"\s+(?:(?:[a-zåäö\-]+(?:en|et|na|fullmäktige)|vi|man)\s+)?(?:(?:därför|också|även|enhälligt|enigt|slutligen|sedan|då)\s+)?"
    r"att\b")
#: the meeting found duly called, an association's formality, in the passive: "Mötet förklarades behörigen utlyst",
#: "Stämman befanns vara stadgeenligt kallad", "Mötet beslutades vara i laga ordning utlyst"
DULY_CALLED = re.compile(
    r"^(?:(?!(?:om|huruvida|ifall|att|som|när)\s)[\wåäö\-]+\s+){1,4}(?:förklarades|förklaras|befanns|befinns|ansågs|anses|beslutades|konstaterades|konstateras)\s+"
    r"(?:(?:vara|ha\s+blivit|som)\s+)?(?:behörigen|behörigt|behörig|stadgeenligt|lagligen|lagligt|i\s+laga\s+ordning|"
    r"i\s+behörig\s+ordning)\s+(?:utlyst|utlysts|kallat|kallad|kallats|sammankallat|sammankallad|kungjort|kungjord|"
    r"annonserat|annonserad)\b")
#: a formality noted in one word, as a sentence of its own
ONE_WORD = re.compile(r"^(?:Noterades|Noteras|Antecknades|Antecknas|Godkändes|Godkänns|Bifölls|Bifalls|Antogs|"
                      r"Fastställdes|Beslutades|Beviljades|Tillstyrktes|Bordläggs|Bordlades|Återremitteras|"
                      r"Återremitterades)(?:\s+(?:enligt\s+förslag(?:et)?|utan\s+ändringar?))?\s*[.!]?$")
#: what follows "Beslutet" when it says where the decision goes or when it applies, not what was decided
ROUTING = re.compile(r"^(?:skickas|sänds|expedieras|delges|meddelas|ska\s+(?:skickas|sändas|expedieras|delges|meddelas)|"
                     r"skall\s+(?:skickas|sändas|expedieras|delges)|gäller|kan\s+överklagas|överklagas|"
                     r"justeras|förklaras\s+omedelbart)\b", re.I)
#: a verb that decides: a line with it is no proposal's label
DECIDES = re.compile(r"\b(?:beslutar|beslutade|beslöt|bifaller|biföll|godkänner|godkände|antar|antog)\b")


#: the answer a decision list or an annotated agenda writes after a point: "Ja, enligt förslaget.", "Bifall enligt
#: förslaget", "Enligt förslag."
AS_PROPOSED = re.compile(r"^(?:(?:Ja|Bifall|Bifalls|Godkänt|Godkänns|Beviljas|Avslag|Avslås)\s*,?\s+)?enligt\s+"
                         r"(?:förslag(?:et)?|[a-zåäö\-]+s\s+förslag)\s*[.!]?$", re.I)
_BODY_DECIDES = (r"(?P<body>[a-zåäö][\wåäö\-]*(?:\s+[a-zåäö][\wåäö\-]*)?)\s+"
                 r"(?P<what>(?:beslutar|bifaller|godkänner|antar|avslår)\s+[^.]{3,200}?)")
#: the chair's question the body answers ("Ordföranden frågar om nämnden beslutar enligt förvaltningens förslag och
#: finner att så sker"), or the chair's finding ("Ordföranden ställer proposition ... och finner att styrelsen
#: bifaller ..."): the decision is the body deciding as the question or the finding put it; tried in this order
_SO_IT_IS = r"\s+och\s+finner\s+att\s+så\s+(?:sker|är\s+fallet|blir\s+fallet)\s*\.?$"
CHAIR_ASKS = (re.compile(r"^Ordförande(?:n)?\s+frågar\s+om\s+" + _BODY_DECIDES + _SO_IT_IS),
              re.compile(r"^Ordförande(?:n)?\s+(?:ställer\s+[^.]{0,80}?\s+och\s+)?finner\s+att\s+" + _BODY_DECIDES +
                         r"\s*\.?$"))


#: the meeting's proposal to the body that decides the matter, a decision of this meeting to send it on: "Nämnden
#: föreslår kommunfullmäktige besluta att ...", "Kommunstyrelsens arbetsutskott föreslår styrelsen att anta ...";
#: the proposer is a body (a definite body noun, or a genitive and an indefinite one), never the administration
#: ("Förvaltningen föreslår nämnden besluta": the proposal put to the meeting); it proposes now ("föreslog" retells)
_BODIES = (r"(?:nämnden|styrelsen|utskottet|direktionen|rådet|gruppen|presidiet|beredningen|fullmäktige|stämman|"
           r"kommittén)")
#: the body as a sentence's subject: "Nämnden", "Barn- och utbildningsnämnden", "Kommunstyrelsens arbetsutskott"
_BODY = (rf"(?:[A-ZÅÄÖ][\wåäö\-]*{_BODIES}|[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s+[a-zåäö\-]*{_BODIES}|"
         r"[A-ZÅÄÖ][\wåäö\-]*s\s+(?:[a-zåäö\-]+s\s+)?"
         r"(?:arbetsutskott|utskott|presidium|styrelse|direktion|nämnd|beredning)|"
         r"Mötet|Gruppen|Rådet|Nämnden|Styrelsen|Direktionen|Presidiet)")
FORWARDS = re.compile(
    rf"^{_BODY}\s+(?:därför\s+|för\s+egen\s+del\s+|också\s+|även\s+)?föreslår\s+(?:[\wåäö\-]+\s+){{0,3}}?"
    rf"[\wåäö\-]*{_BODIES}\s+(?:att\s+\S|besluta\b|fastställa\b|anta\b|godkänna\b|bevilja\b)")


def forwarded(sentence: str) -> str | None:
    """The sentence when it is the meeting's proposal to the body that decides (:data:`FORWARDS`), or None."""
    s = sentence.strip()
    return s if "öreslår" in s and FORWARDS.match(s) else None


#: a passive decision in the present that ends the sentence, its subject a definite noun: "Förslaget antas.",
#: "Budgeten antas med ändringen"; not "antas" of what is assumed ("Det antas att ...", "antas bli klart")
ADOPTED = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö\-]*(?:en|et|na|n)\b)"
                     r"(?:\s+(?!(?:kan|ska|skall|bör|måste|får|kommer|inte|ej|att|om|som|när|det)\b)[\wåäö\-]+){0,5}"
                     r"\s+antas(?:\s+(?:enligt|med|utan|i\s+sin\s+helhet)\b[^.!?]*)?\s*[.!]?$")


#: the question put with "kan" and the infinitive: "Ordföranden frågar om nämnden kan bifalla förslaget och finner att
#: så sker" (the body bifaller förslaget)
CHAIR_ASKS_CAN = re.compile(r"^Ordförande(?:n)?\s+frågar\s+om\s+(?P<body>[a-zåäö][\wåäö\-]*(?:\s+[a-zåäö][\wåäö\-]*)?)\s+"
                            r"(?:kan|vill)\s+(?P<verb>bifalla|godkänna|besluta|anta|avslå|fastställa|lägga)\s+"
                            r"(?P<rest>[^.]{3,200}?)" + _SO_IT_IS)
#: the present tense of the infinitives ``CHAIR_ASKS_CAN`` reads
PRESENT = {"bifalla": "bifaller", "godkänna": "godkänner", "besluta": "beslutar", "anta": "antar", "avslå": "avslår",
           "fastställa": "fastställer", "lägga": "lägger"}
#: a motion answered, a matter written off or closed, information taken to the minutes: "Motionen anses besvarad.",
#: "Ärendet avskrivs.", "Informationen tas till protokollet.", "Redovisningen godtas."
SETTLED = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s+(?!(?:kan|ska|skall|bör|måste|får|kommer|inte|ej|att|om|som|när)\b)"
                     r"[\wåäö\-]+){0,5}\s+(?:anses\s+(?:vara\s+)?(?:besvarad|besvarat|besvarade|behandlad|behandlat|"
                     r"avslutad|avslutat|avslutade)|avskrivs|avskrevs|(?:tas|togs)\s+till\s+protokollet|godtas|godtogs)\b"
                     r"[^.!?]*[.!]?$")


#: an association's annual meeting answers the formal questions put to it: "Frågan om mötet blivit behörigen utlyst
#: besvaras med ja.", "Fråga om styrelsens ansvarsfrihet besvarades jakande."; the answer is the meeting's decision
ANSWERED_YES = re.compile(r"^Fråga(?:n)?\s+om\s+[^.!?]{3,200}?\s+(?:besvaras|besvarades)\s+(?:med\s+(?:ett\s+)?ja|jakande)\b"
                          r"[^!?]*$")
#: the meeting (or the body meeting) named as a subject: "Mötet", "Årsmötet", "Medlemsmötet", "Stämman", "Gruppen"
_MEETING = (r"(?:Mötet|Stämman|Gruppen|Styrelsen|Nämnden|Rådet|Direktionen|Nätverket|Presidiet|Utskottet|"
            r"[A-ZÅÄÖ][a-zåäö\-]*(?:mötet|stämman|gruppen|styrelsen|nämnden|rådet|nätverket|utskottet|direktionen))")
#: what informal minutes and an association's notes say the meeting settled: "Medlemsmötet bestämde att ...",
#: "Stämman valde att bifalla styrelsens förslag.", "Styrelsen tog beslut om nya ordningsregler."
SETTLED_BY = re.compile(rf"^{_MEETING}\s+(?:(?:också|även|därefter|sedan|enhälligt|slutligen)\s+)?"
                        r"(?:bestämde|bestämmer)\s+(?:sig\s+för\s+|också\s+|även\s+)?att\b|"
                        rf"^{_MEETING}\s+valde\s+att\s+(?:bifalla|anta|godkänna|avslå|fastställa|bevilja)\b|"
                        rf"^{_MEETING}\s+(?:tog|tar|fattade|fattar)\s+beslut\s+(?:om|att)\b")
#: the meeting's decision after what led to it, in the same sentence: "Små ändringar görs varpå mötet godkänner den.",
#: "Diskussion förs om antalet och mötet beslutar att styrelsen ska bestå av fem ledamöter."; "varpå" (thereupon)
#: in any tense, "och" with the meeting deciding now (a past "och styrelsen beslutade" may retell another meeting)
MEETING_AFTER = re.compile(r"\s(?:varpå|varefter)\s+(?:mötet|årsmötet|stämman|medlemsmötet|styrelsen|nämnden|gruppen|rådet)\s+"
                           r"(?:beslutar|beslutade|beslöt|godkänner|godkände|antar|antog|fastställer|fastställde|"
                           r"beviljar|beviljade|bifaller|biföll)\b|"
                           r"\soch\s+(?:mötet|årsmötet|stämman|medlemsmötet)\s+(?:beslutar|godkänner|antar|fastställer|"
                           r"beviljar|bifaller)\b")


def meeting_settled(s: str) -> bool:
    """Whether a sentence records the meeting's answer or settlement in one of the forms above."""
    if "besvara" in s and ANSWERED_YES.match(s):
        return True
    if ("estäm" in s or "valde" in s or "beslut" in s) and SETTLED_BY.match(s):
        return True
    return ("varpå" in s or "varefter" in s or "mötet" in s or "stämman" in s) and MEETING_AFTER.search(s) is not None


def unlabelled(sentence: str) -> str | None:
    """The decision a sentence in one of these forms states, or None."""
    s = sentence.strip()
    if meeting_settled(s):
        return s
    if INVERTED.match(s) or ONE_WORD.match(s) or "nligt" in s and AS_PROPOSED.match(s) or DULY_CALLED.match(s):
        return s
    if "antas" in s and not s.startswith("Det ") and ADOPTED.match(s) or forwarded(s):
        return s
    if ("anses" in s or "avskr" in s or "protokollet" in s or "godt" in s) and SETTLED.match(s):
        return s
    return asked(s)


def asked(sentence: str) -> str | None:
    """The body's decision the chair's question or finding records (:data:`CHAIR_ASKS`, :data:`CHAIR_ASKS_CAN`):
    read though the question's "frågar om" makes the sentence tentative (what someone asks)."""
    s = sentence.strip()
    if s.startswith("Ordförande") and (m := CHAIR_ASKS_CAN.match(s)):
        body = m.group("body")
        return f"{body[:1].upper()}{body[1:]} {PRESENT[m.group('verb')]} {m.group('rest')}."
    for rx in CHAIR_ASKS if s.startswith("Ordförande") else ():
        if m := rx.match(s):
            body = m.group("body")
            return f"{body[:1].upper()}{body[1:]} {m.group('what')}."
    return None


def not_a_label(label_line: str, rest: str) -> bool:
    """Whether a "Beslutet ..." line only routes the decision ("Beslutet skickas till")."""
    return label_line.startswith(("Beslutet", "BESLUTET")) and bool(ROUTING.match(rest.strip()))


def decides(text: str) -> bool:
    """Whether a line that ends like a proposal's label ("... kommunstyrelsens förslag") decides."""
    return DECIDES.search(text) is not None


def bulleted_label(text: str, rest: str) -> bool:
    """A bullet of notes that is a decision: the label with its colon and the decision after it ("• Beslut: Gruppen
    godkänner planen."); a bulleted "Beslut om X" or a bare "Beslut" is a list's entry."""
    return bool(rest.strip()) and ":" in text[: len(text) - len(rest)]


#: "Beslut om att alla svarar inom en vecka.": the label runs on into the decision with "om" before its "att"; not a
#: sentence about a decision made or to be made elsewhere ("Beslut om att ... fattas av fullmäktige")
ABOUT_ELSEWHERE = re.compile(r"\b(?:fattas|fattades|fattats|togs|tas\s+(?:av|på|vid)|kommer|ska\s+tas)\b")


#: the passive verb that opens a sentence of an association's minutes, the decision written whole after it ("Beslöts
#: att närvarolistan skulle utgöra röstlängd.", "Beslutades att Anna Ek entledigas ...", as "Beslutas att ..." is read
#: whole): the verb is the sentence's, no label to drop; with a colon ("Beslutades: att ...") it is a label
PASSIVE_LEAD = re.compile(r"^(?:Beslutades|Beslöts)\s+att\s")


def label_rest(line: str, rest: str) -> str:
    """The text a decision label's line gives its block: the whole sentence when the label is the passive verb that
    opens it (:data:`PASSIVE_LEAD`), the "att"-clause after "Beslut om att" (:func:`about_that`), else the rest."""
    return line if line.startswith("Besl") and PASSIVE_LEAD.match(line) else about_that(rest) or rest


def about_that(rest: str) -> str | None:
    """The decision after "Beslut om " when it is an "att"-clause of this meeting's, or None."""
    return rest[3:] if rest.startswith("om att ") and not ABOUT_ELSEWHERE.search(rest) else None


#: the meeting's decision label inside a proposal's text whose line breaks were lost, after the proposal's last
#: sentence: "Förvaltningens förslag Att bevilja bidraget. Beslut Nämnden beviljar bidraget.", "... Nämndens beslut:
#: att ..."; the label opens a sentence ("Beslut om ..." in lower case does not)
DECISION_INSIDE = re.compile(r"(?<=[.!?])\s+(?:Beslut|BESLUT|[A-ZÅÄÖ][\wåäö]+s\s+beslut)\s*[:\-–]?\s+"
                             r"(?=[A-ZÅÄÖ]|att\s)")


def decision_inside(proposal: str) -> tuple[str, list[str]]:
    """(the proposal, the decision run on after it) of a flattened item's proposal text."""
    m = DECISION_INSIDE.search(proposal) if "eslut" in proposal or "ESLUT" in proposal else None
    if not m or not_a_label("Beslutet", proposal[m.end():]):
        return proposal, []
    return proposal[:m.start()].rstrip(), [proposal[m.end():].strip()]



#: a task the body gives a named member or group, a sentence of its own after a decision's "att"-clauses ("Styrelsen
#: uppdrar Eva att göra ändringarna.", "Nämnden ger Per Ek i uppdrag att ..."): an assignment, no part of the clause
TASK_GIVEN = re.compile(r"^(?:Mötet|Gruppen|[A-ZÅÄÖ][\wåäö\-]*(?:en|et|na))\s+(?:uppdrar|uppdrog|ger|gav)\s+(?:åt\s+)?"
                        r"[A-ZÅÄÖ][\wåäö\-]*")
