"""Other documents' titles on a document-sharing page: blanked before anything reads the text.

A page copied from a document-sharing site lists, under a heading of its own ("Relevanta dokument",
"Liknande dokument", "Relaterade dokument"), the titles and first lines of *other* documents: other
meetings' protocols, other bodies' agendas, other municipalities' reports. Nothing in that list is the
document's own text, yet a reader looking for an organisation, a body or a chair finds them there
("Protokoll från socialnämndens sammanträde", "Hans Ringstad (s), ordförande"). The list runs from its
heading to the page's transcript ("Transkript") or, where the copy holds no transcript after it, to the
end. It is replaced by spaces (line breaks kept), so every offset into the text stays what it was.
"""

from __future__ import annotations

import re

#: the heading of a sharing page's list of other documents, on a line of its own
HEADING = re.compile(r"^[ \t]*(?:Relevanta|Liknande|Relaterade|Andra)\s+dokument[ \t]*:?[ \t]*$", re.M | re.I)
#: where the document's own text (its transcript) starts again after the list
TRANSCRIPT = re.compile(r"^[ \t]*Transkript[ \t]*$", re.M)
NOT_SPACE = re.compile(r"[^\n]")


def blank_other_documents(text: str) -> str:
    """``text`` with every list of other documents' titles replaced by spaces (offsets kept)."""
    if "dokument" not in text:  # the cheap test: every heading has the word
        return text
    out, pos = [], 0
    for m in HEADING.finditer(text):
        if m.start() < pos:  # inside a list already blanked
            continue
        stop = TRANSCRIPT.search(text, m.end())
        end = stop.start() if stop else len(text)
        out += [text[pos:m.start()], NOT_SPACE.sub(" ", text[m.start():end])]
        pos = end
    return "".join(out) + text[pos:] if out else text
