"""More layout damage for ``bench/perturb.py``: what web pages, page furniture, signature blocks and tables
do to a meeting document's head, written as general rules (issue 10: precision on layouts the rules were not
written on).

Each rule knows only how Swedish web pages, PDFs and protocols are laid out in general: a site's menu and
cookie notice, "Publicerad" and "Senast uppdaterad" dates, page numbers, a letterhead printed as a footer, a
signature block of role lines with the names under them or beside each other, role words dropped from an
attendance list, a table of name | municipality | role read as one run of words. Nothing here names a
document's organisation, people or numbers; the signature block is written from the gold record's own chair,
secretary and attendees (a generator from records), so its names are the document's and the reader can be
judged on which role it gives them.
"""

from __future__ import annotations

import re

#: page furniture a PDF's or a web copy's text carries before the document's own first line
NOISE_HEAD = ["Sida 1 av 4", "Skriv ut", "Dela", "Hoppa till huvudinnehåll", "Lyssna", "1 (4)", ""]
#: a municipal web site's frame around a published document
WEB_HEAD = ["Meny", "Sök", "Start", "Kommun och politik", "Politik och demokrati", "Sammanträden och protokoll",
            "Logga in", "",
            "Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. "
            "Genom att fortsätta godkänner du att vi använder kakor.", "Jag förstår", "",
            "Publicerad: 12 mars 2021", "Dela sidan", ""]
WEB_TAIL = ["", "Sidan uppdaterades senast: 3 maj 2021", "Kontakt", "Telefon: 010-123 45 67",
            "E-post: info@exempel.se", "Följ oss på Facebook", "Tillgänglighetsredogörelse", "Om webbplatsen"]
LETTERHEAD_WORDS = 10  #: a letterhead line is short
#: the first line of an item's heading ("§ 12", "12.", "Punkt 12") ends the head
ITEM_START = re.compile(r"^[ \t]*(?:§\s*\d{1,3}|\d{1,2}[.)][ \t]+\S|(?:Punkt|Ärende)\s+\d{1,3})", re.M)


def noise_head(t: str) -> str:
    """Page furniture (page numbers, "Skriv ut", "Dela") before the document's first line."""
    return "\n".join(NOISE_HEAD) + "\n" + t


def web_page(t: str) -> str:
    """The document inside a web page: menu, cookie notice and "Publicerad" date before it; contact details,
    "Senast uppdaterad" and links after it."""
    return "\n".join(WEB_HEAD) + "\n" + t.rstrip("\n") + "\n" + "\n".join(WEB_TAIL) + "\n"


def org_in_footer(t: str) -> str:
    """The letterhead printed as a page footer: the first non-blank line (when short, as a letterhead is) moved to
    the end, after a page number."""
    lines = t.split("\n")
    k = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if k is None or len(lines[k].split()) > LETTERHEAD_WORDS:  # a page run on as one line is no letterhead
        return t
    first = lines.pop(k)
    return "\n".join(lines).rstrip("\n") + "\n\nSida 1 (1)\n" + first.strip() + "\n"


def roles_dropped(t: str) -> str:
    """An attendance list without its role words: "Anna Berg (S), ordförande" -> "Anna Berg (S)" in the head
    (the first name of such a list is then not known to be the chair)."""
    head, rest = _head(t)
    head = re.sub(r"(?<=[\wåäö)])\s*(?:,\s*|\s+|\()(?:vice\s+)?(?:ordförande|ordf\.?|sekreterare|sekr\.?)\)?(?=[\s,;]|$)",
                  "", head, flags=re.I | re.M)
    return head + rest


def table_flattened(t: str) -> str:
    """A table of name | municipality | role read as one run: commas and tabs between cells of the head's
    lines become single spaces ("Anna Berg, Norrby kommun, ordförande" -> "Anna Berg Norrby kommun ordförande")."""
    head, rest = _head(t)
    head = re.sub(r"[ \t]*(?:,|\t+|[ \t]{2,})[ \t]*", " ", head)
    return head + rest


def _head(t: str) -> tuple[str, str]:
    """The text before the first item heading, and the rest."""
    m = ITEM_START.search(t)
    return (t[:m.start()], t[m.start():]) if m else (t, "")


