"""What another meeting decided, told in the minutes of this one.

Notes of a network, a council or a steering group often tell what happened at another body's meeting: "Ett
styrelsemöte ägde rum i förra veckan. 16 ledamöter valdes. Vidare antogs en tidplan.", "Anna Berg rapporterade från
förbundets stämma. Budgeten fastställdes och en ny ordförande valdes." The passive sentences after such a telling are
that meeting's elections and adoptions, not decisions of the meeting the minutes record. Only the passive of electing,
adopting and granting is set aside, and only in the paragraph that tells of the other meeting: a sentence that names
its subject ("Nämnden beslutar ...") or notes a report ("Informationen noterades", "Rapporten lades till
handlingarna") is this meeting's own.
"""

from __future__ import annotations

import re

from .lines import Line, paragraphs, sentences

#: a sentence that tells of another meeting: that it was held ("Ett styrelsemöte ägde rum", "Årsstämman hölls den 3
#: maj") or that someone reports from it ("Per Ek rapporterade från förbundets stämma")
TELLS = re.compile(
    r"\b[\wåäö\-]*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman|årsmöte|årsmötet|konferens|konferensen)\s+"
    r"(?:[\wåäö\-]+\s+){0,2}?(?:ägde\s+rum|hölls|har\s+hållits|genomfördes|har\s+genomförts)\b|"
    r"\b(?:rapporterar|rapporterade|berättar|berättade|informerar|informerade|redogör|redogjorde|återkopplar|"
    r"återkopplade)\s+(?:kort\s+)?från\s+(?:[\wåäö\-]+\s+){0,3}?[\wåäö\-]*(?:möte|mötet|sammanträde|sammanträdet|"
    r"stämma|stämman|årsmöte|årsmötet|konferens|konferensen)\b", re.I)
#: a passive sentence of electing, adopting or granting, its subject not a body ("Vidare antogs en tidplan.")
ELECTED = re.compile(r"^(?:(?!(?:Mötet|Nämnden|Styrelsen|Gruppen|Rådet|Direktionen)\s)[^.!?]*?)\b(?:valdes|omvaldes|"
                     r"nyvaldes|utsågs|antogs|fastställdes|beviljades|beslutades|beslöts)\b")


def others(body: list[Line]) -> set[str]:
    """The sentences of ``body`` that tell another meeting's elections and adoptions (empty for most items)."""
    text = " ".join([ln.text for ln in body])
    if not ("rum" in text or "höll" in text or "genomf" in text or "från" in text) or not _elected_word(text, body):
        return set()  # the cheap test: a word of each pattern, as written
    out: set[str] = set()
    for para in paragraphs(body):
        told = False
        for sentence in sentences(para):
            if told and ELECTED.match(sentence):
                out.add(sentence)
            told = told or bool(TELLS.search(sentence))
    return out


#: the words of ELECTED ("omvaldes", "nyvaldes" hold "valdes")
ELECTED_WORDS = ("valdes", "utsågs", "antogs", "fastställdes", "beviljades", "beslutades", "beslöts")


def _elected_word(text: str, body: list[Line]) -> bool:
    """One of ELECTED's words in the text, or "besl" and a line ending in "-" (a word broken at the line's end is
    healed when the sentences are read: "beslu-" + "tades")."""
    return any(w in text for w in ELECTED_WORDS) or "besl" in text and any(ln.text.endswith("-") for ln in body)
