"""The header of a meeting document: labelled values before the first item.

A label (``headerlabels``) is followed by a colon, a tab, spaces or a line
break; a value runs on over wrapped lines until the next label or paragraph,
and an attendee list may have sub-headings (a delegation, an organisation).
The signature block at the end (``signatures``) and a place's value
(``placetrim``) have modules of their own; ``__all__`` re-exports what the
parse stage imports from here.
"""

from __future__ import annotations

import re

from .fields import Field
from .headerlabels import SIGNATURE_DOTS, label_of
from .proselists import sentence_label
from .lines import Line
from .pagefurniture import page_break
from .columns import check_roles, unstack
from .placetrim import trim_place
from .signatures import find_signatures
from ..swedish import gazetteer
from .names import find_people, given_names, is_org, is_person
from .namerun import split_names
from .persons import UPPER

__all__ = ["Field", "find_signatures", "heading_affiliation", "label_of", "read_fields", "trim_place"]

OTHER_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö]{1,25}(?:\s[\wåäö]{1,15}){0,2}:(?:\S|\s|$)")


def read_fields(lines: list[Line]) -> list[Field]:
    """Labelled fields among ``lines`` (the header zone)."""
    out: list[Field] = []
    cur: Field | None = None
    blank_run = 0
    stack: list[Field] = []  #: labels on consecutive lines without a value of their own
    for i, ln in enumerate(lines):
        if cur is not None and cur.kind.startswith("attendees") and not ln.blank and page_break(ln):
            continue  # "(2)" / "Justerandes sign Utdragsbestyrkande": a page break inside a list, which may go on
        lab = label_of(ln.text) if ln.text[:1].isupper() or ln.text[:1] in "ar" else None  # a capital, or "ande"
        if lab:  # a label without a value and a blank line after it is no column's: it stacks with no label below
            lab = _margin_name(cur, lab, ln) if not stack else lab  # (labels in a row: whose name, unknown)
            field, stack = _open_field(ln, lab, None if blank_run and cur is not None and not cur.value else cur, stack)
            out.append(field)
            cur, blank_run = (None if sentence_label(lab[0]) else field), 0  # a sentence's list ends with it
            continue
        if ln.blank:
            blank_run += 1
            if cur is not None and not cur.value and stack:  # labels in a row are on consecutive lines
                stack = []
            continue
        heads = cur is not None and cur.kind.startswith("attendees") and _subheading(ln.text) and _entry_follows(lines, i)
        if ":" in ln.text and OTHER_LABEL.match(ln.text) and not heads:  # "Titel: ...": a label we do not read ends
            cur = None  # the value; "Från Norrby kommun:" above names in a list is the heading of the people below
        if cur is None:
            continue
        if heads:
            cur = Field(ln.text, ":".join(cur.kind.split(":")[:2]), "", ln.start, heading=ln.text)
            stack = []
            out.append(cur)
            blank_run = 0
            continue
        if blank_run and cur.lines and not _continues(cur, ln):
            cur = None
            continue
        cur.lines.append(ln)
        cur.value = _append(cur.value, ln.text)
        blank_run = 0
    return _finished(out, cur, stack)


def _finished(out: list[Field], cur: Field | None, stack: list[Field]) -> list[Field]:
    """The fields read, labels left stacked given the last value (:func:`.columns.unstack`), their roles checked."""
    if cur is not None and cur.value and stack:
        unstack(stack + [cur])
    check_roles(out)
    return out


#: the paragraphs a signature line covers, then the signer's name: "Paragrafer: 1-11 Anna Berg" (the signature box's
#: "Sekreterare ...... Paragrafer 1-11 / Anna Berg" flattened, its role label on the line before)
MARGIN_NAME = re.compile(r"^(?P<numbers>(?:§§?\s*)?\d{1,4}(?:\s*(?:[-–,]|och)\s*\d{1,4})*)\s+(?P<name>[A-ZÅÄÖ].+)$")


def _margin_name(cur: Field | None, lab: tuple[str, str, str], ln: Line) -> tuple[str, str, str]:
    """The paragraphs label's value given its signer: a name after the paragraphs right under a role label without
    a value of its own ("Sekreterare:" / "Paragrafer: 1-11 Anna Berg") is that role's; the label keeps the numbers."""
    label, kind, rest = lab
    if cur is None or cur.value or cur.kind not in ("secretary", "chair") or not label.casefold().startswith("paragraf"):
        return lab
    m = MARGIN_NAME.match(rest)
    if m is None or not is_person(m["name"].strip()):
        return lab
    cur.value, cur.lines = m["name"].strip(), cur.lines + [ln]
    return label, kind, m["numbers"]


def _open_field(ln: Line, lab: tuple[str, str, str], cur: Field | None, stack: list[Field]
                ) -> tuple[Field, list[Field]]:
    """(the field a label line opens, the labels still waiting for their values). A label after one without a
    value joins the stack of labels on consecutive lines ("Datum / Tid / Plats" above their values); after a
    field with a value, the stack above that field is given its values and emptied."""
    label, kind, rest = lab
    rest = "" if SIGNATURE_DOTS.fullmatch(rest) else rest
    if cur is not None and not cur.value:
        stack.append(cur)
    else:
        if cur is not None and stack:  # the labels above it had no value of their own
            unstack(stack + [cur])
        stack = []
    field = Field(label, kind, rest, ln.start, [ln] if rest else [],
                  colon=ln.text[len(label):].lstrip(" ")[:1] in (":", "\t"))
    return field, stack


