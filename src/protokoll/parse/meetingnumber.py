"""The meeting's own number in its title lines: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021",
"KS 3/2019", "Styrgruppen 4/97", "Protokoll nr 4" (spec: number)."""

from __future__ import annotations

import re

from .features import has_any, keyword_fold
from .lines import Line

#: "Sammanträdesnummer: 3", "Mötesnummer 4/2021", "Protokollnummer 12": a label of the number itself
NUMBER_LABEL = re.compile(r"\b(?:sammanträdes|mötes|protokolls?)nummer\s*:?\s*(\d{1,3}(?:\s*/\s*(?:19|20)\d{2})?)\b", re.I)
#: "KS 3/2019", "LS 11/2009": a body's letter code and the meeting's number in its year (a case number is
#: written year first, "KS 2019/123", and after "Dnr")
#: (in brackets, "(KF 77/2014)", it refers to another meeting's decision)
CODE_NUMBER = re.compile(r"(?<!Dnr )(?<!Dnr: )(?<!Dnr\. )(?<!\()\b[A-ZÅÄÖ]{2,4}\s+(\d{1,2}/(?:19|20)\d{2})(?![\d/-])")
#: "Beslutsgruppen 4/97", "Styrelsen 3/2019" in a title line: a capitalised word, then the number in its year
TITLE_NUMBER = re.compile(r"(?<!Dnr )(?<!§ )(?<!Sid )(?<!Sida )(?<=[A-Za-zåäöÅÄÖ] )(\d{1,2})/((?:19|20)\d{2}|\d{2})"
                          r"(?![\d/-])")
#: before a number in its year, what makes it another's: a case number ("Dnr 4/2019"), or a reference in brackets to
#: an earlier decision ("arbetsordning (KF 77/2014) upphävs")
NOT_OWN_BEFORE = re.compile(r"\b(?:dnr|diarienr|diarienummer)\b|\(\S*\s*$", re.I)
#: "Sammanträde 3", "Möte 2" alone (not a page "Protokoll 1 (6)", not a day "möte 3 juni")
BARE_NUMBER = re.compile(r"\b(?:sammanträde|möte)\s+(\d{1,2})\b(?!\s*(?:[(/:.,-]|\d|[a-zåäö]))", re.I)
#: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021" (also in compounds)
NUMBER_IN_YEAR = re.compile(r"(?:protokoll|möte|sammanträde|anteckningar|\bnr|\bnummer)\s*"
                            r"(?:nr\.?\s*)?(\d{1,2}\s*[/-]\s*(?:19|20)\d{2}|\d{1,2}/\d{2})(?![\d/-])", re.I)
#: "Protokoll nr 4", "Styrelsemöte nr 3"
NUMBER_WITHOUT_YEAR = re.compile(r"(?:protokoll|möte|sammanträde|anteckningar)\s+(?:nr|nummer)\.?\s*(\d{1,3})\b"
                                 r"(?!\s*[/:.-]\s*\d)", re.I)


#: a title line that holds only the number after its word: "Nr 4", "Nummer: 12", "NR. 3" (the header's own line,
#: under the title; an item's "Ärende nr 12" has its noun before it)
LONE_NUMBER = re.compile(r"^\s*(?:Nr|NR|Nummer|NUMMER)\.?\s*:?\s*(\d{1,3})\s*$")
LONE_WITHIN = 4  #: read only among the first title lines: a lone "Nr 12" further down may open an ärende


#: the number's label as a table's first column: "Nummer", "Nr", "Protokollnummer"
COLUMN_LABEL = re.compile(r"(?:Nummer|NUMMER|Nr|NR|Protokollnummer|Sammanträdesnummer)\.?")
CELL_NUMBER = re.compile(r"\d{1,3}(?:/(?:19|20)\d{2})?")


def read_number(title_lines: list[Line]) -> str | None:
    """The meeting's own number (see :func:`_first_number`, else :func:`_column_number`); none where two title lines
    write two different ones (a site's page title and the document's own heading: which is the meeting's is not
    known)."""
    found = _first_number(title_lines) or _column_number(title_lines)
    if found is None:
        return None
    others = {n for k, ln in enumerate(_written(title_lines)) if ln.digit and (n := _own_in_line(ln.text, k))}
    return None if others - {found, found.split("/")[0]} else found


