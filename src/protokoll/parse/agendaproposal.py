"""The proposed decision of an agenda item written without its label.

An agenda (kallelse, föredragningslista, dagordning) is written before the meeting: nothing in it is decided
yet, so what reads as a decision there is the proposal put to the meeting. Three ways agendas write it:

- a decision formula under the item ("Kommunfullmäktige beslutar att ...", "Nämnden föreslås besluta att
  ...", "att godkänna ...") with no "Förslag till beslut" label: the decision reader takes it for a decision;
  in an agenda it is the proposed decision.
- the proposal's label (or its "att") lost, so that the item's text opens with the bare infinitive of a
  decision verb in lower case ("Val av justerare utse Anna Berg att justera protokollet.",
  "Föredragningslistan godkänna den utsända föredragningslistan.").
- the same run on into the heading when the page lost its line breaks: the heading is cut before it.
"""

from __future__ import annotations

import re

from .laterproposal import announced_later
from .reported import PAST_DECIDING
from .sectionpresenters import SECTION_HEADING

#: the infinitives a proposed decision opens with (what a body is asked to do with an item)
INFINITIVE = (r"(?:godkänna|anta|fastställa|utse|välja|notera|lägga|uppdra|bevilja|avslå|bifalla|besluta|tillstyrka|"
              r"avstyrka|överlämna|avsätta|anvisa|upphäva|entlediga|återremittera|bordlägga|förklara|delegera|avge|"
              r"godta|medge|tillsätta|inrätta|revidera|rekommendera|avskriva|besvara|hänskjuta|remittera|"
              r"ställa\s+sig\s+bakom|ta\s+del\s+av|tacka\s+för|anse|lämna|ge)")
#: an item's text that opens with a proposal whose label was lost: "utse Anna Berg att ...", "att godkänna ..."
OPENS = re.compile(rf"^(?:att\s+)?{INFINITIVE}\s+\S")
#: a heading run on into such a proposal: "Justering utse Anna Berg att justera protokollet."
RUN_ON = re.compile(rf"^(?P<title>[A-ZÅÄÖ][^.:;]*?[\wåäö)])\s+(?P<proposal>{INFINITIVE}(?:\s+\S.*\.)?)$")
#: words after which an infinitive belongs to the heading ("Rätt att lämna ...", "Möjlighet för kommunen att ge")
BOUND = re.compile(r"(?:^|\s)(?:att|om|för|och|till|eller|samt|kunna|få|ska|skall|vill|kan|måste|inte)$", re.I)
#: a body's name word, with the "X- och Y-" of a joined name: "Kommunstyrelsen", "Kultur- och fritidsnämnden",
#: "Miljö- och byggnadsnämndens arbetsutskott"
NAME = r"[A-ZÅÄÖ][\wåäö\-]*(?:\s+och\s+[a-zåäö][\wåäö\-]*)?"
#: the body named in lower case, as a formula run on after a lost label or case number writes it ("kulturnämnden")
LOWER_BODY = r"[a-zåäö][\wåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|rådet|beredningen|presidiet)"
#: a decision formula: what the decision reader found, read in an agenda as the proposal
#: when an earlier decision was made, right after its verb: "beslutade den 12 mars 2019", "beslöt 2019-03-12",
#: "fastställde i mars 2020", "antog tidigare", "godkände vid sitt sammanträde"
WHEN = r"\s+(?:den\s+\d|\d|i\s+[a-zåäö]+\s+\d|år\s|tidigare|redan|vid\s|på\s|under\s|[12]\d{3})"
FORMULA = re.compile(rf"^(?:att\s|(?:(?:{NAME}\s+){{1,4}}|{LOWER_BODY}\s+)"
                     rf"(?:beslutar|beslutade(?!{WHEN})|föreslås|föreslår)\b)")
#: an earlier decision told as background in an agenda ("Kommunfullmäktige beslutade den 12 mars 2019 att ..."): the
#: agenda neither proposes nor decides it
EARLIER = re.compile(rf"^(?:{NAME}\s+){{1,4}}{PAST_DECIDING}{WHEN}")
#: the body a proposal asks to decide, named after "föreslår att": "nämnden", "kommunstyrelsen", "Tekniska nämnden"
ASKED_BODY = (r"(?:[A-ZÅÄÖa-zåäö][\wåäö\-]*\s+){0,2}[\wåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|"
              r"rådet|beredningen|presidiet|stämman)")