def signature_block(gold: dict):
    """A signature block after the text written from the record's own people, as Swedish protocols print it:
    role lines with dotted lines, each name under its role, the chair and a justerare beside each other."""
    def add(t: str) -> str:
        chair, secretary = gold.get("chair"), gold.get("secretary")
        others = [a.get("name") for a in gold.get("attendees") or [] if a.get("name") not in (chair, secretary, None)]
        if not chair or not secretary or not others:
            return t
        block = ["", "Underskrifter", "", "Sekreterare\t....................................", f"\t{secretary}", "",
                 "Ordförande\t\t\tJusterande", "....................................\t\t...............................",
                 f"{chair}\t\t\t{others[-1]}", ""]
        return t.rstrip("\n") + "\n" + "\n".join(block)
    return add


def signature_names_first(gold: dict):
    """A signature block whose names come before their roles, in a row: "Per Holm  Eva Lind / Ordförande
    Justerare" (the name after a role word is the next signer's)."""
    def add(t: str) -> str:
        chair, secretary = gold.get("chair"), gold.get("secretary")
        others = [a.get("name") for a in gold.get("attendees") or [] if a.get("name") not in (chair, secretary, None)]
        if not chair or not secretary or not others:
            return t
        block = ["", "Justeras", "", f"{others[0]}\t\t{chair}", "Justerare\t\tOrdförande", "",
                 f"{secretary}", "Sekreterare", ""]
        return t.rstrip("\n") + "\n" + "\n".join(block)
    return add


#: a letterhead's address block as municipalities and federations print it under their name
ADDRESS = ["Postadress: Box 100, 123 45 Storby", "Besöksadress: Storgatan 1", "Telefon: 0123-456 78",
           "E-post: registrator@exempel.se", "Org.nr: 212000-0000", "www.exempel.se", ""]
#: role words as lists abbreviate them
ABBREVIATIONS = ((r"\bordförande\b", "ordf."), (r"\bOrdförande\b", "Ordf."), (r"\bsekreterare\b", "sekr."),
                 (r"\bSekreterare\b", "Sekr."))
#: an official whose job title holds a role word, added to the head's lists (a name written here, of no document)
TITLED = "Karin Ekvall, nämndsekreterare"
LIST_LABEL = re.compile(r"^(?P<label>[ \t]*(?:Närvarande|Övriga närvarande|Övriga deltagare|Övriga|Tjänstemän|"
                        r"Tjänstepersoner|Deltagare|Beslutande|Ledamöter)[ \t]*:?[ \t]*)", re.M)


def address_after_letterhead(t: str) -> str:
    """A letterhead's address block (postal and visiting address, telephone, e-mail, company number, web) under
    the first line."""
    first, nl, rest = t.lstrip("\n").partition("\n")
    return first + "\n" + "\n".join(ADDRESS) + nl + rest


def roles_abbreviated(t: str) -> str:
    """"ordförande" and "sekreterare" written "ordf." and "sekr." in the head."""
    head, rest = _head(t)
    for rx, short in ABBREVIATIONS:
        head = re.sub(rx, short, head)
    return head + rest


def titled_official(t: str) -> str:
    """An official whose title holds a role word ("nämndsekreterare") first in the head's first attendance list."""
    head, rest = _head(t)
    m = LIST_LABEL.search(head)
    if not m:
        return t
    sep = "\n" if not head[m.end():].split("\n", 1)[0].strip() else ""
    return head[:m.end()] + sep + TITLED + ("\n" if sep else ", ") + head[m.end():].lstrip("\n") + rest


def listed_first(entry: str):
    """``entry`` written first in the head's first attendance list (an official or guest with a role-like title)."""
    def add(t: str) -> str:
        head, rest = _head(t)
        m = LIST_LABEL.search(head)
        if not m:
            return t
        sep = "\n" if not head[m.end():].split("\n", 1)[0].strip() else ""
        return head[:m.end()] + sep + entry + ("\n" if sep else ", ") + head[m.end():].lstrip("\n") + rest
    return add


def after_first_line(extra: str):
    """``extra`` (lines of the head naming other organisations) written under the document's first line."""
    def add(t: str) -> str:
        first, nl, rest = t.lstrip("\n").partition("\n")
        return first + "\n" + extra + nl + rest
    return add


#: organisations a head names that do not hold the meeting: the host of the room, the receivers of the minutes
#: (municipalities of the gazetteer, named by no document here)
HOST_PLACE = "Lokal: Sessionssalen, Ydre kommun"
SENT_TO = "Protokollet skickas till: Ydre kommun, Kinda kommun, Boxholms kommun"
SUBHEADING = "Ydre kommun"


