"""A body's whole name where the title wrote it short, and a board or network a title names as the group that meets
(issue 10).

- A committee (utskott) belongs to the board or nämnd that set it up, and its name is written with the owner's
  genitive: "Kommunstyrelsens arbetsutskott", "Socialnämndens arbetsutskott". A title often writes only
  "Arbetsutskottet"; the text then names the owner in its page heads, its posting box and its sentences. The owner
  written most often (at least twice, more often than any other) gives the whole name; owners written equally often
  (a matter sent from another nämnd's committee) give none, and the short name stays.
- An association's board names its meeting "styrelsemöte" ("Protokoll från styrelsemötet 4 maj", "Styrelsemöte
  2023-11-02", "Styrelseprotokoll") or in the genitive ("Protokoll från styrelsens sammanträde", "Styrelsens möte
  den 11 april"): the title names the board as the group that meets ("Styrelsen").
- A network names its group "Nätverket för <purpose>" on a title line of its own.
"""

from __future__ import annotations

import re

from .body import read_body
from .features import keyword_fold
from .bodywords import is_breadcrumb
from .orgplaces import breadcrumb_body
from .lines import Line
from .names import given_names
from .persons import LOWER, UPPER

#: "Arbetsutskottet", "Personalutskottet": a committee's name without its owner
SHORT_COMMITTEE = re.compile(r"(?P<stem>[A-ZÅÄÖ][a-zåäö]*utskott)et")


#: a preposition before a committee's name: the committee is one a matter comes from or goes to, not the one that
#: meets ("från socialnämndens arbetsutskott", "till kommunstyrelsens arbetsutskott")
ADDRESSED = re.compile(r"\b(?:[Ff]rån|[Tt]ill|av|med|i|hos|och|om|inför|åt|för)\s+$")


#: a committee named with its owner's genitive: "Socialnämndens arbetsutskott", "Barn- och utbildningsnämndens
#: arbetsutskott" (a coordinated owner with its first part), "Direktionens arbetsutskott": the committee's word found
#: first, its owner read back from it (no pattern tried at every word of the text, issue 12)
COMMITTEE_AT = re.compile(r"utskott(?![\wåäö])", re.I)
OWNED_BEFORE = re.compile(r"(?<![\wåäö-])((?:[a-zåäö]+-\s+(?:och|eller)\s+)?(?:[a-zåäö]{2,}(?:nämndens|styrelsens|"
                          r"fullmäktiges)|[a-zåäö]*direktionens))\s+([a-zåäö]*)$", re.I)
#: what follows the committee's name in the committee's own decision, in the present tense: "Socialnämndens
#: arbetsutskott beslutar att ...", "... föreslår nämnden besluta", "... tar bort punkt 5 från dagordningen" (a
#: protocol words its body's decisions so; another body's act is told in the past, "beslutade", or after a
#: preposition)
DECIDES = re.compile(r"\s+(?:beslutar|föreslår|godkänner|fastställer|tillstyrker|avstyrker|noterar|uppdrar|"
                     r"överlämnar|återremitterar|antar|lägger\s+till|tar\s+(?:bort|del))\b")
LOWER_NEXT = re.compile(r"\s+[a-zåäö]")


