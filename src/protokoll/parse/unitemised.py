"""Who chaired and who kept the minutes where no item of the document says so (issue 10).

Notes of a network or a working group are often one run of text with no numbered items ("Inledning
Skogsgruppens ordförande Anna Berg hälsar samtliga välkomna ..."), and a flattened annual meeting's protocol
loses its items' numbers. The opening sentences still say who led the meeting, as the opening items do where
items are read (:mod:`attendance`):

- the secretary the meeting elected, read up to the association's own elections (:func:`secretaries.elected_unitemised`);
- the chair who opened the meeting: "Ordförande Anna Berg hälsade alla välkomna", "Gruppens ordförande Anna
  Berg öppnade mötet", "Skogsgruppens ordförande Anna Berg hälsar samtliga välkomna" where Skogsgruppen is the
  body these notes are of. A chair named with another body's genitive ("Kommunstyrelsens ordförande Per Holm
  hälsade välkommen till Norrby") is the host greeting the guests, not who led the meeting, and is not read;
  nor is an opener where the meeting elected its own chair without a name the rules read
  (:func:`meetingchair.election_unread`): the association's chairman opens an annual meeting another chairs.

Where items were read, the chair who opened the meeting may still stand before the first of them, in the header
(a flattened page runs "Föreningens ordförande Anna Berg förklarade mötet öppnat" on after the list of those
present); it is read there by the same rule, unless the meeting elected a chair whose name is not read.

Kept in a module of its own because the assembly of a record is at its size limit.
"""

from __future__ import annotations

from ..record import MeetingRecord
from . import meetingchair, secretaries
from .attendance import OPENED, OPENING_VERBS
from .lines import Line
from .names import is_person

#: the genitive of the meeting's own kind of body before "ordförande" ("Föreningens ordförande Anna Berg"):
#: the group these notes are of, whatever its name
OWN_GENITIVES = frozenset({"föreningens", "styrelsens", "gruppens", "nätverkets", "rådets", "mötets", "nämndens",
                           "utskottets", "styrgruppens", "arbetsgruppens", "klubbens", "förbundets"})


def officers(rec: MeetingRecord, text: str, header: list[Line]) -> None:
    """The secretary and chair of a document none of whose items has a text (see the module); each only where no
    other rule named one. Where items were read, the chair who opened the meeting in the header, before the first
    item ("Föreningens ordförande Anna Berg förklarade mötet öppnat" run on into a flattened page's header)."""
    if any(item.text.strip() for item in rec.items):
        if not rec.chair and not meetingchair.election_unread(text):  # (an election left unread: abstain)
            rec.chair = opener(" ".join(ln.text for ln in header), rec.body)
        return
    rec.secretary = rec.secretary or secretaries.elected_unitemised(text)
    rec.chair = rec.chair or opener(text[:meetingchair.OPENING], rec.body)


def opener(opening: str, body: str | None) -> str | None:
    """The one chair the opening text says opened the meeting ("[Body's] ordförande Anna Berg hälsar ...
    välkomna"); None where none, another body's chair, two different names, or the meeting elected its own."""
    if not any(w in opening for w in OPENING_VERBS) or "rdförande" not in opening:
        return None
    found = {m.group("a") for m in OPENED.finditer(opening)
             if m.group("a") and is_person(m.group("a")) and _own_chair(opening, m.start(), body)}
    if len(found) != 1 or meetingchair.election_unread(opening):
        return None
    return found.pop()


def _own_chair(text: str, start: int, body: str | None) -> bool:
    """Whether the word before "ordförande" leaves it the chair of the body these notes are of: no genitive, the
    body's own ("Skogsgruppens" for Skogsgruppen) or a generic one (``OWN_GENITIVES``)."""
    before = text[max(0, start - 60):start].split()
    word = before[-1].casefold() if before else ""
    if not word.endswith("s") or word == "vice":
        return True
    return word in OWN_GENITIVES or bool(body) and word == body.casefold() + "s"
