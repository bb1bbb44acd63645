"""repair.layout: line breaks restored in flattened pages, other text left alone.

All documents here are invented for the tests.
"""


from protokoll.repair import repair_text
from protokoll.repair.layout import unflatten

TRANSCRIPT = (
    "Sammanträdesprotokoll för Tekniska nämnden\n\nTranskript\n\n"
    "1 STORBY KOMMUN PROTOKOLL 1 (3) Tekniska nämnden Plats och tid Rådhuset, Storby kl 13.00-15.30 "
    "Beslutande Karin Lund (S), ordförande Per Holm (M) Lisa Ek (C) "
    "Övriga deltagare Jonas Ahl, nämndsekreterare "
    "Utses att justera Per Holm Justeringens plats och tid Rådhuset 2021-03-12 Sekreterare: Jonas Ahl "
    "Ordförande: Karin Lund Justerande: Per Holm Paragrafer: 12-13\n\n"
    "2 STORBY KOMMUN PROTOKOLL 2 (3) TN § 12 Dnr TN 2021/44 Val av justerare Nämnden utser Per Holm att "
    "justera dagens protokoll. Beslut: Per Holm utses att justera protokollet. TN § 13 Dnr TN 2021/51 "
    "Ny gatubelysning i centrum Förvaltningen har tagit fram ett förslag enligt KS § 187, 2020-11-02, om nya "
    "armaturer. Ordförande förklarade att frågan är utredd. Yrkanden Lisa Ek (C) yrkar bifall till förslaget. "
    "Beslut Nämnden godkänner förslaget. Reservation Per Holm (M) reserverar sig mot beslutet.\n\n"
    "3 STORBY KOMMUN PROTOKOLL 3 (3) Expedieras Kommunstyrelsen Karin Lund Ordförande Jonas Ahl Sekreterare"
)

TRANSCRIPT_LINES = """Sammanträdesprotokoll för Tekniska nämnden

Transkript

STORBY KOMMUN PROTOKOLL 1 (3)
Tekniska nämnden
Plats och tid Rådhuset, Storby kl 13.00-15.30
Beslutande Karin Lund (S), ordförande Per Holm (M) Lisa Ek (C)
Övriga deltagare Jonas Ahl, nämndsekreterare
Utses att justera Per Holm
Justeringens plats och tid Rådhuset 2021-03-12
Sekreterare: Jonas Ahl
Ordförande: Karin Lund
Justerande: Per Holm
Paragrafer: 12-13

TN § 12
Dnr TN 2021/44
Val av justerare
Nämnden utser Per Holm att justera dagens protokoll.

Beslut: Per Holm utses att justera protokollet.

TN § 13
Dnr TN 2021/51
Ny gatubelysning i centrum
Förvaltningen har tagit fram ett förslag enligt KS § 187, 2020-11-02, om nya armaturer. \
Ordförande förklarade att frågan är utredd.

Yrkanden
Lisa Ek (C) yrkar bifall till förslaget.

Beslut
Nämnden godkänner förslaget.

Reservation
Per Holm (M) reserverar sig mot beslutet.

Expedieras
Kommunstyrelsen
Karin Lund
Ordförande
Jonas Ahl
Sekreterare"""


def test_transcript_pages_get_labels_items_and_signatures_on_their_own_lines():
    # page counters dropped, the running head kept once, a "KS § 187," citation left in its sentence
    assert unflatten(TRANSCRIPT) == TRANSCRIPT_LINES


MINUTES = (
    "Minnesanteckningar från nätverket för skolfrågor 4 maj 2022 Närvarande: Eva Sjö, Ödby kommun, ordförande "
    "Ali Berg, Västby kommun Maja Lind, Östby kommun Frånvarande: Olof Nyman, Norrby kommun "
    "1. Mötets öppnande Ordföranden hälsade alla välkomna och öppnade mötet. 2. Föregående mötes "
    "anteckningar Anteckningarna lades till handlingarna. Punkt 3. Enligt planen ska alla kommuner svara. "
    "3. Skolskjutsar i regionen Maja Lind informerade om läget. Gruppen lyfte tre frågor: 1. Kostnader "
    "2. Avtal 4. Övriga frågor Inga övriga frågor togs upp."
)


def test_numbered_items_follow_the_running_sequence_not_references_or_nested_lists():
    assert unflatten(MINUTES) == """Minnesanteckningar från nätverket för skolfrågor 4 maj 2022
Närvarande: Eva Sjö, Ödby kommun, ordförande Ali Berg, Västby kommun Maja Lind, Östby kommun
Frånvarande: Olof Nyman, Norrby kommun

1. Mötets öppnande
Ordföranden hälsade alla välkomna och öppnade mötet.

2. Föregående mötes anteckningar
Anteckningarna lades till handlingarna. Punkt 3. Enligt planen ska alla kommuner svara.

3. Skolskjutsar i regionen
Maja Lind informerade om läget. Gruppen lyfte tre frågor: 1. Kostnader 2. Avtal

4. Övriga frågor
Inga övriga frågor togs upp."""


AGENDA = (
    "KALLELSE Byggnadsnämnden kallas till sammanträde Tid Tisdagen den 8 juni 2021 kl 09.00 Plats Sessionssalen, "
    "Kommunhuset Ärenden 1 Val av justerare 2 Godkännande av dagordning 3 Delårsrapport för nämnden "
    "Sara Holm, controller 4 Detaljplan för kvarteret Eken Förslag till beslut: Nämnden antar detaljplanen. "
    "5 Information från förvaltningen Nils Ström Ordförande Anna Dahl Sekreterare"
)


