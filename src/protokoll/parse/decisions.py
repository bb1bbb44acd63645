"""An item's decisions and proposed decision: what follows a "Beslut" label (with colon, space-colon
or alone on a line) or "<Body>s beslut", as one paragraph or as "att ..."-clauses; without a label, the
sentences that decide ("Beslutades att ...", "Nämnden godkänner ..."). Dissent is read by :mod:`.reservations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import decided, deciders, decidedforms, unlabelled
from .agendaproposal import proposal_text
from .decidinglist import deciding_list
from .features import keyword_fold
from .headingapart import heads_apart
from .labelrest import lost_colon
from .lines import Line, join, sentences
from .midlinelabel import MIDLINE_COLON, MIDLINE_SENTENCE, MIDLINE_SHORT, after_midline_label
from .proposallabels import DECISION_AFTER, OWN_PROPOSAL_LABEL, is_proposal as _is_proposal, routed_label
from .reservations import RESERVATION, dissenters, split_dissent
from .sectionheads import FOLLOW_UP, SECTION, strip_section_heading, subheading

DECISION_LABEL = re.compile(
    r"^(?:Beslut\s+[A-ZÅÄÖ][\wåäö ]{1,40}:(?=\s*$)|Beslut(?:et)?|BESLUT|Beslutades|Beslöts|Beslutsförslag antogs|Mötet beslutade(?=\s*(?::|$))|[A-ZÅÄÖ][\wåäö]+s beslut|"
    # a body named in two words: "Kommunstyrelsens arbetsutskotts beslut", "Barn- och utbildningsnämndens beslut"
    r"[A-ZÅÄÖ][\wåäö]+s\s+[a-zåäö]+s\s+beslut(?=\s*:?\s*$)|[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+s\s+beslut(?=\s*:?\s*$)|"
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]+\s+(?:BESLUTAR|beslutar|BESLUTADE|beslutade)(?=\s*:?\s*$)|"
    # the body's decision run on after a colon: "Direktionen beslutar: Utse Per Ek till justerare."
    r"[A-ZÅÄÖ][\wåäöÅÄÖ]+(?:s\s+[a-zåäö]+)?\s+(?:BESLUTAR|beslutar|BESLUTADE|beslutade|beslöt)(?=\s*:\s*\S)|"
    r"Beslut i korthet)(?![\wåäöÅÄÖ])\s*(?::|[-–](?=\s))?\s*(.*)$")  # not "Beslutsunderlag", "Beslutsgång"
PROPOSAL_LABEL = re.compile(
    r"^(?:Förslag till beslut\s+(?:i|för|till)\s+(?:[a-zåäö\-]+\s+){0,2}?[a-zåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|"
    r"direktionen|stämman|rådet|beredningen|presidiet|gruppen)|Förslag till beslut|Förslag till beslut och yttrande|"
    r"Förslag till (?:[a-zåäö\-]+\s+){0,2}[\wåäö\-]+s\s+beslut|"
    r"Förslag|FÖRSLAG TILL BESLUT|[A-ZÅÄÖ][\wåäö\-]+(?:\s(?!enligt\s)[\wåäö\-]+){0,3}s förslag"
    r"(?: till [\wåäö ]+)?|"
    r"Beslutsförslag|Föreslaget beslut|Föreslagen åtgärd)(?![\wåäö])\s*:?\s*(.*)$")  # a whole word: not "Loppis förslagsvis ..."
NEXT_MEETING = re.compile(r"^(?:[\wåäö]+s\s+)?nästa\s+[\wåäö]*\s*(?:möte|sammanträde)", re.I)
#: "Förslag till beslut Omedelbar justering": a note that the paragraph is to be approved at once (at the meeting),
#: written on the label's line; the proposal is the text under the label
AT_ONCE = re.compile(r"^(?:omedelbar|omedelbart)\s+juster(?:ing|as|ad|at)\.?$", re.I)
#: a web page's link text on a line of its own right after an item's text: "Ärendedokument", "Läs dokument (PDF)",
#: "Handlingar", "Bilagor" (the links to the item's papers, not its text)
LINK_TEXT = re.compile(r"^(?:Ärendedokument|Läs\s+dokument(?:\s*\((?:PDF|pdf)\))?|Handlingar|Bilagor)$")
#: "Förslag till beslut på sammanträdet": the motions made at the meeting (yrkanden), not the proposal put to it
MADE_AT_MEETING = re.compile(r"^Förslag till beslut\s+(?:på|under|vid)\s+(?:sammanträdet|mötet)")
#: an attachment reference after the proposal's last sentence ("Delårsrapporten godkänns. Bilaga 3")
TRAILING_ATTACHMENT = re.compile(r"(?<=[.!?])\s+(?:Bilaga|Bilagor|Bil\.?)\s*:?\s*\d{1,3}[a-h]?"
                                 r"(?:\s*(?:,|och|-|–)\s*\d{1,3}[a-h]?)*\s*$")


#: a numbered point of a list a proposal or decision introduces with a colon: "1. Regionfullmäktige godkänner ..."
POINT = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
#: a sentence that introduces "att"-clauses written as paragraphs of their own after it: "Nämnden föreslår
#: kommunfullmäktige besluta" / (blank) / "att anta ..." / (blank) / "att ..."
INTRODUCES_CLAUSES = re.compile(r"\b(?:besluta|beslutar|föreslå|föreslår)(?:\s+följande)?\s*:?$")


@dataclass
class Decisions:
    decisions: list[str] = field(default_factory=list)
    proposed: str | None = None
    dissent: list[str] = field(default_factory=list)


def read_decisions(body: list[Line]) -> Decisions:
    """Decisions, the proposed decision and dissent of one item's body lines.

    Kept for the last ``KEPT_BODIES`` bodies read: an archive's standard items ("Ordföranden förklarade mötet
    öppnat.", "Dagordningen godkändes.") are written alike in document after document (issue 12). The key is all
    the reading depends on, each line's text and bullet; each caller gets its own lists."""
    key = tuple([(ln.text, ln.bullet) for ln in body])
    found = _KEPT.get(key)
    if found is None:
        found = _KEPT[key] = _read_decisions(body)
        if len(_KEPT) > KEPT_BODIES:
            _KEPT.pop(next(iter(_KEPT), None), None)  # the oldest (another thread may have taken it)
    return Decisions(list(found.decisions), found.proposed, list(found.dissent))