def title_capitals(n: int):
    """The first ``n`` non-blank lines in capitals, as letterheads and titles are often printed."""
    def up(t: str) -> str:
        lines, k = t.split("\n"), 0
        for i, ln in enumerate(lines):
            if ln.strip() and k < n:
                lines[i], k = ln.upper(), k + 1
        return "\n".join(lines)
    return up


def secretary_employed_elsewhere(t: str) -> str:
    """The secretary's line names an employer of another kind (a region, a company) after the name."""
    return re.sub(r"(?m)^([ \t]*(?:Sekreterare|Vid protokollet)[ \t]*:?[ \t]*[A-ZÅÄÖ][^\n,]*?)[ \t]*$",
                  r"\1, Region Östergötland", t, count=1)


def labels_in_capitals(t: str) -> str:
    """Header labels in capitals ("ORDFÖRANDE", "SEKRETERARE", "NÄRVARANDE") as many letterheads print them."""
    head, rest = _head(t)
    head = re.sub(r"(?m)^([ \t]*)(Ordförande|Sekreterare|Justerare|Närvarande|Beslutande|Ersättare|Övriga|Datum|Tid|Plats|"
                  r"Justering|Vid protokollet|Deltagare)\b", lambda m: m.group(1) + m.group(2).upper(), head)
    return head + rest


#: text-only perturbations (a function of the text)
PERTURBATIONS = {
    "noise-head": noise_head,
    "web-page": web_page,
    "org-in-footer": org_in_footer,
    "roles-dropped": roles_dropped,
    "table-flattened": table_flattened,
    "web-page+one-line": lambda t: re.sub(r"\s*\n\s*", " ", web_page(t)),
    "noise+table-flattened": lambda t: table_flattened(noise_head(t)),
    "footer+roles-dropped": lambda t: roles_dropped(org_in_footer(t)),
    "letterhead-address": address_after_letterhead,
    "roles-abbreviated": roles_abbreviated,
    "titled-official": titled_official,
    "labels-capitals": labels_in_capitals,
    "address+one-line": lambda t: re.sub(r"\s*\n\s*", " ", address_after_letterhead(t)),
    "titled+table-flattened": lambda t: table_flattened(titled_official(t)),
    # the chair of another body, a vice chair, a party's secretary: role words that do not make the meeting's
    "guest-chair": listed_first("Karin Ekvall (S), kommunstyrelsens ordförande"),
    "vice-chair": listed_first("Lars Wennström (M), vice ordförande"),
    "party-secretary": listed_first("Eva Lindqvist, politisk sekreterare"),
    "guest-chair+table-flattened": lambda t: table_flattened(listed_first("Karin Ekvall (S), kommunstyrelsens ordförande")(t)),
    "host-place": after_first_line(HOST_PLACE),
    "sent-to-members": after_first_line(SENT_TO),
    "municipal-subheading": listed_first(SUBHEADING),
    "host-place+one-line": lambda t: re.sub(r"\s*\n\s*", " ", after_first_line(HOST_PLACE)(t)),
    "sent-to+footer": lambda t: org_in_footer(after_first_line(SENT_TO)(t)),
    "first-line-capitals": title_capitals(1),
    "title-capitals": title_capitals(3),
    "secretary-employer": secretary_employed_elsewhere,
    # dates and people a head names that are not the meeting's: the next meeting, a printout, the signing, a contact
    "next-meeting-head": after_first_line("Nästa möte: 14 november 2030 kl. 13.00"),
    "printed-date": after_first_line("Utskriftsdatum: 2030-01-15"),
    "signing-date-head": after_first_line("Justeringsdatum: 2030-01-20"),
    "contact-person": after_first_line("Kontaktperson: Karin Ekvall, telefon 0123-456 78"),
    "dates-head+one-line": lambda t: re.sub(r"\s*\n\s*", " ", after_first_line(
        "Utskriftsdatum: 2030-01-15\nNästa möte: 14 november 2030 kl. 13.00")(t)),
    "vice-chair+one-line": lambda t: re.sub(r"\s*\n\s*", " ", listed_first("Lars Wennström (M), vice ordförande")(t)),
}
#: perturbations written from the gold record (a function of the record giving one of the text)
FROM_RECORD = {
    "signature-block": signature_block,
    "signature-names-first": signature_names_first,
    "signature-block+spaces": lambda gold: (lambda t: re.sub(r"[ \t]*\t[ \t]*", " ", signature_block(gold)(t))),
    "signature-names-first+one-line": lambda gold: (lambda t: re.sub(r"\s*\n\s*", " ", signature_names_first(gold)(t))),
}
