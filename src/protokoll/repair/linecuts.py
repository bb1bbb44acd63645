"""Where a flattened line breaks: before header labels, meeting roles and the labels of an item's parts,
and after an item heading's title (:func:`line_cuts`). Split from :mod:`.layout`, which finds the item headings
and makes the cuts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .layoutwords import (ACTION, CONNECTORS, DNR, LABEL, LABEL_KIND, LO, MAX_TITLE_WORDS, NAME_AFTER, NAME_BEFORE,
                          OUTLINE, PRESENTER, QUOTE, RUNNING_TEXT, SENTENCE_END, SENTENCE_OPENERS, before, last_word,
                          skip_space)
from ..swedish.rostercolumns import role_cell
from .dnrentry import entry_number_start
from .pages import UP

#: a letterhead's organisation in capitals among other capitals ("PROTOKOLL SÖDERHAMNS KOMMUN NÄMND"): a line
#: of its own, as it stood above the page's labels
ORG_CAPS = re.compile(rf"(?<=[{UP}:] )[{UP}][{UP}-]+S? (?:KOMMUN|STAD|LANDSTING)(?= [{UP}]|\s*$)"
                      rf"|(?<=[{UP}:] )REGION [{UP}][{UP}-]+(?= [{UP}]|\s*$)")
#: the dots or rule of a signature line after a role, a name after it
SIGN_LINE = re.compile(rf"\s*(?:\.{{3,}}|…+|_{{3,}})\s*(?=[{UP}][{LO}])")
Span = tuple[int, int]  #: (start of an item heading, start of its title) in a line


class Cut(NamedTuple):
    pos: int  #: offset in the line where a new line starts
    sep: str  #: "\n", or "\n\n" for a new paragraph


class _Heads(NamedTuple):
    """A line's item headings, indexed so that a label or title looks one up in O(log n):
    a flattened megabyte line has thousands of labels and headings, and comparing every
    label with every heading was quadratic."""

    spans: list[Span]
    titles: frozenset[int]  #: title starts
    sorted_titles: list[int]
    starts: list[int]  #: heading starts, sorted

    @classmethod
    def of(cls, spans: list[Span]) -> _Heads:
        titles = [t for _, t in spans]
        return cls(spans, frozenset(titles), sorted(titles), sorted(start for start, _ in spans))


def line_cuts(text: str, heads: list[Span]) -> list[Cut]:
    """Every place in a flattened line where a new line (or paragraph) starts, given its item headings."""
    cuts = [Cut(start, "\n\n") for start, _ in heads]
    cuts += [Cut(title, "\n") for start, title in heads if DNR.search(text, start, title) or _split_digits(text[start:title])]
    indexed = _Heads.of(heads)
    cuts += _label_cuts(text, indexed)
    cuts += _action_cuts(text, indexed)
    cuts += [Cut(pos, "\n") for m in ORG_CAPS.finditer(text) for pos in (m.start(), m.end())]
    cuts += _title_cuts(text, indexed, sorted({c.pos for c in cuts}))
    best: dict[int, str] = {}
    for c in cuts:
        pos = skip_space(text, c.pos)
        if 0 < pos < len(text):
            best[pos] = max(best.get(pos, ""), c.sep, key=len)
    return [Cut(p, s) for p, s in sorted(best.items())]


def _split_digits(heading: str) -> bool:
    """ "§ 2 1": a paragraph number whose digits the scan split stands on its line, as the reader knows it."""
    return bool(re.search(r"§\s*\d{1,3} \d\s*[.:]?\s*$", heading))


def _in_heading(pos: int, heads: _Heads) -> bool:
    """The word starts an item's title ("2. Tid och plats för justering"): it is no label."""
    return pos in heads.titles


def _label_cuts(text: str, heads: _Heads) -> list[Cut]:
    """Header labels and meeting roles in label position."""
    out: list[Cut] = []
    for m in LABEL.finditer(text):
        pos, end = m.start(), m.end()
        kind = LABEL_KIND[m.group(1).casefold()]
        after = text[end:end + 120]
        colon = after.lstrip().startswith(":")
        prev = before(text, pos)
        if prev.endswith("(") or (not colon and _in_heading(pos, heads)):
            continue
        if kind == "role":
            out += _role_cuts(text, pos, end, colon)
        elif colon or kind == "strong" or _weak_label_ok(prev, after, m.group(1)):
            out.append(Cut(pos, "\n"))
    return out


