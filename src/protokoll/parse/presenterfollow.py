"""Presenters of an item who speak one after the other, each in a sentence of their own: "Anna Berg informerar
om budgeten. Per Ek informerar om personalläget." The first sentence gives the item's presenter; each sentence
straight after it that names a presenter in the same way adds one. The run ends at the first sentence that
names none, so that a name later in the text (who answered a question, who was thanked) is not read. The points
of a lettered list ("a) Anna Berg informerar om budgeten. b) Per Ek redogör för ...") are sentences of their own.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenpresenters import given_name_presenters
from .listedpresenters import sentence_listed
from .presenters import presenters_in

#: a lettered point of a list inside a sentence (a sentence after ". " opens with a capital, so "b)" is none)
LETTERED = re.compile(r"(?<=[.!?])\s+(?=[a-h]\)\s+[A-ZÅÄÖ])")

#: how many sentences from the item's start the first presenter's sentence may be
FIRST_WITHIN = 4


def following_presenters(found: list[str], presenters: list[str], people: list[Attendee] = ()) -> list[str]:
    """The presenters the sentences straight after the one naming ``presenters`` name, not yet among them; a
    given name alone (:mod:`.givenpresenters`) is the one attendee of ``people`` so named, in the first sentence
    ("Anna informerade om ...": Anna Berg) as in those after it."""
    found = [part for s in found for part in (LETTERED.split(s) if ")" in s else [s])]
    start = next((k for k, s in enumerate(found[:FIRST_WITHIN]) if presenters and _names(s, presenters[0])), None)
    if start is None:
        return []
    more: list[str] = []
    for sentence in found[start + 1:]:
        named = [p for p in presenters_in(sentence) or given_name_presenters(sentence, list(people))
                 or sentence_listed(sentence, people) if p not in presenters and p not in more]
        if not named:
            break
        more += named
    return more


def _names(sentence: str, presenter: str) -> bool:
    """Whether the sentence names the presenter: in full, or opening with the given name alone."""
    return presenter in sentence or sentence.startswith(presenter.split()[0] + " ")
