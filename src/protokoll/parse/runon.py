"""A heading that runs on into the item's first sentence, and a heading that runs on into the next heading.

Text whose line breaks were lost (a page copied from a document-sharing
site, a PDF whose columns were merged) puts an item's heading and its first
sentence on one line: "Mötets öppnande Ordföranden förklarade mötet
öppnat.", "Föredragningslista Föredragningslista, daterad, godkändes.",
"Ekonomisk rapport Nämndens beslut Nämnden tackar för rapporten". Headings are
noun phrases; a sentence has a subject and a finite verb. So the line is cut
before a capitalised word (or "Att") that is followed within four words by
one of the verbs minutes are written with, and before a decision label
("Nämndens beslut", "Beslut:", "Förslag till beslut") that ends or follows the
heading. A numbered agenda list flattened into one line ("8. Seminarium
26 november 9. Ekonomisk uppföljning") is cut before the number that
comes next (:func:`next_number_at`).
"""

from __future__ import annotations

import re

from ..swedish.kept import compiled
from .givenopen import is_role, opens_name
from .itemlabels import OWNED_PROPOSAL
from .headings import Heading
from .lines import Line

#: finite verbs (present, past, passive) that open the text of an item in minutes and protocols
VERBS = frozenset("""
beslutar beslutade beslutas beslutades beslöt beslöts förklarar förklarade förklaras förklarades
informerar informerade informeras informerades godkänner godkände godkänns godkändes godkänts
noterar noterade noteras noterades läggs lades lägger lade tackar tackade föreslår föreslog föreslås föreslogs
redogör redogjorde redovisar redovisade redovisas redovisades presenterar presenterade presenteras presenterades
rapporterar rapporterade konstaterar konstaterade fastställer fastställde fastställs fastställdes
öppnar öppnade öppnas öppnades hälsar hälsade utses utsågs utser utsåg väljs valdes väljer valde
diskuterar diskuterade diskuteras diskuterades antar antog antas antogs överlämnar överlämnade
uppdrar uppdrog ger gav har hade är var får fick ställer ställde tillstyrker tillstyrkte
godkänd godkänt godkända justeras justerades ajourneras ajournerades avslutar avslutade avslutas avslutades
berättar berättade går gick inleder inledde återrapporterar återrapporterade
gås gicks behandlas behandlades lämnas lämnades framförs framfördes konstateras konstaterades""".split())
#: words that cannot start a sentence cut from a title: the title's own small words
SMALL = {"och", "samt", "i", "av", "för", "om", "på", "till", "med", "från", "vid", "inom", "mot", "under", "över",
         "efter", "enligt", "jämte", "eller", "hos", "kring", "via", "the", "-", "–", "&"}
#: a decision label run on after the heading: "Kultur- och fritidsnämndens beslut", "Beslut:", "Förslag till beslut"
LABEL = re.compile(r"\s+(?:(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[\wåäö]+|[A-ZÅÄÖ][\wåäö]+)(?:s|ens|ets)\s+beslut|"
                   rf"Beslut|{OWNED_PROPOSAL}|Förslag\s+till\s+beslut|Beslutsförslag)\b\s*:?(?=\s|$)")
WORD = re.compile(r"\S+")


#: a page's running head run on after a heading: two capitalised words in capitals ("UMEÅREGIONEN
#: MINNESANTECKNINGAR"), or one followed by a date or page mark ("VALDIREKTIONSMÖTE 2023-01-18", "KALLELSE 2(3)")
PAGE_HEAD = re.compile(r"(?:\s+\d{1,3}(?=\s+[A-ZÅÄÖ]{4,}))?\s+(?:[A-ZÅÄÖ]{4,}[\s,/]+[A-ZÅÄÖ]{3,}|[A-ZÅÄÖ]{4,}\s+(?:\d{4}-\d{2}-\d{2}|\d{1,3}\s*\(\s*\d{1,3}\s*\))"
                       r"|(?:Sida|SIDA|Sid)\s+\d{1,3}(?:\s*(?:\(|av)\s*\d{1,3}\)?)?(?=\s|$)|\d{1,3}\s*\(\s*\d{1,3}\s*\))")


#: a point of a list under the heading, its bullet become a dash when the lines were joined
SUB_POINT = re.compile(r"\s[-–•]\s+(?=[A-ZÅÄÖ])")


#: the label of an item's papers run on after its heading, with its colon: "Bilagor:", "Bilaga:"
PAPERS = re.compile(r"(?<=\S)\s+(?:Bilagor|Bilaga)\s*:")


