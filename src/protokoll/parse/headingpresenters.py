"""An item's heading read for its title and the presenters it names ("Budget 2026 (Anna Berg)", "Anna Berg
informerar om ...", "Föredragande: Anna Berg"), a function of the heading's wording alone and so kept per wording
(issue 12); the run-on split of a heading likewise."""

from __future__ import annotations

import re

from ..swedish.kept import kept
from .attachments import title_without_reference
from .items import clean_title
from .givenopen import opens_name
from .presenterclean import about_people, before_next_title, heading_people
from .presenterrun import (AGENDA_LABEL, OTHER_LABEL, leading_people, marked_presenters, passive_presenters,
                           run_on_label_presenters, speaker_heading, title_label_presenters)
from .presenters import LABELLED_INFORMATION, PRESENTER, presenters_in, title_presenters
from .presenterslot import case_number_presenters, cell_presenters, slot_presenters, without_label_end
from .runon import split_sentence


#: a web agenda's presenters after a dash at the row's end: "Norra torget 4. Beslut om hyresavtal. - Sara Lind",
#: "Kungsskolan, ombyggnad. - Per Ek, Eva Lind" (the row is one heading, its sentences the title's own)
DASHED_NAMES = re.compile(r"\s[-–]\s+(?P<names>[A-ZÅÄÖ][\wåäöé\-]+(?:\s+[A-ZÅÄÖ][\wåäöé\-]+){1,3}"
                          r"(?:\s*,\s*[A-ZÅÄÖ][\wåäöé\-]+(?:\s+[A-ZÅÄÖ][\wåäöé\-]+){1,3})*)\s*$")


@kept(maxsize=1024)
def split_heading(title: str, programme: bool = False) -> tuple[str, str]:
    """``runon.split_sentence`` of an item's heading, unless the heading ends in a dash and people's names only
    (``DASHED_NAMES``): a row of a web agenda, whose title may hold sentences of its own; nor when its last
    sentence names a programme row's speaker alone (:func:`sentence_end_presenters`). A function of the heading's
    wording alone, kept for the last headings as ``heading_presenters`` is."""
    m = DASHED_NAMES.search(title) if " - " in title or " – " in title else None
    if m and m.start() > 0 and heading_people([n.strip() for n in m.group("names").split(",")]):
        return title, ""
    if programme and sentence_end_presenters(title)[1]:  # "Regionen växer. Anna Berg från Norrby universitet."
        return title, ""
    return split_sentence(title)


@kept(maxsize=1024)
def heading_presenters(heading: str, programme: bool = False) -> tuple[str, tuple[str, ...], str]:
    """(the title without the presenters it names, those presenters, the item's title without an attachment
    reference) of an item's heading sentence.

    A function of the heading's wording alone, kept for the last headings read: the standard items of Swedish
    minutes and agendas ("Mötets öppnande", "Val av justerare", "Godkännande av dagordningen", "Meddelanden",
    "Övriga frågor") are worded alike in every document of an archive, so each wording is read once (issue 12)."""
    plain_title = clean_title(heading)
    title, in_title = run_on_label_presenters(plain_title)  # "Budget Föredragande ekonomichef Anna Berg"
    if not in_title:
        title, in_title = title_presenters(plain_title)
    if not in_title:
        title, in_title = speaker_heading(title)
    if not in_title:
        title, in_title = title_label_presenters(title)
    if not in_title:
        title, in_title = marked_presenters(title)
    if not in_title:
        title, in_title = slot_presenters(title)
    if not in_title:
        title, in_title = role_after_dash(title)
    if not in_title and title.endswith("."):  # minutes whose paragraphs are one sentence each: "§ 7 Styrelsens
        in_title = passive_presenters([title]) or presenters_in(title)  # verksamhetsberättelse föredras av Anna
        # Berg.", "§ 9 Ekonomichef Anna Berg redovisar bokslutet." (the title stays whole)
    if not in_title and programme:  # a timed row; in minutes "3. Information. Anna Berg, Norrby" stays whole
        title, in_title = sentence_end_presenters(title)
    in_title = before_next_title(in_title or case_number_presenters(heading) or cell_presenters(heading))
    if in_title and other_label_before(plain_title, in_title[0]):  # "Budget Justerare: Anna Berg": another field
        title, in_title = plain_title, []
    if in_title and (about_people(plain_title) or not (in_title := heading_people(in_title))):
        title, in_title = plain_title, []  # a business, a body, the one a heading is about: the heading stays whole
    title = without_label_end(title) if in_title and in_title[-1] not in title else title  # the name was cut off
    return title, tuple(in_title), title_without_reference(title)