#: what that body does, in the present tense: "... föreslår att nämnden fastställer taxan"
DECIDES = (r"(?:godkänner|antar|fastställer|noterar|lägger|uppdrar|beviljar|avslår|bifaller|tillstyrker|avstyrker|"
           r"överlämnar|utser|väljer|besvarar|upphäver|avskriver|återremitterar|ställer\s+sig\s+bakom|tar\s+del\s+av)")
#: a body asked to decide, in a sentence of the item's text: "Kommunstyrelsen föreslås besluta att ...",
#: "Förvaltningen föreslår att nämnden beslutar ...", "Nämnden föreslås godkänna ..." (an earlier decision is told in
#: the past tense, "Kommunfullmäktige beslutade 2019 att ...": background, no proposal)
ASKED = re.compile(rf"^(?:{NAME}\s+){{1,4}}(?:föreslås|föreslår)\s+(?:(?:att\s+)?(?:[a-zåäö\-]+\s+){{0,3}}"
                   rf"(?:besluta|beslutar)\b|{INFINITIVE}s?(?=[\s.])|att\s+{ASKED_BODY}\s+{DECIDES}\s)|"
                   # the impersonal passive: "Föreslås att nämnden godkänner ...", "Det föreslås att ..."
                   r"^(?:Det\s+f|F)öreslås\s+att\s+[a-zåäö]")


def heading_run_on(title: str) -> tuple[str, str | None]:
    """An agenda heading run on into its unlabelled proposal: (the heading, the proposal) or (title, None).
    The proposal may be its first word only ("Justering utse"), the heading having been cut before the
    rest: :func:`complete` joins it to the item's first sentence."""
    m = RUN_ON.match(title) if _may_run_on(title) else None
    if not m or BOUND.search(m.group("title")):
        return title, None
    return m.group("title"), m.group("proposal")


#: the last word of each ``INFINITIVE``: a proposal that ``RUN_ON`` reads ends with one, or with a period
INFINITIVE_ENDS = tuple(alt.split("+")[-1] for alt in INFINITIVE[3:-1].split("|"))


def _may_run_on(title: str) -> bool:
    """The cheap test before ``RUN_ON`` (its lazy title tried before every space, issue 12): its proposal, at the
    title's end (``$``: before a last line break too), is an infinitive alone or a sentence ending in a period."""
    end = title[:-1] if title.endswith("\n") else title
    return end.endswith(".") or end.endswith(INFINITIVE_ENDS)


def complete(run_on: str | None, first: list[str]) -> str | None:
    """A proposal whose opening word ran into the heading, completed with the item's first sentence."""
    if run_on is None or run_on.endswith("."):
        return run_on
    return f"{run_on} {first[0].strip()}" if first and first[0].strip()[:1].isupper() else None


#: a proposal label naming the body it is put to, which the decision reader does not know as a label
TO_BODY = re.compile(r"^Förslag\s+till\s+[a-zåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|gruppen|rådet|"
                     r"beredningen|presidiet|förbundsstämman|stämman)\s*:?$")


def to_body_proposal(texts: list[str]) -> str | None:
    """The text under "Förslag till socialnämnden" (the line after it, with its "att"-clauses)."""
    for k, text in enumerate(texts):
        if TO_BODY.match(text.strip()):
            after = [t.strip() for t in texts[k + 1:k + 6]]
            block = []
            for t in after:
                if not t or block and not t.startswith("att "):
                    break
                block.append(t)
            return " ".join(block) or None
    return None


def whole(proposal: str | None) -> str | None:
    """A proposal that ends with a colon lost the list it introduces (cut off as items or on another page):
    no proposal rather than a part of one."""
    return None if proposal is None or proposal.rstrip().endswith(":") else proposal


def opening_proposal(texts: list[str]) -> str | None:
    """The item's first paragraph when it opens with a lower-case decision infinitive: its proposal."""
    first = next((t.strip() for t in texts if t.strip()), "")
    return first if OPENS.match(first) else None