def _weak_label_ok(prev: str, after: str, word: str) -> bool:
    """A common word is a label only with a value after it and not inside a phrase; in capitals, a word in
    capitals before it and a small word in capitals after it, it is a title's ("VAL AV NY ERSÄTTARE I NÄMNDEN")."""
    if prev.endswith(",") or last_word(prev).casefold() in CONNECTORS:
        return False
    if word.isupper() and re.search(rf"[{UP}]{{2,}}\s*$", prev) and CAPS_CONNECTOR.match(after):
        return False
    return bool(re.match(rf"\s+[{UP}\d(]", after))


#: a small word in capitals that goes on a title after a capitalised noun ("ERSÄTTARE I ...", "... FÖR ...")
CAPS_CONNECTOR = re.compile(r"\s+(?:I|FÖR|AV|OCH|SOM|TILL|PÅ|MED|OM|VID|FRÅN|INOM|EFTER)\s+[A-ZÅÄÖ]{2,}")


def _role_cuts(text: str, pos: int, end: int, colon: bool) -> list[Cut]:
    """ "Ordförande: X", "Ordförande Anna Berg" (label) or "Anna Berg Ordförande" (signature)."""
    m_role = text[pos:end]
    prev, after = text[max(0, pos - 80):pos], text[end:end + 120]
    if colon:
        return [Cut(pos, "\n")]
    if m_role == "Ordförande" and role_cell(prev, after):  #: "Anna Berg (S) Ordförande Per Ek (M)": a roster's role column
        return []
    if dots := SIGN_LINE.match(after):  #: "Ordförande ... Anders Ås": the name under the signature line
        return [Cut(pos, "\n"), Cut(end + dots.end(), "\n")]
    if prev.rstrip().endswith(",") or re.match(rf"\s+[{LO}]", after):
        return []
    name = _name_before(prev)
    if name is not None and not prev[:name].rstrip().endswith(",") and _signature_follows(after):
        return [Cut(pos - len(prev) + name, "\n"), Cut(pos, "\n"), Cut(end, "\n")]
    return [Cut(pos, "\n")]


def _name_before(prev: str) -> int | None:
    """Start of the person's name ending ``prev``: two words, three after a sentence end or a date."""
    m = NAME_BEFORE.search(prev)
    if not m or any(w.casefold() in LABEL_KIND for w in m.group(2).split()):
        return None  #: "Paragrafer Nr Ordförande ...": a label is no name
    three = m.group(2).count(" ") == 2
    after_end = m.group(1) and not _item_number_before(prev, m.start(1))
    return m.start(2) if not three or m.start(2) == 0 or after_end else m.start(2) + m.group(2).index(" ") + 1


def _item_number_before(prev: str, at: int) -> bool:
    """The digit before the name ends an item's bare number ("... 4 Delegationsbeslut Anna Ek Ordförande": the last
    listed item's title, then the signer), not a date or a sentence: its first word is the title's."""
    word = prev[:at + 1].rsplit(None, 1)[-1] if prev[:at + 1].strip() else ""
    return word.isdigit() and len(word) <= 3


def _signature_follows(after: str) -> bool:
    """After a role word: nothing, another label, an item's part ("Dnr: ...", "Beslut"), or another "Name Role" pair."""
    if not after.strip() or LABEL.match(after.lstrip()) or ACTION.match(after.lstrip()):
        return True
    m = NAME_AFTER.match(after)
    rest = after[m.end():] if m else after
    lab = LABEL.match(rest.lstrip())
    return bool(lab) and (m is None or LABEL_KIND[lab.group(1).casefold()] == "role")


def _action_cuts(text: str, heads: _Heads) -> list[Cut]:
    """ "Beslut", "Förslag till beslut", "Föredragande", "Dnr" ... where they start a unit."""
    out: list[Cut] = []
    for m in ACTION.finditer(text):
        prev = before(text, m.start())
        if prev.endswith(("(", ",")) or _in_heading(m.start(), heads):
            continue
        if m.group("dnr"):
            start = entry_number_start(text, m.start())
            out.append(Cut(m.start() if start is None else start, "\n"))
        elif m.group("colon"):
            out.append(Cut(m.start(), "\n"))
        elif _starts_unit(text, m, prev, heads):
            out += _action_label_cuts(text, m)
    return out


