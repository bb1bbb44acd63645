"""A web site's frame before and after the document it shows: dropped before the layout is read.

A meeting document copied from a municipality's page keeps the page's frame: a skip link, the menu, the
breadcrumbs, "Lyssna", "Skriv ut", "Dela", the published date above it; share links, the updated date, a
feedback question ("Var den här sidan till hjälp?" with its "Ja Nej") and the cookie notice below it. Parse drops
such lines wherever they stand (:data:`WEB_CHROME`, here), but the layout repair (:mod:`.layout`) reads the text
before parse does: a frame of short lines changes what share of the text is in long lines and what the first and
last lines are. So the frame's lines at the very start and the very end of the text go here, as a run of such
lines (and blank lines) only: the first line that is not the frame's ends the run, and a document-sharing site's
transcript frame ("Storlek: px", "Transkript"), which :mod:`.siteframe` reads, is left to it. A line of the frame
above the document with a date ("Publicerad 3 maj 2021") stays: the page's year may be read from it; so do the
breadcrumbs, which may name the organisation and the body.
"""

from __future__ import annotations

import re

#: a web page's chrome, one line of it: a document-sharing site's frame ("Storlek: px", "Transkript"), a site's menu,
#: its page dates, share and print buttons, its feedback question and its cookie notice (``parse.lines`` drops
#: such lines wherever they stand)
WEB_CHROME = re.compile(
    r"^(Storlek:\s*px|Starta visningen från sidan:?|Download\s+[\"”“].*|Ladda ner\s+[\"”“].*|Transkript|"
    r"Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG|Dokumentet är en .*|Relaterade dokument.*|"
    r"Dela dokument.*|Skriv ut.*|Tillbaka till .*|Till toppen|Sidan uppdaterad.*|"
    # a web site's frame around a published document: its menu, its page dates, its cookie notice
    r"Publicerad:?\s.*|Publicerat:?\s.*|Senast (?:uppdaterad|ändrad|granskad):?\s.*|Uppdaterad:?\s.*|"
    r"Sidan (?:uppdaterades|ändrades|granskades)(?: senast)?:?\s.*|Hoppa till (?:huvudinnehåll|innehåll|innehållet)|"
    r"Hoppa över (?:navigering(?:en)?|menyn?)|"
    r"Till innehållet|Meny|Stäng meny|Sök|Lyssna|Dela|Dela sidan|Logga in|Jag förstår|"
    r"(?:Vi|Webbplatsen|Den här webbplatsen|Denna webbplats) använder (?:kakor|cookies)\b.*|"
    # its search box, its share links, its feedback question and its cookie buttons
    r"Sök på webbplatsen|"
    r"Dela (?:sidan )?(?:på|via) (?:Facebook|LinkedIn|Twitter|X|e-post|mejl)|Skriv ut sidan|Till toppen av sidan|"
    r"Var (?:den här|denna) sida(?:n)? till hjälp\??|Hittade du (?:det|vad) du (?:sökte|letade efter)\??|"
    r"(?:Godkänn|Acceptera|Tillåt) (?:alla )?(?:kakor|cookies)|Endast nödvändiga(?: kakor| cookies)?|"
    r"(?:Inställningar för|Hantera) (?:kakor|cookies)|Läs mer om (?:hur vi använder )?(?:kakor|cookies)\b.*)$", re.I)
CHROME_FIRST = frozenset("sdltwrpuhmjvgaei")  #: the first letters (folded) of the ``WEB_CHROME`` lines
#: the first two letters (folded) of the ``WEB_CHROME`` lines: a line starting otherwise is none (a test cheaper than
#: the pattern's alternatives tried one by one, issue 12)
CHROME_START = frozenset("ac de do en go ha hi ho in ja la lo ly lä me pu re sa se si sk st sö ti tr up va vi we wo"
                         .split())
#: a breadcrumb trail from the site's start page ("Startsida > Politik > Kommunstyrelsen > Protokoll"): kept (it may
#: name the organisation and the body), but part of the frame
BREADCRUMBS = re.compile(r"(?:Start|Startsida|Hem)(?:\s*[>›»]\s*[^>›»\n]+|\s+/\s+[^/\n]+){2,}", re.I)
#: a document-sharing site's transcript frame: read by :mod:`.siteframe` and :mod:`.layout`, never dropped here
TRANSCRIPT_FRAME = re.compile(r"(?:Storlek:|Starta visningen|Save this PDF|WORD\s+PNG|Download\b|Ladda ner\b|"
                              r"Transkript\b)", re.I)
#: a line of the frame above the document with a digit ("Publicerad 3 maj 2021") is kept: its date may be the only
#: year the page gives
DIGIT = re.compile(r"\d")
#: the answer buttons under a page's feedback question
FEEDBACK_ANSWERS = re.compile(r"Ja\s+Nej", re.I)


def may_be_chrome(text: str) -> bool:
    """The cheap test before ``WEB_CHROME``: the line's first two letters folded are a frame line's (two ASCII letters
    match the pattern's only as their lower case does), else, with a letter beyond ASCII, its first letter is one."""
    start = text[:2].casefold()
    return start in CHROME_START or not start.isascii() and text[:1].casefold() in CHROME_FIRST


def _frame_line(line: str) -> bool:
    text = line.strip()
    if not text:
        return True
    if TRANSCRIPT_FRAME.match(text):
        return False
    return (may_be_chrome(text) and WEB_CHROME.match(text) is not None) \
        or FEEDBACK_ANSWERS.fullmatch(text) is not None or BREADCRUMBS.fullmatch(text) is not None


def drop_site_frame(text: str) -> str:
    """``text`` without the site's frame lines that open and close it (each run ends at the first other line)."""
    lines = text.split("\n")
    first = 0
    while first < len(lines) and _frame_line(lines[first]):
        first += 1
    last = len(lines)
    while last > first and _frame_line(lines[last - 1]):
        last -= 1
    if not any(lines[k].strip() for k in (*range(first), *range(last, len(lines)))):
        return text  # blank lines only (or none): nothing of a frame
    kept = [lines[k] for k in range(first) if DIGIT.search(lines[k]) or BREADCRUMBS.fullmatch(lines[k].strip())]
    return "\n".join(kept + lines[first:last]) + "\n"
