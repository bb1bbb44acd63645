"""Presenters named in a protocol's header with the paragraphs they presented (parse.headerpresenters): the
"Föredragande" label or the word after a name links it to items; paragraph numbers alone (attendance) do not.
All texts are invented."""

from __future__ import annotations

import hashlib

from protokoll.parse.headerpresenters import _numbers
from protokoll.pipeline import process

ITEMS = ("§ 12 Budgetuppföljning\nBeslut Godkänns.\n§ 13 Bygglov Ekby 1:2\nBeslut Bygglov beviljas.\n"
         "§ 14 Strandskydd\nBeslut Dispens ges.\n§ 15 Delegationsbeslut\nBeslut Noteras.\n")
HEAD = ("PROTOKOLL Miljö- och byggnämnden 2020-02-11\nPlats och tid Kommunhuset kl 13.00-15.00\n"
        "Beslutande Ola Berg (C) ordförande, Siv Ek (S)\n")


def _presenters(tmp_path, text: str) -> dict[str, list[str]]:
    data = text.encode("utf-8")
    path = tmp_path / "h.txt"
    path.write_bytes(data)
    items = process(path, data, hashlib.sha256(data).hexdigest()).record.to_dict()["items"]
    return {i["number"]: i["presenters"] for i in items}


def test_the_label_links_names_to_paragraphs(tmp_path):
    found = _presenters(tmp_path, HEAD + "Föredragande Anna Lund, ekonom § 12, Per Dal, bygglovschef §§ 13-14\n"
                        "Sekreterare Tea Holm\n" + ITEMS)
    assert found == {"12": ["Anna Lund"], "13": ["Per Dal"], "14": ["Per Dal"], "15": []}


def test_the_word_after_a_name_and_title_links_it(tmp_path):
    found = _presenters(tmp_path, HEAD + "Övriga deltagande Anna Lund, ekonom, föredragande § 12\n"
                        "Sekreterare Tea Holm\n" + ITEMS)
    assert found["12"] == ["Anna Lund"]
    assert found["13"] == []


def test_paragraphs_after_an_attending_official_present_nothing(tmp_path):
    found = _presenters(tmp_path, HEAD + "Övriga deltagande Anna Lund, ekonom § 12, Per Dal, bygglovschef § 13-14\n"
                        "Sekreterare Tea Holm § 12-15\n" + ITEMS)
    assert all(not names for names in found.values())


def test_the_items_own_presenter_is_kept(tmp_path):
    text = HEAD + "Föredragande Anna Lund § 12\n" + ITEMS.replace("§ 12 Budgetuppföljning\n",
                                                                   "§ 12 Budgetuppföljning\nPia Ek redovisar.\n")
    assert _presenters(tmp_path, text)["12"] == ["Pia Ek"]


def test_paragraph_numbers():
    assert _numbers("13-14") == ["13", "14"]
    assert _numbers("12, 14 och 16") == ["12", "14", "16"]
    assert _numbers("12-90") == []
