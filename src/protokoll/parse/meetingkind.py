"""Whose meeting a compound names: "styrelsemöte", "medlemsmöte", "årsmöte", "föreningsstämma",
"nätverksträff", "nämndsammanträde".

Minutes list the meetings to come of several bodies together ("Kommande möten: Medlemsmöte den 11
december. Styrelsemöte den 18 december. Årsmöte den 17 februari"), and a working group's notes may
name the board's next meeting ("nästa styrelsemöte"). Only a meeting of the body that meets is its
next meeting. A compound whose first part names a kind of body (a board, the members, a council, a
committee, a network ...) that the record's own body and title do not name is another body's meeting;
a compound that names the format ("arbetsmöte", "telefonmöte", "extramöte") or no compound at all
("möte", "sammanträde") names no other body. When neither the body nor the title names a kind of body,
whose meeting it is cannot be told and nothing is excluded.
"""

from __future__ import annotations

import re

from .features import keyword_fold

#: a meeting compound: its first part, then the meeting word
COMPOUND = re.compile(r"\b([a-zåäöé]+?)(?:möte|mötet|möten|mötes|sammanträde|sammanträdet|stämma|stämman|"
                      r"träff|träffen|konferens|konferensen)\b", re.I)
#: first parts that name a kind of body (what its meetings are called after); "s" and "-" joints removed
BODY_KINDS = ("styrelse", "medlem", "år", "förening", "bolag", "presidi", "beredning", "grupp", "nätverk",
              "råd", "rådet", "nämnd", "utskott", "fullmäktige", "direktion", "förbund", "kommitté", "ledning",
              "ombud", "kommundirektör")
LEAD = 60  #: a list line names its meeting first: "Styrelsemöte den 18 december", "- Årsmöte 17 februari"


def body_kind(first: str) -> str | None:
    """The kind of body a compound's first part names ("styrelse" of "styrelsemöte"); None for a format."""
    stem = first.casefold().rstrip("-")
    stem = stem[:-1] if stem.endswith("s") and len(stem) > 2 else stem  # "års", "styrelses", "medlems"
    return next((k for k in BODY_KINDS if stem.endswith(k)), None)


def own_kinds(body: str | None, title: str) -> set[str]:
    """The kinds of body the record's body and its title lines name ("Styrelsemöte 9", "Styrelsen")."""
    text = keyword_fold(f"{body or ''}\n{title}")
    kinds = {k for m in COMPOUND.finditer(text) if (k := body_kind(m.group(1)))}
    for word in re.findall(r"[a-zåäöé]{4,}", text):  # "Styrelsen", "Regionrådet", "Kommundirektörsgruppen"
        for bare in (word, word[:-1], word[:-2]):  # the definite ending off: "styrelsen", "rådet", "gruppen"
            if kind := body_kind(bare):
                kinds.add(kind)
        # its members' meetings too: "Kommundirektörsgruppen" meets at "kommundirektörsmöten"
        kinds.update(k for k in BODY_KINDS if len(k) > 4 and k in word)
    return kinds


def names_other_body(text: str, own: set[str]) -> bool:
    """Whether ``text`` (a line of a list of meetings, or the words after "nästa") opens by naming the
    meeting of a kind of body that ``own`` (the record's kinds) does not hold; False when ``own`` is empty."""
    if not own:
        return False
    m = COMPOUND.search(keyword_fold(text[:LEAD]))
    if not m or m.start() > LEAD // 2:
        return False
    kind = body_kind(m.group(1))
    return kind is not None and kind not in own


#: the body a meeting is said to be of: "nästa möte i kommunstyrelsen", "nästa möte med styrgruppen"
OF_BODY = re.compile(r"\s+(?:i|med|hos|för)\s+([a-zåäöé-]{4,})", re.I)


def held_by_other(after: str, own: set[str]) -> bool:
    """Whether the words after "nästa möte" name another kind of body as the one meeting ("nästa möte i
    kommunstyrelsen" in a working group's notes); False when ``own`` is empty or the word names no body."""
    m = OF_BODY.match(after)
    if not own or not m:
        return False
    kinds = own_kinds(None, m.group(1))
    return bool(kinds) and not kinds & own

