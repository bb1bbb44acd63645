"""The group that meets (body) and what a document is (kind), read from its title lines."""

from __future__ import annotations

import re
from functools import lru_cache

from .bodybounds import SEAT_IN, STATE_BOARD, SUBJECT, at_venue, named_purpose, of_organisation_name, purpose_name, sent_or_owned
from .bodywords import CAPS_FOR, capitals_purpose, is_breadcrumb, unglued
from .features import has_any, keyword_fold
from .lines import Line
from .terms import term_heading

KIND_WORDS = (  # matters listed before a meeting: "Förteckning över ärenden den 3 maj", "Handlingar till sammanträdet"
    ("agenda", r"dagordning|kallelse|föredragningslista|ärendelista|preliminär dagordning|kungörelse|"
               r"handlingar (?:till|inför) (?:[a-zåäö][a-zåäö\- ]{0,40}?s )?(?:sammanträdet?|mötet?)(?= den| \d| i |$)|"
               r"förteckning över [a-zåäö\- ]{0,60}?ärenden(?= den)|lista över ärenden(?= till| inför| vid)"),
    ("minutes", r"minnesanteckningar|minnesanteckning|mötesanteckningar|mötesanteckning|minnesnoteringar|mötesreferat|"
                r"anteckningar|mötesprotokoll från"),
    # a compound names a protocol too: "Styrelseprotokoll", "Beslutsprotokoll", "Direktionsprotokoll"
    ("protocol", r"sammanträdesprotokoll|protokollsutdrag|justerat protokoll|protokoll|[a-zåäö]{3,}protokoll"),
)
KIND_WORD_PATTERNS = tuple((kind, re.compile(rf"\b({rx})\b")) for kind, rx in KIND_WORDS)
NOT_TITLE = re.compile(r"^(vid protokollet|föregående protokoll|justering|justeras|protokollet|"
                       r"protokollförare|[0-9]+[.)]|[0-9]+\s*§|§)", re.I)
BODY_WORD = re.compile(
    r"\b((?:[A-ZÅÄÖa-zåäö][\wåäö\-]*?)?(?:gruppen|gruppens|grupp|styrelsen|styrelsens|nämnden|nämndens|rådet|rådets|råd|"
    r"utskottet|utskottets|utskott|fullmäktiges|fullmäktige|direktionen|direktionens|presidiet|beredningen|möte|mötet|"
    r"sammanträde))\b",
    re.I)
#: a word of each ``BODY_WORD`` ending and of each body ``read_body`` reads (``OWNED_BODY``, ``OWNERS_BODY``,
#: ``BOARD_COMMITTEE``): a line without one names none (the cheap test: the patterns try every position)
BODY_STEMS = ("grupp", "styrelse", "nämnd", "råd", "utskott", "fullmäktige", "direktion", "presidi", "beredning",
              "möte", "sammanträde")
HAS_BODY_STEM = has_any(BODY_STEMS)


def _may_name_body(text: str) -> bool:
    low = keyword_fold(text)
    return HAS_BODY_STEM(low) is not None


def read_kind(title_lines: list[Line]) -> str | None:
    """minutes | protocol | agenda from the first title line naming one."""
    return next((kind for ln in title_lines if (kind := _kind_of(ln.text))), None)


@lru_cache(maxsize=512)
def _kind_of(text: str) -> str | None:
    """The kind one title line names (kept: the body reader asks each title line again)."""
    if NOT_TITLE.match(text):
        return None
    low = text.casefold()
    hits = [(m.start(), kind) for kind, rx in KIND_WORD_PATTERNS for m in [rx.search(low)] if m
            and not (ITEM_ON_LIST.search(low[:m.start()]) or LIST_HANDLED.match(low[m.end():]))]
    # a site's section: "Protokoll, kallelse och föredragningslista, kultur- och fritidsnämnden" names every kind
    if hits and (listed := KINDS_LISTED.match(low)) and "protokoll" in listed.group(0) \
            and re.search(r"kallelse|föredragningslist|dagordning", listed.group(0)):
        return None
    return min(hits)[1] if hits else None


