"""Signatures in a row whose line breaks were lost, each name written over its role ("Anna Berg Ordförande Per Holm
Sekreterare"): read label first, the name after a role word is given the role before it -- the previous signer's
(issue 10). :mod:`.confidence` doubts a chair or secretary so read.

Kallelser and protocols alike sign with the name above the role: the chair and the clerk who sends a notice
("Anna Berg / Ordförande / Per Holm / Kommunsekreterare"), the officers of a protocol's box ("Eva Lind (KD) /
Ordförande / Olle Ek (S) / Justerare"). A run of such signers opens with a name and ends with a role word; the
role words are the signature's labels or a clerk's title ending in "-sekreterare".
"""

from __future__ import annotations

import re
from functools import lru_cache


SIGNER = r"[A-ZÅÄÖÉ][a-zåäöéèü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéèü]+){1,2}"  #: "Lena Lindén", "André Berg" too
ROLE_WORD = r"(?:Ordförande|Sekreterare|Justerare|Justerande|Protokollförare)"
#: a signer's role under the name, the signature's labels or the clerk's title a kallelse signs with ("Anna Berg /
#: Ordförande / Per Holm / Kommunsekreterare": the chair and the clerk who sends the notice, each name over its role)
SIGNED_ROLE = rf"(?:{ROLE_WORD}|[A-ZÅÄÖ][a-zåäö]*sekreterare)"
#: signatures in a row whose line breaks were lost: "Anna Berg Ordförande Per Holm Sekreterare", up to four signers
#: ("... Sekreterare Eva Lind Justerare"), the last role word followed by no name (also none after its dotted
#: signature line: "Justerande... Eva Lind" is role first): a run that opens with a name and ends with a role is
#: written name over role; a kallelse's next part after it ("... Sekreterare Föredragningslista Nr Ärende") is no name
SIGNATURES = re.compile(rf"{SIGNER}\s+{ROLE_WORD}\s+(?P<next>{SIGNER})\s+(?P<role>{SIGNED_ROLE})"
                        rf"(?P<more>(?:\s+{SIGNER}\s+{SIGNED_ROLE}){{0,2}})\b"
                        rf"(?![\s.…_:]+(?!(?:Föredragningslista|Dagordning|Ärendelista|Kallelse)\b){SIGNER})")
#: one more signer of such a run and the role under the name
MORE_SIGNER = re.compile(rf"\s+(?P<next>{SIGNER})\s+(?P<role>{SIGNED_ROLE})")
ROLE_BEFORE_NAME = re.compile(rf"{ROLE_WORD}\s+[A-ZÅÄÖ][a-zåäö]")  #: what ``SIGNATURES`` has after its first role
ROLE_OF = {"chair": ("ordförande",), "secretary": ("sekreterare", "protokollförare")}


def signed_before(name: str, value: str, text: str) -> bool:
    """Whether ``value`` stands as the second name of a signature row under another role than ``name``'s."""
    return signed_at(name, value, text) is not None


def signed_at(name: str, value: str, text: str) -> int | None:
    """Where ``value`` stands as the second name of a signature row (a name, its role, the value, its role)
    under another role than ``name``'s, so a label reading gave it the first signer's role; else None."""
    for nxt, role, start in _signature_rows(text):
        if nxt == value and not role.casefold().endswith(ROLE_OF[name]):  # "Kommunsekreterare": the secretary's
            return start
    return None


@lru_cache(maxsize=2)
def _signature_rows(text: str) -> tuple[tuple[str, str, int], ...]:
    """(second name, its role, where the name starts) of every signature row of ``text`` (read once for
    the chair and the secretary)."""
    if not ROLE_BEFORE_NAME.search(text):  # the cheap test: a row has a role word, then a name (one scan, fast)
        return ()
    return tuple((n.group("next"), n.group("role"), n.start("next")) for m in SIGNATURES.finditer(text)
                 if not _labelled_lines(text, m) for n in (m, *MORE_SIGNER.finditer(text, m.end("role"), m.end())))


#: a line opened by a role word and a name after it: "Sekreterare Anna Berg" (the role labels the name)
LINE_ROLE = re.compile(rf"[ \t]*{ROLE_WORD}[ \t.:…_-]+[A-ZÅÄÖ]")


def _labelled_lines(text: str, m: re.Match) -> bool:
    """Whether the row ``SIGNATURES`` matched is lines that each open with a role word and give its name after it
    ("Sekreterare Anna Berg / Ordförande Per Holm / Justerare ..."): each name after its role, not before it."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return LINE_ROLE.match(text, line_start) is not None and "\n" in text[m.start():m.start("next")]
