"""The meeting's own number in its title lines: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021",
"KS 3/2019", "Styrgruppen 4/97", "Protokoll nr 4" (spec: number)."""

from __future__ import annotations

import re

from .lines import Line

#: "Sammanträdesnummer: 3", "Mötesnummer 4/2021", "Protokollnummer 12": a label of the number itself
NUMBER_LABEL = re.compile(r"\b(?:sammanträdes|mötes|protokolls?)nummer\s*:?\s*(\d{1,3}(?:\s*/\s*(?:19|20)\d{2})?)\b", re.I)
#: "KS 3/2019", "LS 11/2009": a body's letter code and the meeting's number in its year (a case number is
#: written year first, "KS 2019/123", and after "Dnr")
CODE_NUMBER = re.compile(r"(?<!Dnr )(?<!Dnr: )(?<!Dnr\. )\b[A-ZÅÄÖ]{2,4}\s+(\d{1,2}/(?:19|20)\d{2})(?![\d/-])")
#: "Beslutsgruppen 4/97", "Styrelsen 3/2019" in a title line: a capitalised word, then the number in its year
TITLE_NUMBER = re.compile(r"(?<!Dnr )(?<!§ )(?<!Sid )(?<!Sida )(?<=[A-Za-zåäöÅÄÖ] )(\d{1,2})/((?:19|20)\d{2}|\d{2})"
                          r"(?![\d/-])")
#: "Sammanträde 3", "Möte 2" alone (not a page "Protokoll 1 (6)", not a day "möte 3 juni")
BARE_NUMBER = re.compile(r"\b(?:sammanträde|möte)\s+(\d{1,2})\b(?!\s*(?:[(/:.,-]|\d|[a-zåäö]))", re.I)
#: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021" (also in compounds)
NUMBER_IN_YEAR = re.compile(r"(?:protokoll|möte|sammanträde|anteckningar|\bnr|\bnummer)\s*"
                            r"(?:nr\.?\s*)?(\d{1,2}\s*[/-]\s*(?:19|20)\d{2}|\d{1,2}/\d{2})(?![\d/-])", re.I)
#: "Protokoll nr 4", "Styrelsemöte nr 3"
NUMBER_WITHOUT_YEAR = re.compile(r"(?:protokoll|möte|sammanträde|anteckningar)\s+(?:nr|nummer)\.?\s*(\d{1,3})\b"
                                 r"(?!\s*[/:.-]\s*\d)", re.I)


def read_number(title_lines: list[Line]) -> str | None:
    """The meeting's own number: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021"."""
    for ln in title_lines:
        if not ln.digit:  # every number pattern needs a digit
            continue
        m = NUMBER_IN_YEAR.search(ln.text) or NUMBER_LABEL.search(ln.text) or CODE_NUMBER.search(ln.text)
        if m:
            return re.sub(r"\s+", "", m.group(1)).replace("-", "/")
    for ln in [x for x in title_lines if x.text][:3]:  # "Styrgruppen 4/97": the number in its year after the name
        m = TITLE_NUMBER.search(ln.text) if ln.digit else None
        if m and (len(m.group(2)) == 4 or int(m.group(2)) > 12) \
                and not re.search(r"\b(?:dnr|diarienr|diarienummer)\b", ln.text[max(0, m.start() - 16):m.start()], re.I):
            return f"{int(m.group(1))}/{m.group(2)}"
    for ln in title_lines:  # "Protokoll nr 4", "Styrelsemöte nr 3": a number without its year
        if not ln.digit:
            continue
        m = NUMBER_WITHOUT_YEAR.search(ln.text) or BARE_NUMBER.search(ln.text)
        if m:
            return m.group(1)
    return None
