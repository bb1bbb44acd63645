"""Presenters of an item (föredragande): a "Föredragande:" line, a name after the title
("Budget (Anna Berg)", "Budget - Anna Berg, ekonom", a flattened table's "Budget Anna Berg") or
"Föredragande Anna Berg" inside a flattened line."""

from __future__ import annotations

import re

from .features import cut_start, has_any, keyword_fold
from .headings import ELECTED_VERB, PRESENTING_VERBS, TITLE_GLUE
from .lines import Line
from .givenopen import opens_name
from .names import find_people, is_org, is_person
from .pairednames import NOT_GIVEN
from .persons import LOWER, TITLE_WORDS, UPPER
from .presenterrun import title_alone

PRESENTER = re.compile(r"^(?:(?:Föredragande|Föredragare|Föredr\.?(?=\s*:)|Föredras av|Presentatör|Dragande|Inledare|Presenteras av|"
                       r"Rapportör|Föreläsare|Informatör)\s*:?|"
                       # who is invited for the item, with a colon: "Inbjudna under punkten: Anna Berg, ekonom"
                       r"(?:Inbjuden|Inbjudna|Närvarande|Medverkande|Deltar|Deltog|Närvarar|Närvarade)\s+(?:under|vid|för)\s+"
                       r"(?:punkten|ärendet|paragrafen)\s*:|"
                       r"(?:Inbjuden|Inbjudna|Inbjuden gäst|Inbjudna gäster|Gäst|Gäster)\s*:)\s*(.*)$", re.I)
#: what completes the label before its value: "Föredragande för punkten var Anna Berg", "Föredragande i ärendet är
#: Anna Berg", "Föredragande tjänsteman: Anna Berg"
LABEL_REST = re.compile(r"^(?:(?:för|i|under|vid)\s+(?:punkten|ärendet|detta ärende|denna punkt)\s*(?:var|är|blir)?|"
                        r"(?:tjänsteman|tjänstemän|tjänsteperson|tjänstepersoner|politiker)\b)\s*:?\s*", re.I)
#: the letters ``PRESENTER``'s labels start with, either case (to a case-insensitive pattern "İ" and "ı" are an "i")
PRESENTER_FIRST = frozenset("fpdirnmgFPDIRNMG\u0130\u0131")
NAME_START = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+")


def presenter_text(body: list[Line]) -> tuple[str, list[Line]]:
    """The "Föredragande" value (with continuation lines; a job title alone, to its name's line) and the lines it used."""
    for k, ln in enumerate(body):
        m = PRESENTER.match(ln.text) if ln.text[:1] in PRESENTER_FIRST else None
        if not m:
            continue
        used, value = [ln], cut_start(LABEL_REST, m.group(1))
        for nxt in body[k + 1:]:
            if nxt.blank and title_alone(value):  # "Föredragande: ekonomichef" / (blank) / "Anna Berg"
                continue
            goes_on = value.rstrip().endswith((",", "och")) or title_alone(value) and NAME_START.match(nxt.text)
            if nxt.blank or not (nxt.text[:1].islower() or NAME_START.match(nxt.text) or goes_on) \
                    or re.match(r"^(Bilaga|Beslut|Förslag)", nxt.text, re.I):
                break
            used.append(nxt)
            value = f"{value} {nxt.text}" if goes_on or nxt.text[:1].islower() else f"{value}; {nxt.text}"
        return value, used
    return "", []


INLINE_PRESENTER = re.compile(rf"\b(?:Föredragande|Föredras av|Föredragare)\s*:?\s+((?:[{UPPER}][\wåäöé\-]+\s+){{1,3}}"
                              rf"[{UPPER}][\wåäöé\-]+)")


def cut_sentence_after_name(value: str) -> str:
    """A presenter value that runs on into the next sentence ("Anna Berg Förvaltningen redovisar ...", "Anna Berg och
    Per Ek Frågan diskuterades"): cut before a capitalised definite noun that follows a full name (the first, or one
    after "och" or a comma) and is followed by a lower-case word."""
    m = RUN_ON_NOUN.search(value)
    return value[:m.start(2)].rstrip() if m and is_person(m.group(1).strip()) else value


#: a full name, then a capitalised definite noun ("Förvaltningen", "Frågan", "Ärendet") and a lower-case word
RUN_ON_NOUN = re.compile(rf"(?:^|,\s*|\s+och\s+)((?:[{UPPER}][\wåäöé\-]+\s+){{1,3}}?)"
                         rf"([A-ZÅÄÖ][a-zåäö]+(?:en|et|na|an|erna|arna|orna))\s+[a-zåäö]")


