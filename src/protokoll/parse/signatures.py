"""Signature blocks at the end of a document: a name over (or under) a role word, "Name, ordförande", "//Name"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line
from .persons import PLAIN_WORD
from .signcolumns import column_signatures
from .signorder import role_first

#: the role word under a signed name; the offices may be shortened with their full stop ("Ordf.", "Sekr."), which
#: is the role's own, not a text after it
SIGN_ROLE = re.compile(r"^(ordförande|sekreterare|justerare|justerande|sekretariatschef|sekretariatsledare|"
                       r"mötesordförande|mötessekreterare|vid protokollet|protokollförare|ordf\.?|sekr\.?)(?![\wåäö])\s*(.*)$", re.I)
#: the roles a "Name, role" signature line ends with, the offices shortened as associations sign ("Anna Berg, sekr.")
SIGNED_ROLES = ("ordförande", "sekreterare", "justerare", "ordf.", "sekr.")
SLASH_SIGNED = re.compile(r"^/{1,2}\s*(.+)$")  #: "//Anna Berg": a signature written with slashes
NAME_ROLE = re.compile(r"^(.+?),\s*(ordförande|sekreterare|justerare|ordf\.|sekr\.)$")
#: a line ending in a signature's role label, perhaps with the paragraphs it covers: the next line is its value
#: (its signature's dots or the paragraphs after it: a row of labels alone, "Sekreterare Ordförande", heads columns)
LABEL_AT_END = re.compile(r"(?<![\wåäö])(?:Sekreterare|Ordförande|Justerare|Justerande|Vid protokollet|Protokollförare)"
                          r"[ \t]*(?:[:.…_]+[ \t]*(?:Paragraf(?:er)?[ \t]+[\d \t,\-–§och]+)?|"
                          r"Paragraf(?:er)?[ \t]+[\d \t,\-–§och]+)$")


@dataclass
class Signature:
    name: str
    role: str  #: the word under (or before) the name, lower case
    start: int  #: offset of the first line of the block


def find_signatures(lines: list[Line], is_person) -> list[Signature]:
    """Signature blocks near the end: a name over a role word, or "//Name".

    Kept for the last document's lines: where the items end and who signed both ask (issue 12); the key
    is what the blocks depend on, the lines themselves: a Line is frozen, and comparing the same Line objects is
    an identity check each, where a key of their texts and offsets was built anew on every call (issue 12)."""
    key = (is_person, tuple(lines))
    last_key, last = _LAST_SIGNATURES[0]  # one read: another thread may replace the pair
    if last_key == key:
        return list(last)
    found = _find_signatures(lines, is_person)
    _LAST_SIGNATURES[0] = (key, tuple(found))
    return found


_LAST_SIGNATURES: list = [(None, ())]  #: (key, signatures) of the last call


def _find_signatures(lines: list[Line], is_person) -> list[Signature]:
    tail = _last_written(lines, 16)
    first = role_first(tail, is_person)  # "Sekreterare" / "Anna Berg": the role printed above the name
    out = [Signature(name, role, ln.start) for ln, name, role in first]
    taken = {id(ln) for ln, _, _ in first}
    for k, (a, b) in enumerate(zip(tail, tail[1:])):
        m = SIGN_ROLE.match(b.text)
        # (a name under a line ending in a role's label, "Sekreterare.. Paragraf 6-16", is that label's value)
        # (a name over a role word with more role words under it, "Anna Berg / Sekreterare / Ordförande /
        # Justerare", is one of a row of names set in columns over a row of roles: whose role it is, is not known)
        if m and is_person(a.text) and not m.group(2) and id(a) not in taken \
                and not (k and LABEL_AT_END.search(tail[k - 1].text)) \
                and not (k + 2 < len(tail) and SIGN_ROLE.match(tail[k + 2].text)):
            out.append(Signature(a.text, m.group(1).casefold(), a.start))
    for ln in [ln for ln in lines if ln.text.endswith(SIGNED_ROLES)]:  # the role word's end tested first
        m = NAME_ROLE.match(ln.text)
        if m and is_person(m.group(1)):
            out.append(Signature(m.group(1), m.group(2).casefold(), ln.start))
    for k in [k for k, ln in enumerate(lines) if "Underskrift" in ln.text]:  # "Underskrifter. Anna Berg (S),
        # ordförande. Per Holm, sekreterare.": the block run on in a line (which a label inside it, "Paragrafer 1-7",
        # may have split: the next lines are read with it); the lines that hold its head found first (issue 12)
        run = " ".join(x.text for x in lines[k:k + RUN_ON_LINES])
        out += [Signature(name, role, lines[k].start) for name, role in _run_on(run, is_person)]
    out += [Signature(name, role, ln.start) for ln, name, role in column_signatures(tail, is_person)]
    for ln in tail[-3:]:
        m = SLASH_SIGNED.match(ln.text)
        if m and is_person(m.group(1).strip()):
            out.append(Signature(m.group(1).strip(), "sekreterare", ln.start))
    return out


def _last_written(lines: list[Line], count: int) -> list[Line]:
    """``[ln for ln in lines if not ln.blank][-count:]``, read from the end: the whole document is not copied."""
    out: list[Line] = []
    for ln in reversed(lines):
        if not ln.blank:
            out.append(ln)
            if len(out) == count:
                break
    out.reverse()
    return out


#: the signature block's head, then its signers one after another, each "Name[ (Party)], role" and a full stop or a
#: comma or a space, perhaps the paragraphs signed ("Underskrifter. Anna Berg (S), ordförande. Per Holm, sekreterare.",
#: "Underskrifter: Per Holm, sekreterare Paragrafer 1-7 Anna Berg (S), ordförande"): a flattened page's block in a line
RUN_ON_LINES = 3  #: the lines a run-on block may have been split into
RUN_ON_HEAD = re.compile(r"\bUnderskrift(?:er)?[.:]?[ \t]+(?=[A-ZÅÄÖ])")
RUN_ON_SIGNER = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäö\-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö\-]+){1,3})(?:[ \t]*\([A-ZÅÄÖa-zåäö]{1,4}\))?"
                           r",[ \t]*(?P<role>ordförande|sekreterare|justerare|justerande)(?![\wåäö]|[ \t]+(?:i|för|vid|på)[ \t])[.,;]?[ \t]*"
                           r"(?:Paragraf(?:er)?[ \t]*\d{1,4}(?:[ \t]*[-–,][ \t]*\d{1,4})*[ \t]*)?")  # its paragraphs beside it


def _run_on(text: str, is_person) -> list[tuple[str, str]]:
    """(name, role) of each signer of a block run on after its head in one line (``RUN_ON_HEAD``), in order, up
    to the first entry that is not one (a name that is no person's ends the run)."""
    out: list[tuple[str, str]] = []
    for head in RUN_ON_HEAD.finditer(text):
        pos = head.end()
        while (m := RUN_ON_SIGNER.match(text, pos)) and is_person(m["name"]):
            out.append((m["name"], m["role"]))
            pos = m.end()
    return out


_WORD = PLAIN_WORD
_NAME_LINE = rf"[ \t]*(?P<{{g}}>{_WORD}(?:[ \t]+{_WORD}){{{{1,2}}}})[ \t]*\n"
#: the chair's and the secretary's signatures one under the other, each name over its role word on the next line
#: ("Anna Berg / Ordförande / Per Holm / Sekreterare"): where a summons or the minutes are signed, anywhere in them
PAIRED = re.compile(_NAME_LINE.format(g="n1") + r"[ \t]*(?P<r1>Ordförande|Sekreterare)[ \t]*\n"
                    + _NAME_LINE.format(g="n2") + r"[ \t]*(?P<r2>Ordförande|Sekreterare)(?![\wåäö])", re.M)


def paired_officers(text: str, is_person) -> dict[str, str]:
    """{"ordförande": name, "sekreterare": name} of the first pair of signatures, each name over its role word, one
    role each; {} where there is none."""
    for m in PAIRED.finditer(text) if "Ordförande" in text and "Sekreterare" in text else ():
        if m["r1"] != m["r2"] and is_person(m["n1"]) and is_person(m["n2"]):
            return {m["r1"].casefold(): m["n1"], m["r2"].casefold(): m["n2"]}
    return {}
