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
* the dictionary (:mod:`.lexicon`, with its compounds) knows the joined word, or it is one of the header labels
  a protocol prints (:data:`.layoutwords.STRONG_LABELS`: "Sammanträdes- datum", "Utdrags- bestyrkande"); "jan- april"
  stays ("janapril" is no word), and so does a name cut in two.

A compound's first part and its conjunction at a line's end ("... för barn- och" / "utbildningsförvaltningen") are
the start of a name the next line ends: the two lines are one (a blank line between them too, as a PDF's text
layer may leave one), when the next line goes on in lower case.

A word joined across a line break moves to the first line, and the rest of the second line stays on its own, so
the number of lines is unchanged.
"""

from __future__ import annotations

import re

from .layoutwords import STRONG_LABELS

#: a hyphen after a word's first part, with a line break or one space before the rest
CANDIDATE = re.compile(r"(?<![\w-])(?P<head>[A-ZÅÄÖÉ]?[a-zåäöé]{2,})-(?P<gap>[ \t]*\n[ \t]*|[ \t])"
                       r"(?P<tail>[a-zåäöé]{2,})(?![\w-])(?P<punct>[.,;:!?)]*)(?P<space>[ \t]*)")
#: what a left-out ending stands before ("barn- och", "för- eller nackdelar", "inköps- samt", "plan- som")
SUSPENDED_BEFORE = frozenset({"och", "eller", "samt", "respektive", "resp", "till", "som", "men", "liksom",
                              "alternativt", "plus", "utan", "med", "i", "av", "från", "mot", "om"})
MIN_HEAD = 3  #: letters of the first part at least ("e-\npost" and "ö-\nvärld" stay)
#: the one-word header labels, folded: words of a protocol's head the dictionary may not hold
LABEL_WORDS = frozenset(w.casefold() for w in STRONG_LABELS if " " not in w and "/" not in w)


#: "barn- och" ending a line, the rest of the name in lower case on the next (after one blank line at most); or
#: "barn-" ending a line and "och utbildningsnämnden" opening the next
SUSPENDED_AT_END = re.compile(r"(?P<lead>[A-ZÅÄÖa-zåäö]{2}- (?:och|eller|samt))[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                              r"(?=[a-zåäö]{3})|(?P<part>[A-ZÅÄÖa-zåäö]{2}-)[ \t]*\n[ \t]*(?=(?:och|eller|samt) [a-zåäö]{3})")


def join_suspended(text: str) -> str:
    """A line ending in a compound's first part and its conjunction, joined with the next line."""
    if "-\n" not in text and not re.search(r"- (?:och|eller|samt)[ \t]*\n|-[ \t]+\n", text):
        return text
    return SUSPENDED_AT_END.sub(lambda m: (m["lead"] or m["part"]) + " ", text)


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
        if (head + tail).casefold() not in LABEL_WORDS and not known(head + tail):
            return m.group(0)
        if "\n" not in m["gap"]:
            return head + tail + m["punct"] + m["space"]
        rest = m.end() < len(text) and text[m.end()] != "\n"
        return head + tail + m["punct"] + ("\n" if rest else "")

    return CANDIDATE.sub(join, text)
