"""A role held in turns, or given to two people: the chair (or secretary) signs for some paragraphs, another
person for the rest (issue 10: a chair read where the document names more than one is a wrong chair).

A protocol whose chair stood down for some items (jäv, a late arrival, an annual meeting electing a chair for each
part) writes each signer with the paragraphs they signed: "Ordförande Anna Berg §§ 1-5 Per Holm §§ 6-12",
"Mötesordförande / Eva Ek § 44 - 65 / Kim Sjö § 66 - 74", "Ordförande ... Anna Berg 1-3, del av 4 Per Holm del av
4", or says so in brackets ("Anna Berg valdes till sekreterare (endast punkt 1-9, sedan övertogs rollen av
Per Holm)"). The meeting then had no one chair: the name read is one of several, and the field is left out. Only a
name followed by its paragraphs and, right after, another person's name followed by theirs is such a turn; a phone
number after a name ("Anna Berg 070-123 45") opens with a zero and is none.

Where the attendance list calls two of those present "ordförande" (the roster's "Anna Berg (S), ordförande", and a
signature block read as "Ordförande Per Holm (S)" whose name stood above the next role), and the one read as chair
is written only in the signature's form (never "Per Holm (S), ordförande", as one serving as chair is listed), the
roster's first is the chair: a roster lists the body's chair first (every such list in the devset's development
documents and judges C, E and F), and the reader's choice of a later one is corrected. Those the minutes list for
one item only ("§ 4 Norrby Energi AB: Olle Strand, ordförande", "Per Ek, ekonom, 65-66", "Eva Lind, under punkt 10")
are visitors -- a company's or another group's chair among them -- and are no candidates (issue 10, h212); so are
those listed under another body's name with a colon ("Kommunens revisorer: Olle Strand, ordförande (S)"): the
auditors or a company's board come to the meeting with their own chair (issue 10, h221).
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from .features import places

#: paragraphs a signer signed: "§§ 1-5", "§ 44 - 65", "1-3, del av 4", "del av 4", "§ 6"
PARAGRAPHS = (r"(?:§§?\s*)?(?:del\s+av\s+)?[1-9]\d{0,2}(?:\s*[-–]\s*[1-9]\d{0,2})?"
              r"(?:\s*(?:,|och)\s*(?:del\s+av\s+)?[1-9]\d{0,2}(?:\s*[-–]\s*[1-9]\d{0,2})?)*(?![\d\-–])")
#: another person right after, with their own paragraphs
NEXT_SIGNER = re.compile(r"[\s,.;]*[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+){1,2}[\s,.]*" + PARAGRAPHS)
#: the role's holder for some items only, said in brackets after the name or the role: "Anna Berg valdes till
#: sekreterare (endast punkt 1-9, sedan övertogs rollen av Per Holm)", "Anna Berg (§§ 1-5)"
#: (no capital between the name and the bracket: the next attendee's name would start one, and the bracket is theirs)
ONLY_SOME = re.compile(r"[^.()\nA-ZÅÄÖ]{0,60}\(\s*(?:(?:endast|bara|enbart|t\.?\s?o\.?\s?m\.?)\s+)?"
                       r"(?:punkt(?:erna)?|§§?|paragraf(?:erna)?)\s*\d")
#: what follows a signer's name: their paragraphs
SIGNED = re.compile(r"[\s,.]*" + PARAGRAPHS)
FIELDS = ("chair", "secretary")
#: a roster's entry giving the role with its paragraphs: "Eva Ek X, mötesordförande § 94 - § 106", "Kim Sjö X,
#: mötesordf. § 74-88" (the "X" of a presence column); two such entries for one role: it was held in turns. Each
#: pattern opens with a literal (the text is not tried at every position), the name is read back from it
_RANGE = r"\s*§§?\s*[1-9]\d{0,2}\s*[-–]\s*(?:§\s*)?[1-9]"
ROLE_PARAGRAPHS = {"chair": (re.compile(r"ordf(?:örande|\.)" + _RANGE),),
                   "secretary": (re.compile(r"sekreterare" + _RANGE), re.compile(r"protokollförare" + _RANGE))}
#: the same entry read from the holder's name on: only then are the other entries looked for
#: (possessive blanks: a long run of blanks after the name is crossed once, not tried at each of its lengths)
OWN_ENTRY = {"chair": re.compile(r"(?:\s++X)?\s*+,?\s*+(?:mötes)?ordf(?:örande|\.)" + _RANGE),
             "secretary": re.compile(r"(?:\s++X)?\s*+,?\s*+(?:(?:mötes)?sekreterare|protokollförare)" + _RANGE)}
NAME_BEFORE = re.compile(r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+){1,2})(?:\s+X)?\s*,?\s*"
                         r"(?:mötes)?$")
#: the roster's own form of the chair, the role after the name: "Anna Berg (S), ordförande", "Eva Ek (C), vice
#: ordförande, tjänstgörande ordförande" (one serving as chair is listed so, and chaired)
LISTED_CHAIR = re.compile(r"(?:\s*+\([^)\n]{1,12}\))?\s*+,[^\n]{0,40}?(?i:\bordförande\b)")
#: the signature block's form, the role word (capitalised, no "vice" before it) before the name: "Ordförande Per Holm"
SIGNED_CHAIR = re.compile(r"(?<![Vv]ice )(?<![\wåäö])Ordförande[\s.:…_]+$")


def places_of(text: str, name: str) -> list[int]:
    """Where ``name`` is written in ``text`` (str.find: no pattern compiled for a name)."""
    return list(places(text, name))


#: a paragraph's mark before a name on its line: "§ 4 Norrby Energi AB: Olle Strand, ordförande", "Punkt 3: Anna
#: Berg, ordförande i föreningen": the minutes' list of who came for one item (a company's or another group's
#: chair visiting), not the body's roster
FOR_ITEM = re.compile(r"(?:§|\b(?i:punkt|paragraf|ärende))\s*\d[^\n§]{0,80}$")
#: or another body named in the genitive with a colon before the name: "Kommunens revisorer: Olle Strand,
#: ordförande (S)", "Bolagets styrelse: Anna Berg, ordförande" -- a delegation among those present and its own
#: chair (the auditors, a company's board); the body's own members ("Nämndens ledamöter: ...") are no delegation
OTHER_GROUP = re.compile(r"\b[a-zåäö]+s\s+(?!ledam|ersättar|medlem|deltagar|närvar)[a-zåäö]+\s*:[^\n:]{0,40}$", re.I)
#: or the items after it: "Olle Strand, ordförande Norrby Energi AB, § 4", "Anna Berg, ordförande (punkt 3)"
ITEM_AFTER = re.compile(r"[^\n§]{0,60}?(?:§|\b(?i:punkt|paragraf|under\s+ärende))\s*\d")


def _visiting(text: str, name: str) -> bool:
    """Whether every listing of ``name`` as "Name, ordförande" names the paragraph its holder came for: a visitor
    (another group's chair) whom the minutes list with that item, who never chaired this meeting (issue 10)."""
    listed = [k for k in places_of(text, name) if LISTED_CHAIR.match(text, k + len(name))]
    return bool(listed) and all(FOR_ITEM.search(text, max(0, k - 80), k) or OTHER_GROUP.search(text, max(0, k - 80), k)
                                or ITEM_AFTER.match(text, LISTED_CHAIR.match(text, k + len(name)).end())
                                for k in listed)


def check(rec: MeetingRecord, text: str, abstain) -> None:
    """Leave out a chair or secretary whom the document writes with their paragraphs beside another signer of
    the same role with theirs, or as holding the role for some items only (``abstain(rec, field, why)`` says why
    in the evidence)."""
    chairs = list(dict.fromkeys(a.name for a in rec.attendees if a.role == "ordförande" and a.group == "present"))
    if rec.chair in chairs[1:]:  # (the visitors looked for only where the rule may apply, issue 12)
        chairs = [c for c in chairs if not _visiting(text, c)]
    if rec.chair in chairs[1:] and (at := places_of(text, rec.chair)) \
            and any(SIGNED_CHAIR.search(text, max(0, k - 30), k) for k in at) \
            and not any(LISTED_CHAIR.match(text, k + len(rec.chair)) for k in at):
        was, rec.chair = rec.chair, chairs[0]
        rec.evidence.append(Evidence("chair", 0, 0, 0, f"signedinturn.first_listed: the attendance list calls "
                                     f"{len(chairs)} people ordförande; its first is the chair, not '{was}'", 0.7))
    for field in FIELDS:
        name = getattr(rec, field)
        if not name or not (at := places_of(text, name)):  # the cheap test: the name as written
            continue
        ends = [k + len(name) for k in at]
        signed = [m for k in ends if (m := SIGNED.match(text, k)) and m.end() > k]  # the name and its paragraphs
        turns = {n["name"] for rx in ROLE_PARAGRAPHS[field] for m in rx.finditer(text)
                 if (n := NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()))} \
            if any(OWN_ENTRY[field].match(text, k) for k in ends) else set()
        if any(NEXT_SIGNER.match(text, m.end()) for m in signed) or any(ONLY_SOME.match(text, k) for k in ends) \
                or name in turns and len(turns) > 1:
            abstain(rec, field, f"'{name}' held the role for some paragraphs, another person for others: the role "
                                "was held in turns, the meeting had no one holder")
