"""Where a body's name that a title line writes begins and ends, and where a body word names no body that meets
(issue 10: a wrong body is worse than none).

- **A venue.** A body in the genitive before a room ("Kommunstyrelsens sammanträdesrum", "Nämndens sal") or a name
  after the place label's first words ("Plats: Norrby Föreningsråd") says where the
  meeting was held, not who met: the room of one body often houses another's meeting.
- **A name going on after "för".** A head noun written alone ("Nämnden", "Rådet") followed by "för" and lower-case
  words is the start of a longer name ("Nämnden för teknik och service", "Rådet för trygghet och hälsa"): the
  whole name is read up to the first word that is not part of it (a capital opening the next label, a number);
  where it stops on "och", a comma or a hyphen the page cut it, and no part of it is the body.
- **An organisation's name.** "Föreningen Norrbygdens styrelse": the genitive ends the organisation's name (after
  its type word), so the board is the organisation's ("Styrelsen"), not a body named "Norrbygdens styrelse".

Also the body that decides in the record's own sentences (the last reading, :func:`deciding_body`).
"""

from __future__ import annotations

import re

#: the label of where a meeting is held, then one or two words, before a body word ("Plats: Norrby Föreningsråd"; a
#: body right after the label is the value of labels set in a row: "Organ / Plats Regionfullmäktige Stadshuset")
VENUE_LABEL = re.compile(r"\b(?:[Pp]lats(?:\s+och\s+tid)?|[Tt]id\s+och\s+plats|[Ll]okal|[Ss]ammanträdes(?:plats|lokal)|"
                         r"[Mm]ötes(?:plats|lokal))\s*:?\s*(?:[\wåäöÅÄÖ.,\-]+\s+){1,2}$")
#: the place label and its colon right before the body word, which a comma and its town follow: "Plats: Länsstyrelsen,
#: Norrby" (a venue is written as its house and town; an authority's house is named after the authority)
PLACE_COLON = re.compile(r"\b(?:[Pp]lats|[Ll]okal|[Ss]ammanträdes(?:plats|lokal)|[Mm]ötes(?:plats|lokal))\s*:\s*$")
HOUSE_IN_TOWN = re.compile(r"\s*,\s*[A-ZÅÄÖ][a-zåäö]+")
#: a room or house after a body's genitive: where the meeting is held
ROOM_AFTER = re.compile(r"\s+(?:sammanträdesrum(?:met)?|sessionssal(?:en)?|sal(?:en)?|rum(?:met)?|lokal(?:en|er)?|"
                        r"konferensrum(?:met)?|kansli(?:et)?|plenisal(?:en)?|möteslokal(?:en)?)\b", re.I)


#: an office after a body's genitive ("KOMMUNSTYRELSENS FÖRVALTNING", "Socialnämndens kansli"): a letterhead of the
#: administration that serves the body (and others), not the body that meets
OFFICE_AFTER = re.compile(r"\s+(?:förvaltning(?:en)?|kontor(?:et)?|stab(?:en)?|sekretariat(?:et)?|enhet(?:en)?)\b", re.I)
#: another label right before the place label: labels set in a row ("Organ Plats Regionfullmäktige Stadshuset"),
#: whose values follow in the same order, so the first value is the first label's
LABEL_BEFORE = re.compile(r"\b(?:Organ|Instans|Beslutsinstans|Nämnd|Datum|Sammanträdesdatum|Tid)\s*:?\s*$")


def at_venue(text: str, start: int, end: int) -> bool:
    """The body word ``text[start:end]`` names where the meeting is held (after a place label, or a genitive
    before a room), not who meets."""
    if text[end - 1:end] in ("s", "S") and (ROOM_AFTER.match(text, end) or OFFICE_AFTER.match(text, end)):
        return True
    label = VENUE_LABEL.search(text, 0, start) or (HOUSE_IN_TOWN.match(text, end) and PLACE_COLON.search(text, 0, start))
    return label is not None and not LABEL_BEFORE.search(text, 0, label.start())