def inline_presenters(text: str) -> list[str]:
    """ "Föredragande: Anna Berg" inside a line (a flattened page): the presenter, when a person."""
    m = INLINE_PRESENTER.search(text)
    return find_people(m.group(1))[:1] if m else []


#: the presenting verbs of a sentence whose subject is the presenter (the one list of them, kept in headings so
#: that its title cut can use it too: presenterforms, itemreader and presenterclean take theirs from here)
VERBS = PRESENTING_VERBS
#: ``VERBS`` with introducing and going through: "Anna Berg inleder", "Per Ek gick igenom"
SUBJECT_VERBS = (rf"{VERBS}|inleder|inledde|går igenom|gick igenom|"
                 r"sammanfattar|sammanfattade")
OPENING_PRESENTER = re.compile(rf"((?:[{UPPER}][\wåäöé\-]+\s+){{1,3}}[{UPPER}][\wåäöé\-]+)"
                               rf"(?:,\s+[a-zåäö][^,]{{2,50}},)?\s+(?:{SUBJECT_VERBS}|talar om|föreläser)\b")
MARKED_PRESENTER = re.compile(rf"(?:\s+[-–]\s+|\s*\()((?:[{UPPER}][\wåäöé\-]+\s+){{1,3}}[{UPPER}][\wåäöé\-]+)"
                              r"(?:,\s*[a-zåäö][\wåäö\- ]{2,40})?\)?$")
#: an information item labelled with who gives it: "Informationspunkt: Anna Berg, vd Norrbyhem AB",
#: "Information: Anna Berg" (the whole rest a person's name, or the name then a comma and the title)
LABELLED_INFORMATION = re.compile(r"^(?:Information|Informationspunkt|Dragning|Föredragning)\s*:\s*"
                                  rf"((?:[{UPPER}][\wåäöé\-]+\s+){{1,2}}[{UPPER}][\wåäöé\-]+)\s*(?:,|$)")
TRAILING_TITLE = re.compile(r",\s*[a-zåäö][\wåäö\- ]{2,30}$")
#: a job title, then the person's name, after the heading's comma: ", ekonomichef Anna Berg" (the name is the presenter)
TITLED_NAME_END = re.compile(rf"^,\s*(?:(?:t\.?f\.?|bitr\.?)\s+)?[a-zåäö]*{TITLE_WORDS.pattern}\s+[{UPPER}][{LOWER}]+"
                             rf"(?:-[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,2}}$")


def in_name_list(words: list[str]) -> bool:
    """Words ending in a name and a comma ("Per Ek, Eva Lind"; a place, "Norra Strand,", is none): an enumeration."""
    if not words or not words[-1].endswith(","):
        return False
    return any(is_person(" ".join(words[-n:]).rstrip(",")) and words[-n] not in NOT_GIVEN for n in (2, 3)[:len(words) - 1])


#: what a flattened agenda table's next column holds after the presenter's name: the kind of item
#: ("Budget Anna Berg Beslut"); never the last word of a name
COLUMN_WORDS = frozenset("Beslut Beslutsärende Information Informationsärende Diskussion Diskussionsärende Dialog "
                         "Samråd Yttrande Återrapport Avstämning Lägesrapport Rapport Förslag Bilaga Bilagor "
                         "Handlingar Anmälan".split())


#: headings whose names are the item's subject, not its presenter: a motion's or question's author, who resigns,
#: is released from an office, who is elected or replaced; the licensee named after a licence item's title ("Motion om skolmat Anna Berg", "Avsägelse Anna Berg", "Val av ersättare efter Anna Berg")
SUBJECT_HEADING = re.compile(r"^(?:Motion|Motioner|Medborgarförslag|Interpellation|Interpellationer|Fråga|Frågor|"
                             r"Enkel fråga|Avsägelse|Avsägelser|Entledigande|Val|Fyllnadsval|Ersättarval|Nyval|"
                             r"Begäran|Ansökan|Överklagande|Uppsägning|Avgång|Utseende|Utnämning|Förordnande|"
                             r"Laglighetsprövning|Befrielse|Utträde|Efterträdare|Avsked|Avskedande|Avtackning|Avtackningar|"
                             r"Uppvaktning|Uppvaktningar|Minnesord|Anställning|Tillsättning|Rekrytering|"
                             r"(?:Stadigvarande\s+|Tillfälligt\s+|Utökat\s+)?(?:serveringstillstånd|alkoholtillstånd)|"
                             r"Tillstånd\s+(?:för|till)\s+servering|Tobakstillstånd|Försäljningstillstånd)\b", re.I)


