"""Lines of a document, cleaned of what is not the document's own text.

Removes web-page chrome (a document copied from a document-sharing site
carries "Storlek: px", "Download ...", "Transkript"), page headers and
footers repeated on every page, bare page numbers (a number after a bullet is a list's
item number, kept), and normalises bullet glyphs to "- ". Every line keeps its character offset in the input so that
extracted values can point back at their source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..swedish.kept import kept
from .features import DIGIT, once


@dataclass(frozen=True)
class Line:
    """One line; its features (``blank``, ``digit``, ``folded``) are computed once, when a rule first asks
    (``blank`` when the line is made),
    so that rules gate their regexes on them instead of each scanning the text again."""

    text: str  #: the cleaned line, stripped
    start: int  #: offset of the line in the input text
    bullet: bool = False  #: the line began with a bullet glyph

    def __init__(self, text: str, start: int, bullet: bool = False) -> None:
        """The fields set in the instance's dict: a frozen dataclass's own ``__init__`` calls
        ``object.__setattr__`` per field, and a document makes a Line per line (issue 12)."""
        d = self.__dict__
        d["text"], d["start"], d["bullet"], d["blank"] = text, start, bullet, not text  # ``blank``: asked of every line

    @once
    def blank(self) -> bool:
        return not self.text

    @once
    def digit(self) -> bool:
        """The line has a digit (any script's, as ``\\d`` reads it): no number, date or time without one."""
        return DIGIT.search(self.text) is not None

    @once
    def folded(self) -> str:
        """The text case-folded, for keyword tests."""
        return self.text.casefold()


WEB_CHROME = re.compile(
    r"^(Storlek:\s*px|Starta visningen från sidan:?|Download\s+\".*|Ladda ner\s+\".*|Transkript|"
    r"Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG|Dokumentet är en .*|Relaterade dokument.*|"
    r"Dela dokument.*|Skriv ut.*|Tillbaka till .*|Till toppen|Sidan uppdaterad.*|"
    # a web site's frame around a published document: its menu, its page dates, its cookie notice
    r"Publicerad:?\s.*|Publicerat:?\s.*|Senast (?:uppdaterad|ändrad|granskad):?\s.*|Uppdaterad:?\s.*|"
    r"Sidan (?:uppdaterades|ändrades|granskades)(?: senast)?:?\s.*|Hoppa till (?:huvudinnehåll|innehåll|innehållet)|"
    r"Till innehållet|Meny|Stäng meny|Sök|Lyssna|Dela|Dela sidan|Logga in|Jag förstår|"
    r"(?:Vi|Webbplatsen|Den här webbplatsen|Denna webbplats) använder (?:kakor|cookies)\b.*)$", re.I)
CHROME_FIRST = frozenset("sdltwrpuhmjv")  #: the first letters (folded) of the ``WEB_CHROME`` lines
PAGE_NUMBER = re.compile(r"^(sida\s*)?\d{1,3}\s*(\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})?$", re.I)
PAGE_MARK = re.compile(r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$|\bsida\s+\d{1,3}(\s*(av|\()\s*\d{1,3}\)?)?\s*$", re.I)
BULLET = re.compile(r"^\s*(?:[•\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
                    r"\u25a0\u25a1\u2013\u2014*·]|-(?!-)|o(?=\s))\s*")

#: what a stripped line that ``BULLET`` matches starts with
BULLET_FIRST = frozenset("•\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25a0\u25a1\u2013\u2014*·-o")


def split_lines(text: str) -> list[Line]:
    """The document as cleaned lines (blank lines kept as paragraph breaks)."""
    raw: list[Line] = []
    pos = 0
    for chunk in (text.replace("\f", "\n") if "\f" in text else text).split("\n"):  # = BREAK.split(text)
        raw.append(_clean(chunk, pos))
        pos += len(chunk) + 1  # the "\n" or "\f" after it
    lines = _drop_repeated_headers(raw)
    return [ln for ln in lines if not (ln.text[:1].casefold() in CHROME_FIRST and WEB_CHROME.match(ln.text))
            and not (ln.digit and not ln.bullet and PAGE_NUMBER.match(ln.text))
            and not (ln.text.startswith("---") and RULE.fullmatch(ln.text))]


BREAK = re.compile(r"\n|\f")
RULE = re.compile(r"-{3,}[\s\-]*")
SPACES = re.compile(r"[ \u00a0]{2,}(?!\t)")
DIGITS = re.compile(r"\d+")


def _clean(chunk: str, start: int) -> Line:
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    m = BULLET.match(body) if body[:1] in BULLET_FIRST else None
    bullet = bool(m) and len(body) > m.end()
    if bullet:
        body = body[m.end():]
        lead += m.end()
    if "  " in body or "\u00a0" in body:
        body = SPACES.sub("  ", body)
    if "**" in body:
        body = body.replace("**", "").strip()
    line = Line(body, start + lead, bullet)
    line.__dict__["digit"] = DIGIT.search(body) is not None  # ``digit``, asked of every line by split_lines
    return line


def _key(ln: Line) -> str:
    return DIGITS.sub("#", ln.folded) if ln.digit else ln.folded


def _drop_repeated_headers(lines: list[Line]) -> list[Line]:
    """Drop page headers/footers: lines carrying a page mark ("2(8)", "Sida 2 av 8")
    or lines repeated at least three times with digits ignored that look like running heads."""
    if not any([ln.digit and PAGE_MARK.search(ln.text) for ln in lines]):  # a page mark has a digit
        return list(lines)  # the lines with no mark: none is dropped or changed, no key needs counting
    keys = [_key(ln) if ln.text else "" for ln in lines]
    counts = Counter(key for key in keys if key)
    out: list[Line] = []
    seen: set[str] = set()
    for ln, key in zip(lines, keys):
        if ln.text and counts[key] >= 2 and PAGE_MARK.search(ln.text):  # repeated lines first: few
            if key in seen:
                continue
            seen.add(key)
            ln = Line(PAGE_MARK.sub("", ln.text).strip(), ln.start, ln.bullet)
        out.append(ln)
    return out


def close_broken_paragraphs(lines: list[Line]) -> list[Line]:
    """Drop a blank line that cuts a sentence in two: the line before it ends without a sentence's end
    and the line after it goes on in lower case ("... ger Anna Berg i uppdrag att" + blank + "ta fram ...").
    OCR puts such blank lines between wrapped lines; a new paragraph starts with a capital, a list with a
    bullet, and an "att"-clause of a decision is its own clause."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        if ln.blank and out and not out[-1].blank and k + 1 < len(lines) and _continues(out[-1], lines[k + 1]):
            continue
        out.append(ln)
    return out


def _continues(before: Line, after: Line) -> bool:
    return bool(after.text) and not after.bullet and bool(re.match(r"[a-zåäö]", after.text)) \
        and not after.text.startswith("att ") and not re.search(r"[.!?:;]\s*$", before.text)


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        out.append(cur)
    return out


KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "till", "som"}


def join(lines: list[Line]) -> str:
    """Lines joined as running text, healing words hyphenated at line ends.

    Built in pieces (:class:`_Joined`): growing one string line by line, and looking at its last
    word with ``rsplit``, copied the text so far for every line (quadratic in the lines).
    """
    joined = "\n".join([ln.text for ln in lines])  # "\n" or " " between: the same once split
    if "-" not in joined or not any(ln.text.endswith("-") for ln in lines):  # no word to heal
        return " ".join(joined.split())  # = WHITESPACE.sub(" ", joined).strip(): split() and \s agree on whitespace
    text = _Joined()
    for ln in lines:
        t = ln.text
        if text.endswith_hyphen() and t[:1].islower() and not text.endswith_space_hyphen():
            first = t.split(" ", 1)[0]
            keep = first in KEEP_HYPHEN_BEFORE or text.hyphen_inside_last_word() \
                or text.before_last()[-1:].isupper() or text.before_last()[-1:].isdigit()
            if keep and first not in KEEP_HYPHEN_BEFORE:
                text.add(t)
            elif keep:
                text.add(f" {t}")
            else:
                text.drop_last()
                text.add(t)
        else:
            text.add(f" {t}" if text else t)
    return " ".join(str(text).split())


WHITESPACE = re.compile(r"\s+")


class _Joined:
    """A growing text kept as the part up to its last space plus its last word (``tail``),
    the word itself in pieces, with what ``join`` asks of it in O(1)."""

    def __init__(self) -> None:
        self.parts: list[str] = []  #: the text up to and including its last space
        self.tail: list[str] = []  #: the text after its last space, in pieces
        self.hyphens = 0  #: "-" in the tail

    def __bool__(self) -> bool:
        return bool(self.parts) or any(self.tail)

    def __str__(self) -> str:
        return "".join(self.parts) + "".join(self.tail)

    def add(self, s: str) -> None:
        cut = s.rfind(" ")
        if cut < 0:
            self.tail.append(s)
            self.hyphens += s.count("-")
            return
        self.parts += [*self.tail, s[:cut + 1]]
        self.tail, self.hyphens = [s[cut + 1:]], s[cut + 1:].count("-")

    def _last_chars(self, n: int) -> str:
        """The last ``n`` characters of the tail (fewer if it is shorter)."""
        out = ""
        for piece in reversed(self.tail):
            out = piece + out
            if len(out) >= n:
                break
        return out[-n:] if n else ""

    def endswith_hyphen(self) -> bool:
        return self._last_chars(1) == "-"

    def endswith_space_hyphen(self) -> bool:
        return self._last_chars(2) == "-" and bool(self.parts)

    def hyphen_inside_last_word(self) -> bool:
        """A "-" in the last word before its final character (which is a "-")."""
        return self.hyphens - 1 > 0

    def before_last(self) -> str:
        """The last word's second-to-last character, or "" when it has one character."""
        last = self._last_chars(2)
        return last[:1] if len(last) == 2 else ""

    def drop_last(self) -> None:
        """Drop the final character (a "-" of the last word)."""
        while self.tail and not self.tail[-1]:
            self.tail.pop()
        self.tail[-1] = self.tail[-1][:-1]
        self.hyphens -= 1


def sentences(lines: list[Line]) -> list[str]:
    """Sentences of a run of lines: a line ending in punctuation, a bullet or a paragraph break ends one.

    Kept for the last runs asked for: an item's body is read for decisions, dissent, assignments and
    forwarding, each by its sentences. The key is what the sentences depend on, each line's text and
    bullet (hashing the lines themselves calls a Python ``__hash__`` per line)."""
    key = tuple([(ln.text, ln.bullet) for ln in lines])
    found = _SENTENCES.get(key)
    if found is None:
        found = _SENTENCES[key] = _sentences(lines)
        if len(_SENTENCES) > 64:
            del _SENTENCES[next(iter(_SENTENCES))]  # the oldest
    return list(found)


_SENTENCES: dict[tuple[tuple[str, bool], ...], tuple[str, ...]] = {}


def _sentences(lines: list[Line]) -> tuple[str, ...]:
    units: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank or ln.bullet or "\t" in ln.text:
            if cur:
                units.append(cur)
            cur = [] if ln.blank else [ln]
            continue
        cur.append(ln)
        if ln.text.endswith((".", "!", "?", ":")):
            units.append(cur)
            cur = []
    if cur:
        units.append(cur)
    out: list[str] = []
    for unit in units:
        out += split_sentences(join(unit))
    return tuple(out)


#: ``(?<=[.!?])\s+(?=[A-ZÅÄÖ])`` with its look-behind after the first space: the engine skips to a space
SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-ZÅÄÖ])")
ABBREVIATION = re.compile(r"(?:\b\w{1,4}\.\w{1,4}\.(?:\w{1,4}\.)*|\b(?:kl|ca|nr|resp|tf|bitr|jfr|ang|enl|fd|st|"
                          r"avd|tel|dnr|inkl|exkl|bl|pkt|p|s|f)\.)$", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences of running text; abbreviations ("m.h.a.", "bl.a.", "kl.") do not end one. Kept for the
    last texts (a new list each time): decisions are split again by the assignment and dissent readers."""
    return list(_split_sentences(text))


@kept(maxsize=1024)
def _split_sentences(text: str) -> tuple[str, ...]:
    if "." not in text and "!" not in text and "?" not in text:  # no sentence's end in it
        return (text.strip(),) if text.strip() else ()
    out: list[str] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if ABBREVIATION.search(text[max(start, m.start() - 12):m.start()]):
            continue
        out.append(text[start:m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return tuple(s for s in out if s)
