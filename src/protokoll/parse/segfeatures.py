"""Tokens and their features for the learned item-heading segmenter (:mod:`.learned`).

A document's lines are cut into whitespace tokens; each token is described by what a reader of Swedish
minutes looks at to tell an item heading from running text: the word itself, its shape and casing,
whether it starts or ends its line, the punctuation before it, whether a numbered-heading rule of
:mod:`.items` matches from there on, gazetteer hits (given names, municipalities), label words, its place
in the document, and the same of its neighbours. Training (``scripts/train_segmenter.py``) and use share
this module, so the two can never describe a token differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..swedish.gazetteer import is_municipality
from .items import HEADING_PATTERNS
from .lines import Line

TOKEN = re.compile(r"\S+")
#: longer lines are paragraphs (or whole pages) run together: their line-level features are left out
LINE_TOKENS = 30
EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")

#: words that label a header value or open a part of an item in Swedish minutes in general
LABEL_WORDS = frozenset("""
beslut beslutade beslutar beslutet förslag föredragande närvarande frånvarande beslutande ersättare övriga
tjänstemän tjänstepersoner justerare justering justerande sekreterare ordförande ordf plats tid datum
deltagare deltagande paragrafer paragraf bilaga bilagor bil dnr diarienummer ärende ärenden punkt
dagordning föredragningslista kallelse protokoll minnesanteckningar underskrifter anslag bevis
sammanfattning ärendebeskrivning beslutsunderlag yrkanden yrkande propositionsordning reservation
""".split())
#: short words of running Swedish: inside a title they join its words ("av", "för", "och"); a sentence uses them too
FUNCTION_WORDS = frozenset("""
och av för i till om med på från samt vid under efter inför mot en ett den det de som att är har var ska kan
""".split())


@dataclass(frozen=True)
class Token:
    line: int  #: index of the line in the line list
    start: int  #: offset in the line's text
    end: int
    text: str


def tokens(lines: list[Line]) -> list[Token]:
    """Every whitespace token of ``lines``, in order."""
    return [Token(i, m.start(), m.end(), m.group()) for i, ln in enumerate(lines) for m in TOKEN.finditer(ln.text)]


def word(text: str) -> str:
    """The token as a word: casefolded, without the punctuation around it."""
    return EDGE_PUNCT.sub("", text).casefold()


def shape(text: str) -> str:
    """The token's shape: X for a capital, x for lower case, d for a digit, the punctuation itself; runs squeezed."""
    out = []
    for ch in text[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _lexical(text: str) -> tuple[str, ...]:
    """The features of a token that depend on its text alone."""
    w = word(text)
    # the word itself only for the closed vocabulary of labels and function words: with a few dozen training
    # documents, any other word would be remembered rather than generalised from
    feats = [f"w={w if w in LABEL_WORDS or w in FUNCTION_WORDS else '?'}", f"shape={shape(text)}",
             f"len={min(len(w), 12) // 3}"]
    if text[:1].isupper():
        feats.append("cap")
    if len(w) > 1 and text.isupper():
        feats.append("upper")
    if text[-1:] in ".:;!?":
        feats.append(f"ends={text[-1]}")
    if re.fullmatch(r"§?\d{1,4}[.):§]?", text):
        feats.append("number")
    if w in LABEL_WORDS:
        feats.append("label")
    if text[:1].isupper() and w and _given(w):
        feats.append("given")
    if text[:1].isupper() and len(w) > 2 and is_municipality(EDGE_PUNCT.sub("", text)):
        feats.append("municipality")
    return tuple(feats)


def _given(w: str) -> bool:
    from .names import given_names

    return w.capitalize() in given_names() or w.title() in given_names()


def _rule_styles(line: Line, start: int) -> tuple[str, ...]:
    """The numbered-heading rules (:data:`.headingrules.HEADING_PATTERNS`) that match the line from ``start`` on."""
    rest = line.text[start:]
    if not rest[:1].isdigit() and not rest.startswith("§") and not rest[:1].isupper():
        return ()
    return tuple(sorted({f"rule={style}" for style, rx in HEADING_PATTERNS if rx.match(rest)}))


@lru_cache(maxsize=4096)
def _shape_of_line(text: str, blank_before: bool, blank_after: bool, next_short: bool) -> tuple[str, ...]:
    """What the whole line looks like: a short capitalised line without a full stop, between blank lines,
    is how an unnumbered heading is set."""
    out = [f"L:chars={min(len(text), 120) // 20}"]
    if text[:1].isupper():
        out.append("L:cap")
    out.append(f"L:end={text[-1:] if text[-1:] in '.:;,!?)' else 'w'}")
    if blank_before:
        out.append("L:blank_before")
    if blank_after:
        out.append("L:blank_after")
    if next_short:
        out.append("L:next_short")
    return tuple(out)


def _line_shape(lines: list[Line], i: int) -> tuple[str, ...]:
    nxt = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
    return _shape_of_line(lines[i].text, i == 0 or lines[i - 1].blank, i + 1 >= len(lines) or lines[i + 1].blank,
                          nxt is not None and len(nxt.text) < 60)


SHOWN = ("w=", "shape=", "cap", "ends=", "number", "label", "bol", "eol", "given", "rule=")


def features(lines: list[Line], toks: list[Token]) -> list[list[str]]:
    """The feature strings of each token, its neighbours' included."""
    return _with_neighbours(_own_features(lines, toks))


def _own_features(lines: list[Line], toks: list[Token]) -> list[list[str]]:
    """Each token's own features: its word, its place in its line and the document, what its line looks like
    (for a short line) and which heading rules match there."""
    own = []
    last = len(toks) - 1
    counts: dict[int, int] = {}
    for t in toks:
        counts[t.line] = counts.get(t.line, 0) + 1
    col = since_num = since_stop = 0
    for k, t in enumerate(toks):
        f = list(_lexical(t.text))
        first = k == 0 or toks[k - 1].line != t.line
        col = 0 if first else col + 1
        f += [f"col={min(col, 6)}", f"since_num={min(since_num, 8)}", f"since_stop={min(since_stop, 8)}"]
        since_num = 0 if "number" in f else since_num + 1
        since_stop = 0 if t.text[-1] in ".:;!?" else since_stop + 1
        final = k == last or toks[k + 1].line != t.line
        if first:
            f.append("bol")
            f.append("after_blank" if t.line and lines[t.line - 1].blank else "after_text")
        if final:
            f.append("eol")
        f.append(f"linelen={min(counts[t.line], 12) // 3}")
        if counts[t.line] <= LINE_TOKENS:  # what a whole line looks like says nothing of a paragraph run together
            f.extend(_line_shape(lines, t.line))
            f += [f"L:{x}" for x in _rule_styles(lines[t.line], 0)]
        f.append(f"pos={10 * k // (last + 1)}")
        if lines[t.line].bullet and first:
            f.append("bullet")
        f.extend(_rule_styles(lines[t.line], t.start))
        own.append(f)
    return own


def _with_neighbours(own: list[list[str]]) -> list[list[str]]:
    """Each token's features with what its two neighbours on either side show of themselves (``SHOWN``)."""
    last = len(own) - 1
    shown = [[x for x in f if x.startswith(SHOWN)] for f in own]  # what a neighbour shows of itself
    prefixed = {d: [[f"{d}:{x}" for x in f] for f in shown] for d in (-2, -1, 1, 2)}
    out = []
    for k, f in enumerate(own):
        feats = ["bias", *f]
        for d in (-2, -1, 1, 2):
            if 0 <= k + d <= last:
                feats += prefixed[d][k + d]
            else:
                feats.append(f"{d}:none")
        out.append(feats)
    return out
