"""What a title's end keeps or loses once its heading is read (:func:`.titles.clean_title`).

Three forms of Swedish minutes that the general title cleaning misread:

- a clock time after an opening or closing item: minutes note when the meeting opened and closed on the
  item's own line ("Mötets öppnande 18:08", "Mötets avslutande 20.15"); the time is no part of the title.
  Only after those words: elsewhere "2:15" is a property designation ("Sandby 2:15") and stays;
- a number after a word that is counted ("del 1", "etapp 2", "kvartal 3", "tertial 2", "fas 1", "steg 2",
  "omgång 2", "version 3", "bilaga 4"): part of the title, not a contents list's page number;
- a capitalised word after a preposition ("Möte med ULUG", "Information från SKR"): an acronym the
  preposition governs, not a run-on section heading in capitals, since no title ends in a preposition.
"""

from __future__ import annotations

import re

#: "Mötets öppnande 18:08": an opening or closing item's clock time on its heading
OPENING_TIME = re.compile(r"\b((?:öppnande|öppnas|öppnat|avslutande|avslutas|avslutat|avslutning))\s+(?:kl\.?\s*)?"
                          r"(?:[01]?\d|2[0-3])[:.][0-5]\d$", re.I)
#: words a number follows as part of a title: "Rapport om internkontroll 2016 - del 1"; an attachment's number
#: ("Taxor 2025, bil 2") is no contents page either: the attachment reader takes it off the title
COUNTED = frozenset("del delen etapp etappen fas fasen kvartal tertial steg omgång version bilaga bil bilagor".split())


def drop_opening_time(title: str) -> str:
    """The title without the clock time after "öppnande"/"avslutande"."""
    return OPENING_TIME.sub(r"\1", title) if title[-1:].isdigit() else title


def counted_number(title: str) -> bool:
    """Whether the title ends in a number that the word before it counts ("del 1")."""
    words = title.split()
    return len(words) >= 2 and words[-1].isdigit() and words[-2].casefold() in COUNTED


def governed_capitals(kept: str, end_words: frozenset[str]) -> bool:
    """Whether cutting a capitalised tail would leave ``kept`` ending in a preposition or article (one of
    ``end_words``): the capitals are what that word governs, so they stay."""
    words = kept.split()
    return bool(words) and words[-1].casefold() in end_words
