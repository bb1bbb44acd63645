"""Where the titles of a flattened agenda begin when their numbers were stripped: "6. Budget 2026 Taxor för
bygglov Delegationsbeslut 9. ...".

A numbered list whose copy lost some numbers runs the numberless titles on after the numbered one before them.
The numbers around them say how many are missing; the places where a title starts (after a case or page number,
after a word that ends a title) are counted, and the line is cut there only when the count is the number of
missing items (moved out of :mod:`.inline`, which stood at the module size limit).

A table of items flattened row by row ("Ärende | Anteckningar") may put the case number of one item and the
title of the next on one line: "1. Förvaltningen informerar" / "Dnr 2026/ Information om lokaler" / "3. ...".
The stripped case number ("2026/", "4/") ends the first item's row, and the capitalised words after it to the
line's end are the next item's title (:func:`case_tail_titles`), again only where their count is the count of
numbers missing between the two numbered headings.
"""

from __future__ import annotations

import re

from .flatlists import opens_title
from .inlinesigns import SMALL
from .lines import Line


def _title_starts(text: str, start: int, end: int, missing: int) -> list[int]:
    """Where titles without a number begin between two numbered headings: a capitalised word after a
    case or page number (the columns of a contents list) or, failing that, after a word that ends a
    title (lower-case, a closed parenthesis). Only when there are exactly as many such places as numbers
    are missing; otherwise none (abstain)."""
    from .names import given_names

    words = list(re.finditer(r"\S+", text[start:end]))  # from the heading's title (its number skipped)
    strong: list[int] = []
    weak: list[int] = []
    for k in range(1, len(words)):
        w, prev = words[k].group(), words[k - 1].group()
        if not re.match(r"[A-ZÅÄÖ][a-zåäöé]", w) or prev.casefold() in SMALL or PAPERS.fullmatch(w):
            continue
        if w in given_names() and k + 1 < len(words) and re.match(r"[A-ZÅÄÖ][a-zåäö]", words[k + 1].group()):
            continue  # a person's name inside the text ("utsågs Anna Berg"), not a title's start
        if k + 1 < len(words) and NOTE_VERB.fullmatch(words[k + 1].group()):
            continue  # "Handlingar delas ut under sammanträdet": a note on the papers, not a title
        if re.search(r"/$|^\d{4}/|^\d{1,3}$", prev):
            strong.append(start + words[k].start())
        elif re.search(r"[a-zåäö]$", prev) and not prev[:1].isupper() or prev.endswith(")") or ACRONYM_NOUN.fullmatch(prev) \
                or prev.casefold() in {"kl", "kl.", "ca"} or _long_name_end(prev, words[k + 1:k + 2]) \
                or prev[-1:].isalpha() and opens_title(w, words[k + 1].group() if k + 1 < len(words) else ""):
            weak.append(start + words[k].start())
    if len(strong) == missing:
        return strong
    return sorted(strong + weak) if len(strong) + len(weak) == missing else []


#: the label of an item's papers after its case number ("Dnr 2017/ Bilaga a) ..."): no title of its own
PAPERS = re.compile(r"(?:Bilag(?:a|or)|Bil\.|Handlingar|Beslutsunderlag|Underlag|Dnr|Diarienummer|Föredragande)")
#: a noun compounded with an acronym ("SOLKA-projektet", "IT-avdelningen"): a common noun, lower-case at its end
ACRONYM_NOUN = re.compile(r"[A-ZÅÄÖ]{2,}-[a-zåäö]{3,}")
#: the verb of an agenda's note on an item's papers ("Handlingar delas ut ...", "Handling eftersänds")
NOTE_VERB = re.compile(r"(?:delas|bifogas|skickas|sänds|utsänds|eftersänds|kommer|lämnas)")


def _long_name_end(prev: str, nxt: list) -> bool:
    """A long capitalised compound ("Gymnasieförbund", "Räddningstjänsten") ending one title, the next title
    starting after it with a capitalised word and a lower-case one ("Firmatecknare för ...")."""
    return len(prev) >= 10 and prev[1:].islower() and bool(nxt) and nxt[0].group()[:1].islower()


#: a line's tail after a stripped case number: "Dnr 2026/ Information om lokaler", "... utskott 4/ Upphandling av X"
CASE_TAIL = re.compile(r"(?:^|\s)(?:Dnr\s+)?[\w-]*\d/\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])(?P<title>[^.:;!?/]{8,120})$")


def case_tail_titles(lines: list[Line], first: int, stop: int, missing: int) -> list[tuple[int, int]]:
    """(line index, offset) of each title standing after a stripped case number at the end of a line between
    two numbered headings (lines ``first`` .. ``stop`` - 1), when there are exactly ``missing`` of them;
    otherwise none (abstain)."""
    found = []
    for i in range(first, stop):
        text = lines[i].text
        if "/" in text and (m := CASE_TAIL.search(text)) and not PAPERS.match(m.group("title")):
            found.append((i, m.start("title")))
    return found if len(found) == missing else []