HEADING_WORD = re.compile(r"(?:[A-ZÅÄÖ][\wåäö\-]+|Att)[,:]?")


def split_sentence(title: str) -> tuple[str, str]:
    """(heading, the text it ran on into); the text is "" when the heading stands alone."""
    dashes = list(SUB_POINT.finditer(title)) if "-" in title or "–" in title or "•" in title else []
    if len(dashes) >= 2 and dashes[0].start() > 0:  # "Informationsärenden - Budget - Personal": its points, run on
        return title[:dashes[0].start()].rstrip(), title[dashes[0].start():].strip()
    papers = PAPERS.search(title) if "Bilag" in title else None
    if papers:  # "Föregående möte Bilagor: mars.pdf Anteckningarna ...": the papers' label ends the heading
        return split_sentence(title[:papers.start()])[0].rstrip(" ,;:-–"), title[papers.start():].strip()
    head = PAGE_HEAD.search(title)
    if head and not title[:head.start()].isupper() and head.start() > 0:
        title, rest = title[:head.start()], title[head.start():].strip()
        return split_sentence(title)[0], rest
    label = LABEL.search(title) if "eslut" in title or "örslag" in title else None  # each label has one
    if label and title[:label.start()].split()[-1:] and title[:label.start()].split()[-1].casefold() in SMALL:
        label = None  # "Anmälan av Äldrenämndens beslut om ...": the decision the title is about, no label
    words = list(WORD.finditer(title)) if _may_open_sentence(title) else []
    for k in range(1, len(words)):
        if label and words[k].start() > label.start():
            break
        w = words[k].group()
        if not HEADING_WORD.fullmatch(w) or words[k - 1].group().casefold() in SMALL or _acronym_compound(words, k):
            continue
        if w.isupper() and len(w) > 1 and words[k - 1].group().isupper():  # "FASTSTÄLLANDE AV DAGORDNING": a
            continue                                                        # title in capitals goes on in them
        following = [x.group().strip(",.:;").casefold() for x in words[k + 1:k + 5]]
        if w.casefold() == "att" or any(f in VERBS for f in following):
            if w.casefold() == "att" and not following:
                continue
            if k > 1 and opens_name(words[k - 1].group()):  # "... valdes Bo Olsson och till ... valdes": a title
                continue                                     # never ends on a given name; the capital is the surname
            if k == 1 and (opens_name(words[0].group()) or is_role(words[0].group())):  # "Anna-Britta Berg
                return title, ""  # hälsade ...", "Ordförande Eva Ek hälsade ...": a sentence opening at a person
            return title[:words[k].start()].rstrip(" ,;:-–"), title[words[k].start():]
    if label and label.start() > 0:
        return title[:label.start()].rstrip(" ,;:-–"), title[label.start():].strip()
    return title, ""


def _may_open_sentence(title: str) -> bool:
    """The cheap test before the title's words are read one by one: a sentence is cut off the title only
    before an "att" or before a word among the four ahead of which one is in ``VERBS``."""
    return not VERBS_OR_ATT.isdisjoint({w.strip(",.:;") for w in title.casefold().split()})


VERBS_OR_ATT = VERBS | {"att"}


#: a compound led by an acronym: "VU-sammanträde", "KS-möte", "IT-stöd"
ACRONYM_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,}-[a-zåäö]+")


def _acronym_compound(words: list[re.Match], k: int) -> bool:
    """Whether words[k] is an acronym's compound after a lower-case word and before a capitalised one ("från
    föregående VU-sammanträde Protokollet var ..."): a noun the title's adjective governs; the sentence starts
    with the capitalised word after it."""
    return bool(ACRONYM_COMPOUND.fullmatch(words[k].group())) and words[k - 1].group()[:1].islower() \
        and k + 1 < len(words) and bool(HEADING_WORD.fullmatch(words[k + 1].group()))


def next_number_at(text: str, number: int) -> int | None:
    """Where "N+1. Title" / "§ N+1 Title" starts inside a heading line of item N (a flattened list), or None."""
    nxt = number + 1
    m = compiled(rf"(?<=\s)(?:§\s*{nxt}\s+|{nxt}\s?[.)]\s*)(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé])").search(text)
    return m.start() if m else None


