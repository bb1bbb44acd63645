"""Where a decision ends when the line breaks after it were lost.

The last item's decision of a page whose lines were joined runs on into what follows the items: the
next meeting ("Nästa sammanträde: den 11 juni"), the signature block ("Vid protokollet", "Sekreterare",
"Ordförande", "Justeras") or the attestation box; a decision's own last lines may say where it is sent
("Beslutet skickas till ...", "Expedieras till ..."), which is its routing, not part of it; and a page's signature
box ("Justerandes sign", "Utdragsbestyrkande") where a page break fell after it. Those start a new sentence with a capitalised label
that a decision's own text never has there, so the decision is cut at such a sentence start. So are the headings of
the item's next part, which many protocols write after the decision ("Ärendebeskrivning", "Beslutsunderlag",
"Yrkanden", "Protokollsanteckning"): a page that lost its breaks runs the decision on into them.
"""

from __future__ import annotations

import re

from .features import has_any

#: a sentence end, then a label that starts the text after the items
#: (the look-behind after the first space, so the engine skips ahead to a space: issue 12)
TAIL = re.compile(r"\s(?<=[.!?]\s)\s*(?=(?:Nästa\s+(?:möte|sammanträde|träff)|Nästkommande\s+(?:möte|sammanträde)|"
                  r"Vid\s+protokollet|Sekreterare|Ordförande|Justeras|Justerat|Justerare|Justerande|Underskrifter|"
                  # a page's signature box run on after the decision ("... besvarad. Justerandes sign Utdragsbestyrkande")
                  r"(?:Justerandes|Justerares|Ordförandes|Sekreterarens)\s+sign(?:atur(?:er)?)?\.?|Utdragsbestyrkande|"
                  r"Protokollet\s+justeras|ANSLAG|Anslag\s*/\s*bevis|BEVIS|"
                  # where the decision is sent: its routing, no part of it (the item's forwarding reads it)
                  r"Beslutet\s+(?:skickas|sänds|expedieras|delges|ska\s+(?:skickas|sändas|expedieras|delges))|"
                  r"Expedieras|Exp\.?\s*:|Beslutsexpediering|Expediering|Skickas\s+till|Utdrag\s+till|Kopia\s+till|"
                  r"Sändlista|"
                  # the item's next part, whose heading a protocol writes after the decision as often as before it
                  # (:data:`.sectionheads.SECTION` on a line of its own): the account of the case, the papers, the
                  # motions, the vote, the notes and the motives ("... anta riktlinjerna. Ärendebeskrivning ...")
                  r"Sammanfattning(?:\s+av\s+ärendet)?|Beskrivning\s+av\s+ärendet|Ärendebeskrivning|Bakgrund|"
                  r"Ärendet(?=\s+[A-ZÅÄÖ][a-zåäö])|Beslutsunderlag|Yrkanden?|Propositionsordning|Beslutsgång|"
                  r"Omröstning|Protokollsanteckning(?:ar)?|Särskil(?:t|da)\s+yttranden?|Skäl\s+för\s+beslutet|"
                  r"Beslutsmotivering|Jäv|Ekonomiska\s+konsekvenser)(?![\wåäö]))")
#: the headings of an item's next part that no decision writes with a capital inside a sentence: cut wherever they
#: stand, as an "att"-clause has no full stop before them ("att anta riktlinjerna Beslutsunderlag Tjänsteskrivelse ...",
#: "att avslå motionen Reservation Per Ek (M) reserverar sig ..."); the heading then its text or a colon
PART_ANYWHERE = re.compile(r"\s(?=(?:Ärendebeskrivning|Beslutsunderlag|Beskrivning\s+av\s+ärendet|Sammanfattning\s+av\s+ärendet|"
                           r"Yrkanden?|Reservation(?:er)?|Protokollsanteckning(?:ar)?|Propositionsordning|Beslutsgång|Jäv)"
                           r"(?:\s*:|\s+[A-ZÅÄÖ]|\s*$))")
#: a word of each ``PART_ANYWHERE`` heading (the cheap test first: most decisions have none)
HAS_PART_WORD = has_any(("ärende", "eslutsunderlag", "Yrkande", "Reservation", "Protokollsanteckning",
                         "Propositionsordning", "Beslutsgång", "Jäv"))

#: a page's number left after the decision's last sentence when the page break before the next item was lost:
#: "... noteras. 5(12)", "... antas. Sida 3 (24)", "... antas. Sida 3 av 24" (the page heads of protocols)
TRAILING_PAGE = re.compile(r"(?<=[.!?])\s+(?:Sida\s+)?\d{1,3}\s?(?:\(\s?\d{1,3}\s?\)|av\s+\d{1,3})$")

def cut_tail(decision: str) -> str:
    """The decision without the meeting's tail or the item's next part that ran on after its last sentence."""
    m = TAIL.search(decision)
    decision = decision[:m.start()].rstrip() if m else decision
    m = PART_ANYWHERE.search(decision, 1) if HAS_PART_WORD(decision) else None
    decision = decision[:m.start()].rstrip() if m else decision
    return TRAILING_PAGE.sub("", decision) if decision.endswith(")") or decision[-1:].isdigit() else decision


def cut_tails(decisions: list[str]) -> list[str]:
    return [d for d in (cut_tail(x) for x in decisions) if d]
