"""A flattened page's paragraph label left alone on its line by the repair ("Kfn 4"), the case number and the title
on the next ("Dnr 2021-17 Title Sentence ..."): the label numbers the item, the title is read after the case number
(headingrules.LONE_LABEL, itemreader)."""

import hashlib
from pathlib import Path

from protokoll.parse import parse_text
from protokoll.pipeline import process

PAGE = ("SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden 2021-03-02\n\n"
        "Plats och tid Kulturhuset kl 18.00-20.00\n\n"
        "Kfn 4\n"
        "Dnr 2021-17 Bidrag till studieförbunden 2021 Förvaltningen har tagit fram ett förslag till fördelning "
        "av bidraget.\n\n"
        "Nämnden beslutar att fördela bidraget enligt förvaltningens förslag.\n")


def test_a_lone_label_and_a_case_number_line_give_the_item():
    items = parse_text(PAGE, "t.txt").items
    assert [(i.number, i.title) for i in items] == [("4", "Bidrag till studieförbunden 2021")]
    assert items[0].text.startswith("Förvaltningen har tagit fram")


def test_the_flattened_page_through_the_pipeline(tmp_path: Path):
    flat = ("1 Plats och tid Kulturhuset kl 18.00-20.00 Beslutande Eva Ek, ordförande Per Lind Utses att justera "
            "Per Lind Underskrifter Sekreterare Ordförande Justerande Anna Berg Eva Ek Per Lind ANSLAG/BEVIS "
            "Protokollet är justerat.\n\n2 Kfn 4 Dnr 2021-17 Bidrag till studieförbunden 2021 Förvaltningen har "
            "tagit fram ett förslag till fördelning av bidraget. Nämnden beslutar att fördela bidraget enligt "
            "förvaltningens förslag.\n")
    path = tmp_path / "kfn.txt"
    path.write_text(flat, encoding="utf-8")
    data = path.read_bytes()
    items = process(path, data, hashlib.sha256(data).hexdigest()).record.items
    assert [(i.number, i.title) for i in items] == [("4", "Bidrag till studieförbunden 2021")]


def test_a_lone_page_word_and_number_is_no_heading():
    text = "PROTOKOLL Nämnden 2021-03-02\n\nSida 4\nDnr 2021-17 Bidrag till studieförbunden\n"
    assert parse_text(text, "t.txt").items == []


def test_the_case_number_may_carry_the_registrys_code():
    text = PAGE.replace("Dnr 2021-17", "Dnr KFN 2021/0017")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [("4", "Bidrag till studieförbunden 2021")]