def _column_number(title_lines: list[Line]) -> str | None:
    """A header table's label row and value row: "Nummer  Sammanträdesdatum" over "9  26.3.2015" (cells apart by
    wide spacing): the number where its label is the first cell of a row and the next row, with as many cells,
    opens with a bare number."""
    rows = [ln.text for ln in title_lines if ln.text]
    for k, label in enumerate(rows[:-1]):
        if label[:1] not in "NPS" or not rows[k + 1][:1].isdigit():  # the cheap test: a label row over a number
            continue
        cells, values = label.split("  "), rows[k + 1].split("  ")
        if COLUMN_LABEL.fullmatch(cells[0].strip()) and len(cells) == len(values) \
                and CELL_NUMBER.fullmatch(values[0].strip()):
            return values[0].strip()
    return None


def _written(title_lines: list[Line]) -> list[Line]:
    return [ln for ln in title_lines if ln.text.strip()]


def _own_in_line(text: str, k: int) -> str | None:
    """The number a line writes as a meeting's own with its word ("Protokoll nr 4", "Möte 3/2020", "Nr 4")."""
    low = keyword_fold(text)
    if m := _in_year(text, low):
        return re.sub(r"\s+", "", m.group(1)).replace("-", "/")
    m = _without_year(text, low) or (LONE_NUMBER.match(text) if k < LONE_WITHIN else None)
    return m.group(1) if m else None


#: the words one of which each case-blind number pattern needs, as :func:`.features.keyword_fold` folds a line (a
#: case-blind pattern's letter is a fold of the line's letter: every line it matches holds the word folded); the
#: patterns were tried at every position of every title line with a digit, ~50 ns a character (issue 12)
IN_YEAR_WORD = has_any(("protokoll", "möte", "sammanträde", "anteckningar", "nr", "nummer"))


def _in_year(text: str, low: str) -> re.Match | None:
    """``NUMBER_IN_YEAR.search(text)`` (``low``: the text folded), tried only where its "/" or "-" and a word of
    it are written."""
    return NUMBER_IN_YEAR.search(text) if ("/" in text or "-" in text) and IN_YEAR_WORD(low) else None


def _without_year(text: str, low: str) -> re.Match | None:
    """``NUMBER_WITHOUT_YEAR.search(text)``, tried only where its "nr" or "nummer" is written."""
    return NUMBER_WITHOUT_YEAR.search(text) if "nr" in low or "nummer" in low else None


def _first_number(title_lines: list[Line]) -> str | None:
    """The meeting's own number: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021", a line "Nr 4"."""
    for ln in title_lines:
        if not ln.digit:  # every number pattern needs a digit
            continue
        low = keyword_fold(ln.text)
        m = _in_year(ln.text, low) or ("nummer" in low and NUMBER_LABEL.search(ln.text)) \
            or ("/" in ln.text and CODE_NUMBER.search(ln.text))
        if m:
            return re.sub(r"\s+", "", m.group(1)).replace("-", "/")
    for ln in [x for x in title_lines if x.text][:3]:  # "Styrgruppen 4/97": the number in its year after the name
        m = TITLE_NUMBER.search(ln.text) if ln.digit and "/" in ln.text else None
        if m and (len(m.group(2)) == 4 or _two_digit_year(m.group(2))) \
                and not NOT_OWN_BEFORE.search(ln.text[max(0, m.start() - 16):m.start()]):
            return f"{int(m.group(1))}/{m.group(2)}"
    for k, ln in enumerate(_written(title_lines)):  # "Protokoll nr 4", "Styrelsemöte nr 3": without its year
        if not ln.digit:
            continue
        low = keyword_fold(ln.text)
        m = _without_year(ln.text, low) or (("möte" in low or "sammanträde" in low) and BARE_NUMBER.search(ln.text)) \
            or (LONE_NUMBER.match(ln.text) if k < LONE_WITHIN else None)
        if m:
            return m.group(1)
    return None


def _two_digit_year(yy: str) -> bool:
    """A year written in two digits that a meeting document can have: 1980-1999 or 2013-2030 ("4/97", "3/19"); not
    a month (1-12), nor a share of a count ("17/31 rådsmedlemmar": 1931 or 2031 is no meeting's year)."""
    return int(yy) >= 80 or 12 < int(yy) <= 30