LIST_ENTRY = re.compile(rf"^[{UPPER}][\wåäöé]+(?:[- ][{UPPER}][\wåäöé]+)+\s*(?:\(|,|$)")


SUBHEADING = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ&/\- ]{2,60}")


def _subheading(text: str) -> bool:
    """A short heading line inside an attendee list: a delegation, organisation or municipality,
    "Sekretariatet", "Tjänstemän Region X"; not a person and not a sentence."""
    t = text.strip().rstrip(":")
    return bool(SUBHEADING.fullmatch(t)) and len(t.split()) <= 6 and not is_person(t) \
        and not find_people(t)


def _entry_follows(lines: list[Line], i: int) -> bool:
    """The next non-blank line after ``i`` is an attendee entry ("Anna Berg, ...", "Anna Berg (S)")."""
    nxt = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if not lines[k].blank), None)
    return nxt is not None and not label_of(nxt.text) and bool(
        re.match(r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)+\s*(?:\(|,|$)", nxt.text)) and bool(find_people(nxt.text))


def heading_affiliation(heading: str | None) -> str | None:
    """The organisation a list sub-heading names, for the people under it without one of their own."""
    if not heading:
        return None
    t = re.sub(r"^(?:sekretariatet|kansliet|tjänstemän|tjänstepersoner|från|representanter\s+för)\s+", "",
               heading.strip().rstrip(":"), flags=re.I)
    if t == heading.strip().rstrip(":") and not (gazetteer.municipality(t) or gazetteer.region(t)):
        return None  # "Fackliga organisationer", "Sekretariatet": a group, not an organisation
    return (gazetteer.municipality(t) or gazetteer.region(t) or t) if is_org(t) else None


def _continues(cur: Field, ln: Line) -> bool:
    """After a blank line, a list goes on when its last line ended open or the line is one more entry."""
    if not cur.kind.startswith("attendees"):
        return False
    if cur.value.rstrip().endswith((",", "och")):
        return True
    return bool(LIST_ENTRY.match(ln.text)) and not (ln.text.endswith(".") and not OFFICE_ABBREVIATED.search(ln.text)) \
        and (len(ln.text) < 100 or bool(_entry_run(ln.text))) or split_names(ln.text) is not None \
        or ln.text[:1] == "(" and bool(PARTY_CELLS.fullmatch(ln.text))  # names only; a column of parties


#: a line of a list's party column: "(C), t.o.m. § 168 (SD)", "(L)"
PARTY_CELLS = re.compile(r"(?:\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)[\s,;]*(?:[a-zåäö.§\d\s\-–,]{0,30}))+")


#: an entry ending in its office abbreviated ("Anna Berg (M) Ordf.", "Per Holm (S) vice ordf."): its "." ends a word,
#: not a sentence
OFFICE_ABBREVIATED = re.compile(r"\)\s+(?:vice\s+|v\.\s*)?(?:ordf|sekr|ers)\.$", re.IGNORECASE)


_NAME_W = rf"[{UPPER}][\wåäöé]+(?:-[{UPPER}][\wåäöé]+)?"
#: a name with up to two parenthesised notes after it: "Anna Berg (S)", "Anna Berg (S) (distans)"
ENTRY = re.compile(rf"{_NAME_W}(?:\s+{_NAME_W})+(?:\s*\([^()]{{1,30}}\)){{0,2}}")


def _entry_run(text: str) -> bool:
    """A line that is nothing but entries: "Anna Berg (S) Per Holm (M), ledamot Eva Lind (C) §§ 3-5".

    Linear: the entries are removed and what is left must be separators and
    lower-case descriptions ("ledamot", "2:e vice ordförande").
    """
    names = ENTRY.findall(text)
    rest = ENTRY.sub(" ", text)
    return len(names) >= 2 and all(w[:1].islower() or w[:1].isdigit() or w[:1] == "§" or w in (",", ";")
                                   for w in rest.replace(",", " , ").split())


def _append(value: str, text: str) -> str:
    """Join a value's next line: a wrapped line continues, a new entry gets "; "."""
    if not value:
        return text
    v = value.rstrip()
    if v.endswith((",", "-", "och", "samt", "(")) or text[:1] in "(," or text[:1].islower() or _split_name(v, text):
        return f"{v} {text}"
    return f"{v}; {text}"


LAST_ENTRY = re.compile(r"[;,]\s*")
LOWER_LETTERS, UPPER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäö"), frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
GIVEN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
NAME_BEFORE_VALUE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\b(?!\s*:)")


def _split_name(value: str, text: str) -> bool:
    """A person's name wrapped after the given name: "...; Gunnar" / "Eklöv (KD), ..."."""
    if value[-1:] not in LOWER_LETTERS or text[:1] not in UPPER_LETTERS:  # the cheap test: "...Gunnar" / "Eklöv"
        return False
    last = LAST_ENTRY.split(value[-60:])[-1]
    return bool(GIVEN_NAME_WORD.fullmatch(last)) and last in given_names() \
        and bool(NAME_BEFORE_VALUE.match(text))
