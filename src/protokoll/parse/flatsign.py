"""A signature block whose line breaks were lost: "Sekreterare Anna Berg Ordförande Per Holm Justerare Eva Lind".

Read as one run, a block of roles and names can be taken two ways: each name after its role, or each name
before it. The run's ends decide: a run that opens with a role word (no name before it) and closes with a
name (no role after it) gives each name the role before it; one that opens with a name and closes with a
role gives each name the role after it. A run that opens and closes alike is left unread (abstain).
Used only for a chair or secretary no other rule found.
"""

from __future__ import annotations

import re

from ..repair.layoutwords import ROLE_LABELS
from .commasigned import comma_signed
from .definitechair import definite_chair
from .headerlabels import LABELS, label_of
from .names import find_people, given_names, is_person
from .secretaries import NAME as SIGNED_NAME
from .signruns import paired

ROLE = re.compile(rf"(?:{'|'.join(('Vid protokollet',) + ROLE_LABELS)})(?![\wåäö])")
FILL = re.compile(r"[\s.…_:\-–]*")
#: the box of paragraph numbers printed beside the secretary's line ("Sekreterare … Paragrafer 1-14 … Anna
#: Berg", "Paragrafer 1 23" where the page lost the dash): a label of the signature block with no person in it,
#: passed over inside a run
PARAGRAPHS = re.compile(r"Paragraf(?:er)?(?![\wåäö])[\s.…_:\-–]*(?:§\s*)?(?:\d+(?:\s*[-–,]?\s*\d+)*[\s.…_:\-–]*)?")
NAME = re.compile(SIGNED_NAME)
MIN_PAIRS = 2
ROLE_KIND = {"ordförande": "chair", "mötesordförande": "chair", "sekreterare": "secretary",
             "vid protokollet": "secretary", "protokollförare": "secretary"}


def signers(text: str) -> dict[str, str]:
    """{"chair": name, "secretary": name} read from flattened signature runs whose order their ends decide, or
    from a signature label's value that writes each name before its office in lower case (:func:`undersigned`)."""
    found: dict[str, str] = undersigned(text) or comma_signed(text)  # "Anna Berg, ordförande Per Holm, sekreterare"
    for start in (m.start() for m in ROLE.finditer(text)):
        run = _run(text, start) or _block(text, start) or _stacked(text, start)
        if run is None:
            continue
        for role, name in run:
            kind = ROLE_KIND.get(role.casefold())
            if kind and kind not in found:
                found[kind] = name
    if "chair" not in found and (chair := definite_chair(text)):  # "Ordföranden Anna Berg (S)": the office first
        found["chair"] = chair
    return found


def _tokens(text: str, pos: int, limit: int = 12) -> list[tuple[str, str, int, int]]:
    """("role"|"name", text, start, end) from ``pos`` while roles and names follow each other."""
    out: list[tuple[str, str, int, int]] = []
    while len(out) < limit:
        pos = FILL.match(text, pos).end()
        if out and out[-1][0] == "role" and (p := PARAGRAPHS.match(text, pos)):
            pos = p.end()  # "Sekreterare Paragrafer 1-14 Anna Berg": the box between a role and its name
        if m := ROLE.match(text, pos):
            out.append(("role", m.group(), m.start(), m.end()))
        elif (m := NAME.match(text, pos)) and not _list_label(m.group()) and (name := _person_prefix(m.group())):
            out.append(("name", name, pos, pos + len(name)))
        else:
            break
        pos = out[-1][3]
    return out


#: the capitals a list of people's label starts with ("Ledamöter", "Närvarande", "Frånvarande" ...): the cheap test
LIST_STARTS = frozenset(k[:1].upper() for k, v in LABELS.items() if v.startswith(("attendees", "absent")))


def _list_label(words: str) -> bool:
    """The words open a list of people ("Ledamöter Anna Berg (S) ..."): a kallelse's members listed right after its
    signatures ("Anna Berg Ordförande Per Holm Sekreterare Ledamöter ..."), not a signer's name."""
    lab = label_of(words) if words[:1] in LIST_STARTS else None
    return lab is not None and lab[1].startswith(("attendees", "absent"))


