"""A body's decision label inside a line whose breaks were lost, before the sentence that decides:
"... Ekonomisk rapport jan och feb Kultur- och fritidsnämndens beslut Kultur- och fritidsnämnden tackar för
rapporten. Dagens sammanträde ...". The label with its own line ("Kultur- och fritidsnämndens beslut" / the
sentence) is read by :mod:`.decisions`; flattened, the decision is the one sentence after the label, and only
when that sentence is itself worded as a decision (:func:`.unlabelled.unlabelled` from its first word).
"""

from __future__ import annotations

import re

from . import unlabelled
from .lines import split_sentences

#: "<Organ>s beslut" inside a line, a capitalised word and a lower-case one after it (a sentence starts there)
MIDLINE_BODY_LABEL = re.compile(r"(?<=\s)(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[a-zåäöA-ZÅÄÖ][\wåäö]*s\s+beslut\s+"
                                r"(?=[A-ZÅÄÖ][a-zåäö])")


def after_midline_label(text: str) -> list[str]:
    """The sentence after a body's decision label inside a flattened line, when that sentence itself decides."""
    m = MIDLINE_BODY_LABEL.search(text) if "s beslut " in text else None
    if not m:
        return []
    first = (split_sentences(text[m.end():]) or [""])[0]
    found = unlabelled.unlabelled(first)
    return [first] if found and found.start() == 0 else []


#: a "Beslut" label inside a flattened line with the body's deciding sentence after it: "... kapacitetsutredning
#: Beslut Arbetsutskottet lämnar yttrande i enlighet med förvaltningens förslag. Av en tjänsteskrivelse ..."
MIDLINE_SENTENCE = re.compile(r"(?:(?<=\s)|^)(?:Beslut|Beslutet|BESLUT)\s+(?P<d>[A-ZÅÄÖ][\wåäö\-]*(?:\s+[a-zåäö][\wåäö\-]*)?\s+"
                              r"(?:beslutar|beslutade|beslöt|godkänner|godkände|lämnar|antar|fastställer|noterar|"
                              r"tillstyrker|avstyrker|avslår|bifaller|överlämnar|föreslår|uppdrar|utser|väljer|"
                              r"återremitterar|bordlägger)\s[^.!?]{3,400}?[.!?])(?=\s+[A-ZÅÄÖ]|\s*$)")


#: a "Beslut:" label with its colon after a sentence of the same line, the decision's sentence after it: "Kassören
#: redovisade läget. Beslut: Rapporten godkänns." (notes whose label and decision were run on after the text); the
#: decision may end the line without its full stop ("... Beslut: att godkänna rapporten")
MIDLINE_COLON = re.compile(r"(?<=[a-zåäö0-9)][.!?]\s)(?:Beslut|BESLUT)\s*:\s*(?P<d>(?:[A-ZÅÄÖ]|att\s)[^.!?]{3,400}?"
                           r"(?:[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|$))")


#: a line this long may hold a label and the deciding sentence after it ("Tjänsteskrivelse 2021-01-12 Beslut Nämnden
#: antar taxorna.": a flattened part shorter than the lines whose labels were cut apart)
MIDLINE_SHORT = 30