def test_agenda_rows_presenters_and_name_over_role_signatures():
    assert unflatten(AGENDA) == """KALLELSE Byggnadsnämnden kallas till sammanträde
Tid Tisdagen den 8 juni 2021 kl 09.00
Plats Sessionssalen, Kommunhuset Ärenden

1 Val av justerare

2 Godkännande av dagordning

3 Delårsrapport för nämnden
Sara Holm, controller

4 Detaljplan för kvarteret Eken

Förslag till beslut: Nämnden antar detaljplanen.

5 Information från förvaltningen
Nils Ström
Ordförande
Anna Dahl
Sekreterare"""


def test_a_stray_number_and_sentence_words_do_not_split():
    text = (
        "Anteckningar från arbetsgruppen för fritidsfrågor Datum: 2023-02-01 Närvarande: Sofia Ek, Linn Borg, "
        "Hassan Ali Gruppen gick igenom de tre förslagen från förvaltningen och fastnade för alternativ 3. "
        "Därefter diskuterades tidplanen, som enligt avsnitt 2. Genomförande i utredningen sträcker sig "
        "över två år. "
        "Ordförande tackade för ett gott samarbete och avslutade mötet. Nästa möte hålls den 5 april."
    )
    assert unflatten(text) == (
        "Anteckningar från arbetsgruppen för fritidsfrågor\n"
        "Datum: 2023-02-01\n"
        "Närvarande: Sofia Ek, Linn Borg, Hassan Ali Gruppen gick igenom de tre förslagen från förvaltningen och "
        "fastnade för alternativ 3. Därefter diskuterades tidplanen, som enligt avsnitt 2. Genomförande i "
        "utredningen sträcker sig över två år. Ordförande tackade för ett gott samarbete och avslutade mötet. "
        "Nästa möte hålls den 5 april."
    )


NORMAL = (
    "Minnesanteckningar\n"
    "Närvarande: Sofia Ek, Linn Borg\n"
    "\n"
    "1. Budget\n"
    "Gruppen diskuterade budgeten för nästa år och konstaterade att kostnaderna har ökat kraftigt sedan "
    "förra året. Beslut om ramarna fattas i december. Enligt § 6 i avtalet ska parterna samråda. Följande "
    "frågor lyftes: 1. Lokalhyror 2. Personal 3. Resor. Närvarande tjänstepersoner redogjorde för läget och "
    "Ordförande förklarade att frågan tas upp igen i höst när underlaget är klart.\n"
    "Beslut: Gruppen noterar informationen.\n"
)


def test_a_normally_broken_document_with_a_long_paragraph_is_byte_identical():
    assert len(NORMAL.split("\n")[4]) > 250
    assert unflatten(NORMAL) == NORMAL


def test_a_label_inside_a_long_prose_line_alone_is_no_reason_to_split():
    prose = ("Under mötet redogjorde förvaltningen för arbetet med den nya översiktsplanen. " * 3
             + "Närvarande var även två representanter från grannkommunerna. Ordförande tackade alla.")
    text = f"Anteckningar\n\n{prose}\n\nNästa möte: 3 maj\n"
    assert unflatten(text) == text


def test_repair_text_records_the_restored_line_breaks():
    text, changes = repair_text(TRANSCRIPT)
    assert text == TRANSCRIPT_LINES
    assert [c.reason for c in changes] == ["restored line breaks of flattened pages"]
    assert repair_text(NORMAL) == (NORMAL, [])


def test_a_hundred_flattened_pages_are_each_restored():
    """(Its speed is measured by bench/repair.py and bench/parse_speed.py, not asserted here.)"""
    page = ("STORBY KOMMUN PROTOKOLL {n} (100) § {n} Ärende nummer {n} Nämnden har fått i uppdrag att se över "
            "frågan. Beslut: Nämnden godkänner förslaget. "
            + "Förvaltningen redogjorde för bakgrunden i detalj. " * 40)
    text = "\n\n".join(f"{n} " + page.format(n=n) for n in range(1, 101))
    out = unflatten(text)
    assert out.count("\n\nBeslut: Nämnden godkänner förslaget.") == 100
    assert out.startswith("STORBY KOMMUN PROTOKOLL 1 (100)\n\n§ 1 Ärende nummer 1\nNämnden har fått")
    assert out.count("STORBY KOMMUN PROTOKOLL") == 1


def test_agenda_table_with_a_letter_column_is_split_into_items():
    flat = ("Kultur- och fritidsnämnden KALLELSE Datum 2024-02-07 Plats Biblioteket, Sala Nr Ärende Föredragande "
            "1 Val av justerare 2 Delegationsbeslut Sara Holm 3 A Delårsrapport för kulturskolan Per Åberg "
            "4 B Taxor för badhuset 2025 Sara Holm 5 Meddelanden 6 C Övriga frågor och information från "
            "förvaltningen inför våren")
    assert unflatten(flat) == (
        "Kultur- och fritidsnämnden KALLELSE\nDatum 2024-02-07\nPlats Biblioteket, Sala Nr Ärende Föredragande\n\n"
        "1 Val av justerare\n\n2 Delegationsbeslut Sara Holm\n\n3 A Delårsrapport för kulturskolan Per Åberg\n\n"
        "4 B Taxor för badhuset 2025 Sara Holm\n\n5 Meddelanden\n\n"
        "6 C Övriga frågor och information från förvaltningen inför våren")
