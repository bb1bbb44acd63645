"""Where a place value ends when a flattened header runs it on into the next label or the next column's value
(issue 10: a place that runs past its end is a wrong place).

A header writes each value after its label ("Plats: Stadshuset Rum: Sal 2 Adress: Storgatan 1"), and a page
whose line breaks were lost puts the next label, with its colon, right after the place. A place name never holds
a capitalised word followed by a colon, nor a justering's label ("Justeringsdag", "Justeringsdatum"), nor a note
("OBS!"), nor the phrase by which an attendance label refers to a list ("Enligt bifogad närvarolista", "Se
bilaga"): each is where the next part of the header starts. Kept apart from :mod:`.placetrim` (its stop list
keeps whole words; these are a label's shape and a phrase) so the reader of a place stays within its module's size.
"""

from __future__ import annotations

import re

#: the next label with its colon: a capitalised word (perhaps with one or two more words) and ":" then a space or
#: the end ("Rum: Sparre", "Adress: Storgatan 1", "Justeringsdag: Fredagen"); a time's colon has digits before it
NEXT_LABEL = re.compile(r"\s[A-ZÅÄÖ][a-zåäö]{1,20}(?:\s[a-zåäö]{1,12}){0,2}:(?=\s|$)")
#: a justering's label, whole or in a compound, capitalised inside the value: the signing's day or place follows
JUSTERING = re.compile(r"\sJuster[a-zåäö]*\b")
#: the attendance label's value that refers to a list instead of naming people: the next column's value
LIST_REFERENCE = re.compile(r"\s(?:Enligt|Se)\s+(?:bifogad|bifogade|bilagd|bilagda|bilaga|separat|närvarolista|"
                            r"deltagarlista|lista|listan|nedan)\b")
#: a note after the place ("Stadshuset OBS! Tidigare start!"), as a kallelse writes it: never part of a place
NOTE = re.compile(r"\s(?:OBS|Obs|NB|N\.B\.)(?:!|:|\.|(?=\s))")
ENDS = (NEXT_LABEL, JUSTERING, LIST_REFERENCE, NOTE)


def cut_end(value: str) -> str:
    """``value`` up to the first point where the next label or column's value starts (the value itself when none
    does, or when one would leave nothing before it)."""
    cut = min((m.start() for rx in ENDS if (m := rx.search(value)) and m.start() > 0), default=len(value))
    return value[:cut] if value[:cut].strip(" ,;") else value