def decisions_as_proposal(decisions: list[str]) -> str | None:
    """An agenda item's "decisions" that open with a decision formula: the proposal, as one text."""
    if decisions and FORMULA.match(decisions[0]):
        return " ".join(decisions)
    return None


def asked_proposal(found: list[str]) -> str | None:
    """The first sentence of an agenda item in which a body is asked to decide: the proposal put to it."""
    return next((s.strip() for s in found if ASKED.match(s.strip())), None)


def not_earlier(decisions: list[str]) -> list[str]:
    """An agenda item's decision texts without the earlier decisions it tells as background."""
    return [d for d in decisions if not EARLIER.match(d)]


#: a proposal not written yet: "xx", "–", "...", "tbd", "?"
PLACEHOLDER = re.compile(r"^(x+|[-–—]+|…|\.{3}|tbd|\?+)$", re.I)
#: the label word of the next item left at the end of a proposal when a page's line breaks were lost and the
#: item number after it began the next item ("Förslag till beslut xx Ärende 3 Motion ...": "xx Ärende")
NEXT_LABEL = re.compile(r"\s+(?:Ärende|ÄRENDE|Punkt|PUNKT|Paragraf|§{1,2})(?:\s+nr\.?)?\s*$")


#: the heading of the item's next part run on after the proposal when a page lost its line breaks: after the
#: proposal's last sentence ("... godkänns. Bakgrund Förvaltningen har ...", "... besvarad. Ärendet Motionären ..."), or, for the headings no sentence
#: writes with a capital inside it, anywhere ("att anta taxorna Beslutsunderlag Tjänsteskrivelse ...")
SENTENCE_THEN_PART = re.compile(r"(?<=[.!?])\s+(?:Ärendet(?=\s+[A-ZÅÄÖ][a-zåäö])|Sammanfattning|Ärendet\s+i\s+korthet|Ärendebeskrivning|Beskrivning\s+av\s+ärendet|Bakgrund|"
                                r"Beslutsunderlag|Underlag|Handlingar|Expedieras|Skickas\s+till|Föredragande|"
                                r"Yrkanden?|Bedömning|Förvaltningens\s+bedömning|Ekonomiska\s+konsekvenser|Handläggare|"
                                r"Dnr|Diarienummer|Bilag(?:a|or)\s*:)(?![\wåäö]).*$", re.S)
#: the same for the headings no sentence writes inside it, anywhere ("att anta taxorna Beslutsunderlag Tjänsteskrivelse")
PART = re.compile(r"\s+(?:Sammanfattning\s+av\s+ärendet|Beskrivning\s+av\s+ärendet|Ärendebeskrivning|Beslutsunderlag|"
                  r"Expedieras\s+till|Skickas\s+till)\b.*$", re.S)


def proposal_text(value: str) -> str | None:
    """A labelled proposal's text without the next item's label or the item's next part run on after it; None
    when nothing but a placeholder ("xx", "–", "lämnas på sammanträdet") is written, or only the sentence that
    introduces a list the page lost ("... beslutar följande:")."""
    value = PART.sub("", SENTENCE_THEN_PART.sub("", value))
    value = NEXT_LABEL.sub("", value)
    core = value.strip(" .:")
    if not core or PLACEHOLDER.match(core) or announced_later(core) or _not_proposal(core):
        return None
    return whole(value)  # "... beslutar följande:" without the list it introduces: no proposal rather than a part


#: what a label without its text ("Styrelsens förslag" linking a file) is followed by on a web page: the next
#: section's heading ("Motioner", :data:`.sectionpresenters.SECTION_HEADING`) or its presenter line
PRESENTER_LABELS = ("Föredragande", "Föredragare")


def _not_proposal(core: str) -> bool:
    """A section heading, a presenter's line, or such a label cut off by the page's end ("Föredraga")."""
    return bool(SECTION_HEADING.fullmatch(core)) or core.startswith(PRESENTER_LABELS) \
        or " " not in core and len(core) >= 5 and any(w.startswith(core) for w in PRESENTER_LABELS)