#: papers or words sent from or to a body ("Förslag från kommunstyrelsens arbetsutskott", "Ärenden från
#: socialnämnden", "Information till kommunstyrelsen"): the body a matter comes from or goes to, not who meets; a
#: body after "mellan" is one party of a consultation ("Samråd mellan socialnämnden och ..."); a body after a
#: matter's noun and "för den" is what the matter is about ("Reglemente för den gemensamma nämnden": a title writes
#: its body after the document's kind, "Protokoll för den gemensamma nämnden")
SENT = re.compile(r"\b(?:förslag|ärenden|ärende|skrivelser?|yttranden?|remisser|remiss|information|rapporter|rapport|"
                  r"meddelanden?|hänskjutna|överlämnade)\s+(?:från|till)\s+(?:[\wåäö]+s\s+)?$|\bmellan\s+$"
                  r"|\b(?!(?:\w*protokoll|kallelse|dagordning|föredragningslista|minnesanteckningar|anteckningar)\s)"
                  r"[a-zåäö]{4,}\s+för\s+(?:den|det|de)\s+(?:[a-zåäö]+\s+)?$", re.I)
#: what a body's genitive may own in a title naming the body: its meeting or its papers ("Kommunstyrelsens
#: sammanträde", "Socialnämndens protokoll"); any other lower-case noun after it is a thing or group of its own
#: ("Kommunfullmäktiges valberedning", "Styrelsens ledamöter")
OWN_PAPERS = re.compile(r"\s+(?:sammanträde\w*|möte\w*|protokoll\w*|kallelse\w*|dagordning\w*|föredragningslist\w*|"
                        r"ärendelist\w*|ärenden)\b", re.I)
GENITIVE_THEN_NOUN = re.compile(r"\s+[a-zåäö]{3,}")


#: a body word that a sentence's verb follows: the sentence's subject, not a title; any verb in the past tense too
#: ("Styrelsen lyfte ...", "Nämnden diskuterade ..."), but for the body's own meeting ("Styrelsen sammanträdde ...");
#: never a body word in the genitive ("styrelsens sammanträde", "rådets möte"): the word after it is what it owns
SUBJECT = re.compile(r"(?![\wåäöÅÄÖ\-]*(?:en|et)s\s)[\wåäöÅÄÖ\-]+\s+(?:(?!sammanträdde\b)[a-zåäö]{2,}(?:ade|de|te)\b|"
                     r"beslutar|beslutade|beslöt|godkänner|godkände|har|hade|är|var|ska|skall|kommer|"
                     r"föreslår|föreslog|tackar|tackade|noterar|noterade|informerar|informerade|ger|gav|tar|tog|uppdrar|"
                     r"uppdrog|antar|antog|anser|ansåg|ställer|ställde|får|fick|vill|ville|kan|kunde|bör|måste)\b")


#: a seat someone is elected or sent to, then the body or organisation it is in ("valdes till ersättare i
#: Socialnämnden i Norrby kommun", "Ledamot i förbundets styrgrupp", "välja nya representanter till Samrådsgruppen",
#: "valdes som elevrepresentant (ordinarie) till Skolrådet", "Nya i styrelsen är ..."): another group than the one
#: that meets
SEAT_IN = re.compile(r"\b(?:ledamot|ledamöter|ersättare|suppleant(?:er)?|[a-zåäö]*representant(?:er)?|revisor(?:er)?|"
                     r"ombud|ordförande|sekreterare|kassör|nya|nyvalda?|invalda?|omvalda?)\s+"
                     r"(?:\([a-zåäö ]+\)\s+)?(?:i|till)\s+"
                     r"(?:[\wåäö]+s\s+)?(?:[A-ZÅÄÖ][\wåäö\-]*\s+i\s+)?$", re.I)


#: an indefinite article (perhaps an adjective) before a body word: a group a sentence speaks of ("Mötet inrättade en
#: arbetsgrupp", "ett nytt råd bildas"); a title names its body in the definite form or by its name
INDEFINITE = re.compile(r"\b(?:en|ett)\s+(?:[a-zåäö]+\s+)?$", re.I)


def sent_or_owned(text: str, start: int, end: int) -> bool:
    """The body word ``text[start:end]`` is where a matter comes from or goes to, a seat someone is elected to,
    or a genitive owning another thing or group than its own meeting ("Kommunfullmäktiges valberedning")."""
    if SENT.search(text, 0, start) or SEAT_IN.search(text, 0, start) or INDEFINITE.search(text, 0, start):
        return True
    genitive = text[end - 1:end] in ("s", "S") and text[start:end].casefold().endswith(GENITIVE_ENDS)
    return genitive and GENITIVE_THEN_NOUN.match(text, end) is not None and not OWN_PAPERS.match(text, end)


