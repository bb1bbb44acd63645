"""What ends a decision's block: the section headings of a protocol's item ("Ärendebeskrivning", "Yrkanden",
"Beslutsunderlag"), the follow-up labels of minutes ("Åtgärd:", "Ansvarig:"), a short heading line, and an
upper-case heading a flattened agenda ran on into a text."""

from __future__ import annotations

import re

from .lines import Line


#: the follow-up labels of minutes after a decision: "Åtgärd: Anna skickar ut ...", "Ansvarig: ..."
FOLLOW_UP = re.compile(r"^(?:Åtgärd|Åtgärder|Ansvarig|Ansvariga|Ansvar|Klart\s+senast|Deadline|Uppföljning)\s*:")


def subheading(para: list[Line]) -> bool:
    """A short line standing alone without a full stop after the decision ("Dagens sammanträde",
    "Ärendebeskrivning"): the next section's heading, not another decision."""
    text = para[0].text.strip()
    return len(para) == 1 and len(text.split()) <= 3 and not text.endswith((".", "!", ";", ":")) \
        and not re.search(r"\d", text)


SECTION = re.compile(r"^(?:Beskrivning av ärendet|Ärendebeskrivning|Ärendet|Bakgrund|Sammanfattning|Beslutsunderlag|"
                     r"Bilagor|Bilaga|Yrkanden?|Propositionsordning|Reservation(?:er)?|Skickas till|Expedieras|"
                     r"Handlingar|Underlag|Ärendets beredning|Förvaltningens bedömning|Bedömning|Beslutsgång|"
                     r"Beslutsordning|Överläggning|Protokollsanteckning|Jäv|"
                     # an agenda item's or an official's report's further headings after its proposal
                     r"Beskrivning|Yttrande|Förvaltningens yttrande|Motivering|Tidigare behandling(?:ar)?|Tidigare beslut|"
                     r"Ärendets behandling|(?:Ekonomiska\s+)?[Kk]onsekvenser|Barnperspektiv|Barnkonsekvensanalys|"
                     # a protocol's further sections after its decision: the vote, statements, who took no part, the
                     # motives, the grounds, the appeal
                     r"Sammanfattning av (?:ärendet|ärende|förslaget)|Omröstning(?:sresultat)?|Votering|"
                     r"Särskil(?:t|da) yttranden?|(?:Deltar|Deltog) (?:ej|inte) i beslutet|Ajournering|Underlag för beslut|"
                     r"Motivering till beslut(?:et)?|Beslutsmotivering|Skäl för beslut(?:et)?|Hur man överklagar|"
                     r"Överklagande(?:hänvisning)?|Protokollsanteckningar|Kopia till)\b\s*:?\s*$", re.I)


CAPS_SECTION_TAIL = re.compile(r"(?:\s+[A-ZÅÄÖ]{4,}(?:\s+(?:OCH|AV|FÖR|[A-ZÅÄÖ]{2,}))*)+$")


def strip_section_heading(text: str) -> str:
    """Drop an upper-case section heading that a flattened agenda ran on into a text ("... EKONOMI")."""
    return CAPS_SECTION_TAIL.sub("", text).strip()
