"""The upload page says ingest's English per-file reasons in Swedish; details stay as given."""

from __future__ import annotations

import pytest

from protokoll.web.reasons import not_a_meeting, swedish


@pytest.mark.parametrize(("english", "said"), [
    ("empty file", "tom fil"),
    ("damaged PDF file (no pages)", "skadad PDF-fil (inga sidor)"),
    ("damaged PDF file (page 3 cannot be loaded)", "skadad PDF-fil (sidan 3 kan inte läsas)"),
    ("damaged DOCX file (Bad CRC-32 for file 'word/document.xml')",
     "skadad DOCX-fil (Bad CRC-32 for file 'word/document.xml')"),
    ("not a readable image (binary content without its header)",
     "inte en läsbar bild (binärt innehåll utan formatets huvud)"),
    ("file is 12.5 MB, over the limit of 10 MB", "filen är 12.5 MB, över gränsen 10 MB"),
    ("not a regular file: a FIFO", "inte en vanlig fil: a FIFO"),
    ("something new (details)", "something new (details)"),
])
def test_reasons_are_said_in_swedish_with_their_details_kept(english, said):
    assert swedish(english) == said


def test_what_a_non_meeting_lacks_is_said_in_swedish():
    english = "no meeting date, items and no meeting words (protokoll, dagordning, möte ...) at the start"
    assert not_a_meeting(english) == "saknar mötesdatum, punkter och mötesord (protokoll, dagordning, möte ...) i början"
    assert not_a_meeting("a README file describes the folder") == "en README-fil beskriver mappen"