def fill_numbers(lines: list, headings: list) -> tuple[list, list]:
    """Headings whose next number is missing from the chain but written inside their own line
    ("8. Seminarium 26 november 9. Ekonomisk uppföljning"): the line is cut there and the heading added."""
    lines, heads = list(lines), list(headings)
    k = 0
    while k < len(heads):
        h = heads[k]
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        if h.style not in ("num", "para") or not (h.number or "").isdigit() or nxt is not None and not (
                (nxt.number or "").isdigit() and int(nxt.number) > int(h.number) + 1):
            k += 1
            continue
        ln, n = lines[h.index], int(h.number)
        own = len(ln.text) - len(h.title)  # where the heading's own title starts in its line
        pos = next_number_at(ln.text, n)
        if pos is None or pos <= own + 2:
            k += 1
            continue
        rest = ln.text[pos:]
        lines[h.index:h.index + 1] = [Line(ln.text[:pos].rstrip(), ln.start, ln.bullet), Line(rest, ln.start + pos)]
        title = re.sub(r"^(?:§\s*\d+\s+|\d+\s?[.)]\s*)", "", rest)
        heads[k] = Heading(h.index, h.number, ln.text[own:pos].rstrip(), h.style, h.score)
        heads[k + 1:] = [Heading(x.index + 1, x.number, x.title, x.style, x.score) for x in heads[k + 1:]]
        heads.insert(k + 1, Heading(h.index + 1, str(n + 1), title, h.style, h.score))
        k += 1
    return lines, heads


#: a line that opens a part of an item, not an item: its labels
PART_LABEL = re.compile(r"^(?:Beslut|Förslag|Föredragande|Bilaga|Bilagor|Dnr|Diarienr|Ärendet|Bakgrund|Yrkande|"
                        r"Reservation|Protokollsanteckning|Sammanfattning|Beslutsunderlag|Information|Handlingar)\b",
                        re.I)


def fill_gaps(lines: list, headings: list) -> tuple[list, list]:
    """Headings whose number a copy stripped between two numbered ones ("2. Sekreterare ..." / "Justerare Till
    justerare utsågs Eva Holm." / "4. ..."): a line that starts with a short heading run on into a sentence
    becomes the missing heading, but only where there are exactly as many such lines as numbers missing."""
    add = _missing_headings(lines, headings)
    return _cut_in(lines, headings, add) if add else (lines, headings)


def _missing_headings(lines: list, headings: list) -> list[tuple[int, str, str, str]]:
    """(line index, number, heading, sentence) of each stripped heading: between two numbered headings whose
    numbers skip, the lines opening with a short heading run on into a sentence, when exactly as many as the
    numbers missing (else none there: abstain)."""
    add: list[tuple[int, str, str, str]] = []  # (line index, number, heading, sentence)
    for a, b in zip(headings, headings[1:]):
        if not ((a.number or "").isdigit() and (b.number or "").isdigit()) or a.style not in ("num", "para"):
            continue
        missing = int(b.number) - int(a.number) - 1
        if missing < 1:
            continue
        found = []
        for k in range(a.index + 1, b.index):
            t = lines[k].text
            if lines[k].blank or lines[k].bullet or PART_LABEL.match(t) or not re.match(r"[A-ZÅÄÖ][a-zåäö]", t):
                continue
            head, rest = split_sentence(t)
            words = head.split()
            if rest and 1 <= len(words) <= 6 and not head.endswith((".", ",", ":")) \
                    and (len(words) == 1 or not words[-1][:1].isupper()):  # not inside a name ("Team Norr Export")
                found.append((k, head, rest))
        if len(found) == missing:
            add += [(k, str(int(a.number) + n + 1), head, rest) for n, (k, head, rest) in enumerate(found)]
    return add


def _cut_in(lines: list, headings: list, add: list[tuple[int, str, str, str]]) -> tuple[list, list]:
    """The lines with each found heading cut from its sentence onto a line of its own, and the headings
    (renumbered to the new lines) with the found ones among them."""
    from .headings import Heading
    from .lines import Line

    cut = {k: (number, head, rest) for k, number, head, rest in add}
    out: list = []
    moved: dict[int, int] = {}
    heads: list = []
    for k, ln in enumerate(lines):
        moved[k] = len(out)
        if k in cut:
            number, head, rest = cut[k]
            heads.append(Heading(len(out), number, head, "num", 1.0))
            out += [Line(head, ln.start, ln.bullet), Line(rest, ln.start + len(ln.text) - len(rest))]
        else:
            out.append(ln)
    heads += [Heading(moved[h.index], h.number, h.title, h.style, h.score) for h in headings]
    return out, sorted(heads, key=lambda h: h.index)
