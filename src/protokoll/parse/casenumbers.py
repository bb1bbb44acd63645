"""A case number at the end of an item's title: "Budget 2025 (Dnr KS 2024/12)", "Taxor, dnr 2024/7",
"Detaljplan för Norr KS 2023/451", "Yttrande (SN 2024.118)".

Protocols print the registry's case number ("diarienummer") beside the title, in parentheses, after a
comma or in a column that a text copy runs on into the title. It is no part of the title. Cut only
where it ends the title and has the shape of a case number: "Dnr"/"Diarienummer" and a number, or a
registry code of capitals and a year-and-serial number ("KS 2024/12", "KS/2024:12", "SN-2024-118").
"""

from __future__ import annotations

import re

_SERIAL = r"[A-ZÅÄÖ]{0,6}[\s./-]?\d[\w./:-]*"
#: "(Dnr KS 2024/12)", ", dnr 2024/7", " Diarienummer: 2024.118", several after one another
LABELLED = re.compile(rf"\s*[,(]?\s*(?:[Dd]nr|DNR|[Dd]iarienr|[Dd]iarienummer)\s*[.:]?\s*{_SERIAL}"
                      rf"(?:\s*(?:,|och)\s*{_SERIAL})*\s*\)?\s*$")
#: "KS 2024/12", "(KS 2024/12)", "KS/2024:12", "SN-2024-118": a code and a year-and-serial number
#: (a year range "VP 2024-2026" or a month "SKR 2024-03" is no case number: after "." or "-" three digits or more)
CODED = re.compile(r"\s*[,(]?\s*[A-ZÅÄÖ]{1,6}[\s/.-]?(?:19|20)\d\d(?:\s?[/:]\s?\d{1,6}|[.-](?!(?:19|20)\d\d\b)\d{3,6})"
                   r"(?:[/.:-]\d{1,4})?\s*\)?\s*$")
#: a registry code glued to the title's last letter, a web page's title cell and case-number cell joined:
#: "Arbetsordning (förslag 1)LS 0702-0239", "... enligt kommunallagenLS 0806-0619"
GLUED = re.compile(r"(?<=[a-zåäö)])[A-ZÅÄÖ]{1,6}\s?\d{2,4}[/-]\d{2,6}$")
#: a label left without its number: "Taxor, dnr"
DANGLING = re.compile(r"\s*[,(]?\s*(?:dnr|diarienr|diarienummer)\.?\s*:?\s*$", re.I)


def strip_case_reference(title: str) -> str:
    """The title without a case number at its end (unchanged when it has none, or is nothing else)."""
    low = title.casefold()
    if not any(map(str.isdigit, title)) and "dnr" not in low and "diarie" not in low:
        return title
    for rx in (LABELLED, CODED, GLUED, DANGLING):
        m = rx.search(title)
        if m and m.start() > 0 and title[:m.start()].strip():
            return title[:m.start()].rstrip(" ,")
    return title
