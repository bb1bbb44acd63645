"""A heading that ran on into the item's presenting sentence when a page lost its line breaks (issue 10): "§ 12
Budget 2025 Ärendet föredras av planarkitekt Anna Berg.", "§ 3 Detaljplan Anna Berg (S) föredrar ärendet.",
"§ 27 Vägen Anna Berg, Region Norr, föredrar ärendet." The heading is the words before the sentence, the
presenters those the sentence names.

Read only where the heading holds the sentence's end (a full stop) and the sentence is the first after the heading
words: a heading that goes on with more sentences is a flattened paragraph, whose later sentences may be about
anything. The sentence must open with a capital (a new sentence) after at least one heading word that is no
preposition, and be read by the sentence rules that need a presenting verb and a person.
"""

from __future__ import annotations

import re

from .headings import PREPOSITIONS
from .presenterclauses import clause_presenters
from .presenterforms import sentence_presenters
from .presenterrun import passive_presenters, without_party_codes
from .presenters import may_present, presenters_in

#: the end of the first sentence in a heading (a full stop after a word, then a space or the end)
SENTENCE_END = re.compile(r"(?<=[\wåäöé)])\.(?:\s|$)")
#: this many words at most before the sentence: a heading, not a paragraph
HEAD_WORDS = 12


def sentence_in_heading(title: str) -> tuple[str, list[str]]:
    """(the heading without the sentence, the presenters) for a heading run on into a presenting sentence;
    (title, []) otherwise."""
    end = SENTENCE_END.search(title) if "." in title and may_present(title) else None
    if not end or title[end.end():].strip():
        return title, []  # no sentence, or more than one: a paragraph
    words = title[:end.start() + 1].split()
    for k in range(1, min(len(words) - 2, HEAD_WORDS + 1)):
        if not words[k][:1].isupper() or words[k - 1].casefold() in PREPOSITIONS:
            continue
        sentence = " ".join(words[k:])
        plain = without_party_codes(sentence)
        found = passive_presenters([sentence]) or presenters_in(plain) or clause_presenters([sentence]) \
            or sentence_presenters([plain])
        if found:
            return " ".join(words[:k]).rstrip(" ,;:-–"), found
    return title, []