def owned_committee(body: str | None, text: str) -> str | None:
    """ "Arbetsutskottet" -> "Kommunstyrelsens arbetsutskott" where the text names that owner's committee most
    often (at least twice) in its page heads and boxes, or names it deciding ("Socialnämndens arbetsutskott
    beslutar") and names no other owner's committee of that name; else ``body`` as it was."""
    m = SHORT_COMMITTEE.fullmatch(body or "")
    if not m:
        return body
    stem = m.group("stem").casefold()
    heads: dict[str, int] = {}
    decides: dict[str, int] = {}
    for word in COMMITTEE_AT.finditer(text):
        hit = OWNED_BEFORE.search(text, max(0, word.start() - 80), word.start())
        if not hit or f"{hit.group(2)}utskott".casefold() != stem \
                or ADDRESSED.search(text, max(0, hit.start() - 12), hit.start()):
            continue  # "Remiss från socialnämndens arbetsutskott": another committee a matter comes from or goes to
        owner = re.sub(r"\s+", " ", hit.group(1)).capitalize()
        if not LOWER_NEXT.match(text, word.end()):
            heads[owner] = heads.get(owner, 0) + 1
        else:  # in a sentence: only the committee's own decision names it (a matter's history names others)
            decides[owner] = decides.get(owner, 0) + bool(DECIDES.match(text, word.end()))
    best = sorted(heads.items(), key=lambda kv: -kv[1])
    if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
        return f"{best[0][0]} {stem}"
    named = set(heads) | set(decides)
    deciding = [o for o, n in decides.items() if n]
    if len(deciding) == 1 and named == set(deciding):
        return f"{deciding[0]} {stem}"
    return body


#: the document's own title naming a board's meeting or protocol: "Protokoll från styrelsemötet", "Styrelsemöte 9",
#: "Styrelseprotokoll 2023", "Protokoll fört vid styrelsesammanträde", "Protokoll från styrelsens sammanträde" (an
#: association's board writes its meeting in the genitive as often as in a compound)
BOARD_MEETING_TITLE = re.compile(r"^(?:(?:protokoll|minnesanteckningar|anteckningar|kallelse|dagordning)\s+"
                                 r"(?:fört\s+)?(?:från|vid|till|för)\s+(?:det\s+|ordinarie\s+|konstituerande\s+)?)?"
                                 r"(?:styrelse(?:möte[t]?|protokoll|sammanträde[t]?)|styrelsens\s+(?:ordinarie\s+|"
                                 r"konstituerande\s+|extra\s+)?(?:sammanträde[t]?|möte[t]?)|"
                                 r"(?:möte|sammanträde)\s+med\s+[a-zåäö]{4,}(?:ens|ets)\s+styrelse)\b", re.I)


def board_titled(text: str) -> bool:
    """One of the text's first three lines opens by naming a board's meeting (the group that meets is "Styrelsen")."""
    firsts = [ln.strip() for ln in text[:2000].splitlines() if ln.strip()][:3]
    return any(BOARD_MEETING_TITLE.match(ln) for ln in firsts)


#: "Nätverket för folkhälsa", "NÄTVERKET FÖR SKOLCHEFER" alone on a line (a date may follow)
NETWORK_TITLE = re.compile(r"^(?:(?:minnesanteckningar|anteckningar|protokoll|dagordning|kallelse)\s+"
                           r"(?:från|för|till)?\s*)?(?P<name>nätverket\s+för\s+(?:[a-zåäö]{1,3}-)?[a-zåäö]{4,})"
                           r"(?:\s+(?:\d.*)?)?$", re.I)


#: "Möte med Forum för regional utveckling", "Forum för Norrbys hamnar": a forum named by its purpose, a line of its own
FORUM_TITLE = re.compile(r"^(?:möte\s+med\s+|(?:minnesanteckningar|anteckningar|protokoll)\s+(?:från\s+)?"
                         r"(?:möte\s+med\s+)?)?(?P<name>forum\s+för\s+[\wåäö\-]+(?:[ \t]+[\wåäö\-]+){0,3})$", re.I)


def network_title(title_lines: list[Line]) -> str | None:
    """ "Nätverket för folkhälsa" on one of the first four title lines -> that name (its purpose's first word);
    a forum's name the same, its purpose's words as written."""
    for ln in title_lines[:4]:
        m = NETWORK_TITLE.match(ln.text.strip())
        if m:
            words = m.group("name").split()
            return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])])
        if (f := FORUM_TITLE.match(ln.text.strip())) and not f.group("name").isupper():
            name = re.sub(r"\s+", " ", f.group("name"))
            return name[0].upper() + name[1:]
    return None