KEPT_BODIES = 256
_KEPT: dict[tuple[tuple[str, bool], ...], Decisions] = {}


def _read_decisions(body: list[Line]) -> Decisions:
    """The reading behind :func:`read_decisions`: the labelled proposal and decisions, else decisions written
    without a label, then the dissent the sentences record."""
    out = Decisions()
    i = 0
    while i < len(body):
        after = _labelled_block(body, i, out)
        i = after if after is not None else i + 1
    if not out.decisions and not out.proposed:
        out.decisions = _midline_decisions(body)
    if not out.decisions and not out.proposed:
        _unlabelled_decisions(body, out)
    _dissent_in_sentences(body, out)
    return out


def _labelled_block(body: list[Line], i: int, out: Decisions) -> int | None:
    """Where the block a label opens at line ``i`` ends, its text read into ``out``: a proposal label
    ("Förslag till beslut"), a list of decisions under a line ending in ":", or a decision label ("Beslut")
    with the dissent its sentences record. None when line ``i`` opens no such block."""
    ln = body[i]
    t = ln.text  # the labels' words are tested first: most lines have neither
    pm = PROPOSAL_LABEL.match(t) if ("örslag" in t or "Föreslag" in t or "ÖRSLAG" in t) and not MADE_AT_MEETING.match(t) \
        else None
    dm = DECISION_LABEL.match(t) if not pm and ("eslut" in t or "ESLUT" in t or "eslöt" in t) else None
    if pm and (pm.group(1) or _label_alone(ln.text) or routed_label(ln.text)) and _is_proposal(ln.text):
        own = OWN_PROPOSAL_LABEL.match(t)
        rest = t[own.end():] if own else pm.group(1)
        texts, i = _block(body, i, "" if AT_ONCE.match(rest.strip()) else rest, lead=True)
        value, decided_after = decidedforms.decision_inside(strip_section_heading(" ".join(texts)))
        out.decisions += decided_after  # "Förvaltningens förslag Att ... Beslut Nämnden ...": a flattened page
        value = TRAILING_ATTACHMENT.sub("", value)  # "... godkänns. Bilaga 3": the attachment is no part of it
        out.proposed = proposal_text(value)  # none for a placeholder ("xx"); no next item's label
        return i
    if not dm and not pm and t.endswith(":") and (listed := deciding_list(body, i)):
        out.decisions.append(listed[0])
        return listed[1]
    if dm and (not ln.bullet or decidedforms.bulleted_label(t, dm.group(1))) and (_label_alone(t) or _label_rest_ok(t, dm.group(1))) \
            and not decidedforms.not_a_label(ln.text, dm.group(1)):
        texts, i = _block(body, i, decidedforms.label_rest(t, dm.group(1)))
        for t in texts:
            kept, who = split_dissent(t)
            out.dissent += [w for w in who if w not in out.dissent]
            if kept and not decided.checking_only(kept):
                out.decisions.append(kept)
        return i
    return None