#: an item that handles the list of matters ("Fastställande av dagordning", "Godkännande av föredragningslistan",
#: "Ändringar i dagordningen"), or a sentence's object ("... har en preliminär föredragningslista skickats"; a title
#: never counts it with an article, "alla protokoll"; "... att justera dagens protokoll"): its kind word names no
#: kind of the document it stands in
ITEM_ON_LIST = re.compile(r"(?:(?:fastställande|godkännande|justering|ändring(?:ar)?|tillägg|komplettering|fastställa|"
                          r"godkänna|godkänns|fastställs)\s+(?:av|i|till|på)\s+(?:den\s+)?|\b(?:en|ett|alla)\s+"
                          r"(?:[a-zåäö]+\s+)?|\bjustera\s+(?:dagens\s+)?)$")

#: the list as what a sentence approves or sends ("Förslaget till dagordning godkändes.", "Utsänd föredragningslista
#: fastställs.", "Föredragningslista har skickats ut med kallelsen"): the line names no kind of its document
LIST_HANDLED = re.compile(r"[a-zåäö]*\s+(?:[a-zåäö]+\s+){0,2}?(?:godkänns|godkändes|godkännes|fastställs|fastställes|"
                          r"fastställdes|antogs|antas|justerades|(?:har|hade)\s+(?:[a-zåäö]+\s+)?(?:skickats|sänts|"
                          r"utsänts|delats|bifogats)|skickas|skickades|sänds|sändes|utsändes|bifogas|bifogades|biläggs|kommer\s+att)\b")


#: a line that opens by listing kinds of documents ("Protokoll, kallelse och föredragningslista", "Kallelser och
#: protokoll"): the heading of a page of several documents when it names a protocol and an agenda ("Kallelse och
#: föredragningslista" is one agenda)
KINDS_LISTED = re.compile(r"^\s*(?:protokoll|kallelse[r]?|föredragningslist[ao]r?|dagordning(?:ar)?)\s*(?:,|och|&|/)\s*"
                          r"(?:protokoll|kallelse[r]?|föredragningslist[ao]r?|dagordning(?:ar)?)\b")


#: a definite adjective or a participle right before a body's name: "Tekniska nämnden", "Brottsförebyggande rådet"
ADJECTIVE_BEFORE = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:iska|ella|ala|ära|iga|ade|ska|amma|ande|ende))\s+$")


#: a body named after these is whom a matter goes to ("Ärenden till kommunfullmäktige", "Kopia: Kommunstyrelsen"),
#: not who meets;
#: "Kallelse till kommunfullmäktige" still names who meets
RECIPIENT = re.compile(r"\b(?:(?:ärenden|ärende|förslag|yttrande|skrivelse|remiss|rapport|överlämnas|hänskjuts|"
                       r"beslut)\s+till|inför|(?:beslutas|avgörs|behandlas|fastställs)\s+(?:av|i)"
                       r"|(?:kopia|kopior|sändlista|delges|expedieras)(?:\s+till)?\s*:?)\s*$", re.I)


#: a body of a body or organisation, named in the genitive: "Socialnämndens arbetsutskott", "Förbundets presidium",
#: "Regionförbundets styrelse"
OWNED_BODY = re.compile(r"\b((?:[A-ZÅÄÖ][a-zåäö]+-\s*(?:och|eller)\s+[a-zåäö]{3,}s|[A-ZÅÄÖ][a-zåäö]{3,}s)\s+(?:arbetsutskott|"
                        r"[a-zåäö]+utskott|presidium|beredning|styrelse|direktion))\b")


#: "Kommunens sociala beredning": a body owned by a named one, in two or three words
OWNERS_BODY = re.compile(r"\b([A-ZÅÄÖ][\wåäö]+s\s+(?:[a-zåäö]+\s+){1,2}(?:råd|rådet|nämnd|nämnden|beredning|beredningen|"
                         r"utskott|utskottet|styrelse|styrelsen))\b")
#: "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens sociala utskott": a board's committee
BOARD_COMMITTEE = re.compile(r"\b((?:Kommunstyrelsens|Regionstyrelsens|Förbundsstyrelsens)\s+(?:arbetsutskott|"
                             r"personalutskott|[\wåäö]+utskott|[a-zåäö]+(?:a|e)\s+utskott))\b", re.I)


