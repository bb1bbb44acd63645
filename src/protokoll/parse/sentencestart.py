"""Does a point's heading open as a sentence, so that the whole sentence is its title?

Minutes of associations often write a point as one sentence about a person, with no title of its own
("§2. Eva Ek-Holm valdes till justerare.", "5. Evi kontaktar Ove Lund.", "1. Mötets ordförande Eva Ek hälsade
alla välkomna ..."): the golds take the first sentence as the title. The title cuts that look for a person's name
or a capital after a lower-case word inside a heading (where an item's text or its presenter starts) would cut
such a sentence after its first name word. A title rarely has a finite verb; a sentence has one, and Swedish puts
it second, after its subject: here one to three name words.

Kept apart from the title cuts that ask it (:mod:`.headings`, :mod:`.inline`, :mod:`.headingpresenters`) so that
the verb forms have one place.
"""

from __future__ import annotations

import re

from ..swedish.names import given_names
from .givenopen import is_role

#: the finite verbs minutes are written with whose form no ending shows (present and past, active and passive)
IRREGULAR = frozenset("""är var har hade ska skall skulle kommer kom blir blev kan kunde får fick måste bör borde vill
ville går gick tar tog ger gav ges gavs finns fanns görs gjordes gör gjorde sker skedde ser såg står stod säger sa sade
håller höll låter lät vet visste läggs lades lade godkänns godkändes fastställs antas anses behandlas redovisas
beslutas diskuteras noteras väljs valdes utses utsågs beslöts""".split())
#: an ending only a finite verb has in running minutes wherever it stands: past (-ade, -de, -te, -dde), passive
#: (-as, -ades, -des, -tes, "ställs", "läggs", "genomgicks", "godkänns", "görs", "anslogs"); not a participle or
#: noun in -ande/-ende
STRONG_ENDING = re.compile(r"[a-zåäö]{2,}(?:ade|dde|de|te|as|des|tes|ls|gs|cks|nns|örs)")
#: the present's endings (-ar, -er, -ir), which plural nouns share: a verb only second in its sentence
PRESENT_ENDING = re.compile(r"[a-zåäö]{2,}(?:ar|er|ir)")
#: nouns and participles with those endings (a genitive plural: "byarnas", "kvinnornas")
NOT_VERB_ENDS = ("ande", "ende", "rnas", "möte", "träde", "råde", "skede", "läge", "idé", "kaffe")
#: a noun's definite ending, which a family name does not have ("Nämnden", "Taxorna", "Förvaltningen"), except
#: the family names in -gren ("Almgren", "Lindgren")
DEFINITE = ("en", "et", "na")
#: a capitalised name word ("Anna", "Berg", "Ek-Holm")
NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


def strong(word: str) -> bool:
    """Is this lower-case word (its trailing punctuation ignored) a finite verb by a form no title word has?"""
    w = word.rstrip(",;:.")
    return bool(w) and w[0].islower() and (w in IRREGULAR or bool(STRONG_ENDING.fullmatch(w))
                                           and not w.endswith(NOT_VERB_ENDS))


def finite(word: str) -> bool:
    """Is this lower-case word a finite verb where a verb stands second: a strong form or the present's?"""
    w = word.rstrip(",;:.")
    return strong(w) or bool(PRESENT_ENDING.fullmatch(w)) and w[0].islower()


def _definite(word: str) -> bool:
    """Does a capitalised word end as a noun in its definite form (not a family name in -gren)?"""
    return word.endswith(DEFINITE) and not word.endswith("gren")


def person_sentence(words: list[str]) -> bool:
    """Does a point's heading open as a sentence about a person: one to three name words, then a finite verb
    ("Eva Ek-Holm valdes till justerare.", "Evi kontaktar Ove Lund.", "Britt-Inger Lund Ek valdes ...", "Mötets
    ordförande Eva Ek hälsade ...")? Such a point has no title of its own: its first sentence is the title, and
    no name inside it ends a title. Not when a given name follows the first word ("Justering Anna Berg utses
    ...": a title, then the person), nor when the subject's last word is a noun in its definite form ("Taxor
    Taxorna fastställdes"): a one-word title, then a sentence."""
    if len(words) > 3 and words[0][:1].isupper() and words[0].endswith("s") and is_role(words[1]):
        words = words[2:]  # "Kvällens mötesordförande Eva Ek hälsade ...": the person's role before the name
    j = 0
    while j < len(words) and j < 3 and NAME_WORD.fullmatch(words[j]):
        j += 1
    if j == 0 or j >= len(words) or j > 1 and (words[1] in given_names() or _definite(words[j - 1])):
        return False  # "Justering Anna Berg utses ...", "Taxor Taxorna fastställdes": a title, then a sentence
    return finite(words[j])


def verb_first(words: list[str]) -> bool:
    """Does a point's heading open with its verb, as old-style minutes write them ("Utsågs Eva Ek att justera
    ...", "Uppdrogs åt Eva att ...", "Rapporterade Eva om ...", "Förklarade föreningens ordförande Eva Ek ...")?
    A passive in -s may stand before anything; an active past only before a name or a role, since a title may
    open with a participle ("Reviderade riktlinjer för ...")."""
    if len(words) < 3 or not words[0][:1].isupper() or not strong(words[0].lower()):
        return False
    nxt = words[1].rstrip(",")
    return words[0].endswith("s") or bool(NAME_WORD.fullmatch(nxt)) \
        or nxt.endswith("s") and is_role(words[2].rstrip(","))


def sentence_point(words: list[str]) -> bool:
    """A point written as a sentence with no title of its own: about a person (:func:`person_sentence`) or
    opening with its verb (:func:`verb_first`)."""
    return person_sentence(words) or verb_first(words)


#: a title's sentence end, then a short tail ("... i byarna. Eva Ek och byarnas representanter", "... Alla")
TAIL_AFTER_STOP = re.compile(r"(?<=[a-zåäö]{4})\.\s+(?=[A-ZÅÄÖ])")  # not after "bil.", "ev."


def who_tail(title: str) -> int | None:
    """Where a heading's title ends before a short verbless tail after its full stop: an agenda's column of who
    presents or takes part, run on into the title ("4. Bredband i byarna. Eva Ek och byarnas representanter",
    "9. Val av ny ordförande. Byarnas representanter", "8. Byrundan. Alla"). The tail has at most six words, no
    digit, no finite verb and no full stop of its own; the title before it at least two words and no finite verb
    either."""
    if ". " not in title:
        return None
    stops = list(TAIL_AFTER_STOP.finditer(title))
    head = title[:stops[-1].start()].split() if stops else []
    if len(head) < 2 or any(strong(w) for w in head):  # "... läggs till handlingarna. Mi": a sentence, no title
        return None
    if title.count("(", 0, stops[-1].start()) > title.count(")", 0, stops[-1].start()):  # "(bilaga. A-B)"
        return None
    tail = title[stops[-1].end():].rstrip()
    words = tail.split()
    if not 0 < len(words) <= 6 or any(c.isdigit() for c in tail) or tail.endswith((".", "?", "!", ":")) \
            or any(strong(w) for w in words):
        return None
    return stops[-1].start() + 1
