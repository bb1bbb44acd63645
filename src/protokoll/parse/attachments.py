"""An item's attachments (bilagor): "bilaga 1", "bil. 2", "Bilagor: 1-3", "bilagorna A och B",
"bilaga nr 4", "bilaga 3a", "Bilaga I och II", "bilagan 2", "bilaga 1, 2 samt 3".

The record names each as "bilaga N" (spec: items[].attachments). A number that runs on into a date
or a ratio ("bilaga 2024-05-01", "bilaga 1:2") and a word after "bilaga" are no attachment numbers.
"""

from __future__ import annotations

import re

from .features import keyword_fold
from .meetingkind import same_body

#: one attachment number: "3", "3a" (a letter written straight after the number)
NUMBER = r"\d{1,3}(?:[a-h](?![\wåäö]))?"
#: what joins the numbers of a list: a comma, "och" or "samt" ("bilaga 1, 2 samt 3", "Bilaga I och II")
JOINED = r"\s*(?:,|och|samt)\s*"
#: the numbers after the keyword (group 2): "1", "1-3", "3a och 3b", "1, 2 samt 3" (a first number or range, then
#: single numbers joined to it; not run on into a date or ratio); "A och B", "A-C" (capitals; not a word's first
#: letter joined by a dash: "Bilaga E-post från ..."); "I och II" (Roman)
#: a number joined to the first (or ending its range) is no attachment's when it runs on into more digits or a month
#: ("bilaga 4, 2021-03-01", "bilaga 2, 15 mars": a date after the reference)
#: nor into a count of pages or copies ("Bilaga 2, 3 sidor", "bilaga 1, 2 st"): the attachment's size, not another one
NOT_RUN_ON = (r"(?!\d|\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?(?![\wåäö])"
              r"|\s*(?:sidor|sida|sid\.?|s\.|st\.?|stycken|blad|ex\.?|exemplar)(?![\wåäö]))")
NUMBERS = (rf"({NUMBER}(?!\d)(?:\s*[-–]\s*\d{{1,3}}{NOT_RUN_ON})?(?:{JOINED}{NUMBER}{NOT_RUN_ON})*(?![\d:/.]\d)"
           r"|(?-i:[A-H])(?:\s*(?:,|och|-|–)\s*(?-i:[A-H]))*(?![\wåäöÅÄÖ]|[-–][\wåäöÅÄÖ])"
           rf"|(?-i:[IVX]{{1,4}})(?:{JOINED}(?-i:[IVX]{{1,4}}))*(?![\wåäöÅÄÖ]))")
ATTACHMENT = re.compile(r"\b(?P<kw>protokollsbilaga|bilagan|bilaga|bil\.?|bilagorna|bilagor)\s*:?\s*(?:(?:nr\.?|nummer)\s*)?"
                        + NUMBERS, re.I)


ROMAN = re.compile(rf"[IVX]{{1,4}}(?:{JOINED}[IVX]{{1,4}})*")
#: "Bilagor:" alone on its line, the attachments listed under it one a line ("1. Taxor", "2) Karta", "Bilaga 3 Avtal")
LIST_LABEL = re.compile(r"^\s*(?:Bilagor|Bilaga|BILAGOR)\s*:?\s*$")
LISTED = re.compile(r"^\s*(?:Bilaga\s+)?(\d{1,2})(?:[.)]|\s*[-–:])?\s+\S", re.I)


#: a "Bilagor" label whose list was run into one line: the first entry's number and its title ("Bilagor: 1. Ekonomisk
#: rapport 2. ..."), no reference; a list written one entry a line is read by :func:`listed`
INLINE_LIST = re.compile(r"(?:Bilagor|BILAGOR)\s*:?\s*\d{1,2}[.)][ \t]+[A-ZÅÄÖ]")


#: what a reference goes on to name when it may be another body's paper's attachment, not the item's: "bilaga 3 till
#: kommunstyrelsens protokoll", "bilaga 2 i Regionstyrelsens rapport", "bilaga 4 till Storby kommuns yttrande". Protocols
#: cite the papers of other bodies by their own annexes; the item's own attachment is written alone ("bilaga 1", "se
#: bilaga 2"), as this record's ("bilaga 1 till protokollet", "till dagens protokoll", "till nämndens protokoll": a kind
#: alone), or as the body's own protocol's ("Bilaga 2 till kommunstyrelsens protokoll" in the board's own protocol, the
#: heading of its attachment page): the owner is compared with the record's body (:func:`.meetingkind.same_body`).
#: Initials ("KF:s beslut") are not read: whose they are is not told by the body's name.
OTHER_DOCUMENT = re.compile(r"\s+(?:till|i|från)\s+(?P<owner>(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}"
                            r"(?:[\wåäö-]+(?:styrelse|nämnd|fullmäktige|utskott|förbund|direktion|beredning|råd|"
                            r"grupp)[a-zåäö]*|[\wåäö-]*(?:region|kommun|myndighet|verk)[a-zåäö]*))s\s+"
                            r"(?:protokoll|beslut|rapport|skrivelse|yttrande|remiss|handling|tjänsteskrivelse|plan)", re.I)


