"""Damage web extraction does to a meeting document's text, as seeded rules for ``bench/extract.py``.

Each rule is about how text copied from a Swedish municipal PDF or web page is damaged in general, never
about one document: the page furniture a PDF repeats on every page (a signature box, "Sida 3 av 12", the
protocol's running head), a site's chrome before and after the document (skip links, breadcrumbs, share and
print buttons, a cookie notice), hard wraps at 60-90 characters with words hyphenated at the line end (or
"kommun- styrelsen" where a wrapped line was joined again), doubled blank lines and spaces, bullets and tabs,
and typographic glyphs (ligatures, curly quotes, soft hyphens, non-breaking spaces).

Every rule is deterministic: its random choices are seeded by the text it damages, so a document is damaged the
same way on every run. The gold record stays the document's own (the damage is one a reader should undo).
"""

from __future__ import annotations

import hashlib
import random
import re

LONG = 250  #: a longer line is a flattened page, not a paragraph a PDF wrapped (as repair.pages reads it)
WORD = re.compile(r"(?<![\w-])[A-ZÅÄÖa-zåäöé][a-zåäöé]{9,}(?![\w-])")  #: a word long enough to be hyphenated where a line ends
DATE = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")


FLAT_LINES = 10  #: at most this many non-blank lines per 1000 characters in a flattened transcript


def flattened(t: str) -> bool:
    """Most of the text is in lines of whole pages (a transcript with its line breaks lost, each page a line), and
    it has few lines (a web page's long paragraphs are no pages)."""
    lines = [ln for ln in t.split("\n") if ln.strip()]
    return sum(len(ln) for ln in lines if len(ln) > LONG) > len(t) / 2 and len(lines) * 1000 <= FLAT_LINES * len(t)


def page_line(line: str) -> bool:
    return len(line) > LONG


def rng(text: str, salt: str) -> random.Random:
    return random.Random(hashlib.sha256((salt + "\0" + text).encode("utf-8")).digest())


def _hyphen_cut(word: str, r: random.Random) -> int:
    """Where a word is split: at least four letters on each side."""
    return r.randint(4, len(word) - 4)


def _wrap(line: str, width: int, r: random.Random, hyphenate: bool) -> list[str]:
    """One paragraph line as a PDF lays it out: lines of at most ``width`` characters; with ``hyphenate`` a long
    word that does not fit is split with a hyphen at the line end."""
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            room = width - len(cur) - 2
            if hyphenate and WORD.fullmatch(word.strip(".,;:")) and room >= 4 and len(word) - room >= 4:
                k = min(_hyphen_cut(word, r), room)
                out.append(cur + " " + word[:k] + "-")
                cur = word[k:]
                continue
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return out


def hard_wraps(t: str, hyphenate: bool = False) -> str:
    """Paragraph lines wrapped at 60-90 characters, mid-sentence (a flattened transcript's pages stay as they are:
    no PDF wraps a page into one line and then again at 70 characters)."""
    if flattened(t):
        return t
    r = rng(t, "wrap")
    width = r.randint(60, 90)
    lines = []
    for line in t.split("\n"):
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if len(line) <= width or indent:
            lines.append(line)
        else:
            lines += _wrap(line, width, r, hyphenate)
    return "\n".join(lines)


def hyphenated(t: str) -> str:
    """Hard wraps with long words hyphenated at the line end ("kommun-\\nstyrelsen"); in a flattened page, where the
    wrapped lines were joined again, the hyphen stays before a space ("kommun- styrelsen")."""
    t = hard_wraps(t, hyphenate=True)
    r = rng(t, "hyphen")

    def split(m: re.Match) -> str:
        word = m.group(0)
        if r.random() >= 0.15:
            return word
        k = _hyphen_cut(word, r)
        return word[:k] + "- " + word[k:]

    if not flattened(t):
        return t
    return "\n".join(WORD.sub(split, line) if page_line(line) else line for line in t.split("\n"))


SIGNATURE_BOX = ["Justerandes signatur", "Utdragsbestyrkande"]


KIND = re.compile(r"\b(?:sammanträdes)?protokoll\b|\bkallelse\b|\bföredragningslista\b|\bdagordning\b|"
                  r"\b(?:minnes)?anteckningar\b", re.I)


AGENDA = re.compile(r"kallelse|föredragningslista|dagordning", re.I)


def _kind_word(t: str) -> str:
    m = KIND.search(t)
    return m.group(0) if m else ""


