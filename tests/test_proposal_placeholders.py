"""Proposals in agendas: a proposal announced for the meeting is null; a joined body name asks for a proposal.

The documents are written for these tests (a kallelse of a made-up nämnd), in the forms Swedish agendas use.
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.laterproposal import announced_later
from protokoll.parse.notedproposal import noted_proposal

AGENDA = """KALLELSE
Kultur- och fritidsnämnden
Tid: tisdagen den 3 oktober 2023 kl. 17.30
Plats: Biblioteket, kommunhuset

Föredragningslista

1. Val av justerare
Förslag till beslut
Nämnden utser Olle Strand att justera protokollet.

2. Riktlinjer för lokalbokning
Förslag till beslut
Förslag till beslut lämnas vid sammanträdet.

3. Ekonomisk rapport september
Förslag till beslut kommer att delas ut på mötet.

4. Val av ombud till stämman
Ordförandens förslag presenteras på sammanträdet.

5. Kulturpris 2023
Kultur- och fritidsnämnden föreslås besluta att tilldela kulturpriset enligt juryns förslag.

6. Bidrag till studieförbund
Förslag till beslut
Nämnden beslutar att bidragen redovisas på sammanträdet i november.
"""


def _proposals(text: str) -> dict[str, str | None]:
    rec = parse_text(text, "kallelse.txt")
    assert rec.kind == "agenda"
    return {item.number: item.proposed_decision for item in rec.items}


def test_a_proposal_announced_for_the_meeting_is_null_and_the_others_are_kept():
    got = _proposals(AGENDA)
    assert got == {
        "1": "Nämnden utser Olle Strand att justera protokollet.",
        "2": None,
        "3": None,
        "4": None,
        "5": "Kultur- och fritidsnämnden föreslås besluta att tilldela kulturpriset enligt juryns förslag.",
        "6": "Nämnden beslutar att bidragen redovisas på sammanträdet i november.",
    }


@pytest.mark.parametrize("text", [
    "lämnas vid sammanträdet.", "Förslag till beslut lämnas på sammanträdet", "kommer att delas ut på mötet.",
    "presenteras på sammanträdet.", "Beslutsförslag lämnas senare.", "lämnas muntligt på sammanträdet",
    "Förslag till beslut skickas ut separat.", "Se bilaga 2.", "Enligt tjänsteskrivelsen", "Bifogas separat.",
])
def test_announced_later(text):
    assert announced_later(text)


@pytest.mark.parametrize("text", [
    "Nämnden beslutar att bidragen redovisas på sammanträdet i november.", "Informationen noteras.",
    "Redovisningen läggs till handlingarna.", "lämnas", "Nämnden antar riktlinjerna enligt bilaga 2.",
])
def test_not_announced_later(text):
    assert not announced_later(text)


NOTED = """Kallelse till sammanträde med fritidsnämnden
Datum: 2023-10-03, kl. 17.30
Plats: Simhallens konferensrum

Föredragningslista

1. Information från förvaltningschefen
Informationen noteras.

2. Månadsrapport september
Rapporten läggs till handlingarna.

3. Anmälan av delegationsbeslut
En förteckning över delegationsbesluten bifogas kallelsen.
"""


def test_an_information_note_in_an_agenda_is_its_proposal_not_a_decision():
    rec = parse_text(NOTED, "kallelse.txt")
    assert rec.kind == "agenda"
    got = {item.number: (item.proposed_decision, item.decisions) for item in rec.items}
    assert got["1"] == ("Informationen noteras.", [])
    assert got["2"] == ("Rapporten läggs till handlingarna.", [])
    assert got["3"] == (None, [])


def test_a_note_in_a_document_still_settled_as_an_agenda_stays_its_proposal():
    """Another item that records a decision ("... läggs till handlingarna" of a listed case) reads every item's
    proposal back as a decision (a record misread as an agenda); the kind is still settled as an agenda (its
    "Kallelse" title), and an agenda decides nothing: the texts are the items' proposals (parse.kindkeep)."""
    text = NOTED.replace("En förteckning över delegationsbesluten bifogas kallelsen.",
                         "Dnr FN 2023/40 Förvaltningschefens beslut om lokalhyra läggs till handlingarna.")
    rec = parse_text(text, "kallelse.txt")
    assert rec.kind == "agenda"
    assert [(item.proposed_decision, item.decisions[:1]) for item in rec.items][:2] == [
        ("Informationen noteras.", []), ("Rapporten läggs till handlingarna.", [])]


