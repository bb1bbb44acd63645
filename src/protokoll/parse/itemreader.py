"""One item read from its heading and body lines: title, presenters, attachments, decisions, tasks, running text."""

from __future__ import annotations

import re

from ..record import Attendee, Item
from . import actions
from .actionpoints import action_sentences
from .decisionstart import whole_sentence
from .features import cut_start
from .headingdecision import heading_decision
from .agendaproposal import (asked_proposal, complete, decisions_as_proposal, heading_run_on, not_earlier,
                             opening_proposal, proposal_text, to_body_proposal, whole)
from .notedproposal import noted_proposal
from .actiontable import repeats, table_sentences
from .todolist import todo_sentences
from .assignforms import responsible_sentences, sentence_title, task_sentences
from .attachments import find_attachments
from .decisionend import cut_tails
from .header import find_signatures
from .headingrules import DNR_TITLE
from .inline import heading_and_rest
from .itemlabels import split_item_labels
from .partlabels import split_item_parts, title_parts
from .headings import sub_point_cut
from .items import cut_run_on_title, wrapped_title
from .itemtext import item_text
from .lines import Line, close_broken_paragraphs, join, sentences
from .headingapart import heads_apart
from .listedpresenters import listed_presenters
from .givenpresenters import given_in_title, given_name_presenters
from .presenterfollow import following_presenters
from .names import find_people, is_person, opens_name
from .pagefurniture import drop_furniture, running_head
from .presenterforms import (introduces_self, run_on_heading_presenters, sentence_presenters, subpoint_presenters,
                             without_title)
from .presenterrun import (COMMA_LABEL, DOUBLED, labelled_presenters, leading_people, passive_presenters,
                           trim_repeated_given_name, value_people, without_leading_title, without_party_codes)
from .presenterclauses import clause_presenters, with_broken_sentence
from .presenterclean import heading_people, not_openers, titled
from .presenterrunon import heading_without_role, run_on_presenters
from .presenterslot import attending_name_line, cell_presenters
from .presenters import (EMPLOYER, SUBJECT_VERBS, cut_sentence_after_name, inline_presenters, may_present,
                         presenters_in, presenter_text)
from .timetable import SLOT_TIME
from .deciders import own_decisions
from .headingpresenters import heading_presenters, sentence_end_presenters, split_heading
from .signertail import without_signer
from .tasks import running_tasks
from .titles import BARE_CASE_NUMBER, running_reference, whole_title_line
from .persons import LOWER, UPPER

def items_end(lines: list[Line], headings) -> int:
    """Where the last item ends: at a signature block or the ANSLAG/BEVIS box."""
    if not headings:
        return len(lines)
    last = headings[-1].index
    sig_starts = {s.start for s in find_signatures(lines, is_person)}
    for i in range(last + 1, len(lines)):
        t = lines[i].text
        if lines[i].start in sig_starts or SIGNING_START.match(t):
            return i
    return len(lines)


#: a line that opens the signatures or the ANSLAG/BEVIS box
SIGNING_START = re.compile(r"^(ANSLAG\s*/\s*BEVIS|Justerandes signatur|Underskrifter\b|"
                           rf"Vid protokollet\b|Justeras\b|(?:Sekreterare|Ordförande|Justerare|Justerande)\s*:?\s+[{UPPER}][{LOWER}]+"
                           rf"\s+[{UPPER}][{LOWER}]+$)")


#: "Dnr 2024/12", "Dnr KS 2024/12", "Dnr SN-2024/3", "(Dnr 2024/12)": the case number with the registry's code before it,
#: and the archive plan's code after it ("Dnr 0015/13 - 200")
DNR_PREFIX = re.compile(r"^\(?(?:Dnr|DNR|Diarienr)[.:]?\s*(?:[A-ZÅÄÖ]{1,6}[\s.-]?(?=\d))?(?:[\w./-]*\d[\w./-]*)?\)?"
                        r"(?:\s[-–]\s\d{1,4}(?=\s))?(?:\s\d{3}$)?\s*")  # "Dnr KS 02-820 107": a filing code ends the line
DNR_START = re.compile(r"^(Dnr|DNR|Diarienr)")


def _first(body: list[Line]) -> Line | None:
    return next((ln for ln in body if not ln.blank), None)