#: the genitive endings of a body's nouns
GENITIVE_ENDS = ("styrelsens", "nämndens", "rådets", "fullmäktiges", "utskottets", "gruppens", "direktionens",
                 "beredningens", "presidiets")


#: a state authority whose name is a compound of "styrelsen" ("Länsstyrelsen", "Socialstyrelsen"): named in a board's
#: minutes as whom the board deals with, never the board itself
STATE_BOARD = r"(?:Läns|Social|Skogs|Transport|Fiskeri|Sjöfarts|Luftfarts|Väg|Arbetsmarknads)styrelsen\b"


#: "för" and the words of a purpose after a head noun: lower-case words, "och"/"samt", commas, hyphened first parts
PURPOSE = re.compile(r"[ \t]+för[ \t]+((?:[a-zåäö][\wåäö]*(?:-[\wåäö]+)*-?(?:,?[ \t]+|,?$))+)")
CUT_END = re.compile(r"(?:\b(?:och|samt|eller)|[-,])$")
PURPOSE_WORDS = 8  #: a longer run of lower-case words is a sentence, not a name


#: a group noun written indefinite ("Styrgrupp", "Arbetsgrupp", "Referensgrupp") and "för" a name in capitals after it:
#: "Styrgrupp för LEADER-projekt Turism i Norrbygden", "Arbetsgrupp för Projekt Ekdalen" -- a group named by the
#: project or place it serves, the whole name the group's; "Styrgruppen" alone names another group
INDEFINITE_GROUP = re.compile(r"(?i:[a-zåäö]*(?:grupp|råd|utskott))$")
NAMED_PURPOSE = re.compile(r"[ \t]+för[ \t]+[A-ZÅÄÖ]")


def named_purpose(text: str, word: str, end: int) -> bool:
    """Whether the group noun ``word`` (ending at ``end``) is written indefinite before "för" and a capitalised name:
    the group's name goes on into a proper name whose end is not known (issue 10: none is read rather than a part)."""
    return bool(INDEFINITE_GROUP.match(word) and NAMED_PURPOSE.match(text, end))


def purpose_name(head: str, text: str, end: int) -> str | None:
    """ "Nämnden" + " för teknik och service Plats ..." -> "Nämnden för teknik och service"; "" where the words
    after "för" are cut ("... för folkhälso- och") or run on as a sentence; None where no "för <purpose>" follows."""
    m = PURPOSE.match(text, end)
    if not m:
        return None
    words = re.sub(r"\s+(?:i|inom|på|vid)$", "", m.group(1).strip())  # "för teknik i Norrby kommun": whose, not what
    if CUT_END.search(words) or len(words.split()) > PURPOSE_WORDS:
        return ""
    return f"{head} för {words}"


#: an organisation's type word before a capitalised genitive: "Föreningen Norrbygdens", "Stiftelsen Ekbackens"
ORG_TYPE_BEFORE = re.compile(r"\b(?:[Ff]öreningen|[Ss]tiftelsen|[Ff]örbundet|[Bb]olaget|[Ss]ällskapet|[Nn]ätverket|"
                             r"[Rr]iksförbundet|[Ss]amfundet|[Kk]ooperativet|[Aa]kademien|[Aa]kademin)\s+$")


def of_organisation_name(text: str, start: int) -> bool:
    """The genitive at ``start`` ends an organisation's name its type word opens ("Föreningen Norrbygdens")."""
    return ORG_TYPE_BEFORE.search(text, 0, start) is not None


#: a body that decides or takes a position in the record's own sentences: "Kommundirektörsgruppen beslutar ...",
#: "Styrgruppen ställer sig bakom ...", "Arbetsutskottet var positiv till ..."
DECIDING = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]{2,}(?:gruppen|rådet|styrelsen|nämnden|utskottet|direktionen|beredningen|"
                      r"presidiet|nätverket))\s+(?:beslutar|beslutade|beslöt|godkänner|godkände|ställer\s+sig|ställde\s+sig|"
                      r"var\s+positiv|är\s+positiv|tillstyrker|tillstyrkte|instämmer|instämde|noterar|noterade|"
                      r"tackar|tackade|uppdrar|uppdrog|ger\s+\S+\s+i\s+uppdrag|gav\s+\S+\s+i\s+uppdrag)\b")


def deciding_body(text: str) -> str | None:
    """The body a record's decisions name as their subject at least twice, more often than any other."""
    counts: dict[str, int] = {}
    for m in DECIDING.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
        return best[0][0]
    return None
