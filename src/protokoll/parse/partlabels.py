"""An item's presenter and proposal labels in the middle of a line (a copy that lost its line breaks).

Agendas and the tjänsteskrivelser inside protocols write an item in labelled parts: "Föredragande: Anna
Berg", "Föredragande tjänsteperson: Anna Berg", "Förvaltningens förslag till beslut", "Arbetsutskottets
förslag", "Kommunstyrelsens förslag till kommunfullmäktige". When the breaks are lost these run into one
line with the title and the text, and the readers that look for labels at a line start find none. Such a
long line is cut before each of these labels (and after a proposal label, so that its text stands on a
line of its own), as :mod:`.itemlabels` does for the decision labels. A genitive proposal label counts only
capitalised, as a label is written ("enligt arbetsutskottets förslag" inside a sentence stays), and only when
what follows is what a label's text starts with (a colon, "att", a capital).
"""

from __future__ import annotations

import re

from .itemlabels import cut_pieces
from .lines import Line
from .presenterrun import people_and_end

LONG = 30  #: only a line this long may be several of an item's parts run together
#: the body a proposal is put to: "Förslag till socialnämnden", "Förslag till kommunfullmäktige"
BODY = (r"[a-zåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|gruppen|rådet|beredningen|presidiet|"
        r"förbundsstämman|stämman)")
PRESENTER = r"(?:Föredragande|Föredras\s+av)(?:\s+(?:tjänsteperson(?:er)?|tjänstem[aä]n|politiker))?"
#: whose proposal, inside a line: "Arbetsutskottets", "Barn- och utbildningsnämndens", "Kommunstyrelsens
#: arbetsutskotts": a capitalised genitive and at most one more genitive word (tight: inside a line a sentence's
#: words must not pass for the owner, "Anna Berg redovisade nämndens förslag")
OWNER = r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][\wåäö]+)s(?:\s+[a-zåäö]+s)?"
#: whose proposal, opening a line: a capitalised word and at most three more, the last a genitive ("Tekniska
#: nämndens", "Kultur och fritidsnämndens"); at a line start the words before "förslag" can only be its owner
OWNER_AT_START = r"[A-ZÅÄÖ][\wåäö\-]+(?:\s[\wåäö\-]+){0,3}s"
#: "Nämndens förslag till beslut" inside a line (:mod:`.headings` cuts a title that ran on into it)
OWN_PROPOSAL_TO_DECISION = rf"{OWNER}\s+förslag\s+till\s+beslut"
PROPOSAL = (rf"(?:{OWNER}\s+förslag"
            r"(?:\s+till\s+(?:beslut|[a-zåäö]+(?:\s+[a-zåäö]+)?s?\s*(?=:)|(?:kommun|region|landstings)fullmäktige))?|"
            rf"Förslag\s+till\s+{BODY})")
#: (the look-behind after the first space, so the engine skips ahead to a space: issue 12)
MIDLINE = re.compile(rf"\s(?<=[\w.!?:)]\s)\s*(?=(?:{PRESENTER}|{PROPOSAL})(?::|\s+(?:att\s|[A-ZÅÄÖ])))")
PRESENTER_AT = re.compile(rf"^{PRESENTER}\s*:?\s*")
PROPOSAL_AT = re.compile(rf"^{PROPOSAL}\s*:?\s*")
#: a line that opens with a proposal label and goes on with its text: cut after the label
OPENING = re.compile(rf"^{PROPOSAL}(?=:|\s+(?:att\s|[A-ZÅÄÖ]))")


def _presenter_end(piece: str) -> int:
    """Where a presenter label's names end in ``piece`` ("Föredragande: Anna Berg, ekonom Förslag ..."); 0 when
    it is no presenter label or names nobody."""
    label = PRESENTER_AT.match(piece)
    if not label:
        return 0
    _, end = people_and_end(piece[label.end():])
    return label.end() + end if end else 0


#: an organ whose proposal a label names, ending a heading: "Arbetsutskottets", "Förvaltningens", "Presidiets"
ORGAN = (r"(?=[A-ZÅÄÖ])(?i:[\wåäö\-]*(?:utskottets|utskotts|nämndens|styrelsens|förvaltningens|presidiets|"
         r"ordförandens|kontorets|direktionens|beredningens|fullmäktiges|rådets|ledningens))")