def read_item(lines: list[Line], h, body: list[Line], ctx: actions.Context, known,
               people: list[Attendee], running: set[str] | frozenset[str] = frozenset()) -> Item:
    """One item from its heading ``h`` (at ``lines[h.index]``) and its body lines: title, presenters,
    attachments, decisions or proposal, assignments, forwards and running text."""
    title, unlabelled, body = _title_and_body(lines, h, body, ctx)
    heading_sentence = title
    title, in_title, item_title = heading_presenters(title, h.style == "programme")
    item = Item(number=h.number, title=item_title)  # spec: no attachment reference
    pres_value, used = presenter_text(body)
    if pres_value:
        item.presenters = _presenters(pres_value)
    item.presenters = item.presenters or list(in_title) or cell_presenters(h.title)  # a table row's name cell
    given_in_title(item, people)  # "Föregående anteckningar (Anna)": the one attendee so named
    rest = [ln for ln in body if ln not in used]
    item.attachments = find_attachments("\n".join([lines[h.index].text] + [ln.text for ln in body]), ctx.body)
    _read_decisions(item, rest, heading_sentence, unlabelled, ctx)
    found = sentences(rest)
    joined = join(rest)
    _read_assignments(item, found, joined, title, ctx, known, [ln.text for ln in rest])
    if not item.presenters:
        _presenters_in_text(item, rest, found, joined, title, h.style == "programme", ctx, people)
    if item.presenters:
        item.presenters = not_openers(titled(item.presenters, people), [heading_sentence] + found[:1])
        item.title = COMMA_LABEL.sub("", item.title) if "," in item.title else item.title
    item.text = item_text(body, running)
    return item


def _title_and_body(lines: list[Line], h, body: list[Line], ctx: actions.Context
                    ) -> tuple[str, str | None, list[Line]]:
    """(the item's heading sentence, an agenda heading's run-on proposal without its label, the body lines):
    the page furniture dropped, a title the heading lacks taken from the body, text the heading ran on into
    given back to the body, and the body split at its labels."""
    body = close_broken_paragraphs(drop_furniture(body))
    title, parts = title_parts(cut_start(DNR_PREFIX, h.title), lines[h.index].start)
    body, title = parts + body, "" if running_reference(title) else title  # ", KS 2015-03-02 16:00": no title
    title, unlabelled = heading_run_on(title) if ctx.agenda else (title, None)
    title, body = _title_in_place(title, body, lines[h.index], h.style == "programme")
    title, body = wrapped_title(title, body)
    title = without_signer(title, lines, h.index, body)
    title, ran_on = split_heading(title, h.style == "programme")
    if ran_on:  # the heading ran on into the item's first sentence (lost line breaks)
        head_line = lines[h.index]
        body = [Line(ran_on, head_line.start + max(0, len(head_line.text) - len(ran_on)))] + body
    return title, unlabelled, split_item_parts(split_item_labels(body))


def _title_in_place(title: str, body: list[Line], head: Line, programme: bool) -> tuple[str, list[Line]]:
    """The title where the heading does not hold it alone: a heading that only numbers the item takes its
    title from the body's first line (after its case number); sub-points or a sentence run on into the
    heading's line go to the body."""
    if not title:
        rest = [ln for ln in body if not ln.blank and not BARE_CASE_NUMBER.match(ln.text)
                and (not DNR_START.match(ln.text) or ln is _first(body) and DNR_TITLE.match(ln.text))]
        if skip := running_head(rest):  # "KS § 89" / the page's running head / "Title"
            body, rest = [ln for ln in body if all(ln is not x for x in rest[:skip])], rest[skip:]
        if rest and DNR_START.match(rest[0].text):  # "Ks 1" / "Dnr 2012-34 Title ...": the title after the number
            cut = len(DNR_PREFIX.match(rest[0].text).group())
            rest[0] = Line(rest[0].text[cut:], rest[0].start + cut)
            body = [rest[0] if ln is _first(body) else ln for ln in body]
        if rest:
            title = rest[0].text if whole_title_line(rest[0].text) else cut_run_on_title(rest[0].text)
            tail = rest[0].text[len(title):].strip()
            body = [Line(tail, rest[0].start + len(rest[0].text) - len(tail)) if ln is rest[0] else ln
                    for ln in body if ln is not rest[0] or tail]
    elif (cut := sub_point_cut(title)) is not None:  # "Information 1. Ordförande ...": the points are text
        tail = title[cut:].lstrip()
        title, body = title[:cut], [Line(tail, head.start + len(head.text) - len(tail))] + body
    elif title.endswith(".") and len(title.split()) > 3 and not (programme and sentence_end_presenters(title)[1]):
        first_line, *rest_lines = heading_and_rest(title, head.start + len(head.text) - len(title))  # run on into it
        if rest_lines:
            title, body = first_line.text, rest_lines + body
    return title, body


