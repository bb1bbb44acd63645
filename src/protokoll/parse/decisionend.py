"""Where a decision ends when the line breaks after it were lost.

The last item's decision of a page whose lines were joined runs on into what follows the items: the
next meeting ("Nästa sammanträde: den 11 juni"), the signature block ("Vid protokollet", "Sekreterare",
"Ordförande", "Justeras") or the attestation box; a decision's own last lines may say where it is sent
("Beslutet skickas till ...", "Expedieras till ..."), which is its routing, not part of it; and a page's signature
box ("Justerandes sign", "Utdragsbestyrkande") where a page break fell after it. Those start a new sentence with a capitalised label
that a decision's own text never has there, so the decision is cut at such a sentence start.
"""

from __future__ import annotations

import re

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
                  r"Sändlista)(?![\wåäö]))")


def cut_tail(decision: str) -> str:
    """The decision without the meeting's tail that ran on after its last sentence."""
    m = TAIL.search(decision)
    return decision[:m.start()].rstrip() if m else decision


def cut_tails(decisions: list[str]) -> list[str]:
    return [d for d in (cut_tail(x) for x in decisions) if d]