@pytest.mark.parametrize("text, expected", [
    (["Informationen noteras."], "Informationen noteras."),
    (["Redovisningen antecknas till protokollet."], "Redovisningen antecknas till protokollet."),
    (["Informationen noteras.", "Förvaltningen får i uppdrag att återkomma."], None),
    (["Nämnden beslutar att informationen noteras."], None),
    (["Dnr 2023/12 Skrivelsen från länsstyrelsen läggs till handlingarna."], None),
])
def test_noted_proposal(text, expected):
    assert noted_proposal(text) == expected


LISTS = """KALLELSE
Barn- och utbildningsnämnden
Tid: onsdagen den 8 november 2023 kl. 18.00
Plats: Nämndsalen

Ärendelista

1. Skolskjutsregler
Förslag till beslut

Barn- och utbildningsnämnden föreslår kommunfullmäktige besluta

att anta reglerna för skolskjuts,

att reglerna gäller från den 1 januari 2024.

Sammanfattning av ärendet
Reglerna har setts över.

2. Läsårstider
Förslag till beslut
1. Nämnden fastställer läsårstiderna för 2024/2025.
2. Förvaltningen får i uppdrag att informera vårdnadshavarna.

3. Internkontroll
Förvaltningens förslag till beslut
Att godkänna uppföljningen av internkontrollplanen.

4. Motion om skolgårdar
Förslag till beslut
Motionen anses besvarad. Ärendet Motionären föreslår att skolgårdarna rustas upp.
"""


def test_clauses_after_their_introduction_a_numbered_proposal_and_the_next_item_numbered_on():
    rec = parse_text(LISTS, "kallelse.txt")
    assert [(item.number, item.title, item.proposed_decision) for item in rec.items] == [
        ("1", "Skolskjutsregler", "Barn- och utbildningsnämnden föreslår kommunfullmäktige besluta att anta reglerna "
                                  "för skolskjuts, att reglerna gäller från den 1 januari 2024."),
        ("2", "Läsårstider", "1. Nämnden fastställer läsårstiderna för 2024/2025. 2. Förvaltningen får i uppdrag att "
                             "informera vårdnadshavarna."),
        ("3", "Internkontroll", "Att godkänna uppföljningen av internkontrollplanen."),
        ("4", "Motion om skolgårdar", "Motionen anses besvarad."),
    ]


def test_a_numbered_list_of_short_points_still_continues_after_a_blank_line():
    """Entries that are not sentences ("1. Budget" / "2. Taxor") give no sign that "3. Avgifter" after a blank
    line is a new item: it stays the list's third point."""
    text = LISTS.replace("1. Nämnden fastställer läsårstiderna för 2024/2025.\n2. Förvaltningen får i uppdrag att "
                         "informera vårdnadshavarna.\n", "1. Budget\n2. Taxor\n")
    titles = [item.title for item in parse_text(text, "kallelse.txt").items]
    assert "Budget" not in titles and "Taxor" not in titles


