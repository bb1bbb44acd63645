"""Items (punkter, ärenden, §§): finding their headings and reading their parts.

Headings are "1. Title", "1) Title", "§ 26 Title", "26 § Title", "KS § 26",
"Punkt 1". Numbered lists inside an item and timetables look alike, so the
headings kept are the best increasing chain of numbers (gaps of at most
three), scored by how much each line looks like a heading. A document without any
numbered heading may still give its items as an unnumbered programme table
("Tid | Ämne | Föredragande"), read row by row (:func:`programme_rows`).

What one line must show to be a candidate is ``headingrules``'s, the programme table ``programmerows``'s,
and a title's cleaning ``titles``'s; ``__all__`` re-exports what the parse stage and tests import from here.
"""

from __future__ import annotations

import bisect
import re

from .citedparagraphs import without_cited
from .contentspages import without_page_column
from .contentsections import titled_sections
from .headingrules import HEADING_PATTERNS, _candidate
from .headings import Heading, cut_run_on_title
from .inline import cut_lines, midline_cuts
from .sentencelists import split_unless_sentences, without_sentence_list
from .onesnumbered import ones_numbered
from .lines import Line
from .lonefirst import lone_first_item
from .pagelead import lone_prefix_opens, without_page_marks, without_repeated_label
from .paragraphsafter import continued_by_paragraphs
from .plainnumbered import ITEM_START, PLAIN_NUMBER
from .programmerows import DURATION_CELL, TIME_CELL, programme_rows
from .strippedinline import cut_stripped
from .dottedinline import cut_dotted
from .flatlists import paired_columns
from .gaptitles import gap_titles
from .titles import clean_title, wrapped_title
from .yearparagraphs import cut_year_paragraphs

__all__ = ["DURATION_CELL", "HEADING_PATTERNS", "TIME_CELL", "Heading", "clean_title", "cut_run_on_title", "find_items",
           "programme_rows", "wrapped_title"]


def find_items(lines: list[Line]) -> tuple[list[Line], list[Heading]]:
    """The lines, with flattened ones cut before each item heading (:mod:`.inline`), and the item headings.

    Headings found in flattened lines come first; headings found line by line are added where their
    numbers fit between them."""
    lines, marks = split_unless_sentences(cut_year_paragraphs(paired_columns(lines)))
    if not marks:
        lines = cut_stripped(lines)
        if cuts := cut_dotted(lines):  # "1.1 Välkommen 1.2 Val av justerare 2.1 Budget ...": each point cut apart
            lines = cut_lines(lines, cuts)[0]
    headings = without_sentence_list(lines, find_headings(lines))
    if not marks and not headings and (found := _without_headings(lines)):
        return found
    if not marks:
        return _midline(*gap_titles(lines, headings, find_headings))
    chain = [Heading(i, number, title, "num", 1.0) for i, (number, title) in sorted(marks.items())]
    at = [c.index for c in chain]
    for h in headings:
        k = bisect.bisect_left(at, h.index)
        if h.number is None or not h.number.isdigit() or k < len(at) and at[k] == h.index:
            continue
        # the nearest numbered neighbours (a paragraph sign whose number was stripped numbers none)
        before, after = next((c for c in chain[k - 1::-1] if c.number), None) if k else None, next(
            (c for c in chain[k:] if c.number), None)
        if (before is None or int(before.number) < int(h.number)) and (after is None or int(h.number) < int(after.number)):
            chain.insert(k, h)
            at.insert(k, h.index)
    return lines, chain + _paragraphs_after(lines, chain)



def _without_headings(lines: list[Line]) -> tuple[list[Line], list[Heading]] | None:
    """The items of a text without a numbered heading: a flattened programme or contents list, or one first
    point ending an excerpt ("... Deltog ej ... 1. Inledning (Per Holm)"); None when none is there."""
    from .flatprogramme import flattened_programme

    if found := flattened_programme(lines):
        return found[0], [Heading(i, None, title, "programme", 1.0) for i, title in found[1]]
    from .flatcontents import flattened_contents

    if found := flattened_contents(lines):
        return found[0], [Heading(i, None, title, "contents", 1.0) for i, title in found[1]]
    return lone_first_item(lines, find_headings)

def _paragraphs_after(lines: list[Line], chain: list[Heading]) -> list[Heading]:
    """"§ 10) Title" on a short line of its own after a flattened run of "§ 1) ... § 9) ..." that the inline
    reader cut (a short line is never cut, so its paragraph sign stays and it reads as another style): the
    paragraphs that go on numbering the chain, one to three on each."""
    last = chain[-1]
    if not last.number or not last.number.isdigit() or not any("§" in ln.text for ln in lines[last.index + 1:]):
        return []
    view = without_page_marks(lines)
    out: list[Heading] = []
    for i in range(last.index + 1, len(view)):
        if "§" not in view[i].text or not (h := _candidate(view, i)) or h.style != "para":
            continue
        if 0 < int(h.number) - int((out[-1] if out else last).number) <= 3:
            out.append(h)
    return out


