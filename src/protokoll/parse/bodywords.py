"""The words the readers of a body's or an organisation's name share: the document's kind that opens a title
line before the name ("Protokoll Norrby kommunstyrelse", "Kallelse Sjödalsförbundet") and the nouns a body's
name ends in ("Kommunstyrelsen", "Socialnämnd", "Kommunstyrelsens arbetsutskott")."""

from __future__ import annotations

import re

#: the document's kinds a title line opens with before the name of whoever meets
TITLE_KINDS = ("Protokoll", "Protokollsutdrag", "Sammanträdesprotokoll", "Kallelse", "Dagordning",
               "Föredragningslista", "Minnesanteckningar", "Mötesanteckningar", "Anteckningar")
#: a body's noun in its definite form, as a body is named ("Nämnden", "Kommunfullmäktige", "Pensionärsrådet")
BODY_DEFINITE = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "direktionen", "beredningen", "presidiet",
                 "rådet")
#: a body's noun in its bare form, as a heading or a compound may name it ("Socialnämnd", "arbetsutskott")
BODY_BARE = ("nämnd", "styrelse", "utskott", "direktion", "beredning")
#: a deciding body or group as a verb's subject, in any compound ("Kommunstyrelsen", "Arbetsutskottet", "Gruppen")
BODY_SUBJECT = (r"[\wåäö]*(?:nämnd(?:en)?|styrelsen?|fullmäktige|utskott(?:et)?|direktion(?:en)?|beredning(?:en)?|presidiet|"
                r"rådet|gruppen|mötet)")


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regular-expression alternation (the words are plain letters)."""
    return "|".join(words)


#: a name in capitals going on with "FÖR" ("BEREDNINGSGRUPPEN FÖR REGIONUTVECKLING"): its purpose in capitals
CAPS_FOR = re.compile(r"^\s+FÖR\b")
CAPS_PURPOSE = re.compile(r"^\s+FÖR\s+([A-ZÅÄÖ]{4,})\b(?!\s*[-/])")


def capitals_purpose(body: str, after: str) -> str | None:
    """ "Arbetsgruppen" + " FÖR VATTENFRÅGOR" -> "Arbetsgruppen för vattenfrågor"; None where the words after "FÖR"
    are not in capitals (a merged column cut the name: its end is lost)."""
    caps = CAPS_PURPOSE.match(after)
    return f"{body} för {caps.group(1).lower()}" if caps else None


#: a lower-case letter run into a capital inside a word: two words a web page glued ("protokollKulturutskottets")
GLUED = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])")


def unglued(word: str) -> str:
    """A body word's last part where a web page glued a link's text to it ("Utskottens protokollKulturutskottets
    protokoll": "Kulturutskottets"); a body's name never capitalises a letter inside a word."""
    return GLUED.split(word)[-1] if any(map(str.isupper, word[1:])) else word


#: a web page's breadcrumb: three or more levels set apart by " > ", " » ", " › " or " / " ("Hem / Politik /
#: Kommunfullmäktige / Protokoll"): it names the section of the site, which a title line may name more closely
CRUMB_LINE = re.compile(r"^[^/>»›\n]+(?:\s(?:/|>|»|›)\s[^/>»›\n]+){2,}$")


def is_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb of three or more levels (a line without the marks that set its levels
    apart is none: the pattern not tried, issue 12)."""
    return ("/" in text or ">" in text or "»" in text or "›" in text) and CRUMB_LINE.match(text.strip()) is not None
