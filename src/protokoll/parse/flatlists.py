"""Lists of items that lost the tie between their numbers and their titles (issue 10).

Two shapes a copy of a protocol's or kallelse's list of items takes when its table or its lines are lost:

- A table of items read column by column (a document-sharing site's text layer gives one cell a line, the
  whole number column first): "Ärendelista" / "§1" / "§2" / "§3" / "Justerare signatur" / "Val av justerare" /
  "Budget 2025" / "Taxor". A run of at least :data:`MIN_ROWS` lines that hold only a paragraph number, rising
  by one, followed (past blank lines and a page's signature furniture) by exactly as many title lines, is the
  list: each title is written as its paragraph's heading on its own line ("§ 1 Val av justerare") and the number
  lines are left blank. Where the title lines are more or fewer than the numbers, nothing changes (abstain).
- A contents list cut short by the end of a copied excerpt: "Innehållsförteckning 49 Lekplats vid skolan 50
  Taxor för hamnen" ends the text, so the list shows two entries only, fewer than :mod:`.contents` asks of a
  numberless run. Two entries whose numbers are both written and follow on (n, n + 1) are a list all the same
  (:func:`numbered_pair`).

Beside them, the nouns an agenda's titles open with (:data:`OPENERS`, :func:`opens_title`) tell where a title starts
in a flattened run after a capitalised word, which :mod:`.contents` and :mod:`.titlestarts` would otherwise read as
the next part of a name.
"""

from __future__ import annotations

import re

from .lines import Line

MIN_ROWS = 3
MAX_TITLE = 150
#: a number cell alone on its line: "§1", "§ 12", "§ 12.", "12." (a bare "12" is dropped as a page number)
NUMBER_CELL = re.compile(r"^(?:§\s*(\d{1,3})\.?|(\d{1,3})[.)])$")
#: a page's signature furniture between or after the columns ("Justerare signatur", "Justerandes sign",
#: "Utdragsbestyrkande"): no title, and it ends the title column
FURNITURE = re.compile(r"^(?:Justerare|Justerandes|Justerares|Ordförandes|Sekreterarens?)\s+(?:signatur|sign\.?)$|"
                       r"^(?:Utdragsbestyr|Sign\.?$|Signatur$)", re.IGNORECASE)
TITLE = re.compile(r"^[\"”“«]?[A-ZÅÄÖÉ][\wåäöÅÄÖé]")


def paired_columns(lines: list[Line]) -> list[Line]:
    """The lines with a number column and the title column after it written as one heading line per item;
    the lines unchanged where no such pair of columns is found."""
    cells = [k for k, ln in enumerate(lines) if 1 < len(ln.text) <= 6 and (ln.text[0] == "§" or ln.text[-1] in ".)")]
    if len(cells) < MIN_ROWS:  # the gate: too few short lines that may be number cells
        return lines
    out = list(lines)
    for numbers in _number_runs(lines, cells):
        titles = _title_run(out, numbers[-1][0] + 1, len(numbers))
        if titles is not None:
            for (k, n), t in zip(numbers, titles):
                ln = out[t]
                prefix = f"§ {n} "
                out[t] = Line(prefix + ln.text, max(0, ln.start - len(prefix)), ln.bullet)
                out[k] = Line("", out[k].start)
    return out


def _number(ln: Line) -> int | None:
    if len(ln.text) > 6 or not (m := NUMBER_CELL.match(ln.text)):
        return None
    return int(m.group(1) or m.group(2))


def _number_runs(lines: list[Line], cells: list[int]) -> list[list[tuple[int, int]]]:
    """The runs of at least :data:`MIN_ROWS` number cells among the lines ``cells``, each (line index, number) one
    more than the one before, with nothing but blank lines between them."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for k in cells:
        n = _number(lines[k])
        if n is None:
            continue
        if run and (n != run[-1][1] + 1 or any(not ln.blank for ln in lines[run[-1][0] + 1:k])):
            runs.append(run)
            run = []
        run.append((k, n))
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_ROWS]


def _title_run(lines: list[Line], i: int, count: int) -> list[int] | None:
    """The indices of exactly ``count`` title lines from line ``i`` on (blank lines and the signature furniture
    before them skipped), the column ending at the next line that is no title; None when they are not exactly
    ``count``."""
    k = i
    while k < len(lines) and (lines[k].blank or FURNITURE.match(lines[k].text)):
        k += 1
    found: list[int] = []
    for j in range(k, len(lines)):
        text = lines[j].text
        if not text:
            continue
        if not _title(text):
            break
        found.append(j)
        if len(found) > count:
            return None
    return found if len(found) == count else None


def _title(text: str) -> bool:
    return len(text) <= MAX_TITLE and bool(TITLE.match(text)) and not text.endswith((".", ":", ",", ";")) \
        and not FURNITURE.match(text) and _number(Line(text, 0)) is None


def numbered_pair(titles: list[tuple[int, str | None, str]]) -> bool:
    """Whether a run's titles are two entries whose numbers are written and follow on ("49 X 50 Y")."""
    if len(titles) != 2 or not all(n and n.isdigit() for _, n, _ in titles):
        return False
    return int(titles[1][1]) == int(titles[0][1]) + 1


#: the nouns an agenda's or contents list's title opens with ("Motion om ...", "Information från ...", "Val av
#: ...", "Yttrande över ..."): where one follows a capitalised word in a run of titles that lost their breaks
#: ("... AB Bostäder Motion om ..."), a new title begins there, not a name's next part
OPENERS = frozenset({
    "Information", "Informationsärenden", "Motion", "Motionssvar", "Medborgarförslag", "Svar", "Yttrande", "Remiss",
    "Ansökan", "Anmälan", "Anmälningsärenden", "Redovisning", "Rapport", "Rapporter", "Val", "Fastställande",
    "Godkännande", "Beslut", "Budget", "Delårsrapport", "Årsredovisning", "Verksamhetsplan", "Verksamhetsberättelse",
    "Uppföljning", "Revidering", "Förslag", "Begäran", "Avsägelse", "Entlediganden", "Entledigande", "Detaljplan",
    "Taxa", "Taxor", "Riktlinjer", "Reglemente", "Delegationsbeslut", "Delegeringsbeslut", "Meddelanden", "Övriga",
    "Övrigt", "Mötets", "Sammanträdets", "Interpellation", "Interpellationer", "Investering", "Upphandling", "Avtal",
    "Överenskommelse", "Månadsrapport", "Tertialrapport", "Bokslut", "Ekonomisk", "Ekonomirapport", "Utredning",
    "Tillsyn", "Nästa"
})


def opens_title(word: str, nxt: str) -> bool:
    """Whether ``word`` (before ``nxt``) opens a title of a run of titles: one of :data:`OPENERS` before a
    lower-case word, a dash or another opener ("Information Delegeringsbeslut Revidering av ...")."""
    word = word.rstrip(".:")
    if word not in OPENERS:
        return False
    return not nxt or nxt[:1].islower() or nxt in ("-", "–") or nxt.rstrip(".:") in OPENERS
