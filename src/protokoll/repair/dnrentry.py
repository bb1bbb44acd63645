"""Where a line break before "Dnr" goes when an entry's number stands in front of the case number.

A flattened list of matters ("Ärendelista 31 Dnr KS 2021/35 Information... 3 32 Dnr KS 2021/208 Budget... 4")
numbers each entry and puts its case number before its title, a layout many Swedish protocols use for
their contents and their section headings. Breaking the line right before "Dnr" would leave the entry's
number at the end of the line above ("... 3 32" / "Dnr KS ..."), where it numbers nothing; the break goes
before the number instead, so the entry reads "32 Dnr KS 2021/208 Budget". The number is an entry's when
what precedes it ends a previous entry or opens the list: another number (the previous entry's page),
dots or a sentence end, or a contents list's heading word. A number written with the body's short name before
it ("Ks 108 Dnr 00041/ Kommunchefens rapport Ks 109 Dnr ...", the paragraph labels of many northern municipalities'
protocols, "Ks § 108" without its sign) opens an entry whatever precedes it: the break goes before the label.
"""
import re

from .layoutwords import NUMBER_REFERENCES

#: words that head a list of matters; the first entry's number follows them
LIST_HEADS = ("Ärendelista", "Ärendeförteckning", "Innehållsförteckning", "Innehåll", "Föredragningslista",
              "Dagordning", "Förteckning")
#: the entry's number right before "Dnr", and what precedes it
_HEADS = "".join(f"|(?<={w})|(?<={w}:)" for w in LIST_HEADS)
ENTRY_NUMBER = re.compile(rf"(?:(?<=\d)|(?<=[.…!?]){_HEADS})\s+(\d{{1,3}})\s*$")


#: the body's short name and its paragraph's number right before "Dnr" ("... Kommunchefens rapport Ks 109 Dnr 00017/
#: Budget ..."): a list of paragraphs numbered by the body's label, each label opening an entry whatever precedes it
#: (where the label numbers two entries or more: :func:`_label_repeats`)
LABELLED_NUMBER = re.compile(r"(?:(?<=\s)|^)(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt|Sid|Sida|Nr|Kap|"
                             r"Bil|Kl|Tel|Del|Rum|Avd|Tid|Dag|Ny|Nya|Blad|År|Box|Steg|Fas)\b)([A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,3})"
                             r"\s+[1-9]\d{0,2}\s*$")
REPEAT_SPAN = 600  #: how far from an entry the label's next or previous entry is looked for
#: any such entry, its label captured
LABEL_ENTRY = re.compile(r"(?<!\S)([A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,3})\s+[1-9]\d{0,2}\s+(?:Dnr|DNR)\b")


def _label_repeats(text: str, pos: int, label: str) -> bool:
    """The label opens another entry near this one ("Ks 109 Dnr ..." after "Ks 108 Dnr ..."): a list numbered by it.
    A name's last word before a number ("Föredragande Anna Berg 13 Dnr ...": the page an official attends) does not
    come again so."""
    entries = LABEL_ENTRY.finditer(text, max(0, pos - REPEAT_SPAN), pos + REPEAT_SPAN)
    return sum(1 for m in entries if m.group(1) == label) >= 2


def entry_number_start(text: str, pos: int) -> int | None:
    """Offset in ``text`` where the entry number before "Dnr" at ``pos`` starts (or the body's label before that
    number: "Ks 108 Dnr ..."), or None."""
    lo = max(0, pos - 80)  # bounded: a long line has many "Dnr"
    prev = text[lo:pos]
    if (labelled := LABELLED_NUMBER.search(prev)) is not None and _label_repeats(text, pos, labelled.group(1)):
        return lo + labelled.start()
    m = ENTRY_NUMBER.search(prev)
    if not m or int(m.group(1)) == 0:
        return None
    words = prev[:m.start()].split()
    if words and (words[-1] in NUMBER_REFERENCES or words[-1].rstrip(".") in NUMBER_REFERENCES):
        return None  # "kl. 10 Dnr", "sida 3 Dnr": a reference, not an entry
    return lo + m.start(1)