def read_body(title_lines: list[Line]) -> str | None:
    """The group that meets, as a noun in definite form: "Kommundirektörsmöte" -> "Kommundirektörsgruppen"."""
    kind_first = sorted(title_lines, key=lambda ln: (is_breadcrumb(ln.text), read_kind([ln]) is None))  # a crumb last
    generic = None  #: "Rådet", "Styrelsen": only when no line names the body
    for ln in kind_first:
        if NOT_TITLE.match(ln.text) or not _may_name_body(ln.text) or term_heading(ln.text):
            continue  # each pattern below names a body's word; "Kyrkorådet 2022-2025" heads a roster
        m = OWNERS_BODY.search(ln.text)
        if m and not NOT_TITLE.match(ln.text) and not m.group(1).split()[1] in ("nästa", "senaste") \
                and not _in_prose(ln.text, m.start()) and not _not_who_meets(ln.text, m):
            return m.group(1)
        m = BOARD_COMMITTEE.search(ln.text)
        if m and not _in_prose(ln.text, m.start()) and not _not_who_meets(ln.text, m):
            return m.group(1)[0].upper() + m.group(1)[1:].lower()
        m = OWNED_BODY.search(ln.text)
        if m and not RECIPIENT.search(ln.text[:m.start()]) and not _in_prose(ln.text, m.start()) \
                and not _not_who_meets(ln.text, m):
            return m.group(1)
        for m in BODY_WORD.finditer(ln.text):
            if SEAT_IN.search(ln.text, 0, m.start(1)):  # "... valdes till ledamot i styrelsen": an election's sentence
                break
            if RECIPIENT.search(ln.text[:m.start()]) or _not_who_meets(ln.text, m):  # whom it goes to, a venue ...
                continue
            if _of_a_person(ln.text, m):  # "Anna Berg (S), kommunstyrelsens ordförande": where she holds a role
                continue
            if m.group(1).casefold() in ("fullmäktiges", "utskottets"):  # "Fullmäktiges dagordning": whose? (read on)
                continue
            if _in_prose(ln.text, m.start()):
                break
            body = _with_first_words(ln.text, m, _definite(unglued(m.group(1))))
            if body and body.casefold() in GENERIC_HEAD:  # "RÅD" of a page head: a name may follow
                if (named := purpose_name(body, ln.text, m.end())) is not None \
                        and not ORGANISATION_END.search(named or ""):
                    return named or None  # "Nämnden för teknik och service"; "" its name cut: none
                generic = generic or (None if SUBJECT.match(ln.text, m.start()) else body)  # "Nämnden anser"
                break
            if body:
                return _whole_name(ln.text, m, body)
    return generic


def _with_first_words(text: str, m: re.Match, body: str | None) -> str | None:
    """The body's name with the words written before its head noun: "Kultur- och fritidsnämnden" (also written
    "Kultur-och"), "Tekniska nämnden"."""
    pair = re.search(r"([A-ZÅÄÖa-zåäö][\wåäöÅÄÖ]+)-\s*(och|eller)\s+$", text[:m.start()], re.I)
    if body and pair:
        return f"{pair.group(1)[0].upper()}{pair.group(1)[1:].lower()}- {pair.group(2).lower()} {body.lower()}"
    if body and (adj := ADJECTIVE_BEFORE.search(text[:m.start()])):
        return adj.group(1).capitalize() + " " + body.lower()
    return body


def _not_who_meets(text: str, m: re.Match) -> bool:
    """The body word ``m`` finds is a venue or the tail of an organisation's name (:mod:`.bodybounds`)."""
    return at_venue(text, m.start(1), m.end(1)) or of_organisation_name(text, m.start(1)) \
        or sent_or_owned(text, m.start(1), m.end(1))


#: a role held in a body named in the genitive before it ("kommunstyrelsens ordförande")
ROLE_AFTER = re.compile(r"\s+(?:vice\s+)?(?:ordförande|sekreterare|ledamot|ledamöter|ersättare|presidium)\b", re.I)
#: a person's name or party code and a comma (perhaps a few lower-case words) before a body word: her description
OF_PERSON = re.compile(r"(?:\([A-ZÅÄÖa-zåäö]{1,4}\)|[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+)\s*,\s*(?:[a-zåäö]+\s+){0,3}$")