#: a verb whose object or subject is the person chosen, thanked or let go: "Till sekreterare valdes Anna Berg", "Som
#: ersättare utsågs Anna Berg", "Avgående ledamot avtackades Anna Berg" (elections, not a presenter column)
CHOSEN = re.compile(r"\b(?:om)?(?:valdes|väljs|valde|utsågs|utses|utsåg|förordnades|förordnas|entledigades|"
                    r"entledigas|nominerades|nomineras|tillsattes|tillsätts|anställdes|anställs|avtackades|avtackas|"
                    r"befriades|befrias|ersätts|ersattes|"
                    r"öppnades|öppnas|avslutades|avslutas|leddes|leds)\b", re.I)  # who opens or chairs the meeting


def may_choose(text: str) -> bool:
    """The cheap test before ``CHOSEN`` (a search from every position): a stem of each of its verbs."""
    low = keyword_fold(text)
    return "val" in low or "välj" in low or "uts" in low or "förordna" in low or "entlediga" in low \
        or "nomine" in low or "tills" in low or "anställ" in low or "avtacka" in low or "befria" in low \
        or "ersätt" in low or "ersatt" in low or "öppna" in low or "avsluta" in low or "led" in low


def title_presenters(title: str) -> tuple[str, list[str]]:
    """Names set after an agenda item's title: "Internkontroll (Anna Berg)", "Internkontroll - Anna Berg,
    ekonom" or, in a flattened table, "Internkontroll Anna Berg". None after a heading about people
    (``SUBJECT_HEADING``)."""
    if SUBJECT_HEADING.match(title) or may_choose(title) and CHOSEN.search(title):  # "Till kassör valdes: Anna Berg"
        return title, []
    opening = OPENING_PRESENTER.match(title)
    if opening and is_person(opening.group(1)):  # "Anna Berg informerar om budgeten"
        return title, [opening.group(1)]
    labelled = LABELLED_INFORMATION.match(title) if ":" in title else None
    if labelled and is_person(labelled.group(1)):  # "Informationspunkt: Anna Berg, vd"
        return title, [labelled.group(1)]
    marked = MARKED_PRESENTER.search(title) if "-" in title or "–" in title or "(" in title else None
    if marked and is_person(marked.group(1)) and marked.start() > 0:
        return title[:marked.start()].strip(), [marked.group(1)]
    trail = TRAILING_TITLE.search(title)  # "... Anna Berg, utredare", not "Budget, ekonomichef Anna Berg"
    core = title[:trail.start()] if trail and not TITLED_NAME_END.match(trail.group()) else title
    words = core.split()
    found: list[str] = []
    while len(words) >= 3:
        for size in (3, 2):
            cand = words[-size:]
            if len(words) - size < 1 or not opens_name(cand[0]) or cand[-1] in COLUMN_WORDS \
                    or cand[-1].endswith(".") or not is_person(" ".join(cand)):  # "... av Per Ek.": a sentence's
                continue
            if words[-size - 1].casefold() in TITLE_GLUE:  # "... döpa en gata efter Anna Berg": the title's own name
                continue
            if ELECTED_VERB.fullmatch(words[-size - 1]):
                return title, []  # "Till sekreterare valdes Anna Berg": the one elected, no presenter
            if in_name_list(words[:-size]):
                return title, []  # "Närvaro: Anna Berg, Per Ek, Eva Lind": a list of names, no presenter column
            if " ".join(cand) not in found:  # a flattened table's name twice in a row: one presenter
                found.insert(0, " ".join(cand))
            words = words[:-size]
            break
        else:
            break
    return (" ".join(words).rstrip(" ,;:-–|/"), found) if found else (title, [])


#: what a presenter does in minutes: "informerar om", "redogjorde för", "lämnade information", "höll en dragning",
#: "har informerat om" (the perfect, as a protocol written after the meeting may put it)
PRESENTS = (rf"{SUBJECT_VERBS}|drar|drog|visar|visade|beskriver|beskrev|"
            r"(?:håller|höll)\s+i\s+(?:punkten|ärendet|dragningen|presentationen|informationen)|"
            r"(?:lämnar|lämnade|ger|gav)\s+(?:en\s+)?(?:(?:kort|kortfattad|översiktlig|muntlig|utförlig|aktuell|allmän)\s+)?"
            r"(?:information|lägesrapport|rapport|redovisning|presentation|dragning|återrapport|beskrivning|"
            r"redogörelse|översikt|lägesbild|bakgrund|genomgång|sammanfattande bild)|"
            r"(?:håller|höll|gör|gjorde)\s+(?:en\s+)?(?:kort\s+)?(?:dragning|presentation|"
            r"genomgång|föredragning|redovisning)|har\s+(?:informerat|redogjort|föredragit|redovisat|presenterat|rapporterat|"
            r"berättat|orienterat|gått\s+igenom)")
