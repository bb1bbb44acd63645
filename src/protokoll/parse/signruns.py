"""A flattened signature block read as runs of role labels, each followed by a run of the names they label (issue 10).

A protocol's signature box printed as a table keeps, once its line breaks are lost, each row's labels together and
then that row's names: "Underskrifter Sekreterare Paragrafer 1-7 Anna Berg Ordförande Justerande Per Holm Eva
Lind", "Paragrafer 1-19 Sekreterare Ordförande Justerande Anna Berg Per Holm Eva Lind". Each run of names is paired
in order with the run of labels before it, and read only when the counts match exactly in every run, every name
has a name's shape (a run of four words or more splits into people by :func:`.namerun.split_names`, in one way
only, each opening with a given name the gazetteer knows), the block opens with a label (no name right before it: a
block writing each name before its role reads the other way) and ends with a name (a label left over: the order is
not certain). A block of one label and one name after another is :func:`.flatsign._run`'s; this reader wants at
least one run of two labels or more.
"""

from __future__ import annotations

import re

from .givenopen import opens_name
from .namerun import PARTICLES, WORD, split_names
from .persons import is_person

#: what ends a run of a name's words: a label of the block or of the posting box after it
STOPS = frozenset({"Underskrifter", "Underskrift", "Paragrafer", "Paragraf", "Justering", "Justeringens", "Organ",
                   "Justeringen", "Protokollet", "Anslag", "Datum", "Sammanträdesdatum", "Förvaringsplats",
                   "Utdragsbestyrkande", "Beslutsinstans", "Bevis", "Sida", "Sid"})
INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
MAX_TOKENS = 16


def paired(text: str, start: int, role_at, skip_fill) -> list[tuple[str, str]] | None:
    """(role, name) pairs of the block whose first label ``role_at`` matches at ``start``, or None (see the module).
    ``role_at(text, pos)``: the label's match there or None; ``skip_fill(text, pos)``: the position after the dots,
    colons and the "Paragrafer 1-12" box between a block's words."""
    pending: list[str] = []
    pairs: list[tuple[str, str]] = []
    stacked, pos = False, start
    for _ in range(MAX_TOKENS):
        pos = skip_fill(text, pos)
        if m := role_at(text, pos):
            pending.append(m.group())
            pos = m.end()
            continue
        names, end = _names(text, pos, role_at)
        if not names:
            break
        if len(names) != len(pending):
            return None
        stacked = stacked or len(pending) > 1
        pairs.extend(zip(pending, names))
        pending, pos = [], end
    return pairs if stacked and not pending and len(pairs) >= 2 else None


WORD_AT = re.compile(r"\S+")


def _names(text: str, pos: int, role_at) -> tuple[list[str], int]:
    """The people of the run of name words at ``pos`` and where it ends ([] when it is no run of names)."""
    words: list[str] = []
    end = pos
    while (m := WORD_AT.match(text, end if not words else _space(text, end))) and len(words) < 12:
        w = m.group().rstrip(".")
        if w in STOPS or role_at(text, m.start()) \
                or not (WORD.fullmatch(w) or w in PARTICLES or INITIAL.fullmatch(m.group())):
            break
        words.append(w)
        end = m.start() + len(w)
        if m.group().endswith(".") and not INITIAL.fullmatch(m.group()):
            break  # "Anna Berg. Per Holm": the full stop ends the name
    if text[_space(text, end):_space(text, end) + 1] == "(":
        return [], pos  # "Eva Lind Anna Berg (S) Per Holm (M)": the run goes on with parties, a list of members
    if len(words) >= 4:  # every name opening with a given name the gazetteer knows ("Instans Anslaget": no name)
        found = split_names(" ".join(words))
        return (found, end) if found and all(opens_name(n.split()[0]) for n in found) else ([], pos)
    one = " ".join(words)
    return ([one], end) if len(words) >= 2 and opens_name(words[0]) and is_person(one) else ([], pos)


def _space(text: str, pos: int) -> int:
    """Past the blanks (not a line break's run of more than one) after ``pos``."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