def _of_a_person(text: str, m: re.Match) -> bool:
    """The body word describes a person of a list (her role in another body), not the group that meets."""
    return (m.group(1).endswith("s") and ROLE_AFTER.match(text, m.end()) is not None) \
        or OF_PERSON.search(text, 0, m.start()) is not None


#: a body's name written with another before it ("Planeringsorganet/Styrgruppen") or a purpose after it in lower
#: case ("Styrgruppen för skolsamverkan", "för e-hälsa"); "för det nationella nätverket" or "för Norrdalsregionen"
SLASH_BEFORE = re.compile(r"([A-ZÅÄÖ][\wåäö]{3,})/$")  # name the organisation (``meta.OF_BODY``), not the body
PURPOSE_AFTER = re.compile(r"^\s+för\s+((?:[a-zåäö]{1,3}-)?[a-zåäö]{4,})\b(?!\s*[-/])")
ORGANISATION_END = re.compile(r"(?:nätverket|förbundet|regionen|partnerskapet|kommunen|länet)$")


def _whole_name(text: str, m: re.Match, body: str) -> str | None:
    """The body's whole name around a group word read as written (never around a made-up definite form)."""
    if body.casefold() != m.group(1).casefold():  # (none where a name follows: "Styrgrupp för LEADER-projekt X")
        return None if named_purpose(text, m.group(1), m.end()) else body
    if m.group(1).isupper() and CAPS_FOR.match(text[m.end():]):  # "GRUPPEN FÖR X"; "FÖR" cut by a column: none
        return capitals_purpose(body, text[m.end():])
    if (before := SLASH_BEFORE.search(text[:m.start()])):
        body = f"{before.group(1)}/{body}"
    after = PURPOSE_AFTER.match(text[m.end():])
    if after and not ORGANISATION_END.search(after.group(1)):
        body = f"{body} för {after.group(1)}"
    return body


#: a title names its body within its first words; a body named further into a line whose breaks were lost
#: is the text's ("protokollsanteckningar från kommunstyrelsens sammanträde den 12 mars"), another body's
TITLE_WORDS = 12


def _in_prose(text: str, pos: int) -> bool:
    """The body word at ``pos`` stands past a title's first words, after a sentence's lower-case words."""
    if BODY_LABEL.search(text[:pos]):  # "... genom anslag Organ och sammanträdesdatum Socialnämnden": a label's value
        return False
    if PREDICATE.search(text[:pos]):  # "Församlingens högsta beslutande organ är kyrkofullmäktige": a description
        return True
    if not _prose_words(text[:pos].split()):
        return False
    # after a sentence that ended (a web page's notice run on before the title), a title's own words count: a body's
    # name written as a title writes it (capitalised), unless a verb follows it ("Styrelsen beslutar ...")
    ends = list(SENTENCE_END.finditer(text, 0, pos))
    return not ends or not text[pos:pos + 1].isupper() or _prose_words(text[ends[-1].end():pos].split()) \
        or SUBJECT.match(text, pos) is not None


def _prose_words(before: list[str]) -> bool:
    return len(before) > TITLE_WORDS and sum(1 for w in before if w[:1].islower()) > TITLE_WORDS // 2


#: a body word as a sentence's predicate ("är" before it), or inside a that-clause of a sentence ("... påminner om att
#: reglementet beslutas i regionfullmäktige"): a title never writes either before the body it names
PREDICATE = re.compile(r"(?:^|\s)(?:är|var|blir|utgörs\s+av)\s+$|[a-zåäö]\s+att\s+(?:\S+\s+){0,8}$")
#: the end of a sentence: a full stop after a lower-case word, then a capital
SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3})[.!?]\s+(?=[A-ZÅÄÖ])")
#: the label a protocol's anslag writes the body after: "Organ", "Organ och sammanträdesdatum", "Instans"
BODY_LABEL = re.compile(r"\b(?:Organ|Instans)\b(?:\s+och\s+sammanträdesdatum)?\s*:?\s*"
                        r"(?:[A-ZÅÄÖ][\wåäö]*-\s*(?:och|eller)\s+)?$")