#: a programme row's speaker in a sentence of their own after the title's: "”Regionen växer”. Anna Berg från Norrby
#: universitet", "Kollektivtrafiken. Per Holm, Länstrafiken"
SENTENCE_END = re.compile(r"^(?P<title>.{3,}?[.”\"])\s+(?P<rest>[A-ZÅÄÖ][\wåäöé\-]+\s+[A-ZÅÄÖ][^.]*?)\.?$")
#: what may follow the speaker's name in that sentence: the end, an employer after a comma or "från"/"vid"
AFTER_SPEAKER = re.compile(r"\s*(?:$|,|(?:från|vid|på)\s+[A-ZÅÄÖ])")


def sentence_end_presenters(title: str) -> tuple[str, list[str]]:
    """(the title's own sentence, [the speaker]) for ``SENTENCE_END``, the sentence after it opening with a
    person's name and holding no more than the employer; else (title, [])."""
    m = SENTENCE_END.match(title) if ". " in title or "” " in title else None
    if not m or not (people := leading_people(m.group("rest"))) or not opens_name(people[0].split()[0]):
        return title, []
    rest = m.group("rest")
    if not rest.startswith(people[0]) or not AFTER_SPEAKER.match(rest, len(people[0])):
        return title, []
    return m.group("title").rstrip(".").strip(), people[:1]


#: the presenter after the title's comma with the role after a dash: "Uppföljning av lovaktiviteter, Anna Berg -
#: projektledare" (as "Budget - Anna Berg, ekonom" and "Budget, Anna Berg, ekonom" put it with the marks swapped)
ROLE_AFTER_DASH = re.compile(r",\s+(?P<name>[A-ZÅÄÖ][\wåäöé\-]+(?:\s+[A-ZÅÄÖ][\wåäöé\-]+){1,2})\s+[-–]\s+"
                             r"[a-zåäö][\wåäö\- ]{2,40}$")


def role_after_dash(title: str) -> tuple[str, list[str]]:
    """(the title before the comma, [the presenter]) for ``ROLE_AFTER_DASH`` where the name is a person's;
    else (title, [])."""
    m = ROLE_AFTER_DASH.search(title) if "," in title and ("-" in title or "–" in title) else None
    if not m or m.start() == 0 or not heading_people([m.group("name")]):
        return title, []
    return title[:m.start()].strip(), [m.group("name")]


#: a label run on into the heading just before a name ("Budget 2025 Justerare: Anna Berg", "Motion om X Motionär: Anna
#: Berg", "Kopia: Anna Berg"): capitalised words, a colon, perhaps a lower-case title before the name
LABEL_BEFORE = re.compile(r"(?:^|\s)(?P<label>[A-ZÅÄÖ][\wåäö\-.]*(?:\s+[a-zåäö][\wåäö\-.]*){0,2})\s*:\s*"
                          r"(?:[a-zåäö][\wåäö\-.]*\s+){0,2}$")


def other_label_before(title: str, first: str) -> bool:
    """Whether the heading's first presenter ``first`` stands after a label run on into the heading that names some
    other field than who presents ("Justerare:", "Motionär:", "Kopia:", "Upprättad av:"): a flattened page's field
    of its own, no presenter column. A label that opens the heading ("Ekonomi: Anna Berg") is the title's own, and a
    presenting label (:data:`.presenters.PRESENTER`, :data:`.presenterrun.OTHER_LABEL`, "Ansvarig:") is read so."""
    at = title.find(first)
    m = LABEL_BEFORE.search(title, 0, at) if at > 0 and ":" in title[:at] else None
    if not m or m.start("label") == 0:
        return False
    labelled = f"{m.group('label')}: {first}"
    return not (PRESENTER.match(labelled) or OTHER_LABEL.match(labelled) or AGENDA_LABEL.match(labelled)
                or LABELLED_INFORMATION.match(labelled))
