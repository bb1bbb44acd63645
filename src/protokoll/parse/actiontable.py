"""Action lists written as a table under a header row: "Åtgärd | Ansvarig | Klart" (also "Vad / Vem / När",
"Aktivitet", "Uppgift", "Ansvar", "Deadline"), the cells parted by a bar, a tab or a run of spaces, each row below
one task with who does it (often a given name alone) and by when. Each row is rewritten as the sentence the
assignment reader knows: "Anna får i uppdrag att ta fram budgeten senast 2025-05-01."

The header must name both a task column and a responsible column: a table of figures, names or times is no
action list. The rows end at the first line that does not split into as many cells as the header has.

A list after the items that sums up the tasks they gave ("Åtgärdslista" at the minutes' end) is not the last
item's: a list with a row that repeats a task an earlier item gave (the same assignee, nearly the same task) is
such a summary, and none of its rows is read (:func:`repeats`)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .features import keyword_fold
from .persons import UPPER

#: between the cells of a row: a bar, a tab, or two or more spaces
CELL_SEP = re.compile(r"\s*\|\s*|\s*\t+\s*|\s{2,}")
TASK_HEAD = re.compile(r"^(?:Åtgärd|Åtgärder|Aktivitet|Aktiviteter|Uppgift|Uppgifter|Vad|Att göra|Uppdrag)$", re.I)
WHO_HEAD = re.compile(r"^(?:Ansvarig|Ansvariga|Ansvar|Vem)$", re.I)
#: a word each of ``WHO_HEAD``'s names holds, folded
WHO_WORDS = ("ansvar", "vem")
DUE_HEAD = re.compile(r"^(?:Klart|Klart till|Klart senast|När|Senast|Deadline|Tidplan|Datum|Slutdatum)$", re.I)
#: who does a row's task: capitalised words ("Anna", "Anna Berg", "Kansliet"), a definite noun ("kansliet")
WHO_CELL = re.compile(rf"^(?:[{UPPER}][\wåäöé\-]+(?:\s+[{UPPER}][\wåäöé\-]+){{0,2}}|[a-zåäö]+(?:en|et|na))$")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in CELL_SEP.split(text.strip().strip("|")) if c.strip()]


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """The task, responsible and (optional) deadline columns of a header row, or None if it is no action list's."""
    task = next((i for i, c in enumerate(header) if TASK_HEAD.match(c)), None)
    who = next((i for i, c in enumerate(header) if WHO_HEAD.match(c)), None)
    due = next((i for i, c in enumerate(header) if DUE_HEAD.match(c)), None)
    return (task, who, due) if task is not None and who is not None else None


def table_sentences(rows: list[str]) -> list[str]:
    """The tasks of the action tables among an item's lines (``rows``), each as "X får i uppdrag att ..."."""
    out: list[str] = []
    low = keyword_fold("\n".join(rows))  # a header names who is responsible: the item's lines tested at once
    if not any(w in low for w in WHO_WORDS):
        return out
    k = 0
    while k < len(rows):
        header = _cells(rows[k]) if ("|" in rows[k] or "\t" in rows[k] or "  " in rows[k]) else []
        cols = _columns(header) if len(header) >= 2 else None
        k += 1
        if cols is None:
            continue
        while k < len(rows) and len(cells := _cells(rows[k])) == len(header):
            out += _row_sentence(cells, *cols)
            k += 1
    return out


def _row_sentence(cells: list[str], task_at: int, who_at: int, due_at: int | None) -> list[str]:
    task, who = cells[task_at].strip(" .-–•*"), cells[who_at].strip(" .")
    if not task or not task[:1].isalpha() or not WHO_CELL.match(who):
        return []
    due = f" senast {cells[due_at]}" if due_at is not None and cells[due_at].strip(" -–") else ""
    return [f"{who[:1].upper()}{who[1:]} får i uppdrag att {task[:1].lower()}{task[1:]}{due}."]


def repeats(a, earlier: list) -> bool:
    """Whether assignment ``a`` repeats one of ``earlier``: the same assignee and nearly the same task."""
    return any(a.assignee.casefold() == b.assignee.casefold()
               and SequenceMatcher(None, a.task.casefold(), b.task.casefold()).ratio() >= 0.8 for b in earlier)
