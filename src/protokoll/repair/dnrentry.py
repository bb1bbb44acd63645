"""Where a line break before "Dnr" goes when an entry's number stands in front of the case number.

A flattened list of matters ("Ärendelista 31 Dnr KS 2021/35 Information... 3 32 Dnr KS 2021/208 Budget... 4")
numbers each entry and puts its case number before its title, a layout many Swedish protocols use for
their contents and their section headings. Breaking the line right before "Dnr" would leave the entry's
number at the end of the line above ("... 3 32" / "Dnr KS ..."), where it numbers nothing; the break goes
before the number instead, so the entry reads "32 Dnr KS 2021/208 Budget". The number is an entry's when
what precedes it ends a previous entry or opens the list: another number (the previous entry's page),
dots or a sentence end, or a contents list's heading word.
"""
import re

from .layoutwords import NUMBER_REFERENCES

#: words that head a list of matters; the first entry's number follows them
LIST_HEADS = ("Ärendelista", "Ärendeförteckning", "Innehållsförteckning", "Innehåll", "Föredragningslista",
              "Dagordning", "Förteckning")
#: the entry's number right before "Dnr", and what precedes it
_HEADS = "".join(f"|(?<={w})|(?<={w}:)" for w in LIST_HEADS)
ENTRY_NUMBER = re.compile(rf"(?:(?<=\d)|(?<=[.…!?]){_HEADS})\s+(\d{{1,3}})\s*$")


def entry_number_start(text: str, pos: int) -> int | None:
    """Offset in ``text`` where the entry number before "Dnr" at ``pos`` starts, or None."""
    lo = max(0, pos - 80)  # bounded: a long line has many "Dnr"
    prev = text[lo:pos]
    m = ENTRY_NUMBER.search(prev)
    if not m or int(m.group(1)) == 0:
        return None
    words = prev[:m.start()].split()
    if words and (words[-1] in NUMBER_REFERENCES or words[-1].rstrip(".") in NUMBER_REFERENCES):
        return None  # "kl. 10 Dnr", "sida 3 Dnr": a reference, not an entry
    return lo + m.start(1)