def _read_decisions(item: Item, rest: list[Line], heading_sentence: str, unlabelled: str | None,
                    ctx: actions.Context) -> None:
    """What the item decides, or (in an agenda) proposes: decisions reported from earlier meetings dropped,
    an agenda's decision text read as its proposal, a decision written only in the heading taken from it."""
    d = actions.read_decisions(rest)
    item.decisions, item.proposed_decision, item.dissent = cut_tails(d.decisions), d.proposed, d.dissent
    if ctx.agenda:  # "Kommunfullmäktige beslutade den 12 mars 2019 att ...": background, not this meeting's
        item.decisions = not_earlier(item.decisions)
    else:  # "Allmänna utskottet beslutade den 3 mars att ...": reported, not decided here
        item.decisions = own_decisions(item.decisions, ctx.meeting, ctx.body, rest, item.proposed_decision)
    if ctx.agenda and not item.proposed_decision:  # an agenda decides nothing: its decision text is proposed
        proposed = complete(unlabelled, sentences(rest)[:1]) or opening_proposal(sentences(rest)[:1]) \
            or decisions_as_proposal(item.decisions) or to_body_proposal([ln.text for ln in rest]) \
            or asked_proposal(sentences(rest)) or noted_proposal(item.decisions)
        item.proposed_decision = whole(proposal_text(proposed) if proposed else None)  # no run-on part, no "xx"
        if proposed and item.decisions:
            ctx.proposed_from.append((item, item.decisions))
        item.decisions = [] if proposed else item.decisions
    if not ctx.agenda and not item.proposed_decision:
        item.decisions = heading_decision(heading_sentence, rest, ctx.meeting, ctx.body, item.decisions)
    item.decisions = whole_sentence(heading_sentence, item.decisions)  # "... redovisades och" / "godkändes."


def _read_assignments(item: Item, found: list[str], joined: str, title: str, ctx: actions.Context, known,
                      rows: list[str]) -> None:
    """Assignments by the decisions (or proposal), by the sentences (a sentence title's too), and where it goes."""
    item.assignments = actions.read_assignments(item.decisions + ([item.proposed_decision] if item.proposed_decision
                                                                  else []), ctx)
    told = found + sentence_title(title, ctx.agenda)
    actions.add_found(item.assignments,
                      actions.read_assignments(actions.uppdrag_sentences(told) + actions.duty_sentences(found)
                                               + running_tasks(told, ctx) + action_sentences(found, joined)
                                               + task_sentences(told)
                                               + responsible_sentences(joined, title, ctx.agenda), ctx))
    listed = [] if ctx.agenda else actions.read_assignments(table_sentences(rows) + todo_sentences(rows), ctx)
    if not any(repeats(a, ctx.given) for a in listed):  # a list that repeats earlier items' tasks sums them up
        actions.add_found(item.assignments, listed)
    ctx.given += item.assignments
    item.forwarded_to = actions.read_forwards(found, ctx, known)


def _presenters_in_text(item: Item, rest: list[Line], found: list[str], joined: str, title: str, cells: bool,
                        ctx: actions.Context, people: list[Attendee]) -> None:
    """Presenters no label or heading named: read in the item's text, the surest wording first; else a
    heading cut before or inside its presenter's name mended (or a role word left in it dropped). A case number
    or section heading alone on its line is no part of the sentence after it (:mod:`.headingapart`)."""
    if (apart := heads_apart(rest)) is not rest:
        found = sentences(apart)
    item.presenters = _presenter_line(rest, cells) or _presenting(found[:2], people) \
        or [trim_repeated_given_name(p) for p in inline_presenters(joined)] or _presenting(found[2:], people) \
        or labelled_presenters([ln.text for ln in rest] + found[:3], ctx.agenda) \
        or _presenting([without_party_codes(s) for s in found[:2]], []) or passive_presenters(found[:3]) \
        or sentence_presenters(found[:2]) or run_on_heading_presenters(title) or subpoint_presenters(joined) \
        or clause_presenters(with_broken_sentence(found[:3])) or listed_presenters(title, found, people, item) \
        or attending_name_line([ln.text for ln in rest], title, ctx.agenda, people)
    if item.presenters:  # who spoke next, each in a sentence of their own
        item.presenters = item.presenters + following_presenters(found, item.presenters, people)
    if not item.presenters and found:  # a heading cut before or inside its presenter's name
        item.title, item.presenters = run_on_presenters(item.title, found[0])
    elif found:
        item.title = heading_without_role(item.title, found[0], item.presenters)


PRESENTING = re.compile(r"^(.+?)(?:,\s+[a-zåäö][\wåäö\- ]{2,50},|(?:,\s+[A-ZÅÄÖ][\wåäö\- ]{2,40}){1,2},?)?\s+"
                        rf"(?:{SUBJECT_VERBS})\b")  # "Anna Berg, ekonom, informerar", "Anna Berg, SKR informerar"


