"""Words before a name inside a flattened attendee list that are not that name's (issue 10).

Two shapes lose their line breaks when a page is extracted as running text:

- A list written one person a line as "Name, Organisation" comes out as "Anna Berg, Norrby sameby Per Holm,
  Finska föreningen Eva Lind, Byalaget": each chunk between commas is the previous person's organisation
  followed by the next person's name, and the last chunk is the last person's organisation. The organisation
  words are whatever an association calls itself (no gazetteer knows them), so the list's shape is the evidence:
  a run of such chunks that starts with a bare name and ends with a chunk that is no name. The same run stands
  inside a longer list too, between entries of another shape: "Anna Berg, Norrby, ordf Per Holm, Lund Eva Lind,
  Skåne Olof Ek, Region Halland Stig Wall, sekreterare Maja Sund, Kommunförbundet": the run is read where its
  organisations show the shape (:func:`inner_heads`): at least :data:`MIN_INNER` of them capitalised (a place, a
  body, an association; not a party code, whose column :mod:`.partyfirst` reads) and at least half, none opening
  with a given name, after a chunk that ends with a name and before one that is no name.
- A heading of the people below it ("Representanter för pensionärsföreningarna", "Företrädare för
  brukarorganisationerna") sits between two names: it is neither the previous person's affiliation nor part
  of the next one's name.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .givenopen import opens_name
from .listchunks import Chunk
from .persons import PARTIES, has_title_word, is_person

#: a heading that names a delegation: plural "representatives / delegates of ..."
GROUP_HEAD = re.compile(r"^(?:Representanter|Representanterna|Företrädare|Företrädarna|Ombud|Delegater)\s+"
                        r"(?:för|från|i)\s")


def group_heading(text: str) -> str | None:
    """"Representanter för pensionärsföreningarna Anna Berg" -> the heading words before the name (at most
    five words after "för"/"från"), or None when the chunk does not open with such a heading and a name."""
    if not GROUP_HEAD.match(text):
        return None
    words = text.split()
    for k in range(3, min(len(words) - 1, 8)):  # a known given name opens the name, or the rest is one name
        if (opens_name(words[k]) or len(words) - k <= 3) and is_person(" ".join(words[k:k + 2])) \
                and words[k][:1].isupper():
            return " ".join(words[:k])
    return None


def _tail_cut(text: str) -> str | None:
    """The organisation words before the person's name that ends ``text``, or None when it ends with no name or
    has nothing before it. A head that is itself a known given name and a name is two people, not an organisation."""
    words = text.split()
    for n in (3, 2):
        if len(words) <= n:
            continue
        tail, head = " ".join(words[-n:]), words[:-n]
        if n == 3 and (not opens_name(words[-3]) or gazetteer.municipality(words[-3])):
            continue
        if not is_person(tail):
            continue
        if opens_name(head[0]) and is_person(" ".join(head)):
            return None
        return " ".join(head)
    return None


def org_heads(chunks: list[Chunk]) -> dict[int, str]:
    """Chunk index -> the previous person's organisation words opening that chunk, for a "Name, Organisation"
    list flattened into "Name, Org Name, Org Name, Org" (see the module); {} when the list has another shape.
    At least two chunks of organisation-and-name are wanted between a bare name and a last chunk that is no name."""
    if len(chunks) < 4:
        return {}
    return _whole_heads(chunks) or inner_heads(chunks)


def _whole_heads(chunks: list[Chunk]) -> dict[int, str]:
    """The whole list's run: from a bare first name to a last chunk that is no name."""
    last = chunks[-1]
    if last.paren or last.joined or not last.text[:1].isupper() or len(last.text.split()) > 4 or is_person(last.text):
        return {}
    heads: dict[int, str] = {}
    k = len(chunks) - 2
    while k >= 1:
        ch = chunks[k]
        cut = _tail_cut(ch.text) if not ch.paren and not ch.joined else None
        if not cut:
            break
        heads[k] = cut
        k -= 1
    first = chunks[k]
    if len(heads) < 2 or first.paren or not is_person(first.text):
        return {}
    return heads


#: capitalised organisations an inner run of "Org Name" chunks needs (see the module)
MIN_INNER = 3


def _cut_of(ch: Chunk) -> str | None:
    return _tail_cut(ch.text) if not ch.paren and not ch.joined else None