def _person_prefix(words: str) -> str | None:
    """The longest leading run of the words that is a person's name (a name runs on into the next capital)."""
    parts = words.split()
    for n in range(len(parts), 1, -1):
        cand = " ".join(parts[:n])
        if is_person(cand) and not ROLE.fullmatch(parts[n - 1]):
            return cand
    return None


def _run(text: str, start: int) -> list[tuple[str, str]] | None:
    """(role, name) pairs of the run around the role word at ``start``, or None when the run is too short or
    its ends do not decide its order."""
    before = text[max(0, start - 60):start].rstrip(" \t\n.…_:-–")
    name_before = _name_ending(before)
    if name_before is not None:  # name, role, name, role: each name before its role
        first = start - (len(text[max(0, start - 60):start]) - len(before)) - len(name_before)
        if re.search(rf"(?:{ROLE.pattern})$", text[max(0, first - 30):first].rstrip(" \t\n.…_:-–")):
            return None  # a role before the first name: the ends do not decide
        toks = _tokens(text, first)
        kinds = [k for k, *_ in toks]
        if len(toks) >= 2 * MIN_PAIRS and _alternates(kinds) and kinds[0] == "name" and kinds[-1] == "role":
            return [(toks[i + 1][1], toks[i][1]) for i in range(0, len(toks) - 1, 2)]
        return None
    toks = _tokens(text, start)
    kinds = [k for k, *_ in toks]
    if len(toks) >= 2 * MIN_PAIRS and _alternates(kinds) and kinds[0] == "role" and kinds[-1] == "name":
        return [(toks[i][1], toks[i + 1][1]) for i in range(0, len(toks) - 1, 2)]
    return None


def _alternates(kinds: list[str]) -> bool:
    return all(a != b for a, b in zip(kinds, kinds[1:]))


#: the signature block's own labels, never part of a name ("Åsby Underskrifter": a place, then the label)
#: ("Underskrifter Organ Sekreterare ...": the posting box's "Organ" label run in before the block)
BLOCK_LABELS = frozenset({"Underskrifter", "Underskrift", "Paragrafer", "Paragraf", "Justering", "Justeringens",
                          "Organ"})


def _name_ending(before: str) -> str | None:
    """The person's name ``before`` ends with (on its last line: a name never runs over a line break), or None."""
    words = next((ln.split() for ln in reversed(before.split("\n")) if ln.strip()), [])
    if words and words[-1] in BLOCK_LABELS:
        return None
    for n in (3, 2):
        cand = " ".join(words[-n:]) if len(words) >= n else ""
        if cand and not BLOCK_LABELS.intersection(cand.split()) and NAME.fullmatch(cand) and is_person(cand):
            return cand
    return None


JUSTERARE = ("justerare", "justerande")


def _block(text: str, start: int) -> list[tuple[str, str]] | None:
    """A block's role words in a row, then its names in the same order: "Sekreterare Ordförande Justerande Eva
    Lind Anna Berg Per Holm". As many names as roles; one more only where the last role is the justerare's (two
    justerare sign). The block must open at ``start``: no role word and no name right before it; and its names
    must split the same way by both readers of names (a run without separators may split two ways)."""
    before = text[max(0, start - 60):start].rstrip(" \t\n.…_:-–")
    if _name_ending(before) is not None or re.search(rf"(?:{ROLE.pattern})$", before):
        return None
    toks = _tokens(text, start, limit=16)
    kinds = [k for k, *_ in toks]
    roles = kinds.index("name") if "name" in kinds else 0
    names = len(kinds) - roles
    if roles < 2 or "role" in kinds[roles:]:
        toks = toks[:roles + kinds[roles:].index("role")] if "role" in kinds[roles:] else toks
        names = len(toks) - roles
    if roles < 2 or not (names == roles or names == roles + 1 and toks[roles - 1][1].casefold() in JUSTERARE):
        return None
    if find_people(text[toks[roles][2]:toks[-1][3]]) != [t[1] for t in toks[roles:]]:
        return None  # names run together without separators split two ways ("Eva Lind Anna Berg"): not certain
    return [(toks[i][1], toks[roles + i][1]) for i in range(roles)]