#: a proposal label left at the end of a heading whose text was cut off before the proposal's first word ("Taxa
#: 2020 Arbetsutskottets förslag" / "Nämnden antar taxan."): the label opens the item's parts
TAIL_LABEL = re.compile(rf"\s+((?:{ORGAN}\s+förslag(?:\s+till\s+beslut)?|Förslag\s+till\s+beslut|Beslutsförslag|"
                        r"Föreslaget\s+beslut)\s*:?)\s*$")


#: the proposal labels no organ owns, inside a heading that ran on into its parts: "... Beslutsförslag Nämnden ...",
#: "... Förslag: Nämnden ..." ("Förslag" only with its colon: "Förslag till ny taxa" may be the title itself)
PLAIN_MIDLINE = re.compile(r"\s(?<=[\w.!?:)]\s)\s*(?=(?:Förslag\s+till\s+beslut|Beslutsförslag|Föreslaget\s+beslut|Förslag(?=:))"
                           r"(?::|\s+(?:att\s|[A-ZÅÄÖ]|\d{1,2}\.\s)))")


#: each label of PLAIN_MIDLINE has one of these words (case as written): the gate of its search (issue 12)
PLAIN_WORDS = ("Förslag", "Beslutsförslag", "Föreslaget")


def _plain_may(text: str) -> bool:
    return any(map(text.__contains__, PLAIN_WORDS))


PLAIN_AT = re.compile(r"^(?:Förslag\s+till\s+beslut|Beslutsförslag|Föreslaget\s+beslut|Förslag(?=:))\s*:?\s*")


def title_parts(title: str, start: int) -> tuple[str, list[Line]]:
    """A heading that ran on into the item's labelled parts ("Budget 2025 Föredragande: Anna Berg Förslag
    till beslut"): the heading before the first label, and the parts as lines of their own; a proposal label
    that ends the heading ("Taxa 2020 Beslutsförslag") is a part of its own."""
    tail = TAIL_LABEL.search(title) if "örslag" in title or "Föreslaget" in title else None
    if tail and title[:tail.start()].strip():
        return title[:tail.start()].strip(), [Line(tail.group(1), start + tail.start(1))]
    m = MIDLINE.search(title) if "örslag" in title or "öredra" in title else None  # a word of each label
    plain = PLAIN_MIDLINE.search(title) if _plain_may(title) else None
    if plain and (not m or plain.start() < m.start()):  # "Taxa 2022 Dnr MBN 2021/47 Beslutsförslag Nämnden ..."
        m = plain
    if not m or not title[:m.start()].strip():
        return title, []
    return title[:m.start()].strip(), split_item_parts([Line(title[m.end():], start + m.end())], 0)


def split_item_parts(body: list[Line], long: int = LONG) -> list[Line]:
    """The item's lines, long ones cut before each presenter or proposal label and after a proposal label."""
    out: list[Line] = []
    for ln in body:
        if len(ln.text) < long or ln.blank or not ("örslag" in ln.text or "öredra" in ln.text or "Föreslaget" in ln.text):
            out.append(ln)  # every label has "Föredra..." (a presenter's) or "förslag"/"Förslag" (a proposal's)
            continue
        cuts = sorted({m.end() for rx in ((MIDLINE, PLAIN_MIDLINE) if _plain_may(ln.text) else (MIDLINE,))
                       for m in rx.finditer(ln.text)})
        if not cuts and not OPENING.match(ln.text):
            out.append(ln)
            continue
        for s, piece, start in cut_pieces(ln, cuts):
            label = (PROPOSAL_AT.match(piece) or PLAIN_AT.match(piece)) if s or OPENING.match(piece) else None
            named = _presenter_end(piece) if s and not label else 0
            if label and label.end() < len(piece):
                out += [Line(piece[:label.end()].rstrip(), start), Line(piece[label.end():], start + label.end())]
            elif 0 < named < len(piece):  # "Föredragande: Anna Berg, ekonom" and what ran on after it
                rest = piece[named:].lstrip(" ,;.")
                out += [Line(piece[:named].rstrip(), start)] + ([Line(rest, start + len(piece) - len(rest))] if rest else [])
            else:
                out.append(Line(piece, start, ln.bullet and s == 0))
    return out