GENERIC_HEAD = {"styrelsen": "styrelsen", "rådet": "rådet", "nämnden": "nämnden", "utskottet": "utskottet"}


def specific_body(body: str | None, text: str) -> str | None:
    """A bare "Styrelsen" (or "Rådet", "Nämnden", "Utskottet") is how a text refers to its body once
    named: the compound of the same head written most often ("Förbundsstyrelsen", at least twice) is its name."""
    head = GENERIC_HEAD.get((body or "").casefold())
    if not head:
        return body
    counts: dict[str, int] = {}
    for m in re.finditer(rf"\b(?!{STATE_BOARD})[A-ZÅÄÖ][a-zåäö]+{head}\b", text):  # not an authority
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    if best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1]):
        return best[0][0]
    return body


def _definite(word: str) -> str | None:
    w = word.casefold()
    if w in {"möte", "mötet", "sammanträde", "nästa möte", "grupp"} or w.endswith(("området", "område", "samråd", "målgrupp")):
        return None  # "Sigfridsområdet" is a place, "samråd" a consultation, "Målgrupp" whom a programme is for
    w = re.sub(r"grupps?möte[t]?$", "gruppen", w)  # "arbetsgruppsmötet"; "gruppmötet": "Gruppen", no name
    if re.search(r"direktionsmöte[t]?$", w):  # "valdirektionsmöte": a meeting of the direktion
        return "Direktionen"
    w = re.sub(r"styrelse(?:möte|sammanträde)[t]?$", "styrelsen", w)  # "Förbundsstyrelsesammanträde"
    if w.endswith(("möte", "mötet")) and (held := _meeting_of(w)) is not False:
        return held
    for suffix, repl in (("smöte", "sgruppen"), ("smötet", "sgruppen"), ("möte", ""), ("mötet", ""), ("sammanträde", ""),
                         ("gruppens", "gruppen"), ("grupp", "gruppen"), ("styrelsens", "styrelsen"),
                         ("nämndens", "nämnden"), ("rådets", "rådet"), ("råd", "rådet"), ("direktionens", "direktionen"),
                         ("utskottets", "utskottet"), ("utskott", "utskottet"), ("fullmäktiges", "fullmäktige")):
        if w.endswith(suffix):
            if suffix in ("sammanträde", "möte", "mötet"):  # "bildandemötet", "sommarmötet": an occasion, no group
                return None
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("rådetet"):
        w = w[:-2]
    return w[:1].upper() + w[1:] if len(w) > 4 else None


#: what a meeting is called after when it is not the group that meets: its form or its occasion ("telefonmöte",
#: "årsmöte", "extramöte", "uppstartsmöte"); such a word names no group
MEETING_FORM = re.compile(r"(?:telefon|video|digital|distans|webb|skype|teams|zoom|fysisk|års|extra|höst|vår|förbunds|"
                          r"upp?starts?|start|avslutnings|heldags|halvdags|informations|dialog|avstämnings|"
                          r"introduktions|uppföljnings|medlems|allmän|öppet|öppen)s?$")
#: a body's own noun before "möte" ("regionrådsmöte", "nämndmöte"): the meeting is that body's
BODY_BEFORE = re.compile(r"(råd|nämnd|utskott|direktion|beredning|nätverk)s?$")
DEFINITE = {"råd": "rådet", "nämnd": "nämnden", "utskott": "utskottet", "direktion": "direktionen",
            "beredning": "beredningen", "nätverk": "nätverket"}


def _meeting_of(word: str) -> str | None | bool:
    """A compound "<X>möte" (folded) read for the group that meets: the body X names ("Regionrådsmöte" ->
    "Regionrådet"), None where X is the meeting's form or occasion ("telefonmöte", "årsmöte"), False where
    X is neither (a group named after its members: "kommundirektörsmöte", read as before)."""
    stem = word[:-5] if word.endswith("mötet") else word[:-4]
    if not stem or MEETING_FORM.search(stem):
        return None if stem else False
    m = BODY_BEFORE.search(stem)
    if not m:
        return False
    name = stem[:m.start()] + DEFINITE[m.group(1)]
    return name[:1].upper() + name[1:] if len(name) > 4 else None
