"""The chair written with the office in the definite form before the name: "Ordföranden Anna Berg (S)" (issue 10).

Swedish protocols name an office holder by the office in the definite form before the name, the form of the
law's and the minutes' language ("ordföranden", "vice ordföranden", "ledamoten", "ersättaren"): a list of those
present by office ("Närvarande: Ordföranden Anna Berg (M) / Vice ordföranden Per Holm (S) / Ledamöterna ..."),
a signature label ("Underskrifter Sekreterare Eva Lind Ordföranden Anna Berg (S)"), a sentence ("Ordföranden
Anna Berg öppnar sammanträdet"). The indefinite label ("Ordförande Anna Berg") is the lists' own; this reads
the definite one, only where no other rule found the chair, and only when every such place names one person.

Not read where the meeting elects its own chair ("mötesordförande", "Val av ordförande", an annual meeting or
a stämma): there the association's chairman who opens the meeting is not the one who chairs it
(:mod:`.meetingchair`). "Vice ordföranden" is another office; "Ordföranden i X" another body's chair.
"""

from __future__ import annotations

import re

from ..swedish.names import given_names
from .persons import PLAIN_WORD, is_person

DEFINITE = re.compile(rf"(?<![\wåäö])(?<![Vv]ice )Ordföranden:?[ \t]+(?P<name>{PLAIN_WORD}(?:[ \t]+{PLAIN_WORD}){{1,2}})")
#: the meeting elects its own chair: the chair who opens it is the association's, not the meeting's
ELECTED = re.compile(r"mötesordförande|ordförande\s+för\s+(?:mötet|årsmötet|stämman|dagens)|[Vv]al\s+av\s+ordförande|"
                     r"[Åå]rsmöte|[Ss]tämman?\b|[Ss]tämmo", re.I)


def definite_chair(text: str) -> str | None:
    """The one person written "Ordföranden <name>"; None where none, several, or the meeting elects its chair."""
    if "Ordföranden" not in text or ELECTED.search(text):  # the cheap test first
        return None
    found = {name for m in DEFINITE.finditer(text) if (name := _name(m["name"].split()))}
    return found.pop() if len(found) == 1 else None


def _name(words: list[str]) -> str | None:
    """The person's name the words open with: two words, or three where the third is no given name (a name run on
    into the next person's: "Anna Berg Per Holm")."""
    if len(words) == 3 and words[2] not in given_names() and is_person(" ".join(words)):
        return " ".join(words)
    two = " ".join(words[:2])
    return two if is_person(two) else None
