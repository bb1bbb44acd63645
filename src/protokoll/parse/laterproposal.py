"""A proposal announced, not written: "Förslag till beslut lämnas på sammanträdet".

An agenda is often sent out before the proposal in an item is ready. The proposal's place then says that it
will be given at the meeting: "Förslag till beslut lämnas vid sammanträdet", "Förslag till beslut kommer att
delas ut på mötet", "Ordförandens förslag presenteras på sammanträdet", "Beslutsförslag lämnas senare", or the
papers it will rest on: "Handling delas ut vid sammanträdet", "Underlag lämnas på mötet". That
is a placeholder, like "xx": the record holds no proposal (spec: a placeholder is null). Only a text that says
nothing but this is one: a proposal with a content ("Nämnden beslutar att ärendet redovisas på mötet i maj")
is kept. A proposal that only points to where it is written ("Se bilaga 2", "Enligt tjänsteskrivelsen") holds
no proposal either.
"""

from __future__ import annotations

import re

#: what is announced: the proposal itself, named again or not ("Förslag till beslut lämnas ...", "lämnas ...")
WHAT = (r"(?:(?:ett\s+|skriftligt\s+|slutligt\s+)?(?:förslag(?:\s+till\s+beslut)?|beslutsförslag|beslutsunderlag|"
        r"handling(?:en|ar|arna)?|underlag(?:et)?)\s+)?")
#: the announcing verb, in the passive or with an auxiliary: "lämnas", "kommer att delas ut", "ska presenteras"
VERB = (r"(?:(?:kommer\s+(?:att\s+)?|ska\s+|skall\s+)(?:att\s+)?)?"
        r"(?:lämnas|presenteras|delas\s+ut|utdelas|redovisas|läggs\s+fram|tas\s+fram|meddelas|delges|skickas\s+ut|"
        r"skickas|tillkommer|lämna|presentera|dela\s+ut|redovisa|läggas\s+fram|meddela|skickas\s+ut)")
#: when: at the meeting, or later
WHEN = (r"(?:\s+(?:muntligt|muntligen|separat))?\s+(?:senare|separat|muntligt|muntligen|"
        r"(?:på|vid|under|inför|före|i\s+samband\s+med)\s+(?:dagens\s+|själva\s+|nämndens\s+|styrelsens\s+)?"
        r"(?:sammanträdet|mötet|sammanträdesdagen|sammanträdesdag))")
LATER = re.compile(rf"^{WHAT}{VERB}{WHEN}\s*[.!]?$", re.I)
#: a proposal written elsewhere, its place only pointing there: "Se bilaga 2", "Enligt tjänsteskrivelsen", "Bifogas"
ELSEWHERE = re.compile(r"^(?:(?:se|enligt)\s+(?:bilaga|bilagor|bifogad\s+\w+|tjänsteskrivelse(?:n)?|tjänsteutlåtande(?:t)?|"
                       r"separat\s+\w+)(?:\s+\d{1,3}[a-z]?)?|bifogas(?:\s+separat)?)\s*\.?$", re.I)


def announced_later(text: str) -> bool:
    """True when a proposal's text only says that the proposal will be given at the meeting (or later)."""
    return bool(LATER.match(text.strip()) or ELSEWHERE.match(text.strip()))