def _unlabelled_decisions(body: list[Line], out: Decisions) -> None:
    """Decisions written without a label ("Styrelsen beslutade att ..."), sub-points kept apart; else the
    sentences the fallback reads as decided; each followed by the sentence on when the minutes are checked."""
    found = sentences(heads_apart(_subpoints_apart(body)))
    found = [unlabelled.after_marks(s) for s in found]
    # each sentence in the forms both readers know, a meeting's settlement beside a body's decision (:mod:`.deciders`)
    out.decisions = deciders.sentence_decisions(found) or decided.fallback(found)
    if not out.decisions and (apart := unlabelled.sentence_lines_apart(body)) is not body:
        found = sentences(apart)
        out.decisions = [s for s in found if unlabelled.opening(s)]
    out.decisions = decided.with_checking(out.decisions, found)



def _dissent_in_sentences(body: list[Line], out: Decisions) -> None:
    """Who entered a reservation against the decision, as the item's sentences say ("X reserverade sig")."""
    found = sentences(body)
    low = keyword_fold("\n".join(found))  # every dissent wording has "reserv" or "beslutet"
    for sentence in found if "reserv" in low or "beslutet" in low else ():
        if _dissent_word(sentence) and RESERVATION.search(sentence):
            for dissenter in dissenters(sentence):
                if dissenter not in out.dissent:
                    out.dissent.append(dissenter)


#: a sub-point's heading inside an item: "2.1 Meddelande", "3.2. Budget" (short, no sentence's end)
SUBPOINT = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ][^.!?]{0,60}$")


#: a sub-point's numbered line after a decision ("6.2. Ändra rutinen ..."): the next sub-point, not the decision's end
SUBPOINT_LINE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+[\"”“A-ZÅÄÖ]")


def _subpoints_apart(body: list[Line]) -> list[Line]:
    """The body with its sub-point headings as paragraph breaks: "2.1 Meddelande" / "Styrelsen beslutar att ..."
    are a heading and a sentence, not one sentence that starts with the heading."""
    if not any(ln.text[:1].isdigit() and SUBPOINT.match(ln.text) for ln in body):
        return body
    return [Line("", ln.start) if ln.text[:1].isdigit() and SUBPOINT.match(ln.text) else ln for ln in body]


def _dissent_word(sentence: str) -> bool:
    """The cheap test before ``RESERVATION``: each of its wordings has "reserv" or "beslutet"."""
    low = keyword_fold(sentence)
    return "reserv" in low or "beslutet" in low


#: a decision label inside a flattened line, its "att"-clauses after it: "... NÄMNDEN BESLUTAR att anta ... att ...",
#: "... Kommunstyrelsens beslut: att ..."
MIDLINE_DECISION = re.compile(r"(?:(?<=\s)|^)(?:[A-ZÅÄÖ]{3,}\s+BESLUTAR|BESLUT|[A-ZÅÄÖ][a-zåäö]+s\s+beslut|Beslut)\s*:?\s+"
                              r"(?=att\s)")


def _midline_decisions(body: list[Line]) -> list[str]:
    """The "att"-clauses after a decision label in the middle of a long line (text whose breaks were lost), or
    the deciding sentence such a label runs on into."""
    for ln in body:
        if len(ln.text) < MIDLINE_SHORT:
            continue
        long = len(ln.text) >= 80
        m = MIDLINE_DECISION.search(ln.text) if long else None
        if m and m.start() > 0:
            return _clauses([Line(ln.text[m.end():], ln.start + m.end())])
        if "eslut" in ln.text or "ESLUT" in ln.text:
            sm = MIDLINE_SENTENCE.search(ln.text) or (MIDLINE_COLON.search(ln.text) if ":" in ln.text else None)
            if sm and (long or sm.start() > 0):
                return [sm.group("d")]
            if long and (found := after_midline_label(ln.text)):
                return found
    return []



def _label_rest_ok(text: str, rest: str) -> bool:
    """"Beslut: X", "Beslut :X" and "Beslut att X" are labels; "Beslut om X" (a list entry) is not."""
    head = text[: len(text) - len(rest)] if rest else text
    if re.match(r"^[A-ZÅÄÖ][\wåäö]+s beslut\s+[A-ZÅÄÖ]", text):  # "Kommunfullmäktiges beslut Dagordningen ..."
        return True
    return ":" in head or rest.startswith("att ") or bool(decidedforms.about_that(rest)) or lost_colon(head, rest) \
        or head.rstrip().endswith(("-", "–")) or bool(decided.lost_body(rest))  # "Beslut beslutar att ...": a lost name


