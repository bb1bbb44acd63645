"""A meeting record as the words of a document: what every template (HTML and DOCX) prints.

The record is turned into plain strings here, once, so the HTML, PDF and DOCX
templates only lay them out. The words are the ones Swedish minutes,
protocols and kallelser conventionally use ("Datum:", "Tid:", "Plats:",
"Närvarande", "§ 14", "Föredragande:", "Beslut", "att ...", "Justerare"), so
our own reader (and a person) reads the same record back. A value the record
does not have is left out, never filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

KIND_WORDS = {"agenda": "Dagordning", "minutes": "Minnesanteckningar", "protocol": "Protokoll"}
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
APPEAL_DAYS = 21  #: kommunallagen 13 kap. 5 §: an appeal must arrive within three weeks of the anslag


@dataclass
class Anslag:
    """The ANSLAG/BEVIS block of a protocol of a body under kommunallagen (a tjänstemannagrupp has none)."""

    posted: date  #: the day the justering is announced on the official notice board (anslagstavlan)
    kept_at: str | None = None  #: förvaringsplats för protokollet
    body: str | None = None  #: the body whose protocol it is (default: the record's body)

    @property
    def last_appeal_day(self) -> date:
        return self.posted + timedelta(days=APPEAL_DAYS)


@dataclass
class Row:
    label: str
    lines: list[str]  #: one line per entry (one attendee a line)


@dataclass
class ItemView:
    heading: str  #: "§ 14 Val av justerare" or "3. Verksamhetsplan (bilaga 1)"
    presenters: str | None  #: "Föredragande: Anna Berg och Per Holm"
    proposal: str | None  #: "Förslag till beslut: ..."
    decision_label: str | None  #: "Beslut" over att-clauses
    decisions: list[str] = field(default_factory=list)  #: paragraphs: "Beslut: ..." or "att ..."
    tasks: list[str] = field(default_factory=list)  #: assignments the decision does not say, before it
    dissent: list[str] = field(default_factory=list)  #: reservations the decision does not say, after it


@dataclass
class Signature:
    name: str
    role: str


@dataclass
class View:
    kind: str
    kind_word: str
    organization: str | None
    title: str  #: "Styrelsen – protokoll 3/2024"
    rows: list[Row]
    items: list[ItemView]
    next_meeting: str | None
    signatures: list[Signature]
    anslag: list[Row]  #: empty when there is no ANSLAG/BEVIS block
    footer: str  #: the running page header/footer text

    def as_dict(self) -> dict[str, Any]:
        """The view as plain data for Jinja2 (docxtpl wants dicts, not dataclasses)."""
        from dataclasses import asdict
        return asdict(self)


def build(record: dict[str, Any], anslag: Anslag | None = None, signed: dict[str, str] | None = None) -> View:
    """The document words of one ``meeting-record/1`` dict; ``signed``: name -> ISO date of those who
    approved the protocol in the app (their signature line says so)."""
    record = _one_line(record)
    kind = record.get("kind") if record.get("kind") in KIND_WORDS else "minutes"
    word = KIND_WORDS[kind]
    title = _title(record, kind, word)
    protocol = kind == "protocol"
    return View(
        kind=kind, kind_word=word, organization=record.get("organization"), title=title,
        rows=_rows(record, kind),
        items=[_item(i, kind, record.get("body")) for i in record.get("items") or []],
        next_meeting=_next_meeting(record.get("next_meeting")),
        signatures=_signatures(record, signed or {}) if protocol else [],
        anslag=_anslag(record, anslag) if protocol and anslag else [],
        footer=" · ".join(p for p in (record.get("organization"), title) if p),
    )


def _one_line(value: Any) -> Any:
    """Every string of the record on one line: a line break inside a title or a decision would
    end it early when the document is read (a heading is one line, a label's value runs to the next)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_one_line(v) for v in value]
    if isinstance(value, dict):
        return {k: _one_line(v) for k, v in value.items()}
    return value


def _title(record: dict, kind: str, word: str) -> str:
    """"Styrelsen – protokoll 3/2024", "Kommundirektörsgruppen – minnesanteckningar, möte 2/2024"."""
    number = record.get("number")
    what = word.lower()
    if number:
        what += f" {number}" if kind == "protocol" else f", möte {number}"
    body = record.get("body")
    return f"{body} – {what}" if body else what[:1].upper() + what[1:]


def swedish_date(iso: str | None) -> str | None:
    """"2024-11-20" -> "20 november 2024"; anything else as given."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def clock(start: str | None, end: str | None) -> str | None:
    """"09:30", "12:00" -> "kl. 09.30–12.00"."""
    if not start:
        return None
    text = "kl. " + start.replace(":", ".")
    return text + "–" + end.replace(":", ".") if end else text


def _rows(record: dict, kind: str) -> list[Row]:
    rows = [Row("Organ", [record["body"]])] if record.get("body") else []
    if record.get("date"):
        rows.append(Row("Datum", [record["date"]]))
    elif record.get("year"):
        rows.append(Row("År", [str(record["year"])]))
    if record.get("start"):
        rows.append(Row("Tid", [clock(record["start"], record.get("end"))]))
    if record.get("place"):
        rows.append(Row("Plats", [record["place"]]))
    people = record.get("attendees") or []
    present = "Beslutande" if kind == "protocol" else "Närvarande"
    if kind == "agenda" and people:  # a kallelse names who is summoned, not who was there
        rows.append(Row("Kallade", [attendee(a) for a in people]))
    for group, label in (("present", present), ("other", "Övriga närvarande"), ("guest", "Gäster")):
        entries = [attendee(a) for a in people if a.get("group") == group]
        if entries and kind != "agenda":
            rows.append(Row(label, entries))
    names = {a.get("name") for a in people}
    if record.get("chair") and (kind == "agenda" or record["chair"] not in names):
        rows.append(Row("Ordförande", [record["chair"]]))
    if record.get("secretary"):
        rows.append(Row("Sekreterare" if kind == "agenda" else "Vid protokollet", [record["secretary"]]))
    checkers = [a["name"] for a in people if a.get("role") == "justerare"]
    if kind == "protocol" and checkers:
        rows.append(Row("Justerare", [" och ".join(checkers)]))
    numbers = [i.get("number") for i in record.get("items") or [] if i.get("number")]
    if kind == "protocol" and numbers:
        span = f"§ {numbers[0]}" if len(numbers) == 1 else f"§§ {numbers[0]}–{numbers[-1]}"
        rows.append(Row("Paragrafer", [span]))
    return rows


def attendee(a: dict) -> str:
    """"Anna Berg (Habo, kommundirektör, ordförande)"."""
    extra = [x for x in (a.get("affiliation"), a.get("title"), a.get("role")) if x and x != "ledamot"]
    return f"{a['name']} ({', '.join(extra)})" if extra else a["name"]


def _item(item: dict, kind: str, body: str | None) -> ItemView:
    protocol = kind == "protocol"
    number = item.get("number")
    title = item.get("title") or ""
    attachments = [_attachment(a, short=kind == "agenda") for a in item.get("attachments") or []]
    if attachments:
        title += f" ({', '.join(attachments)})"
    heading = (f"§ {number} {title}" if protocol else f"{number}. {title}") if number else title
    presenters = item.get("presenters") or []
    view = ItemView(
        heading=heading,
        presenters="Föredragande: " + _and(presenters) if presenters else None,
        proposal=f"Förslag till beslut: {item['proposed_decision']}" if item.get("proposed_decision") else None,
        decision_label=None)
    decisions = [d for d in item.get("decisions") or [] if d]
    if decisions and all(re.match(r"att\s", d) for d in decisions):
        view.decision_label = "Beslut"  # over its att-clauses, as protocols write it
        view.decisions = decisions
    elif len(decisions) > 1:  # one paragraph each, each a sentence, so none runs on into the next
        view.decision_label = "Beslut:"
        view.decisions = [d if d.rstrip()[-1:] in ".!?:" else d.rstrip() + "." for d in decisions]
    else:
        view.decisions = [f"Beslut: {d}" for d in decisions]
    decided = " ".join(decisions + [item.get("proposed_decision") or ""])
    view.tasks = _tasks(item, decided, body)
    view.dissent = [f"{who} reserverar sig mot beslutet." for who in item.get("dissent") or []
                    if who not in decided]
    return view


def _attachment(text: str, short: bool) -> str:
    """"bilaga 2" (a kallelse abbreviates it: "bil. 2"); a bare "2" becomes "bilaga 2"."""
    number = re.sub(r"(?i)^bil(?:aga|\.)?\s*", "", text)
    return f"bil. {number}" if short else f"bilaga {number}"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def _tasks(item: dict, decided: str, body: str | None) -> list[str]:
    """The assignments the decision text does not say in so many words, or whose deadline it does
    not date, as "Styrelsen ger X i uppdrag att ... senast den 11 juni 2025." sentences. They stand before the
    decision, as the discussion does in minutes: after it they would read as part of the decision
    paragraph, and a sentence opening with the name would read as more presenters."""
    out = []
    for a in item.get("assignments") or []:
        task = a.get("task") or ""
        said = _stems(a["assignee"]) in _stems(decided) and _stems(" ".join(task.split()[:3])) in _stems(decided)
        if said and (not a.get("due") or _dated(a["due"], decided)):
            continue  # "ger X i uppdrag att ta fram", "att X tar fram": the decision says it, and when
        due = f" senast den {swedish_date(a['due'])}" if a.get("due") else ""
        out.append(f"{body or 'Mötet'} ger {a['assignee']} i uppdrag att {task}{due}.")
    return out


def _dated(iso: str, text: str) -> bool:
    """``text`` names the day ``iso`` with its year ("15 mars 2024", "2024-03-15"); "till nästa möte"
    does not, nor does "den 15 mars" alone: a day without its year is the reader's guess (which year,
    when the meeting is in December?), so the deadline is written out in full."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return False
    return iso in text or bool(re.search(rf"\b{d.day}\s+{MONTHS[d.month - 1]}\s+{d.year}\b", text, re.I))


