"""A signature run on to the last heading: "8. Budget 2015 Per Holm (KD)" / "Ordförande Eva Ek" / "Sekreterare".

A notice of a meeting (kallelse) or an agenda ends with the chair's signature: the name, often with the party
in parentheses, and the role under it. When the page's line breaks were lost and put back at the role words,
the signer's name stays at the end of the last item's heading and the role opens the next line. A heading
that ends with a person's name and party, has no text under it and is followed by a line that opens with a
signature role has the name cut off: no item's title ends with its signer.
"""

from __future__ import annotations

import re

from .givenopen import opens_name
from .lines import Line
from .persons import PLAIN_WORD

#: a name and a party code closing a heading: "... Kent Berg (KD)", "... Eva-Lena Ek Strand (S)"
SIGNER_END = re.compile(rf"\s+(?P<name>{PLAIN_WORD}(?:\s+{PLAIN_WORD}){{1,2}})\s*"
                        r"\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2})\)\s*$")
#: a signature's role opening the line after the heading
ROLE_LINE = re.compile(r"^(?:Ordförande|Ordf\.|Vice\s+ordförande|Sekreterare|Justerare|Justerande|Mötesordförande)"
                       r"(?![\wåäö])")


def without_signer(title: str, lines: list[Line], index: int, body: list[Line]) -> str:
    """The heading's title without a signer's name and party run on to it (see the module); else as it is."""
    m = SIGNER_END.search(title) if title.endswith(")") else None
    if m is None or any(not ln.blank for ln in body) or not opens_name(m.group("name").split()[0]):
        return title
    after = next((ln.text for ln in lines[index + 1:] if not ln.blank), "")
    head = title[:m.start()].rstrip(" ,")
    return head if ROLE_LINE.match(after) and len(head.split()) >= 2 else title
