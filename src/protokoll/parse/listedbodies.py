"""The decisions of items read from a document's own list of items, found where the document repeats each title
over the item's text.

A protocol copied from a PDF often keeps its list of items ("Ärendelista", "Dagordning 1. ... 2. ...") before
the paragraphs; with the line breaks lost, the item reader takes the items from that list and the paragraphs
("17 Föregående protokoll att lägga informationen till handlingarna ...") are never read as the items' text. The
document confirms where each item's text is: its title written a second time, after the list. An item's text is
read there only when the document is written that way: two items or more, of titles no other item has, are
written twice, every first writing before any second one, the second writings in the items' order (else abstain);
the text runs to the next such title, and is not read when another item's title is written inside it. A text
that opens with an "att"-clause is the decision whose label ("Rådet beslutar") was lost: a protocol's paragraph
never opens with a lower-case "att" otherwise. Module of its own: the item reader (:mod:`.itemreader`) and the
decision reader (:mod:`.decisions`) are at the module size limit.
"""

from __future__ import annotations

from bisect import bisect_right
import re

from .decisions import read_decisions
from .decisionend import cut_tails
from .lines import Line

#: the next item's number left at the text's end ("... väljs Eva Holm 79"), or a page's number "4(13)"
TRAILING_NUMBER = re.compile(r"\s+(?:§\s*)?\d{1,3}(?:\s*\(\d{1,3}\))?\s*$")
#: an "att"-clause's end where the copy lost its full stop: "att lägga informationen till handlingarna Våra ..."
CLAUSE = re.compile(r"^att\s+\S[^.!?]*?(?:till\s+handlingarna(?=\s+[A-ZÅÄÖ])|[.!?](?=\s|$)|$)")
#: the shortest title looked up (a word or two such as "Övrigt" may stand anywhere in the text)
MIN_TITLE = 12
#: the longest own text of an item read from the list (its line's rest: a case number, pages, a presenter), unless
#: that text holds other items' titles (the list's rest run on)
OWN_TEXT = 60
#: the shortest title of another item whose writing inside an item's text makes the reader abstain ("Övrigt")
OTHER_TITLE = 5


def decide_listed(items: list, text: str) -> None:
    """Decisions for items that have none and no text of their own (nearly none, or the list's rest), read in the
    text after each title's second writing (see the module's docstring); nothing when the document does not confirm
    it."""
    if not any(not i.decisions for i in items):
        return
    spans = _second_writings(items, text)
    titles = [" ".join((i.title or "").split()) for i in items]
    for k, (item, _, start) in enumerate(spans):
        own = " ".join((item.title or "").split())
        if item.decisions or len(item.text) > OWN_TEXT and not _others_in(item.text, own, titles):
            continue  # the item's own text was read where it stands, without a decision
        end = spans[k + 1][1] if k + 1 < len(spans) else min(len(text), start + 600)
        span = text[start:end]
        if _others_in(span, own, titles):
            continue  # another item's heading inside: where this item's text ends is not known
        body = TRAILING_NUMBER.sub("", span).strip()
        if body.startswith("att "):
            item.decisions = [CLAUSE.match(body).group(0).strip()]
        elif body:
            lines = [Line(" ".join(ln.split()), 0) for ln in body.split("\n")]
            item.decisions = cut_tails(read_decisions(lines).decisions)


def _others_in(text: str, own: str, titles: list[str]) -> bool:
    """Whether another item's title is written in the text."""
    return any(len(t) >= OTHER_TITLE and t != own and _find(text, t, 0) >= 0 for t in titles)


def _second_writings(items: list, text: str) -> list[tuple[object, int, int]]:
    """(item, where its title's second writing starts, where the text after it starts) for each item whose title
    the text writes twice, the first writings all before the second ones and these in the items' order; [] when
    the document is not written so."""
    found, seen = [], set()
    titles = [" ".join((item.title or "").split()) for item in items]
    keys = [(item.number or id(item), title) for item, title in zip(items, titles)]  # an item read twice: once
    ordered, numbers = sorted(set(titles)), {}  # looked up, not every title compared with every other
    for n, t in keys:
        numbers.setdefault(t, set()).add(n)
    for item, title, key in zip(items, titles, keys):
        if key in seen:
            continue
        seen.add(key)
        if len(title) < MIN_TITLE:  # too short to be found (below): not looked up
            continue
        if len(numbers[title]) > 1 or _opens_other(title, ordered):  # two items of one
            continue  # title, or one opening another's ("Protokoll" / "Protokoll från styrelsen"): its second
            # writing may be the other's heading
        first = _find(text, title, 0) if len(title) >= MIN_TITLE else -1
        second = _find(text, title, first + len(title)) if first >= 0 else -1
        if second >= 0:
            found.append((item, first, second, second + len(title)))
    if len(found) < 2 or max(f[1] for f in found) >= min(f[2] for f in found):
        return []
    seconds = [f[2] for f in found]
    if seconds != sorted(seconds):
        return []
    return [(item, s, e) for item, _, s, e in found]


def _opens_other(title: str, ordered: list[str]) -> bool:
    """Whether another item's title opens with this whole title ("Protokoll" / "Protokoll från styrelsen");
    ``ordered``: the titles sorted, where those opening with it follow it (looked up: a document of thousands of
    titles is not compared pair by pair)."""
    k = bisect_right(ordered, title)
    while k < len(ordered) and ordered[k].startswith(title):
        if not ordered[k][len(title)].isalnum():
            return True
        k += 1
    return False


def _find(text: str, title: str, at: int) -> int:
    """Where the title is written from ``at`` on as a whole phrase (not inside a longer word), else -1."""
    k = text.find(title, at)
    while k >= 0 and (k > 0 and text[k - 1].isalnum() or text[k + len(title):k + len(title) + 1].isalnum()):
        k = text.find(title, k + 1)
    return k
