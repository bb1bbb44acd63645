"""Whose meeting a compound names: "styrelsemöte", "medlemsmöte", "årsmöte", "föreningsstämma",
"nätverksträff", "nämndsammanträde".

Minutes list the meetings to come of several bodies together ("Kommande möten: Medlemsmöte den 2
december. Styrelsemöte den 9 december. Årsmöte den 21 februari"), and a working group's notes may
name the board's next meeting ("nästa styrelsemöte"). Only a meeting of the body that meets is its
next meeting. A compound whose first part names a kind of body (a board, the members, a council, a
committee, a network ...) that the record's own body and title do not name is another body's meeting;
a compound that names the format ("arbetsmöte", "telefonmöte", "extramöte") or no compound at all
("möte", "sammanträde") names no other body. When neither the body nor the title names a kind of body,
whose meeting it is cannot be told and nothing is excluded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set

from .features import has_any, keyword_fold

#: a meeting compound: its first part, then the meeting word
COMPOUND = re.compile(r"\b([a-zåäöé]+?)(?:möte|mötet|möten|mötes|sammanträde|sammanträdet|stämma|stämman|"
                      r"träff|träffen|konferens|konferensen)\b", re.I)
#: first parts that name a kind of body (what its meetings are called after); "s" and "-" joints removed
BODY_KINDS = ("styrelse", "medlem", "år", "förening", "bolag", "presidi", "beredning", "grupp", "nätverk",
              "råd", "rådet", "nämnd", "utskott", "fullmäktige", "direktion", "förbund", "kommitté", "ledning",
              "ombud")
#: the cheap test before a word's stems are tried: every stem's kind is within the word
HOLDS_KIND = has_any(BODY_KINDS)
WORD = re.compile(r"[a-zåäöé]{4,}")
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
    for word in WORD.findall(text):  # "Styrelsen", "Regionrådet", "Ledningsgruppen"
        if not HOLDS_KIND(word):  # most words name no body
            continue
        for bare in (word, word[:-1], word[:-2]):  # the definite ending off: "styrelsen", "rådet", "gruppen"
            if kind := body_kind(bare):
                kinds.add(kind)
        # a kind of body inside a longer name is part of it: "Socialnämndens arbetsutskott" (the nämnd's own
        # committee), "Styrelsepresidiet"; their meetings are not another body's
        kinds.update(k for k in BODY_KINDS if len(k) > 4 and k in word)
    return kinds


class Later(Set):
    """A set read on first use (the record's kinds, :func:`own_kinds`): most next-meeting words name no kind
    of body, and then the title lines are never read (issue 12). The tests on it ask for ``own`` last."""

    def __init__(self, read: Callable[[], set[str]]):
        self._read, self._value = read, None

    def _get(self) -> set[str]:
        if self._value is None:
            self._value = self._read()
        return self._value

    @classmethod
    def _from_iterable(cls, it) -> set[str]:
        return set(it)

    def __contains__(self, item) -> bool:
        return item in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def names_other_body(text: str, own: Set[str]) -> bool:
    """Whether ``text`` (a line of a list of meetings, or the words after "nästa") opens by naming the
    meeting of a kind of body that ``own`` (the record's kinds) does not hold; False when ``own`` is empty."""
    m = COMPOUND.search(keyword_fold(text[:LEAD]))
    if not m or m.start() > LEAD // 2:
        return False
    kind = body_kind(m.group(1))
    return kind is not None and bool(own) and kind not in own


#: the body a meeting is said to be of: "nästa möte i kommunstyrelsen", "nästa möte med styrgruppen"
OF_BODY = re.compile(r"\s+(?:i|med|hos|för)\s+([a-zåäöé-]{4,})", re.I)
#: whom a meeting is held with: "nästa möte med Trafikverket", "nästa möte med Region Norr", "med Anna Berg" (a name)
WITH_NAMED = re.compile(r"\s+med\s+(?-i:([A-ZÅÄÖ][\wåäöé-]+))")
#: a name after "med" that is the meeting's form, not whom it is held with: "nästa möte med Teams"
FORMS = ("teams", "zoom", "skype", "lync", "meet")


def held_by_other(after: str, own: Set[str], body: str | None = None) -> bool:
    """Whether the words after "nästa möte" name another body as the one meeting ("nästa möte i
    kommunstyrelsen" in a working group's notes), or whom the meeting is held with ("nästa möte med Trafikverket",
    "med referensgruppen" in a working group's notes: a meeting with them, not the group's own next one); False when
    the words name no body, or name the record's own (its kind alone, "med gruppen", or its ``body``)."""
    m = OF_BODY.match(after)
    if not m:
        return False
    word = m.group(1)
    named = WITH_NAMED.match(after)
    if named and keyword_fold(named.group(1)) not in FORMS:  # a proper name: an organisation or a person
        return body is not None and not same_body(named.group(1), body) \
            and keyword_fold(named.group(1)) not in keyword_fold(body)
    kinds = own_kinds(None, word)
    if not kinds or not own:
        return False
    bare = next((b for b in (keyword_fold(word), keyword_fold(word)[:-1], keyword_fold(word)[:-2]) if body_kind(b)), "")
    if body and bare and bare != body_kind(bare) and not same_body(word, body):
        return True  # "med styrgruppen" in a working group's notes: another group of the same kind
    return not kinds & own


#: a genitive right before "nästa": the body whose next meeting it is ("Kommunstyrelsens nästa möte",
#: "Referensgruppens nästa träff", "Styrelsens nästa sammanträde")
GENITIVE_BEFORE = re.compile(r"(?:^|[\s(\-–•*])([a-zåäöé][a-zåäöé-]{3,})s\s*$")


def owned_by_other(before: str, body: str | None, own: Set[str]) -> bool:
    """Whether the words before "nästa möte" end in a genitive that names another body as the one meeting.

    Swedish names a meeting's body in the genitive before it: "Kommunstyrelsens nästa möte är den 3 oktober" in a
    network's notes is the board's meeting, "Referensgruppens nästa möte" in a steering group's notes the reference
    group's. A bare kind ("Styrelsens", "Gruppens", "Nätverkets") is the record's own body when that is its kind
    (or when the record names no kind); a compound name ("Kommunstyrelsens", "Referensgruppens") is the record's
    own only when it is the head word of the record's body. A genitive that names no body ("Dagens", "Årets") is
    not an owner."""
    m = GENITIVE_BEFORE.search(keyword_fold(before[-60:]))
    if not m:
        return False
    name = m.group(1)
    bare = next((b for b in (name, name[:-1], name[:-2]) if body_kind(b) and not b.endswith("s")), None)
    if bare is None or body_kind(bare) == "år":
        return False
    kind = body_kind(bare)
    if bare == kind or bare.endswith(("-" + kind,)):  # "styrelsens", "gruppens": the kind alone
        return bool(own) and kind not in own
    return not same_body(bare, body)


def same_body(name: str, body: str | None) -> bool:
    """Whether ``name`` (a body's name, its genitive ending off: "Kommunstyrelsen", "Storby kommun") is the record's
    ``body``: its head word, without the definite ending, is the body's ("Kommunstyrelsen" and "Kommunstyrelsen";
    "Styrgruppen" and "Styrgruppen för Åsbyleden"; not "Referensgruppen", nor "Kommunstyrelsen" for "Kommunstyrelsens
    arbetsutskott"). With no body, no name is it."""
    head, own = _head_word(name), _head_word(body)
    return head is not None and head == own


def _head_word(body: str | None) -> str | None:
    """The head noun of a body's name, without its definite ending: "Styrgruppen för X" -> "styrgrupp",
    "Kommunstyrelsens arbetsutskott" -> "arbetsutskott" (a genitive first word names whose body it is)."""
    words = re.findall(r"[a-zåäöé-]+", keyword_fold(body or ""))
    while len(words) > 1 and words[0].endswith("s"):
        words = words[1:]
    if not words:
        return None
    word = words[0]
    return next((b for b in (word, word[:-1], word[:-2]) if body_kind(b) and b == b.rstrip("s")), word)
