"""Signatures written each name before its office after a comma, in a row: "Anna Berg, Ordförande Per Holm,
Sekreterare Eva Lind, Justerare" (issue 10).

A protocol's or minutes' signature block often writes the signer's office after the name ("Anna Berg,
ordförande" over the signature line, "Per Holm, sekreterare" beside it); a page whose line breaks were lost (a
document site's transcript) runs the block into one line, and it may follow the list of others present without a
label of its own. Such a block names the officers of the meeting: two or more such pairs in a row, with different
offices, one of them the chair's or the secretary's, are read as the signatures. A justerare's office is never an
attendee's title, and a list of others present does not write its people's titles as the chair's and the
secretary's side by side; a single "Anna Berg, ordförande" (another body's chair among the guests, "Lars Lund,
ordförande, KPR") is no such row and is left to the lists' rules. Read only where no other rule found the chair or
the secretary (:func:`.flatsign.signers`); the same office twice, or one person in two offices: nothing.
"""

from __future__ import annotations

import re

from .persons import is_person

_WORD = r"[A-ZÅÄÖÉ][a-zåäöéèü]+(?:-[A-ZÅÄÖÉ][a-zåäöéèü]+)?"
_OFFICE = r"(?:[Oo]rdförande|[Ss]ekreterare|[Pp]rotokollförare|[Jj]usterare|[Jj]usterande)"
#: one signer: two or three words of a name, a party's letters in brackets, a comma and the office (not "ordförande
#: i X", not "ordförande, KPR": the office ends the pair, and the next pair or the row's end follows)
_PAIR = rf"(?:{_WORD}(?:[ \t]+{_WORD}){{1,2}})(?:[ \t]*\([A-ZÅÄÖa-zåäö]{{1,4}}\))?,[ \t]*{_OFFICE}"
ROW = re.compile(rf"(?<![\wåäö,])(?:{_PAIR})(?:[ \t]*\n?[ \t]*{_PAIR})+(?![\wåäö]|,|[ \t]+(?:i|för|vid)\b)")
PAIR = re.compile(rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})(?:[ \t]*\([A-ZÅÄÖa-zåäö]{{1,4}}\))?,[ \t]*"
                  rf"(?P<office>{_OFFICE})")
KIND = {"ordförande": "chair", "sekreterare": "secretary", "protokollförare": "secretary"}


def comma_signed(text: str) -> dict[str, str]:
    """{"chair": name, "secretary": name} from the first row of comma-written signatures (see the module's
    docstring); {} where there is none or it is not certain."""
    if ", " not in text or "rdförande" not in text and "ekreterare" not in text:  # the cheap test
        return {}
    for row in ROW.finditer(text):
        pairs = [(m["name"], m["office"].casefold()) for m in PAIR.finditer(row.group())]
        offices = [office for _, office in pairs]
        names = [name for name, _ in pairs]
        if len(set(offices)) != len(offices) or len(set(names)) != len(names) \
                or not all(is_person(name) for name in names):
            continue
        found = {KIND[office]: name for name, office in pairs if office in KIND}
        if found and len(set(found)) == len([o for o in offices if o in KIND]):
            return found
    return {}
