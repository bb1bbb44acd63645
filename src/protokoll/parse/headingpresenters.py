"""An item's heading read for its title and the presenters it names ("Budget 2026 (Anna Berg)", "Anna Berg
informerar om ...", "Föredragande: Anna Berg"), a function of the heading's wording alone and so kept per wording
(issue 12); the run-on split of a heading likewise."""

from __future__ import annotations

from ..swedish.kept import kept
from .attachments import title_without_reference
from .items import clean_title
from .presenterclean import about_people, heading_people
from .presenterrun import marked_presenters, run_on_label_presenters, speaker_heading, title_label_presenters
from .presenters import title_presenters
from .presenterslot import case_number_presenters, cell_presenters, slot_presenters, without_label_end
from .runon import split_sentence


#: ``runon.split_sentence`` of an item's heading, kept for the last headings as ``heading_presenters`` is
split_heading = kept(maxsize=1024)(split_sentence)


@kept(maxsize=1024)
def heading_presenters(heading: str) -> tuple[str, tuple[str, ...], str]:
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
    in_title = in_title or case_number_presenters(heading) or cell_presenters(heading)
    if in_title and (about_people(plain_title) or not (in_title := heading_people(in_title))):
        title, in_title = plain_title, []  # a business, a body, the one a heading is about: the heading stays whole
    title = without_label_end(title) if in_title and in_title[-1] not in title else title  # the name was cut off
    return title, tuple(in_title), title_without_reference(title)