def _stems(text: str) -> str:
    """Words cut to their first four letters, lower case: "tar fram" ~ "ta fram", "skriver" ~ "skriva"."""
    return " " + " ".join(w[:4] for w in re.findall(r"[\wåäö]+", text.casefold())) + " "


def _next_meeting(nm: dict | None) -> str | None:
    if not nm or not nm.get("date"):
        return None
    when = clock(nm.get("start"), nm.get("end"))
    return f"Nästa möte: {swedish_date(nm['date'])}" + (f", {when}" if when else "") + "."


def _signatures(record: dict, signed: dict[str, str]) -> list[Signature]:
    out = _unsigned(record)
    for s in out:
        day = next((d for name, d in signed.items() if " ".join(name.casefold().split())
                    == " ".join(s.name.casefold().split())), None)
        if day:
            s.role += f", justerat digitalt {day}"
    return out


def _unsigned(record: dict) -> list[Signature]:
    out = []
    if record.get("secretary"):
        out.append(Signature(record["secretary"], "sekreterare"))
    if record.get("chair"):
        out.append(Signature(record["chair"], "ordförande"))
    out += [Signature(a["name"], "justerare") for a in record.get("attendees") or []
            if a.get("role") == "justerare" and a["name"] != record.get("chair")]
    return out


def _anslag(record: dict, anslag: Anslag) -> list[Row]:
    """The ANSLAG/BEVIS rows: the justering is announced, and appeals run three weeks from the anslag."""
    rows = [Row("Organ", [anslag.body or record.get("body") or ""]),
            Row("Sammanträdesdatum", [record.get("date") or ""]),
            Row("Datum då anslaget sätts upp", [anslag.posted.isoformat()]),
            Row("Sista dag för överklagande", [anslag.last_appeal_day.isoformat()
                                               + " (13 kap. 5 § kommunallagen)"]),
            Row("Datum då anslaget tas ned", [(anslag.last_appeal_day + timedelta(days=1)).isoformat()])]
    if anslag.kept_at:
        rows.append(Row("Förvaringsplats för protokollet", [anslag.kept_at]))
    return [r for r in rows if r.lines[0]]