SUBJECT_VERB = re.compile(rf"^(.{{3,400}}?)\s+(?:{PRESENTS})\b")
#: a subject longer than this is read only as a list of titled people, each part a person's name ("Justitieminister
#: Anna Berg, departementsråden Per Ek och Eva Lind samt ... informerade"): a long sentence is otherwise no subject
SHORT_SUBJECT = 120
#: "Information lämnades av Anna Berg", "Dragning av Anna Berg": the passive, the presenter after "av"
BY = re.compile(r"^(?:Information|Informationen|Dragning|Dragningen|Redovisning|Redovisningen|Presentation|"
                r"Presentationen|Föredragning|Föredragningen|Genomgång|Rapport)\s+(?:\w+\s+){0,2}?"
                r"(?:lämnas|lämnades|ges|gavs|hålls|hölls|görs|gjordes)?\s*av\s+(.{3,120}?)(?:[.,;:]|\s+(?:om|kring|"
                r"angående|gällande|rörande)\b|$)")
#: the verb first, as Swedish puts it after an adverbial: "Därefter informerade Anna Berg om ...",
#: "Under punkten redogör ekonomichefen Anna Berg och Per Ek för ..."
INVERTED = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3})\s+(?:"
                      rf"{VERBS})\s+(.{{3,100}}?)\s+(?:om|för|kring|kort|från|"
                      r"angående|gällande|rörande)\b")
#: the verb first with its object straight after the presenter's name: "Därefter redovisade Anna Berg det ekonomiska
#: läget", "Sedan visade ekonomichef Anna Berg statistik" (a title word, then a name's capitalised words)
INVERTED_OBJECT = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3})\s+(?:"
                             rf"{VERBS}|visade|visar|gick igenom|går igenom)\s+"
                             rf"((?:[a-zåäö\-]+\s+)?[{UPPER}][\wåäöé\-]+(?:\s+[{UPPER}][\wåäöé\-]+){{1,2}})\s+[a-zåäö]")
#: the older protocol style that opens the sentence with the verb: "Informerade Anna Berg om ...", "Redogjorde
#: ekonomichef Per Ek för ..." (the subject straight after it; a past-tense verb, as such minutes are written)
VERB_FIRST = re.compile(r"^(?:Informerade|Redogjorde|Föredrog|Redovisade|Rapporterade|Orienterade|Berättade)\s+"
                        r"(.{3,100}?)\s+(?:om|för|kring|kort|angående|gällande|rörande|att)\b")
#: what opens a sentence before its verb when the subject follows the verb
ADVERBIAL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3}")
ROLE_WORD = re.compile(r"^(?:[A-ZÅÄÖ]?[a-zåäö\-]+|[A-ZÅÄÖ]{2,5}(?:-[a-zåäö\-]+)?)$")  #: a title before a name: "ekonomichef", "VD"
SUBJECT_JOIN = re.compile(r"\s*,\s*(?:och|samt)\s+|\s*,\s*|\s+och\s+|\s+samt\s+")  #: between the people of a subject
#: an employer after a name ("Anna Berg från Region Norr"), or who came with the person ("Anna Berg med medarbetare")
EMPLOYER = re.compile(r"\s+(?:från|på|vid|hos|inom|i|med)\s+")


def subject_parts(subject: str, title_word: re.Pattern[str] = ROLE_WORD,
                  employer: re.Pattern[str] = EMPLOYER) -> list[list[str]]:
    """The parts of a sentence's subject ("Ekonomichef Anna Berg och Per Ek från Region Norr"), each as its words,
    the employer after a preposition and the title words before a person's name left out."""
    out = []
    for part in SUBJECT_JOIN.split(subject):
        words = employer.split(part)[0].strip().split()
        while len(words) > 2 and not is_person(" ".join(words)) and title_word.match(words[0]):
            words = words[1:]
        out.append(words)
    return out


#: the subject's last part after a comma: "Anna Berg och Per Ek, Riksrevisionen"
LAST_APPOSITION = re.compile(r",\s*(?P<tail>[A-ZÅÄÖ][^,]*?)\s*,?\s*$")


