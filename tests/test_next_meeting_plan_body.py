"""A plan of coming meetings whose lines name the body itself before the date ("Styrelsen 10 juni"): the body's
own line gives the next meeting, another meeting's line ("Årsmöte 15 juni") does not (parse.meetingplan). The
texts are written here."""

from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.parse.meetingplan import list_line
from protokoll.pipeline import process

PROTOCOL = """Protokoll fört vid styrelsemöte i Föreningen Ekbacken
Datum: 2019-05-06

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Ekonomi
Kassören redovisade det ekonomiska läget.

§ 3 Kommande sammanträden
Årsmöte 15 juni
Styrelsen 10 juni
"""


def test_the_body_before_a_date_is_a_plan_line_of_its_own_kind():
    assert list_line("Styrelsen 10 juni", {"styrelse"})
    assert list_line("Nämnden den 3 maj", {"nämnd"})
    assert not list_line("Styrelsen 10 juni", {"nämnd"})
    assert not list_line("Stadshuset 10 juni", {"styrelse"})


def test_next_meeting_from_the_bodys_own_line():
    data = PROTOCOL.encode("utf-8")
    record = process(Path("protokoll.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    assert record["next_meeting"]["date"] == "2019-06-10"
