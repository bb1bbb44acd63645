"""A document-sharing site's title above its transcript is no item heading of the document (issue 10).

A site that shows a PDF as text heads the page with a title it took from the document's own words (often its
first sentence: "23. Öppnande Föreningens ordförande Anna Berg öppnade mötet."), then its frame ("Storlek: px",
'Download "<title>"', "Transkript"), then the transcript. Read as a numbered heading, the title makes an item of
its own before the document's header, and the header's labels ("Ordförande: Anna Berg") are read as that item's
text. The title repeats words of the transcript below it, where every item is read; a heading above the frame
is dropped, and only where the frame's "Transkript" line stands after it.
"""

from __future__ import annotations

from .headings import Heading
from .lines import Line


def site_title_apart(text: str, lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` without those on lines above a sharing site's "Transkript" line (see the module)."""
    if not headings or "Transkript" not in text:
        return headings
    frame = next((ln.start for ln in lines if ln.text == "Transkript"), None)
    if frame is None:
        frame = text.find("\nTranskript\n")
        frame = frame if frame >= 0 else None
    if frame is None or lines[headings[0].index].start > frame:
        return headings
    return [h for h in headings if lines[h.index].start > frame]
