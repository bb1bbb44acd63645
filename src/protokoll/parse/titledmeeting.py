"""The body confirmed by the meeting the title names (issue 10): a document titled by a board's meeting
("Styrelsemöte", "Protokoll fört vid styrelsesammanträde") or by an association's annual meeting ("Årsmöte",
"Årsstämma", "Föreningsstämma") says which body met: the board, the annual meeting. A body the reader took from
another word of the title or the text is then the organisation's own name ("Länsbygderådet Sjuhärad STYRELSEMÖTE",
"fört vid årsmöte med Föreningen Norrdals vattenråd") or a group an item names ("Valberedningen"), not who met:
the body is the one the title names, its provenance says why.

A council's name the reader made definite from the title ("Möte med Regionalt Skärgårdsråd" -> "Skärgårdsrådet",
"kallas till möte med Norrby fjärdings byaråd" -> "Byarådet") lost the words that tell which council it is; the
name as the title writes it is the body (``written_council``).

Only the first three lines of the text are the title; a meeting named after "nästa" or "föregående" is another
meeting. Kept apart from :mod:`.crosschecks` (near its size limit); called from there.
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord

#: the meeting a title names and the body that holds it (a "kallelse till årsmöte" is the annual meeting's too)
TITLED = re.compile(r"(?i)(?<!nästa )(?<!föregående )\b(?P<word>styrelsem[öo]te|styrelsesammantr[äa]de|årsm[öo]te|"
                    r"årsstämma|föreningsstämma)(?:t|n)?\b")
BODY_OF = {"styrelsem": "Styrelsen", "styrelses": "Styrelsen", "årsm": "Årsmötet", "årsst": "Årsstämman",
           "förening": "Föreningsstämman"}
#: a body that already is the titled meeting's (or a board of a named kind: "Förbundsstyrelsen", "Kommunstyrelsen")
SAME = re.compile(r"(?i)(?:styrelse|styrelsen|årsmötet|årsmöte|stämman|stämma)$")
TITLE_LINES = 3
LINE_MAX = 200  #: a longer line is a paragraph, not a title


def confirm(rec: MeetingRecord, text: str) -> None:
    """Replace a body the title's named meeting contradicts with the body that holds that meeting."""
    if not rec.body or SAME.search(rec.body.strip()) or not _cheap(text):
        return
    found = None
    for line in [ln.strip() for ln in text[:1500].splitlines() if ln.strip()][:TITLE_LINES]:
        if len(line) <= LINE_MAX and (m := TITLED.search(line)):
            found = m.group("word").casefold()
            break
    if found is None:
        return
    body = next(v for k, v in BODY_OF.items() if found.startswith(k))
    old = rec.body
    rec.body = body
    for e in reversed(rec.evidence):
        if e.path == "body":
            e.rule, e.confidence = f"uncertain: '{old}' is not who met (was {e.rule})", 0.0
            break
    rec.evidence.append(Evidence("body", 0, 0, 0, f"titledmeeting: the title names the meeting ('{found}'), held "
                                                  f"by {body}; '{old}' is the organisation's name or one an item "
                                                  f"names", 0.7))


def _cheap(text: str) -> bool:
    """A word gate for :data:`TITLED`: the head writes "styrelse", "årsm", "stämma" (any case)."""
    head = text[:1500].casefold()
    return "styrelse" in head or "årsm" in head or "stämma" in head


#: words before a council's name that are the document's or the sentence's, not the name's
NOT_NAME = {"möte", "mötet", "med", "kallelse", "till", "från", "protokoll", "minnesanteckningar", "anteckningar",
            "dagordning", "för", "och", "i", "vid", "det", "den", "ett", "en"}


def written_council(rec: MeetingRecord, text: str) -> None:
    """A derived "<X>rådet" replaced by the council's name as the head writes it with the words that name it."""
    ev = next((e for e in reversed(rec.evidence) if e.path == "body"), None)
    if not rec.body or ev is None or not ev.rule.startswith("header.derived") or not rec.body.endswith("rådet"):
        return
    stem = rec.body[:-2]  # "Skärgårdsrådet" -> "Skärgårdsråd"
    head = text[:1500]
    for m in re.finditer(rf"(?i)\b{re.escape(stem)}\b", head):
        words = head[max(0, m.start() - 80):m.start()].split()[-2:]
        name = _qualifiers(words)
        if name:
            written = f"{name} {head[m.start():m.end()]}"
            rec.evidence.append(Evidence("body", 0, m.start() - len(name) - 1, m.end(),
                                         f"titledmeeting: the council as the head writes it ('{written}'), not "
                                         f"'{rec.body}'", ev.confidence))
            rec.body = written
            return


def _qualifiers(words: list[str]) -> str | None:
    """The words before a council's name that name it: a capitalised word ("Regionalt"), or a capitalised word and
    a genitive ("Norrby fjärdings"); None when they are the sentence's words."""
    if not words or any(w.casefold().strip(".,:") in NOT_NAME or not w.isalpha() for w in words[-1:]):
        return None
    last = words[-1]
    if last[:1].isupper():
        return last
    if len(words) == 2 and last.endswith("s") and words[0][:1].isupper() and words[0].isalpha() \
            and words[0].casefold() not in NOT_NAME:
        return f"{words[0]} {last}"
    return None