def find_attachments(text: str, body: str | None = None) -> list[str]:
    """ "bilaga N" for every attachment reference ("bil. 2", "Bilagor: 1-3", "bilagorna A och B"),
    ranges expanded, in order. With the record's ``body``, a reference to another body's paper's annex is left out
    (``OTHER_DOCUMENT``); without it, whose paper it is cannot be told and every reference is read."""
    found: list[tuple[int, str]] = []  # (where, "bilaga N")
    for m in ATTACHMENT.finditer(text) if "bil" in keyword_fold(text) else ():  # every wording has "bil"
        if m.group("kw").casefold().startswith("bil") and len(m.group("kw")) <= 4 and ROMAN.fullmatch(m.group(2)):
            continue  # "bil. I morgon": a Roman numeral only after the whole word
        if INLINE_LIST.match(text, m.start()):
            continue  # "Bilagor: 1. Ekonomisk rapport 2. Plan ...": a list's label run into its first entry
        if body and (other := OTHER_DOCUMENT.match(text, m.end())) and not same_body(other.group("owner"), body):
            continue  # "se bilaga 3 till kommunstyrelsens protokoll": another body's paper's attachment
        for part in re.split(JOINED, m.group(2)):
            rng = re.match(r"(\w+)\s*[-–]\s*(\w+)", part)
            if rng and rng.group(1).isdigit() and rng.group(2).isdigit():
                lo, hi = int(rng.group(1)), int(rng.group(2))
                names = [str(n) for n in range(lo, hi + 1)] if hi - lo < 20 else []
            elif rng:
                names = [chr(c) for c in range(ord(rng.group(1)), ord(rng.group(2)) + 1)]
            else:
                names = [str(int(part))] if part.strip().isdigit() else [part] if part.strip() else []
            found += [(m.start(), f"bilaga {n}") for n in names]
    found += listed(text) if "ilag" in text or "ILAG" in text else []
    found += lettered(text) if "a)" in text else []
    out: list[str] = []
    for _, name in sorted(found, key=lambda f: f[0]):
        if name not in out:
            out.append(name)
    return out


#: a list of attachments lettered "a) b) c)" after its label: "Bilaga a) Arbetsutskottets protokoll b) Tjänsteskrivelse",
#: "Bilagor: a) PM, b) Avtal, c) Budget" (the first letter "a)" right after the label)
LETTERED = re.compile(r"\b(?:bilagor|bilaga|bil\.?)\s*:?\s*a\)\s", re.I)
#: how far after the previous letter the next one may be: a lettered list's entries are short titles
LETTER_REACH = 160


def lettered(text: str) -> list[tuple[int, str]]:
    """(where, "bilaga a"), (where, "bilaga b"), ... for a lettered list: each next letter in order, each soon
    after the one before it (a later "a) b)" list of the text, its clauses or points, is not the label's)."""
    out: list[tuple[int, str]] = []
    for m in LETTERED.finditer(text):
        at, letter = m.end(), "a"
        out.append((m.start(), "bilaga a"))
        while letter < "h":
            letter = chr(ord(letter) + 1)
            nxt = re.compile(rf"(?<![\wåäöÅÄÖ]){letter}\)\s").search(text, at, at + LETTER_REACH)
            if nxt is None or LETTERED.search(text, at, nxt.start()):
                break
            out.append((nxt.start(), f"bilaga {letter}"))
            at = nxt.end()
    return out


def listed(text: str) -> list[tuple[int, str]]:
    """(where, "bilaga N") for the attachments listed one a line under a "Bilagor:" label of their own
    ("Bilagor:" / "1. Taxor" / "2. Karta"): the list ends at the first line that is not one of them."""
    out: list[tuple[int, str]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for k, line in enumerate(lines):
        if not LIST_LABEL.match(line):
            continue
        for j in range(k + 1, len(lines)):
            m = LISTED.match(lines[j])
            if not m:
                break
            out.append((starts[j], f"bilaga {int(m.group(1))}"))
    return out


#: an attachment reference that ends a heading: ", bilaga 1", "- Bilaga 2", "Bil 3", "(se bilaga 6)", "Bilaga: 7",
#: "(bil. 8a)", "bilagor 1-3", ", se bilaga 4"; the heading's words before it are the title
TITLE_TAIL = re.compile(r"(?P<sep>\s*[,:;–-]\s*(?:se\s+)?|\s*\(\s*(?:se\s+)?|\s+)(?:bilagor|bilaga|bil\.?)\s*:?\s*(?:nr\.?\s*)?"
                        r"\d{1,3}[a-h]?(?:\s*(?:,|-|–|och|samt)\s*\d{1,3}[a-h]?)*\s*\)?\s*$", re.I)
#: a word after which the reference is part of what the heading says ("Avgifter enligt bilaga 9")
BOUND_BEFORE = re.compile(r"(?:^|\s)(?:enligt|i|av|till|från|med|om|på|under|för|och|samt|se)$", re.I)


def title_without_reference(title: str) -> str:
    """The heading without the attachment reference that ends it (spec: items[].title); a reference the
    heading's words lead into ("Avgifter enligt bilaga 9") stays, and so does a title that would be left empty."""
    m = TITLE_TAIL.search(title) if "bil" in title.casefold() else None
    if m is None:
        return title
    head = title[:m.start()].rstrip()
    if not head or m.group("sep").isspace() and BOUND_BEFORE.search(head) or \
            "(" in m.group("sep") and not title.rstrip().endswith(")"):
        return title
    return head
