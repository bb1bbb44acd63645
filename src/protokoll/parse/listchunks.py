"""Splitting an attendee list into chunks: at commas, semicolons, "och"/"samt" and after parentheses.

Each chunk keeps the parenthesised parts that followed it and whether a
conjunction opened it; ``names`` classifies the chunks.

An "och" inside a compound is no list's conjunction (issue 10). Swedish writes two compounds that share their last
part with a hyphen after the first part's stem ("miljö- och byggnadschef", "Barn- och utbildningsnämnden", "plan-
och byggchef"): the hyphen says that the word before "och" is unfinished, so the two halves are one title or one
body, never two people. A copy that lost the hyphen ("Miljö och byggnadsnämnden") keeps one sign of it: the word
after "och" is a lower-case compound ending in a body's or an office's word ("-nämnden", "-förvaltningen",
"-kontoret"), where a conjunction between people is followed by a capitalised name or a title and a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

@dataclass
class Chunk:
    text: str
    paren: list[str]  #: parenthesised parts that followed it
    joined: bool = False  #: the chunk followed a conjunction ("... och Anna Berg", "... samt sekreterare Per Holm")


SPACES = re.compile(r"\s+")
#: " och " that joins two people or entries: not after a suspension hyphen ("miljö- och byggnadschef"), nor before a
#: lower-case compound that ends in a body's or an office's word ("Barn och utbildningsnämnden", its hyphen lost)
CONJUNCTION = (r"(?<!-) och (?![a-zåäö]+(?:nämnd|förvaltning|kontor|styrelse|utskott|enhet|avdelning|sektor|"
               r"direktion)(?:en|et|s)?\b)")
SEPARATOR = re.compile(rf"[,;]|{CONJUNCTION}| samt ")
SEPARATOR_KEPT = re.compile(rf"([,;]|{CONJUNCTION}| samt )")


def split_chunks(value: str) -> list[Chunk]:
    """Split an attendee list at commas, semicolons, "och" and after closing parentheses."""
    value = SPACES.sub(" ", value).strip().rstrip(".")
    return _bracketed_chunks(value) if "(" in value else _plain_chunks(value)


def _plain_chunks(value: str) -> list[Chunk]:
    """A list without brackets: the separators alone cut it; a chunk after "och"/"samt" is marked joined."""
    if " och " not in value and " samt " not in value:
        return [Chunk(t, []) for p in SEPARATOR.split(value) if (t := p.strip())]
    pieces = SEPARATOR_KEPT.split(value)  # [text, separator, text, ...]: which chunks a conjunction opened
    return [Chunk(t, [], k > 0 and pieces[k - 1] in (" och ", " samt "))
            for k in range(0, len(pieces), 2) if (t := pieces[k].strip())]


#: what cuts a list with brackets or opens and closes a bracket: the text between two of them is read as one piece
SPECIAL = re.compile(rf"[(),;]|{CONJUNCTION}| samt ")


def _bracketed_chunks(value: str) -> list[Chunk]:
    """A list with brackets, read from one separator or bracket to the next (not character by character, issue 12):
    a separator inside brackets cuts nothing, a bracket's text goes with its chunk, and a closing bracket not
    followed by a separator ends the chunk."""
    parts: list[Chunk] = []
    buf, depth, paren, cur_paren = "", 0, "", []
    joined = False  #: the chunk being read followed a conjunction
    at = 0
    for m in SPECIAL.finditer(value):
        tok, piece, at = m.group(), value[at:m.start()], m.end()
        if depth:
            paren += piece
        else:
            buf += piece
        if tok == "(":
            depth += 1
            paren = "" if depth == 1 else paren + tok
        elif tok == ")" and depth:
            depth -= 1
            if depth:
                paren += tok
                continue
            cur_paren.append(paren.strip())
            nxt = value[at:].lstrip()
            if nxt[:1] and nxt[:1] not in ",;" and not nxt.startswith("och "):
                parts.append(Chunk(buf.strip(), cur_paren, joined))
                buf, cur_paren, joined = "", [], False
        elif depth or tok == ")":
            paren, buf = (paren + tok, buf) if depth else (paren, buf + tok)
        else:  # a separator outside brackets: "," or ";", or a conjunction that opens the next chunk
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], tok[0] == " "
    buf += "" if depth else value[at:]
    parts.append(Chunk(buf.strip(), cur_paren, joined))
    return [p for p in parts if p.text or p.paren]
