"""A kallelse's letter date ("Umeå 2023-09-04") is when it was sent; its summons sentence dates the meeting (issue 10)."""

from __future__ import annotations

from pathlib import Path

from conftest import record_of


def _record(tmp_path: Path, text: str):
    return record_of(tmp_path, "kallelse.txt", text)


def test_the_summons_date_wins_over_the_letters_date(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Kallelse\nUmeå 2023-09-04\n\nTill ledamöterna i Fritidsnämnden\n\n"
                            "Fritidsnämnden kallas till sammanträde onsdagen den 20 september 2023 kl 13.00.\n\n"
                            "Föredragningslista\n1. Val av justerare\n2. Anläggningsbidrag\n3. Badhuset\n")
    assert rec.date == "2023-09-20"


def test_a_summons_to_a_stamma_dates_it(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Kallelse till årsstämma\nVästerås 2024-03-01\n\n"
                            "Medlemmarna kallas härmed till ordinarie föreningsstämma torsdagen den 21 mars 2024 "
                            "kl 19.00.\n\nDagordning\n1. Stämmans öppnande\n2. Val av ordförande\n3. Årsredovisning\n")
    assert rec.date == "2024-03-21"


def test_a_summons_far_after_the_first_date_leaves_it(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Kallelse\nDatum: 2023-01-10\n\nStyrelsen kallas till sammanträde den 20 september 2023 "
                            "kl 13.00.\n\nDagordning\n1. Öppnande\n2. Val av justerare\n3. Ekonomi\n")
    assert rec.date == "2023-01-10"


def test_a_sending_date_above_the_title_is_not_the_meetings(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Dagordning\nUtskick: 2025-02-03\nStyrelsemöte torsdagen den 13 februari 2025 kl 18.00\n\n"
                            "1. Öppnande\n2. Val av justerare\n3. Medlemsavgift\n")
    assert rec.date == "2025-02-13"


def test_a_revision_date_above_the_title_is_not_the_meetings(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Minnesanteckningar\nReviderad 2024-11-20\n\nMöte med arbetsgruppen för kollektivtrafik "
                            "2024-11-12\n\nNärvarande: Lena Ås, Karl Vik\n\n1. Inledning\nLena hälsade välkommen.\n"
                            "2. Linjenätet\nKarl redogjorde för remissen.\n")
    assert rec.date == "2024-11-12"


def test_a_revision_noted_in_the_title_is_not_the_meetings_date(tmp_path: Path) -> None:
    rec = _record(tmp_path, "Minnesanteckningar (rev. 2024-06-18)\nMöte med referensgruppen för äldreomsorg 2024-06-11\n\n"
                            "Närvarande: Lena Ås, Karl Vik\n\n1. Inledning\nLena hälsade välkommen.\n")
    assert rec.date == "2024-06-11"
