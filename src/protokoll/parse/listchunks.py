"""Splitting an attendee list into chunks: at commas, semicolons, "och"/"samt" and after parentheses.

Each chunk keeps the parenthesised parts that followed it and whether a
conjunction opened it; ``names`` classifies the chunks.
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
SEPARATOR = re.compile(r"[,;]| och | samt ")
SEPARATOR_KEPT = re.compile(r"([,;]| och | samt )")


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


def _bracketed_chunks(value: str) -> list[Chunk]:
    """A list with brackets, read character by character: a separator inside brackets cuts nothing, a
    bracket's text goes with its chunk, and a closing bracket not followed by a separator ends the chunk."""
    parts: list[Chunk] = []
    buf, depth, paren, cur_paren = "", 0, "", []
    joined = False  #: the chunk being read followed a conjunction
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "(":
            depth += 1
            if depth == 1:
                paren = ""
                i += 1
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                cur_paren.append(paren.strip())
                i += 1
                nxt = value[i:].lstrip()
                if nxt[:1] and nxt[:1] not in ",;" and not nxt.startswith("och "):
                    parts.append(Chunk(buf.strip(), cur_paren, joined))
                    buf, cur_paren, joined = "", [], False
                continue
        if depth:
            paren += ch
        elif ch in ",;":
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], False
        elif value.startswith(" och ", i) or value.startswith(" samt ", i):
            parts.append(Chunk(buf.strip(), cur_paren, joined))
            buf, cur_paren, joined = "", [], True
            i += 5 if value.startswith(" och ", i) else 6
            continue
        else:
            buf += ch
        i += 1
    parts.append(Chunk(buf.strip(), cur_paren, joined))
    return [p for p in parts if p.text or p.paren]