#: a company's name: "AB Norrby Bostäder", "Norrby Energi AB", "Norrby Hamn Aktiebolag"
COMPANY = re.compile(r"(?:^AB\s|\sAB$|\sAktiebolag$)")
#: a breadcrumb whose last level is a meeting's page: "... > Norrby Energi AB > Sammanträde 2019-03-04"
MEETING_PAGE = re.compile(r"[>»›]\s*(?:Sammanträde|Styrelsemöte|Möte)(?:\s+\d{4}-\d{2}-\d{2})?\s*$")


def company_board(organisation: str | None, rule: str, head: str) -> str | None:
    """ "Styrelsen": a company's meeting page under its breadcrumb ("Hem > Norrby stad > AB Norrby Bostäder >
    Sammanträde 2009-04-29"): a company's meetings are its board's (its general meeting is a "stämma")."""
    if rule != "meta.organization.breadcrumb" or not COMPANY.search(organisation or ""):
        return None
    return "Styrelsen" if any(MEETING_PAGE.search(ln) for ln in head.splitlines()) else None


#: a label opening a list of people: the bodies its lines name are where the people come from, not who meets
#: ("Närvarande: Anna Berg (Socialnämnden)", "Övriga: Per Holm, socialnämnden", "Inbjudna: Kommunstyrelsens ...")
PEOPLE_LABEL = re.compile(r"^(?:närvarande|deltagare|deltagande|övriga|ledamöter|ersättare|beslutande(?!\s+organ)|gäst(?:er)?|"
                          r"inbjudna|inbjuden|adjungerade?|frånvarande|förhinder|tjänstemän|tjänstepersoner|"
                          r"anmält\s+förhinder|tjänstgörande|icke\s+tjänstgörande|ej\s+tjänstgörande)\b", re.I)
#: a line of such a list: a group's name before a colon and a person ("Socialnämnden: Anna Berg"), or a person first
GROUP_OF_PEOPLE = re.compile(r"^[^:]{3,60}:\s*[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]")
#: a list's line that is a name of two capitalised words and a comma ("Amadeu Batel, Norrby förening"): a person and
#: where she comes from, though her given name is not a known one
NAME_COMMA = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+(?:[{UPPER}]\.?\s+)?[{UPPER}][\wåäöéü\-]+\s*,\s*\S")
PERSON_FIRST = re.compile(rf"^([{UPPER}][{LOWER}]+)(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+(?:\s|,|\(|$)")


def crumb_body(title_lines: list[Line], text: str) -> str | None:
    """The body a breadcrumb names ("Hem > Politik > Kommunfullmäktige > Protokoll"), unless another title line names
    one: the crumb names the site's section, which may hold the protocols of several bodies ("Protokoll
    kommunstyrelsen 4 mars 2021" below it)."""
    crumb = breadcrumb_body(title_lines)
    if crumb is None:  # (the lines tested only where there is a crumb, issue 12)
        return None
    rest = [ln for ln in title_lines if not is_breadcrumb(ln.text)]
    return None if read_body(outside_attendance(rest, text)) else crumb


#: a title naming a meeting of two groups or with another ("Gemensamt sammanträde för Socialnämnden och ...", "Möte
#: mellan X och Y", "Dialogmöte med Kommunstyrelsen"): no one body met, or the one named is the counterpart
JOINT_MEETING = re.compile(r"(?i:\bgemensamt?\s+(?:sammanträde|möte)\b|\bmöte\s+mellan\b|"
                           r"\b(?:dialog|samråds|informations)möte\s+med\b)")