def _stacked(text: str, start: int) -> list[tuple[str, str]] | None:
    """A block of runs of labels, each followed by the run of its names (:mod:`.signruns`), opening at ``start``
    (no name and no label right before it)."""
    before = text[max(0, start - 60):start].rstrip(" \t\n.…_:-–")
    if _name_ending(before) is not None or re.search(rf"(?:{ROLE.pattern})$", before):
        return None
    return paired(text, start, ROLE.match, _fill)


def _fill(text: str, pos: int) -> int:
    """Past the dots and colons between a block's words, and the "Paragrafer 1-12" box among them."""
    pos = FILL.match(text, pos).end()
    return FILL.match(text, p.end()).end() if (p := PARAGRAPHS.match(text, pos)) else pos


def reread(chair: str | None, secretary: str | None, text: str, doubted) -> tuple[str | None, str | None]:
    """The chair and secretary again where a reading took them from a signature row that writes each name before
    its role ("Anna Berg Ordförande Per Holm Sekreterare": a label reading gives Per Holm the chair's role):
    the row's own reading (its ends decide its order, :func:`signers`) replaces a value it gives another role.
    ``doubted(field, value, text)``: whether the value stands so in a row (``confidence``); a value it does not doubt stays
    (one person read as both is doubted in both)."""
    # one person read as both chair and secretary: one of the readings took the row the other way
    wrong = [f for f, v in (("chair", chair), ("secretary", secretary)) if v and (chair == secretary or doubted(f, v, text))]
    if not wrong:
        return chair, secretary
    signed = signers(text)
    other = {"chair": "secretary", "secretary": "chair"}
    found = {"chair": chair, "secretary": secretary}
    for f in wrong:
        if signed.get(other[f]) == found[f]:  # the row gives the value the other role: read the row
            found[f] = signed.get(f)
    return found["chair"], found["secretary"]


#: the signature block's label, then (perhaps after the place it was signed at) each signer's name before her office
#: in lower case: "Underskrifter Anna Berg ordförande Per Holm sekreterare", "Protokollet undertecknat Åsby Anna
#: Berg ordförande Per Holm sekreterare" (the pairs of a Finland-Swedish protocol's signature box)
UNDERSIGNED = re.compile(r"\b(?:Underskrifter|Underskrift|Protokollet\s+undertecknat)[ \t]+(?P<run>(?:[A-ZÅÄÖ][\wåäö\-]+"
                         r"[ \t]+){2,3}(?P<ra>ordförande|sekreterare|protokollförare)[ \t]+(?:[A-ZÅÄÖ][\wåäö\-]+[ \t]+)"
                         r"{2,3}(?P<rb>ordförande|sekreterare|protokollförare))(?![\wåäö])")
OFFICE_KIND = {"ordförande": "chair", "sekreterare": "secretary", "protokollförare": "secretary"}


def undersigned(text: str) -> dict[str, str]:
    """{"chair": name, "secretary": name} from the label's two pairs of a name and a lower-case office; nothing where
    the two offices are the same or a name is not a person's."""
    m = UNDERSIGNED.search(text)
    if not m or OFFICE_KIND[m["ra"]] == OFFICE_KIND[m["rb"]]:
        return {}
    names = [_signer(text[m.start("run"):m.start("ra")].split()), _signer(text[m.end("ra"):m.start("rb")].split())]
    if not all(names):
        return {}
    return {OFFICE_KIND[m["ra"]]: names[0], OFFICE_KIND[m["rb"]]: names[1]}


def _signer(words: list[str]) -> str | None:
    """The person's name the words before an office end with: all three when they open with a given name ("Anna
    Maria Berg"), else the last two ("Åsby Anna Berg": the place it was signed at is no part of it)."""
    whole = " ".join(words)
    if len(words) == 3 and words[0] in given_names() and is_person(whole):
        return whole
    last = " ".join(words[-2:])
    return last if is_person(last) else None
