"""Who keeps a stämma's or an annual meeting's minutes where the chair announces or appoints her rather than the
meeting electing her (issue 10).

The law gives a stämma's chair the minutes: "Ordföranden ska se till att det förs protokoll" (aktiebolagslagen 7
kap. 48 §, lagen om ekonomiska föreningar 7 kap. 10 §), and the model statutes of bostadsrättsföreningar put
"Anmälan av stämmoordförandens val av protokollförare" on every stämma's agenda. So the minutes say the chair
announced or appointed the minute-taker, or record who kept them, in a few fixed forms:

- "Ordföranden anmälde Anna Berg som protokollförare", "Till protokollförare anmäldes Anna Berg", "Anna Berg
  anmäldes som sekreterare";
- "Stämmans ordförande kallade Anna Berg till sekreterare", "... utsåg Anna Berg till protokollförare" (not "utsåg
  Anna Berg till sekreterare": an annual meeting so elects the association's secretary for a term);
- "Antecknades att Anna Berg skulle föra protokollet", "Anna Berg utsågs att föra dagens protokoll", "Anna Berg
  har uppdragits att föra protokollet", "Uppdrogs åt Anna Berg att föra protokollet vid stämman".

Read in the document's opening part only (the meeting's officers come first), the first such sentence, where no
election named the secretary (:func:`.meetingchair.elected_secretary`'s last form).
"""

from __future__ import annotations

import re

from .meetingchair import NAME, OPENING, _trim

_MINUTES = r"(?:protokollförare|sekreterare|mötessekreterare)"
_KEEP = r"(?:dagens\s+|stämmans\s+|mötets\s+|årsmötets\s+)?protokoll(?:et)?\b"  #: the minutes kept
FORMS = re.compile("|".join((
    rf"\banmäld(?:e|es)\s+(?P<a>{NAME})\s+(?:som|till)\s+{_MINUTES}\b",
    rf"\bTill\s+{_MINUTES}\s+(?:(?:för|vid|under)\s+\w+\s+)?anmäldes\s+(?P<b>{NAME})",
    rf"(?<![\wåäö\-])(?P<c>{NAME})\s+anmäldes\s+(?:som|till)\s+{_MINUTES}\b",
    rf"\bkallade\s+(?P<d>{NAME})\s+(?:till|som)\s+{_MINUTES}\b",
    rf"\butsåg\s+(?P<h>{NAME})\s+(?:till|som)\s+protokollförare\b",
    rf"\b[Aa]ntecknades\s*,?\s+att\s+(?P<e>{NAME})\s+(?:skulle\s+föra|för|förde)\s+{_KEEP}",
    rf"(?<![\wåäö\-])(?P<f>{NAME})\s+(?:utsågs|uppdragits|utsetts)\s+att\s+föra\s+{_KEEP}",
    rf"\b[Uu]ppdrogs\s+åt\s+(?P<g>{NAME})\s+att\s+föra\s+{_KEEP}",
)))
#: the words one of the forms needs (the cheap test before the patterns, which try a name at every capital)
GATE = ("anmäld", "kallade", "utsåg", "ntecknades", "ppdrog", "ppdrag", "utsetts")


def minute_taker(text: str) -> tuple[str, int] | None:
    """(name, offset) of the person the opening part says was announced or appointed to keep the minutes."""
    opening = text[:OPENING]
    if not any(w in opening for w in GATE) or ("protokoll" not in opening and "ekreterare" not in opening):
        return None
    for m in FORMS.finditer(opening):
        group = next(g for g in "abcdefgh" if m.group(g))
        name = _trim(m.group(group), left=group in "cf")
        if name:
            return name, m.start(group)
    return None