def title_body(title_lines: list[Line], text: str) -> str | None:
    """The body the title lines outside the attendance lists name; none where a title line names a joint meeting
    or one with another group (``JOINT_MEETING``)."""
    if _names_joint_meeting(title_lines):
        return None
    # past the first list of people under a title that names the meeting or the document ("Protokoll 121129",
    # "Extra styrelsemöte med X"), only the posting box names the body ("ANSLAG/BEVIS ... Organ Socialnämnden"):
    # another line there is the minutes' text ("Arbetsgruppen bredband består av:"), a group the text is about
    listed = next((k for k, ln in enumerate(title_lines) if PEOPLE_LABEL.match(ln.text)), len(title_lines))
    titled = any(TITLE_WORD.search(ln.text) for ln in title_lines[:listed])
    kept = title_lines[:listed] + [ln for ln in title_lines[listed:] if not titled or POSTING_BOX.search(ln.text)]
    return read_body(outside_attendance(kept, text))


#: a title's word for the document or its meeting
TITLE_WORD = re.compile(r"(?i:protokoll|minnesanteckningar|anteckningar|kallelse|dagordning|möte|sammanträde)")
#: the posting box's or a body label's line ("ANSLAG/BEVIS", "Organ Socialnämnden", "Nämnd: Kommunstyrelsen"), also
#: a flattened page's line that runs on into the box ("2 ANSLAGSBEVIS ...", "... Anders Ek BEVIS OM ANSLAG ...")
POSTING_BOX = re.compile(r"^(?:\d{1,3}\s+)?(?:Anslag|Bevis|Organ|ORGAN|Nämnd|NÄMND|Beslutande organ|Instans)\b|"
                         r"ANSLAG|BEVIS|Anslagsbevis|Bevis om anslag")


#: a word each of ``JOINT_MEETING``'s wordings holds, as :func:`keyword_fold` folds it
JOINT_WORDS = ("gemensam", "möte")


def _names_joint_meeting(title_lines: list[Line]) -> bool:
    """Whether a title line names a joint meeting (``JOINT_MEETING``), its lines searched only where their fold
    holds a word of it (one fold of them all: ~3 us a document instead of ~30, issue 12)."""
    low = keyword_fold("\n".join(ln.text for ln in title_lines))
    return any(w in low for w in JOINT_WORDS) and any(JOINT_MEETING.search(ln.text) for ln in title_lines)


def outside_attendance(title_lines: list[Line], text: str) -> list[Line]:
    """The title lines without those listing people: a list's label line, the lines of its list up to a blank line
    (each a person first or a group's name and its people), and any line led by a person's name."""
    kept, listing = [], False
    for k, ln in enumerate(title_lines):
        gap = text[title_lines[k - 1].start:ln.start] if k else ""
        if gap.count("\n") > 1 and "\n\n" in gap.replace(" ", "").replace("\t", ""):
            listing = False  # a blank line ends a list (two line breaks at least: taking spaces out makes none)
        label = PEOPLE_LABEL.match(ln.text) is not None
        listed = listing and (GROUP_OF_PEOPLE.match(ln.text) or _person_first(ln.text) or NAME_COMMA.match(ln.text))
        if not (label or listed or _person_first(ln.text)):
            kept.append(ln)
        listing = label or bool(listed)
    return kept


def _person_first(line: str) -> bool:
    """The line opens with a person's name (a known given name, then a capitalised word)."""
    m = PERSON_FIRST.match(line)
    return m is not None and m.group(1) in given_names()


#: a committee named with its owner at a title line's start, in any case, perhaps over two lines ("KOMMUNSTYRELSENS
#: ARBETSUTSKOTT", "Kommunstyrelsens" / "arbetsutskott", "Barn- och utbildningsnämndens arbetsutskott")
OWNED_COMMITTEE_LINE = re.compile(r"^(?:(?:sammanträdes)?protokoll\s+|\d+\s+)?(?P<name>(?:[a-zåäö]+-\s*(?:och|eller)\s+)?"
                                  r"[a-zåäö]{3,}(?:nämndens|styrelsens|fullmäktiges)\s+[a-zåäö]*utskott)(?![a-zåäö])",
                                  re.I)


