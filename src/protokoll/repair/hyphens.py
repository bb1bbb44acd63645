"""Words a PDF hyphenated where a line ended, joined again when the dictionary knows the whole word.

A PDF's text layer keeps the hyphen a wrapped line ended with: "kommun-" at the end of one line and "styrelsen"
at the start of the next. Copied again with its line breaks lost (a web page's transcript), the same word reads
"kommun- styrelsen". Either way the word is no longer the word the reader looks for ("Kommunstyrelsen" as the
body, "delegationsbeslut" in a title). Swedish writes a hyphen before a space on purpose too: a compound's
shared ending left out before "och", "eller", "samt" ("barn- och utbildningsnämnden", "hälso- och sjukvård"),
and a hyphen in a compound of an acronym ("IT-chef"). So two pieces are joined only when

* both are letters only, the first at least three of them, the second in lower case ("Lands- tingsstyrelsen",
  never "Anna-\\nKarin", "IT-\\nchef" or "e-\\npost");
* the second is no conjunction or preposition that a left-out ending stands before ("och", "eller", "samt",
  "respektive", "till", "som" ...);
* the dictionary (:mod:`.lexicon`, with its compounds) knows the joined word ("jan- april" stays: "janapril" is
  no word, and neither is a name cut in two).

A word joined across a line break moves to the first line, and the rest of the second line stays on its own, so
the number of lines is unchanged.
"""

from __future__ import annotations

import re

#: a hyphen after a word's first part, with a line break or one space before the rest
CANDIDATE = re.compile(r"(?<![\w-])(?P<head>[A-ZÅÄÖÉ]?[a-zåäöé]{2,})-(?P<gap>[ \t]*\n[ \t]*|[ \t])"
                       r"(?P<tail>[a-zåäöé]{2,})(?![\w-])(?P<punct>[.,;:!?)]*)(?P<space>[ \t]*)")
#: what a left-out ending stands before ("barn- och", "för- eller nackdelar", "inköps- samt", "plan- som")
SUSPENDED_BEFORE = frozenset({"och", "eller", "samt", "respektive", "resp", "till", "som", "men", "liksom",
                              "alternativt", "plus", "utan", "med", "i", "av", "från", "mot", "om"})
MIN_HEAD = 3  #: letters of the first part at least ("e-\npost" and "ö-\nvärld" stay)


def _is_known():
    from .diacritics import _fixer  # here: the dictionary's tables load only for a text with a candidate
    from .lexicon import default_lexicon

    fixer = _fixer(default_lexicon())
    return fixer.is_known


def join_hyphenated(text: str) -> str:
    """``text`` with hyphenated words joined where the dictionary knows them (see the module's docstring)."""
    if "- " not in text and "-\n" not in text and "-\t" not in text:
        return text
    known = None

    def join(m: re.Match) -> str:
        nonlocal known
        head, tail = m["head"], m["tail"]
        if len(head) < MIN_HEAD or tail in SUSPENDED_BEFORE:
            return m.group(0)
        known = known or _is_known()
        if not known(head + tail):
            return m.group(0)
        if "\n" not in m["gap"]:
            return head + tail + m["punct"] + m["space"]
        rest = m.end() < len(text) and text[m.end()] != "\n"
        return head + tail + m["punct"] + ("\n" if rest else "")

    return CANDIDATE.sub(join, text)