FLAT = ("Föredragningslista Socialnämnden Sammanträde 2023-05-10 kl. 13:00, Nämndrummet "
        "1 Information om verksamheten Diarienummer 2023/SN 0101 Socialnämndens förslag till beslut - Informationen "
        "noteras. 2 Återrapport av uppdrag om hemtjänst Diarienummer 2023/SN 0102 Socialnämndens arbetsutskotts "
        "förslag till socialnämnden - Återrapporteringen noteras. Beskrivning av ärendet Förvaltningen har följt upp "
        "uppdraget. 3 Internkontrollplan Förslag till miljö- och byggnadsnämndens beslut Nämnden fastställer "
        "internkontrollplanen för 2023. 4 Lokalbokning Förvaltningens förslag till beslut Att godkänna reglerna för "
        "lokalbokning.")


def test_owned_proposal_labels_in_a_page_that_lost_its_line_breaks():
    rec = parse_text(FLAT, "sida.txt")
    assert rec.kind == "agenda"
    assert [(item.title, item.proposed_decision) for item in rec.items] == [
        ("Information om verksamheten", "Informationen noteras."),
        ("Återrapport av uppdrag om hemtjänst", "Återrapporteringen noteras."),
        ("Internkontrollplan", "Nämnden fastställer internkontrollplanen för 2023."),
        ("Lokalbokning", "Att godkänna reglerna för lokalbokning."),
    ]


POINTS = """Ärenden till kommunfullmäktige

1. Årsredovisning 2022

Förslag till beslut:

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande:

 1. Kommunfullmäktige godkänner årsredovisningen för 2022.
 2. Kommunfullmäktige beviljar nämnderna ansvarsfrihet.

2. Taxa för hemtjänst

Förslag till beslut:

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande:
"""


def test_a_numbered_list_after_its_introduction_joins_the_proposal_and_a_lost_list_leaves_none():
    rec = parse_text(POINTS, "arenden.txt")
    assert [(item.title, item.proposed_decision) for item in rec.items] == [
        ("Årsredovisning 2022", "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande: 1. Kommunfullmäktige "
                                "godkänner årsredovisningen för 2022. 2. Kommunfullmäktige beviljar nämnderna "
                                "ansvarsfrihet."),
        ("Taxa för hemtjänst", None),
    ]


PROTOCOL = """PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2023-04-11
Plats och tid: Rådhuset kl. 18.00-19.30
Beslutande: Anna Ek (S), ordförande, Bo Lund (M)
Sekreterare: Cecilia Berg

§ 21 Årsredovisning 2022
Förslag till beslut
Kommunstyrelsen godkänner årsredovisningen.
Beslut
Kommunstyrelsen beslutar följande:

1. Årsredovisningen godkänns.
2. Överskottet förs till resultatutjämningsreserven.

§ 22 Taxor
Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta

att anta taxorna,

att taxorna gäller från den 1 juli.
"""


def test_in_a_protocol_the_decision_keeps_its_list_and_clauses_and_no_proposal_is_held():
    rec = parse_text(PROTOCOL, "protokoll.txt")
    assert rec.kind == "protocol"
    assert [(item.proposed_decision, item.decisions) for item in rec.items] == [
        (None, ["Kommunstyrelsen beslutar följande: 1. Årsredovisningen godkänns. 2. Överskottet förs till "
                "resultatutjämningsreserven."]),
        (None, ["Kommunstyrelsen föreslår kommunfullmäktige besluta", "att anta taxorna,",
                "att taxorna gäller från den 1 juli."]),
    ]


def test_a_word_that_only_begins_like_a_proposal_label_is_none():
    """"Xs förslag" is a label only as a whole word: "Loppis förslagsvis i augusti" (a flea market, tentatively in
    August) is a sentence, not "Loppi's proposal: svis i augusti"."""
    from protokoll.parse import parse_text

    rec = parse_text("Dagordning styrelsemöte\n\n1. Mötet öppnas\n\n2. Aktiviteter\nLoppis förslagsvis i augusti.\n\n"
                     "3. Kommunens förslag: att anta planen.\n", "x.txt")
    assert rec.kind == "agenda"
    assert rec.items[1].proposed_decision is None