def _starts_unit(text: str, m: re.Match, prev: str, heads: _Heads) -> bool:
    """The label follows a sentence end, a line start or a heading's title, and a colon or a value follows it."""
    if m.group("clause"):
        return bool(SENTENCE_END.search(prev))
    after = text[m.end():m.end() + 120]
    if after.lstrip().startswith(":"):
        return True
    if last_word(prev).casefold() in CONNECTORS:
        return False
    begins = not prev or SENTENCE_END.search(prev) or _in_title(text, m.start(), heads)
    return bool(begins) and (not after.strip() or bool(re.match(rf"\s+(?:att\b|[{UP}\d{QUOTE}])", after)))


def _action_label_cuts(text: str, m: re.Match) -> list[Cut]:
    """A new line before the label; a paragraph before "Beslut" and its kin, a heading line without colon."""
    if m.group("line"):
        return [Cut(m.start(), "\n")]
    colon = text[m.end():m.end() + 3].lstrip().startswith(":")
    return [Cut(m.start(), "\n\n")] + ([] if colon or m.group("clause") else [Cut(m.end(), "\n")])


def _in_title(text: str, pos: int, heads: _Heads) -> bool:
    """``pos`` lies in the title of the item heading before it, before any sentence of its text."""
    k = bisect_right(heads.sorted_titles, pos)
    title = heads.sorted_titles[k - 1] if k else None
    if title is None or pos - title > 20 * MAX_TITLE_WORDS:
        return False
    span = text[title:pos]
    return len(span.split()) <= MAX_TITLE_WORDS and not re.search(r"[.!?]\s", span)


# --- heading titles ----------------------------------------------------------------------

def _title_cuts(text: str, heads: _Heads, cuts: list[int]) -> list[Cut]:
    """Where each heading's title ends and the item's text (or its presenter) begins (``cuts`` sorted)."""
    out = []
    for _, title in heads.spans:
        stop = _first_after(cuts, title, len(text))
        item_end = _first_after(heads.starts, title, len(text))
        split = _title_end(text[title:stop], text[title:item_end])
        if split:
            out.append(Cut(title + split, "\n"))
    return out


def _first_after(values: list[int], pos: int, default: int) -> int:
    """The first of the sorted ``values`` greater than ``pos``, else ``default``."""
    k = bisect_right(values, pos)
    return values[k] if k < len(values) else default


def _title_end(segment: str, item: str) -> int | None:
    """Offset of what follows the title at the start of ``segment``, if certain.

    A sentence follows when the item has running text (a sentence end somewhere);
    in an agenda without running text only a presenter ("Anna Berg, controller") does.
    """
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", segment)]
    depth = 0
    for k, (at, w) in enumerate(words[:MAX_TITLE_WORDS + 1]):
        if k and depth == 0 and _starts_sentence(words, k):
            return at if RUNNING_TEXT.search(item, at) or PRESENTER.match(segment, at) else None
        depth = max(0, depth + w.count("(") - w.count(")"))
    return None


def _starts_sentence(words: list[tuple[int, str]], k: int) -> bool:
    """The k-th word starts the running text after a title made of the words before it."""
    word, prev = words[k][1], words[k - 1][1]
    if not _capitalised(word) or prev.endswith((",", ";", ":", "-", "–", "&", "/")):
        return False
    nxt = [w for _, w in words[k + 1:k + 3]]
    if re.search(rf"[{LO}]{{3,}}[.!?]$", prev) and "." not in prev[:-1]:
        return True
    if prev.strip("()").casefold() in CONNECTORS or len(words) - k < 3 or OUTLINE.fullmatch(prev):
        return False
    lower_next = bool(nxt) and nxt[0][:1].islower()
    if k == 1:
        return word in SENTENCE_OPENERS and lower_next
    if _capitalised(prev) or prev.isupper():
        return False
    named = len(nxt) == 2 and _capitalised(nxt[0]) and nxt[1][:1].islower()
    return word in SENTENCE_OPENERS or lower_next or named


def _capitalised(word: str) -> bool:
    return bool(re.match(rf"[{QUOTE}(]?[{UP}][{LO}]", word))