def _presenting(first: list[str], people: list[Attendee]) -> list[str]:
    """"Anna Berg informerar om ..." at the start of an item: Anna Berg presented it.
    A given name alone ("Anna presenterar", "Anna från Region Norr informerar") is the one attendee of that name.
    Every reading needs a presenting word (``may_present``, :func:`.presenters.presenters_in` too): the sentences are
    tested at once, and each before it is read."""
    if not may_present("\n".join(first)):
        return []
    for sentence in first:
        if not may_present(sentence) or introduces_self(sentence):  # "Anna Berg presenterade sig": an introduction
            continue
        m = PRESENTING.match(sentence)
        if not m:
            if found := presenters_in(sentence) or given_name_presenters(sentence, people):
                return found
            continue
        who = without_leading_title(m.group(1), opens_name)  # "Projektledare Anna Berg, Region Norr informerade"
        if is_person(who):  # "Anna Berg, Per Ek och Eva Al informerar": only after a comma can more people stand
            return more if sentence[m.end(1)] == "," and len(more := presenters_in(sentence)) > 1 else [who]
        if found := presenters_in(sentence):
            return found
        given = EMPLOYER.split(who, maxsplit=1)[0]  # "Uno från försäkringskassan informerar": the given name
        same = [a.name for a in people if a.name.split()[0] == given]
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", given) and len(same) == 1 \
                or (same := given_name_presenters(sentence, people)):  # "Anna och Per berättade om ..."
            return same
    return []


PRESENTER_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,2},\s+[a-zåäö]")
#: the item's time slot before its presenter's name: "kl. 09.15 Anna Berg, ekonom", "09.15-10.00 Anna Berg, ekonom"
SLOT_START = re.compile(rf"^(?:[Kk]l\.?\s*)?{SLOT_TIME}\s+(?=[A-ZÅÄÖ])")
#: a programme row's presenter cell: "Anna Berg, utredare" or "Anna Berg, Region Norr"
PRESENTER_CELL = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,2}(?:,\s+\w|\s+och\s+[A-ZÅÄÖ]|$)")


def _presenter_line(body: list[Line], cells: bool = False) -> list[str]:
    """An agenda item whose first line is "Anna Berg, utredare[, Björn Ek, ...]": the presenters.

    ``cells``: a programme table's row, whose presenters are one per line, so
    every such line up to the first other one counts.
    """
    found: list[str] = []
    for line in (ln.text for ln in body if not ln.blank):
        text = cut_start(SLOT_START, line)
        if text != line and heading_people([text.strip()]) and len(text.split()) <= 3:
            return [text.strip()]  # "kl. 10.00 Anna Berg": a time slot, then the presenter alone
        if not (PRESENTER_LINE if not cells else PRESENTER_CELL).match(text) or text.endswith(".") or len(text) > 240 \
                or text != line and len(text.split()) > 6:  # "13.00 Anna Berg och Per Ek presenterar ...": a row
            break
        # "Anna Berg, Kanslichef Region Norr": after the first, only a given name opens a presenter's name
        found += [p for k, p in enumerate(find_people(text)) if p not in found and (not k or opens_name(p.split()[0]))]
        if not cells:
            break
    return found


#: a part of the item that follows the presenter's value on a flattened line: "Föredragande: Anna Berg Bilaga 1"
AFTER_PRESENTER = re.compile(r"\s(?:Förslag till beslut|Förslag|Beslut|Beslutsunderlag|Bilaga|Bilagor|Handlingar|"
                             r"Ärendebeskrivning|Sammanfattning|Bakgrund)\b")


def _presenters(value: str) -> list[str]:
    value = DOUBLED.sub(r"\1", AFTER_PRESENTER.split(value)[0])
    value = re.split(r"\s(?=(?:informerade|informerar|berättade|berättar|presenterade|presenterar|redogjorde|"
                     r"redogör|redovisade|redovisar|har|hade|är|var)\b)|\.\s", cut_sentence_after_name(value))[0]
    people = value_people(value)
    people = [p for p in people if not any(q != p and q.startswith(p + " ") for q in people)]
    if people:
        return [without_title(trim_repeated_given_name(p)) for p in people]
    if people := leading_people(value):
        return [without_title(p) for p in people]
    v = re.split(r"\s*[,;]\s*", value.strip(" .:"))[0]
    # one word is no person's name: a title ("Socialchef"), a body ("Förvaltningen"), a given name alone: abstain
    return [without_title(v)] if v and 2 <= len(v.split()) <= 4 else []

