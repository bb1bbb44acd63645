"""The bodies an item is sent on to ("överlämnas till kommunstyrelsen", "tas upp vid fullmäktige i mars"),
each with that body's meeting date when the document names it."""

from __future__ import annotations

import re
from datetime import date

from ..record import Forward
from ..swedish import dates
from ..swedish.kept import compiled
from .features import finditer_lines, has_any, keyword_fold
from .itemcontext import Context


FORWARD_VERB = re.compile(
    r"\b(förs\s+upp\s+till|förs\s+vidare\s+till|skickas\s+(?:vidare\s+)?till|översänd(?:a|s|es)?\s+(?:\w+\s+){0,3}?till|"
    r"överlämna(?:s|r)?\s+(?:\w+\s+){0,3}?till|hänskjut(?:s|a)\s+till|lyfts?\s+till|behandlas\s+(?:vid|av|på)|"
    r"ta\s+ställning\s+till|för\s+beslut\s+i|vidare\s+till|remitteras\s+till|tas\s+upp\s+(?:vid|på|i))", re.I)
TARGET = re.compile(r"\b(kommunstyrelse\w*|kommunfullmäktige\w*|fullmäktige\w*|förbundsstyrelse\w*|"
                    r"styrelse\w*|direktion\w*|presidie\w*|arbetsutskott\w*|förbundsfullmäktige\w*)", re.I)
#: a word each ``TARGET`` contains
TARGET_WORDS = ("styrelse", "fullmäktige", "direktion", "presidie", "arbetsutskott")
HAS_TARGET_WORD = has_any(TARGET_WORDS)
CANONICAL = (("kommunstyrelse", "Kommunstyrelsen"), ("kommunfullmäktige", "Kommunfullmäktige"),
             ("förbundsfullmäktige", "Förbundsfullmäktige"), ("fullmäktige", "Kommunfullmäktige"),
             ("förbundsstyrelse", "Förbundsstyrelsen"), ("styrelse", "Styrelsen"), ("direktion", "Direktionen"),
             ("presidie", "Presidiet"), ("arbetsutskott", "Arbetsutskottet"))


def read_forwards(found: list[str], ctx: Context, known: dict[str, list[date]]) -> list[Forward]:
    """Bodies an item is sent on to (from its sentences), with that body's meeting date when known."""
    out: list[Forward] = []
    if not HAS_TARGET_WORD(keyword_fold("\n".join(found))):  # the item's sentences tested at once
        return out
    for s in found:
        low = keyword_fold(s)
        if not HAS_TARGET_WORD(low):  # the cheap test first: no body named, nothing sent on
            continue
        vm = FORWARD_VERB.search(s)
        if not vm or re.search(r"skickas\s+ut\b", s, re.I):
            continue
        tm = TARGET.search(s)
        if not tm:
            continue
        body = next(c for k, c in CANONICAL if tm.group(1).casefold().startswith(k))
        when = _forward_date(s[vm.start():], ctx, known.get(body, []))
        existing = next((f for f in out if f.body == body), None)
        if existing is None:
            out.append(Forward(body, when.isoformat() if when else None))
        elif existing.date is None and when:
            existing.date = when.isoformat()
    return out


def _forward_date(sentence: str, ctx: Context, known: list[date]) -> date | None:
    found = dates.find_dates(sentence, after=ctx.meeting)
    for m in found:
        if m.date in known:
            return m.date
    for m in found:
        if m.date:
            return m.date
        if m.month and not m.day:
            hit = [d for d in known if d.month == m.month]
            if hit:
                return hit[0]
    month = re.search(r"\bi\s+(" + "|".join(k for k in dates.MONTHS if len(k) > 3) + r")\b", sentence, re.I)
    if month:
        hit = [d for d in known if d.month == dates.MONTHS[month.group(1).casefold()]]
        if hit:
            return hit[0]
    future = [d for d in known if not ctx.meeting or d > ctx.meeting]
    return future[0] if len(set(future)) == 1 else None


def body_meeting_dates(text: str, ctx: Context) -> dict[str, list[date]]:
    """Dates of other bodies' meetings the document names ("styrelsemötet den 1 mars", "13/2 Styrelsemöte")."""
    out: dict[str, list[date]] = {}
    low = keyword_fold(text)
    # a body's word never spans a line break: only the lines holding one of its words are searched
    for tm in finditer_lines(TARGET, text, low, TARGET_WORDS) if HAS_TARGET_WORD(low) else ():
        first = text.rfind("\n", 0, tm.start()) + 1
        last = text.find("\n", tm.end())
        line = text[first:last if last >= 0 else len(text)]
        start, end = tm.start() - first, tm.end() - first
        word = tm.group(1).casefold()
        if "möte" not in word and "sammanträde" not in word and not compiled(
                rf"{re.escape(tm.group(1))}\s+(?:den\s+)?\d").search(line):
            continue
        body = next(c for k, c in CANONICAL if word.startswith(k))
        near = line[max(0, start - 12): end + 30]
        for m in dates.find_dates(near, after=ctx.meeting):
            if m.date and m.date not in out.setdefault(body, []):
                out[body].append(m.date)
    return out
