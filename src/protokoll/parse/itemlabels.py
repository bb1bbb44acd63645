"""An item's own labels in the middle of a line: an item whose line breaks were lost.

A protocol's item is written in labelled parts, each label on a line of its
own: "Förslag till beslut", "Beslutsunderlag", "Yrkanden", "Socialnämndens
beslut", "Beslut", "Reservation". A copy that lost the breaks runs them into
one line ("... Förslag till beslut Nämnden föreslås anta riktlinjerna. Beslut
Nämnden beslutar att anta riktlinjerna ..."), and the decision reader, which
looks for labels at line starts, finds none. Such a line is cut before each
label that is followed by what a label's text starts with (a capital, "att",
"1.", a colon, a dash: "Beslut – Nämnden beslutar ..."), so the parts stand on lines of their own again. Only long
lines are cut; a genitive label ("Kommunstyrelsens beslut") followed by a year
or a lower-case word is a reference inside a sentence and stays.
"""

from __future__ import annotations

import re

from .lines import Line

LONG = 80  #: only a line this long may be several of an item's parts run together
#: a proposal label that names whose proposal it is or to whom it is put: "Förvaltningens förslag till beslut",
#: "Socialnämndens arbetsutskotts förslag till socialnämnden", "Förslag till miljö- och byggnadsnämndens beslut"
OWNED_PROPOSAL = (r"(?:(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][\wåäö]+)s(?:\s+[a-zåäö]+s)?\s+förslag\s+till\s+"
                  r"(?:beslut|[a-zåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|stämman|rådet|"
                  r"beredningen|presidiet))|Förslag\s+till\s+(?:[a-zåäö]+-\s+och\s+)?[a-zåäö\-]+s\s+beslut)")
LABEL = (rf"(?:{OWNED_PROPOSAL}|Förslag\s+till\s+beslut|Beslutsförslag|Beslutsunderlag|Beslutsgång|Sammanfattning|Ärendebeskrivning|"
         r"Bakgrund|Yrkanden?|Reservationer?|Protokollsanteckning|Åtgärder|Åtgärd|Ansvarig|Beslut|"
         r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][\wåäö]+)s(?:\s+[a-zåäö]+s)?\s+beslut)")
#: (the look-behind after the first space, so the engine skips ahead to a space: issue 12)
MIDLINE = re.compile(rf"\s(?<=[\w.!?:)]\s)\s*(?={LABEL}(?::|\s+[-–]\s+\S|\s+(?:att\s|[A-ZÅÄÖ]|\d{{1,2}}\.\s)))")
#: where a cut label ends and its text begins
LABEL_AT = re.compile(rf"^{LABEL}\s*(?::|[-–](?=\s))?\s*")


def cut_pieces(ln: Line, cuts: list[int]):
    """(offset in the line, the piece stripped, where it starts in the text) of ``ln`` cut at ``cuts``,
    empty pieces left out."""
    for s, e in zip([0] + cuts, cuts + [len(ln.text)]):
        piece = ln.text[s:e].strip()
        if piece:
            yield s, piece, ln.start + s + len(ln.text[s:e]) - len(ln.text[s:e].lstrip())


def split_item_labels(body: list[Line]) -> list[Line]:
    """The item's lines, long ones cut before (and after) each of an item's labels inside them."""
    out: list[Line] = []
    for ln in body:
        if len(ln.text) < LONG or ln.blank:
            out.append(ln)
            continue
        cuts = [m.end() for m in MIDLINE.finditer(ln.text)]
        if not cuts:
            out.append(ln)
            continue
        for s, piece, start in cut_pieces(ln, cuts):
            label = LABEL_AT.match(piece) if s else None
            if label and label.end() < len(piece):
                out += [Line(piece[:label.end()].rstrip(" \t-–"), start),
                        Line(piece[label.end():], start + label.end())]
            else:
                out.append(Line(piece, start, ln.bullet and s == 0))
    return out