def _midline(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """Headings run on from the text before them inside a line ("... välkommen. 2. Föregående möte"): the
    lines are cut there when the headings then found are more, and only the cuts that became headings stay."""
    cuts = midline_cuts(lines)
    if not cuts:
        return lines, headings
    cut, heads = cut_lines(lines, cuts)
    found = find_headings(cut)
    kept = [heads[h.index] for h in found if h.index in heads]
    if len(found) <= len(headings) or not kept:
        return lines, headings
    cut, _ = cut_lines(lines, kept)
    return cut, find_headings(cut)


def find_headings(lines: list[Line]) -> list[Heading]:
    """The item headings among ``lines``, in order."""
    view = without_page_marks(lines)
    cands = [h for i, ln in enumerate(view) if (ln.digit or "§" in ln.text) and (h := _candidate(view, i))]
    cands = without_cited(cands, view) if len(cands) > 1 else cands
    if not cands:
        from .contentslist import contents_entries
        from .timetable import stripped_paragraphs, timetable_rows
        from .unnumbered import unnumbered_headings

        return programme_rows(lines) or timetable_rows(lines) or stripped_paragraphs(lines, []) \
            or unnumbered_headings(lines) or contents_entries(lines)
    by_style: dict[str, list[Heading]] = {}
    for h in cands:
        by_style.setdefault(h.style, []).append(h)
    if "num" in by_style and len(by_style) == 1:
        by_style["num"] = ones_numbered(by_style["num"])
    best: list[Heading] = []
    best_score = 0.0
    for style, group in by_style.items():
        chain = _best_chain(group, _paragraph_agenda(view, group) if style == "num" else set())
        score = sum(h.score for h in chain) + (0.5 if style == "para" else 0)
        if style == "prefix" and len(chain) < 2 and not chain[0].title.startswith("Dnr") \
                and not lone_prefix_opens(lines, chain[0].index):
            continue
        if len(chain) >= 2 or style != "num" or chain and (chain[0].number in ("1", "0")
                                                             or _opens_item(lines, chain[0].index)):
            if score > best_score:
                best, best_score = _after_contents(chain, group, lines), score
    from .timetable import stripped_paragraphs

    best = _without_list_tail(best, view) if best and best[0].style == "num" else best
    best = continued_by_paragraphs(best, by_style["para"]) if "para" in by_style and best else best
    found = _orphans(best, lines) if best and best[0].style == "num" else stripped_paragraphs(lines, best)
    return without_page_column(without_repeated_label(found), lines)  # "§ 12 KS Title"; a contents list's pages


DOTTED = re.compile(r"^\d{1,3}\s?[.)]")
LIST_OPENS = re.compile(r":\s*1[.)]\s+[A-ZÅÄÖ]")  #: "Följande skrivelser anmäls: 1. ...": a list its colon opens


def _without_list_tail(chain: list[Heading], lines: list[Line]) -> list[Heading]:
    """An agenda numbered "1 Title" / "2 Title" / "3 Title" whose last item's text lists its papers "1. ...", "4. ..."
    (the list's other numbers lost with a page break): the chain's last headings written "N." where all before are
    written without punctuation, after a list a colon opens with "1." in the text before them, are the list's entries."""
    plain = [h for h in chain if not DOTTED.match(lines[h.index].text)]
    k = len(plain)
    if k < 3 or k == len(chain) or chain[:k] != plain:
        return chain
    between = " ".join(ln.text for ln in lines[plain[-1].index:chain[k].index])
    return plain if LIST_OPENS.search(between) else chain


#: the decision of the body that meets, opening the heading's text: "Direktionen beslutar:", "Nämnden beslutade att"
BODY_DECIDES = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+(?:en|et|na)|[A-ZÅÄÖ][a-zåäö]*fullmäktige)\s+(?:beslutar|beslutade|beslöt)\b")
ITEM_CUE = re.compile(r"^(Föredragande|Bilaga\s+\d|Förslag till beslut)", re.I)


def _opens_item(lines: list[Line], i: int) -> bool:
    """A lone numbered heading that is not "1." ("2. Title" of an excerpt of minutes) counts when it stands as
    a heading does: at the start or after a blank line, a short title, and the item's own labels under it."""
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    if len(lines[i].text) <= 120 and BODY_DECIDES.match(nxt):  # "36. Val av justerare. Direktionen beslutar: ..."
        return True
    return (i == 0 or lines[i - 1].blank or bool(re.search(r"\d{4}-\d{2}-\d{2}$|:\s*\S", lines[i - 1].text))) \
        and len(lines[i].text) <= 90 and bool(ITEM_START.match(nxt))


def _orphans(chain: list[Heading], lines: list[Line]) -> list[Heading]:
    """Headings whose number was lost (OCR, extraction) between or after numbered ones: a short
    title line followed by "Föredragande", "Bilaga N:" or "Förslag till beslut", numbered on from
    the heading before it when the numbers leave room for it."""
    taken = {h.index for h in chain}
    out = list(chain)
    for i, ln in enumerate(lines):
        if i in taken or i < chain[0].index or not _orphan_title(lines, i):
            continue
        before = max((h for h in out if h.index < i), key=lambda h: h.index)
        after = min((h for h in out if h.index > i), key=lambda h: h.index, default=None)
        number = int(before.number) + 1
        if after is not None and int(after.number) <= number:
            continue
        out.append(Heading(i, str(number), ln.text, "num", 1.0))
    return sorted(out, key=lambda h: h.index)