def inner_heads(chunks: list[Chunk]) -> dict[int, str]:
    """Chunk index -> organisation words, for each run of "Org Name" chunks inside a longer list that has the
    shape of a flattened "Name, Organisation" list (see the module); {} where none has."""
    heads: dict[int, str] = {}
    k = 1
    while k < len(chunks) - 1:
        run: dict[int, str] = {}
        while k < len(chunks) - 1 and (cut := _cut_of(chunks[k])):
            run[k] = cut
            k += 1
        if run and _inner_run(chunks, run, k):
            heads.update(run)
        k += 0 if run else 1
    return heads


def _inner_run(chunks: list[Chunk], run: dict[int, str], after: int) -> bool:
    """Whether a run of "Org Name" chunks (``run``: index -> organisation, in order; ``after``: the chunk after it)
    reads as such; a run whose first chunk follows no name loses that chunk (its words are left as written)."""
    start = min(run)
    before = chunks[start - 1]
    if before.paren or not (is_person(before.text) or _tail_cut(before.text)):
        del run[start]  # "Norrby, ordf Per Holm, Lund Eva Lind": "ordf" follows no name of this run's shape
        if not run:
            return False
    last = chunks[after]
    if last.paren or is_person(last.text) or opens_name(last.text.split()[0]):
        return False
    orgs = [h for h in run.values() if h[:1].isupper() and h not in PARTIES]
    return len(orgs) >= MIN_INNER and len(orgs) * 2 >= len(run) \
        and not any(opens_name(h.split()[0]) for h in run.values())


#: the numbers of the items or paragraphs an official attended, after the name: "Anna Berg 164", "116b", "12-14"
ITEM_NUMBERS = re.compile(r"\s+\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?$")
#: words of a list's own notes or sub-headings, never of a person's title or organisation: whom the next name
#: stands for ("ordinarie/ersättare", "frånvarande fr o m 69", "ej tjg"), not what the previous one does
LIST_NOTE = re.compile(r"frånvar|förhinder|\bej\b|ordinarie|ersättare|ledamot|ledamöter|suppleant|närvar|tjg|"
                       r"tjänstgör", re.I)
#: such numbers after the previous person's party, before the next name: "Per Holm (M) 129 Eva Lind (S)"; a
#: member who came late or left early has the clock time beside the items too ("Per Holm (M) 6-9 kl. 9.50 Eva
#: Lind", "5-8 kl 14:30"), the note of a roll call's column "Närvarande §§ / Tid": it is the previous person's
LEADING_NUMBERS = re.compile(r"^\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?(?:\s+(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2})?"
                             r"\s+(?=[A-ZÅÄÖ])")
#: a chunk that is only such numbers ("... Per Holm 169 och 173": the "173" after the conjunction)
ONLY_NUMBERS = re.compile(r"\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?")


def without_list_marks(text: str, after_a_name: bool, in_parens: bool) -> str | None:
    """A chunk's text without what the list writes around its names: a delegation's heading before the name
    ("Representanter för X Anna Berg"), the items the previous person attended before the next name ("(M) 129 Eva
    Lind"); None for a chunk that is only those items ("Per Holm 169 och 173": the "173"), unless it has
    parentheses. The numbers are read as such only after a name (``after_a_name``)."""
    if (head := group_heading(text)) is not None:
        text = text[len(head):].strip()
    if after_a_name and ONLY_NUMBERS.fullmatch(text) and not in_parens:
        return None
    if after_a_name and text[:1].isdigit() and (m := LEADING_NUMBERS.match(text)):
        text = text[m.end():]
    return text


def place_first(name: str) -> bool:
    """A three-word "name" whose first word is no given name and whose second is one: a place or an organisation's
    last word before a two-word name ("Norrby Eva Lind", "Stödteamet Jens Ek")."""
    words = name.split()
    return len(words) == 3 and not opens_name(words[0]) and opens_name(words[1])


def title_first(text: str) -> tuple[str, str] | None:
    """(title, name) of a chunk that writes an official's job title before the name, as lists of officials do
    ("Tjänstemän: kommundirektör Anna Berg, ekonom Per Holm 164, förvaltningschef för Gemensam Service Eva Lind"):
    the title opens the chunk (lower case, or a capitalised word that is a job title), holds a job-title word,
    and a name of two or three words that opens with a given name ends it (the items attended after it dropped)."""
    words = ITEM_NUMBERS.sub("", text.strip()).split()
    if len(words) < 3 or not (words[0][:1].islower() or has_title_word(words[0]) and not opens_name(words[0])):
        return None
    for k in range(1, len(words) - 1):
        if len(words) - k <= 3 and words[k][:1].isupper() and opens_name(words[k]) \
                and is_person(" ".join(words[k:])):
            title = " ".join(words[:k])
            return (title, " ".join(words[k:])) if has_title_word(title) else None
    return None