def _page_head(t: str) -> list[str]:
    """The running head a document prints on each page: the name of its kind as it writes it first, and its date
    (when the text gives them)."""
    kind, date = KIND.search(t), DATE.search(t)
    head = " ".join(m.group(0) for m in (kind, date) if m)
    return [head[:1].upper() + head[1:]] if head else []


def page_furniture(t: str) -> str:
    """A printed page's foot and the next page's head repeated between pages: the signature box, the running head
    and "Sida k av n". Pages are a flattened transcript's paragraphs, or runs of 20-35 lines of a line-broken text
    (where a page ends mid-sentence as a PDF's does)."""
    r = rng(t, "furniture")
    box = [] if AGENDA.match(_kind_word(t)) else SIGNATURE_BOX  # an agenda is signed by no one
    lines = t.split("\n")
    flat = flattened(t)
    cuts = ([i for i, ln in enumerate(lines) if page_line(ln)][:-1] if flat
            else list(range(r.randint(20, 35), len(lines) - 3, r.randint(20, 35))))
    pages = len(cuts) + 1 + r.randint(0, 6)
    for k, i in reversed(list(enumerate(cuts, start=2))):
        foot = ["", *(["\t".join(box)] if r.random() < 0.5 else box), ""]
        head = [*_page_head(t), f"Sida {k} av {pages}", ""]
        if flat:
            lines[i] = " ".join([lines[i], *box])  # a transcript's page: its foot ends the line
        else:
            lines[i + 1:i + 1] = foot + head
    return "\n".join(lines)


CHROME_HEAD = ["Hoppa till innehåll", "Meny", "Sök på webbplatsen", "",
               "Startsida > Kommun och politik > Möten och protokoll > Protokoll", "",
               "Lyssna", "Skriv ut", "Dela", "", "Publicerad 14 februari 2022", ""]
CHROME_TAIL = ["", "Dela sidan på Facebook", "Dela sidan på LinkedIn", "Skriv ut sidan", "",
               "Senast uppdaterad: 2 mars 2022", "Var den här sidan till hjälp?", "Ja Nej", "",
               "Den här webbplatsen använder kakor (cookies). Läs mer om hur vi använder kakor.",
               "Godkänn alla kakor", "Endast nödvändiga", "", "Till toppen av sidan"]


def site_chrome(t: str) -> str:
    """The site's chrome before the document (skip link, menu, breadcrumbs, listen/print/share buttons, a published
    date) and after it (share links, an updated date, a feedback question, a cookie notice)."""
    r = rng(t, "chrome")
    head = CHROME_HEAD if r.random() < 0.5 else [" ".join(x for x in CHROME_HEAD if x)]
    return "\n".join(head) + "\n" + t.rstrip("\n") + "\n" + "\n".join(CHROME_TAIL) + "\n"


BULLETS = ("•", "–", "-", "·", "\uf0b7")
SHORT = 70  #: a line this short may be a list entry a bullet stands before


def spacing(t: str) -> str:
    """Doubled blank lines, doubled spaces, a tab after a label's colon, bullets and tabs before short list lines."""
    r = rng(t, "spacing")
    bullet = r.choice(BULLETS)
    out = []
    for line in t.split("\n"):
        if not line.strip():
            out += ["", ""] if r.random() < 0.7 else [" "]
            continue
        line = re.sub(r":[ ]+", lambda m: ":\t" if r.random() < 0.5 else ":  ", line)
        line = re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if r.random() < 0.05 else " ", line)
        if len(line) < SHORT and line[:1].isupper() and r.random() < 0.5:
            line = (bullet + "\t" if r.random() < 0.5 else bullet + " ") + line
        out.append(line)
    return "\n".join(out)


LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def glyphs(t: str) -> str:
    """Typographic glyphs a PDF's text carries: ligatures (ﬁ, ﬂ, ﬀ), curly quotes (” as Swedish prints them, ’),
    soft hyphens inside long words, non-breaking spaces after numbers and between some words."""
    r = rng(t, "glyphs")
    for plain, lig in LIGATURES:
        t = t.replace(plain, lig)
    t = re.sub(r'"', "”", t).replace("'", "’")
    t = WORD.sub(lambda m: m.group(0) if r.random() < 0.7 else
                 m.group(0)[:5] + "\u00ad" + m.group(0)[5:], t)
    t = re.sub(r"(?<=\d) (?=\S)", "\u00a0", t)
    return re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if r.random() < 0.1 else " ", t)


#: name -> transformation of a development document's text
DAMAGE = {
    "page furniture": page_furniture,
    "site chrome": site_chrome,
    "hard wraps": hard_wraps,
    "hyphenated wraps": hyphenated,
    "spacing and bullets": spacing,
    "glyphs": glyphs,
}