def _orphan_title(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    if ln.blank or ln.bullet or len(ln.text) > 100 or ln.text.endswith((".", ",", ":")) or ITEM_CUE.match(ln.text) \
            or re.match(r"^[\wåäöÅÄÖ ]{2,25}:", ln.text) or \
            not re.match(r"[A-ZÅÄÖ]", ln.text) or (i and not lines[i - 1].blank):
        return False
    nxt = next((x.text for x in lines[i + 1:i + 3] if not x.blank), "")
    return bool(ITEM_CUE.match(nxt))


def _after_contents(chain: list[Heading], group: list[Heading], lines: list[Line]) -> list[Heading]:
    """A contents list ("§ 29 ... § 36" on consecutive lines) followed by the sections themselves:
    an item whose number comes again after the list is read at that later heading."""
    if len(chain) < 3 or not _listed(chain, lines):
        return chain
    later: dict[str, Heading] = {}
    for h in group:
        if h.index > chain[-1].index:
            later.setdefault(h.number, h)
    for h in chain:  # "1 Title. Text ...": the section's heading run on into its text, the listed title at its start
        if h.number not in later and (j := _run_on_section(lines, chain[-1].index, h)) is not None:
            later[h.number] = Heading(j, h.number, lines[j].text[len(h.number):].strip(), h.style, h.score)
    later.update(titled_sections(lines, chain, later) if later else {})  # "Nytt från kansliet": its number lost
    if not later:
        return chain
    return sorted((later.get(h.number, h) for h in chain), key=lambda h: h.index)


def _run_on_section(lines: list[Line], after: int, h: Heading) -> int | None:
    """The line after ``after`` that opens with the listed item's number and its whole title, then a sentence's
    end and more text ("1 Information från facken. Till dagens sammanträde ..."): the section's own heading,
    run on into its text where the page's line breaks were lost. None when no line does."""
    start = f"{h.number} {h.title}".casefold()
    if len(h.title) < 12:
        return None
    for j in range(after + 1, len(lines)):
        text = lines[j].text
        if len(text) > len(start) + 1 and text.casefold().startswith(start) and text[len(start)] in ".:" \
                and text[len(start) + 1:len(start) + 2] == " ":
            return j
    return None


def _listed(chain: list[Heading], lines: list[Line]) -> bool:
    """Whether the headings stand one after another with no text between them."""
    for a, b in zip(chain, chain[1:]):
        if any(not ln.blank for ln in lines[a.index + 1:b.index]):
            return False
    return True


WIDE_GAP = 6  #: how far apart two paragraph-agenda headings' numbers may be (see :func:`_paragraph_agenda`)


def _paragraph_agenda(lines: list[Line], group: list[Heading]) -> set[int]:
    """The headings written "12 Title" (no punctuation after the number), each opening a paragraph: a web
    agenda's lines, which leave out the numbers of the items it does not publish (confidential cases), so
    two of them may be up to ``WIDE_GAP`` apart."""
    return {h.index for h in group if PLAIN_NUMBER.match(lines[h.index].text)
            and (h.index == 0 or lines[h.index - 1].blank)}


def _best_chain(group: list[Heading], wide: set[int] = frozenset()) -> list[Heading]:
    """Highest-scoring chain of strictly increasing numbers with gaps of at most 3 (``WIDE_GAP`` between two
    headings both in ``wide``).

    A heading can only follow one numbered 1-3 below it, so the best chain ending at each
    number seen so far is kept (the earliest heading on a tie) and each heading looks at three
    entries: linear in the headings, where comparing every pair made "§ 1" x 10,000 quadratic.
    """
    best: list[tuple[float, int]] = []  # (score, previous index)
    ending: dict[int, int] = {}  # number -> index of the best-scoring chain ending at it so far
    for j, h in enumerate(group):
        top, prev = h.score, -1
        n = int(h.number)
        gaps = range(1, WIDE_GAP + 1) if h.index in wide else (1, 2, 3)
        for i in sorted(k for gap in gaps if (k := ending.get(n - gap)) is not None):
            gap = n - (group[i].last or int(group[i].number))
            if gap > 3 and group[i].index not in wide:
                continue
            s = best[i][0] + h.score - 0.4 * (gap - 1)
            if s > top:
                top, prev = s, i
        best.append((top, prev))
        n = h.last or n  # a range of paragraphs: the next heading follows its last
        if n not in ending or top > best[ending[n]][0]:
            ending[n] = j
    j = max(range(len(group)), key=lambda k: (best[k][0], -k))
    chain = []
    while j >= 0:
        chain.append(group[j])
        j = best[j][1]
    return chain[::-1]
