"""The organisation a protocol's page footer names with its postal address: "Norrby kommun Box 123 ..." (issue 10).

A municipality prints its name and postal box at the foot of its protocol's pages ("Norrby kommun Box 801
Växel 026-..."); a web page's transcript runs the footer into the text. Read only for a document whose body is not
named (a named body's owner is read by ``meta``), only as the one municipality so written, and not where the address
is another's ("c/o Norrby kommun, Box 12": a secretariat the municipality hosts for a federation or a network).
"""

from __future__ import annotations

import re

from ..swedish import gazetteer

#: a municipality's name, then its postal box: "Norrby kommun Box 801", "Övre Norrby kommun, Box 12"
FOOTER = re.compile(r"(?<![\wåäö/])(?P<name>[A-ZÅÄÖ][\wåäö\-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö\-]+)?[ \t]+(?:kommun|stad))"
                    r"[ \t]*,?[ \t]+Box\b")
#: "c/o" before the name: the address of a secretariat the municipality hosts for another
CARE_OF = re.compile(r"\bc/o\s*$", re.I)


def postal_footer(text: str) -> str | None:
    """The official name of the one municipality whose postal box a footer prints; None if none or several."""
    if "Box" not in text:  # the cheap test
        return None
    found: set[str] = set()
    for m in FOOTER.finditer(text):
        if CARE_OF.search(text[max(0, m.start() - 8):m.start()]):
            continue
        words = m.group("name").split()  # the name is the shortest tail that is a municipality's ("Anna Berg
        for k in range(len(words) - 2, -1, -1):  # Norrby kommun": a signer's name runs on before the footer)
            if short := gazetteer.municipality(" ".join(words[k:])):
                found.add(gazetteer.official_name(short) or " ".join(words[k:]))
                break
    return found.pop() if len(found) == 1 else None