#: the proposed decision's own opening line: "Kommunfullmäktige beslutar", then its "att"-clauses
BODY_DECIDES = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ]+\s+(?:beslutar|BESLUTAR)\s*:?$")


def _label_alone(text: str) -> bool:
    return bool(re.fullmatch(r"[\wåäöÅÄÖ][\wåäöÅÄÖ\- ]*:?", text)) and len(text) < 60


def _block(body: list[Line], i: int, rest: str, lead: bool = False) -> tuple[list[str], int]:
    """The text after a label: one paragraph, or a run of "att"-clauses. Returns (texts, next index). ``lead``: a
    proposal's block, whose text may open with the body's "Kommunfullmäktige beslutar" line (its own, no label)."""
    lines: list[Line] = []
    j = i + 1
    if rest:
        lines.append(Line(rest, body[i].start))
    while j < len(body) and body[j].blank and not lines:
        j += 1
    clauses = (rest or (body[j].text if j < len(body) else "")).startswith("att ")
    points = False
    while j < len(body):
        ln = body[j]
        if ln.blank:
            nxt = next((b for b in body[j:] if not b.blank), None)
            clauses = clauses or len(lines) == 1 and bool(INTRODUCES_CLAUSES.search(lines[0].text))
            points = points or len(lines) == 1 and (lines[0].text.rstrip().endswith(":") or not rest and bool(
                POINT.match(lines[0].text) and lines[0].text.lstrip().startswith("1")))  # "1. ..." / "2. ..."
            if points and nxt is not None and POINT.match(nxt.text):  # "... beslutar följande:" / "1. ..."
                j += 1
                continue
            if not clauses or nxt is None or not nxt.text.startswith("att "):
                break
            j += 1
            continue
        if DECISION_LABEL.match(ln.text) and _label_alone(ln.text) and not (lead and not lines and BODY_DECIDES.match(
                ln.text)) or PROPOSAL_LABEL.match(ln.text) and \
                _is_proposal(ln.text) or NEXT_MEETING.match(ln.text) or SECTION.match(ln.text) or FOLLOW_UP.match(ln.text) \
                or ln.text[:1].isdigit() and SUBPOINT_LINE.match(ln.text) or LINK_TEXT.match(ln.text.strip()) \
                or lead and lines and DECISION_AFTER.match(ln.text):
            break
        lines.append(ln)
        j += 1
    if clauses:
        return _clauses(lines), j
    if not rest and lines and len(lines) <= 2 and not (j < len(body) and LINK_TEXT.match(body[j].text.strip())):
        more, j = _short_paragraphs(body, j, lead)
        if more:
            return [join(lines)] + more, j
    return ([join(lines)] if lines else []), j


def _short_paragraphs(body: list[Line], j: int, lead: bool = False) -> tuple[list[str], int]:
    """After "Beslut:" on its own line, decisions as short paragraphs (a list whose bullets were lost); after a
    proposal's label (``lead``) only those that decide, not the account of the matter after them."""
    out: list[str] = []
    while j < len(body):
        k = j
        while k < len(body) and body[k].blank:
            k += 1
        para: list[Line] = []
        while k < len(body) and not body[k].blank:
            para.append(body[k])
            k += 1
        if not para or len(para) > 2 or DECISION_LABEL.match(para[0].text) or PROPOSAL_LABEL.match(para[0].text) \
                or NEXT_MEETING.match(para[0].text) or not re.match(r"[A-ZÅÄÖ]", para[0].text) \
                or SECTION.match(para[0].text) or FOLLOW_UP.match(para[0].text) or subheading(para) \
                or lead and not decided.proposal_goes_on(para[0].text):
            break
        out.append(join(para))
        j = k
    return out, j


def _clauses(lines: list[Line]) -> list[str]:
    """The "att"-clauses after a label, each with the lines it wraps onto; a line after a clause's full stop
    that is itself a deciding sentence ("Vi beslutade att ...") is a decision of its own, not the clause's end."""
    out: list[list[Line]] = []
    for ln in lines:
        new = out and out[-1][-1].text.endswith(".") and ln.text[:1].isupper()  # a sentence of its own after a clause
        if ln.text.startswith("att ") or not out or new and (unlabelled.unlabelled(ln.text) or decided.unlabelled(ln.text)):
            out.append([ln])
        elif new and decidedforms.TASK_GIVEN.match(ln.text):  # "Styrelsen uppdrar Eva att ...": the task, no part of the clause
            break
        else:
            out[-1].append(ln)
    return [join(c) for c in out]
