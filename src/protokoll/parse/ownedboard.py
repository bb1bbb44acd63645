"""A board or committee a title names with its owner in lower case: "Möte med sektionens styrelse", "Protokoll från
sammanträde med förbundets arbetsutskott" (issue 10). The owner is then no name, only the organisation's kind ("the
section's", "the association's"): the body is the organisation's own board or committee, named as a body names
itself ("Styrelsen"), as the board of "Föreningen Norrbygdens styrelse" is (:mod:`.bodybounds`). The annotated
pages that write such a title (two, of two organisations) name the body so."""

from __future__ import annotations

import re

from .lines import Line

#: a title that names the meeting of a body its owner's genitive names, the owner in lower case: "Möte med sektionens
#: styrelse den 1 december", "Protokoll från sammanträde med förbundets styrelse"
MEETING_WITH_OWNER = re.compile(r"^(?:(?:protokoll|minnesanteckningar|anteckningar)\s+(?:från|vid)\s+)?(?:möte|sammanträde)\s+"
                                r"med\s+(?P<owner>[a-zåäö]{4,}(?:ens|ets))\s+(?P<noun>styrelse|arbetsutskott|presidium|"
                                r"direktion|ledningsgrupp|styrgrupp)(?![\wåäö])", re.I)
#: each body noun's definite form: how a document refers to its own board or committee
DEFINITE = {"styrelse": "Styrelsen", "arbetsutskott": "Arbetsutskottet", "presidium": "Presidiet",
            "direktion": "Direktionen", "ledningsgrupp": "Ledningsgruppen", "styrgrupp": "Styrgruppen"}


def meeting_with_owner(title_lines: list[Line]) -> str | None:
    """ "Möte med sektionens styrelse" -> "Styrelsen": an owner in lower case names only the organisation's kind, so
    the body is its own board, named as a body names itself (a named owner stays: "Kommunstyrelsens arbetsutskott")."""
    for ln in title_lines[:3]:
        if (m := MEETING_WITH_OWNER.match(ln.text.strip())):
            return DEFINITE[m.group('noun').casefold()]
    return None