def without_employer(subject: str) -> str:
    """The subject without the organisation written after its people between commas ("Anna Berg och Per Ek,
    Riksrevisionen, informerade"): a last part that opens with no given name and joins nobody with "och"."""
    tail = LAST_APPOSITION.search(subject)
    if tail and " och " not in tail.group("tail") and not opens_name(tail.group("tail").split()[0]):
        return subject[:tail.start()]
    return subject


#: a part of each wording of ``PRESENTS``, ``BY``, ``INVERTED`` and ``VERB_FIRST`` (without its first letter, which
#: may be a capital): a sentence with none of them names no presenter by these patterns (issue 12)
PRESENTING_PARTS = ("nform", "erätta", "resent", "edog", "edovis", "öredr", "nled", "apport", "rientera", "igenom",
                    "drar", "drog", "visa", "ragning", "enomgång", "eskriv", "eskrev", "åller", "öll", "versikt",
                    "gesbild", "akgrund", "ammanfatta")
may_present = has_any(PRESENTING_PARTS)


def presenters_in(sentence: str) -> list[str]:
    """The people a sentence says presented: its subject before a presenting verb ("Ekonomichef Anna Berg och
    Per Ek informerade om ..."; a title before a name, an employer after "från" or a comma, those who came "med"
    the person are left out) or the agent of a passive ("Information lämnades av Anna Berg"). Empty when the
    subject or agent is no person; a subject longer than ``SHORT_SUBJECT`` counts only as a list of people."""
    if not may_present(sentence):
        return []
    sentence = cut_start(LIST_MARK, sentence)  # "b) Anna Berg redogör för ...": a point of the item's list
    m = SUBJECT_VERB.match(sentence) or BY.match(sentence)
    if m and ADVERBIAL.fullmatch(m.group(1)) or not m:  # "Därefter informerade Anna Berg om ...": verb second
        m = INVERTED.match(sentence) or VERB_FIRST.match(sentence) or INVERTED_OBJECT.match(sentence)
    if not m:
        return []
    found: list[str] = []
    who = OPENING_PREDICATE.sub("", m.group(1))  # "Anna Berg hälsade välkommen och berättade om ..."
    long_list = len(who) > SHORT_SUBJECT
    subject = without_employer(who)
    after_person = False  # the part before was a person's name: an organisation may stand after it, between commas
    for words, raw in zip(subject_parts(subject), SUBJECT_JOIN.split(subject)):
        name = " ".join(words)
        if is_person(name) and (not long_list or found or any(opens_name(w) for w in words[:2])
                                ) and not _clause(raw, words):
            found.append(name)
            after_person = True
        elif after_person and name and (is_org(name) or len(words) == 1 and name[:1].isupper()):
            after_person = False  # "Jan Ek, SJ AB, samt Per Al, Utredningen, informerar": each one's employer
        elif name and (name[:1].isupper() and len(words) > 1 or long_list and not name.endswith("-")) \
                or _clause(raw, words):
            return []  # a subject that is no person's name (a body, an organisation, a clause): not presenters
    return found


#: the mark of a point of a list opening a sentence: "a)", "b)", "2.", "2)", "-", "•"
LIST_MARK = re.compile(r"^\s*(?:[a-h]\)|\d{1,2}[.)]|[-–•])\s+(?=[A-ZÅÄÖ])")
#: what the presenter did first, joined by "och" to the presenting verb: "Anna Berg hälsade välkommen och berättade
#: om ...", "Per Ek öppnade mötet och informerade om ..." (lower-case words only: no other subject is cut away)
OPENING_PREDICATE = re.compile(r"\s+(?:hälsar|hälsade|öppnar|öppnade|tackar|tackade)(?:\s+[a-zåäö]+){1,4}\s+och$")


def _clause(raw: str, words: list[str]) -> bool:
    """Whether a part of a subject is a clause of its own, not a person with a title before the name: the words
    taken off before the name hold more than one lower-case word and one of ``CLAUSE_WORDS`` ("Anna Berg kommer
    att berätta om turism, och Per Ek presenterar": "kommer att berätta om turism" is no title)."""
    before = EMPLOYER.split(raw)[0].split()
    dropped = before[:max(0, len(before) - len(words))]
    return len([w for w in dropped if w[:1].islower()]) > 1 and any(w in CLAUSE_WORDS for w in dropped)

#: words that make a stretch of a sentence a clause, not a title before a name (infinitive mark, auxiliaries, ...)
CLAUSE_WORDS = frozenset("att kommer ska skall har hade är var om för till på som och men eller när då".split())