def owned_committee_title(title_lines: list[Line]) -> str | None:
    """ "Kommunstyrelsens arbetsutskott" from one of the first four title lines that opens with it (a line ending
    in the owner's genitive, or its name as a letterhead writes it, is read with the next), written in capitals or
    over two lines; the letterhead's owner over its committee ("REGIONSTYRELSEN" / "Arbetsutskottet") the same."""
    texts = [ln.text.strip() for ln in title_lines[:5]]
    for k, line in enumerate(texts[:4]):
        joined = f"{line} {texts[k + 1]}" if k + 1 < len(texts) and OWNER_END.search(line) else line
        if (m := OWNED_COMMITTEE_LINE.match(joined)):
            name = re.sub(r"\s+", " ", m.group("name")).lower()
            return name[0].upper() + name[1:]
        if (m := OWNER_OVER_COMMITTEE.match(joined)):
            owner = m.group("owner").lower() + "s"
            return f"{owner[0].upper()}{owner[1:]} {m.group('committee').lower().removesuffix('et')}"
    return None


#: a letterhead's owner in its own name, then its committee: "REGIONSTYRELSEN Arbetsutskottet", "Kommunstyrelsen
#: Personalutskottet" (the committee of that owner, as "Kommunstyrelsens personalutskott")
OWNER_OVER_COMMITTEE = re.compile(r"^(?:\d+\s+)?(?P<owner>[a-zåäö]{3,}(?:nämnden|styrelsen|fullmäktige))\s+"
                                  r"(?P<committee>[a-zåäö]*utskottet)(?![a-zåäö])", re.I)


#: a line that ends in an owner's genitive ("Kommunstyrelsens") or its own name ("REGIONSTYRELSEN"): its committee
#: may be on the next line
OWNER_END = re.compile(r"(?:nämndens?|styrelsens?|fullmäktiges?)$", re.I)


#: a bare head noun as the posting box's organ writes it short ("Organ Styrelsen", "Organ Nämnden")
SHORT_HEADS = ("styrelsen", "nämnden", "utskottet", "rådet", "direktionen")


def titled_compound(body: str | None, title_lines: list[Line]) -> str | None:
    """ "Styrelsen" from the posting box's organ under the title "SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen": the
    title's one-word compound of the same head is the body's name; else ``body`` as it was."""
    if not body or body.casefold() not in SHORT_HEADS:
        return body
    titled = read_body(title_lines)
    if titled and " " not in titled and titled.casefold().endswith(body.casefold()) \
            and len(titled) > len(body):
        return titled
    return body


#: a municipality's councils by the abbreviations its own papers and files name them with: "KF" kommunfullmäktige,
#: "KS" kommunstyrelsen, "KSAU" its arbetsutskott ("Protokoll KF 2017-06-21", "KS-protokoll 3 maj", "Kallelse KSAU")
ABBREVIATIONS = {"kf": "Kommunfullmäktige", "ks": "Kommunstyrelsen", "ksau": "Kommunstyrelsens arbetsutskott"}
ABBREVIATED_TITLE = re.compile(r"^(?i:(?:sammanträdes)?protokoll|kallelse|dagordning|föredragningslista)\s+"
                               r"(?i:från\s+)?(?P<abbr>KF|Kf|KS|Ks|KSAU|KsAu)(?![\wåäö/-])(?!\s*\d+\s*/)"
                               r"|^(?P<lead>KF|Kf|KS|Ks|KSAU|KsAu)[ \t]*-?[ \t]*(?i:protokoll|kallelse|dagordning)\b")


def abbreviated_title(title_lines: list[Line]) -> str | None:
    """The council a title line names by its abbreviation, after or before the document's kind (a paragraph's
    label, "KS 107/16", is no title); one council named so in the title lines, or none."""
    found = {ABBREVIATIONS[(m.group("abbr") or m.group("lead")).casefold()]
             for ln in title_lines if "K" in ln.text[:40] and (m := ABBREVIATED_TITLE.match(ln.text.strip()))}
    return found.pop() if len(found) == 1 else None
