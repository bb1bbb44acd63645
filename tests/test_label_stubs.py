"""A first-page "Beslutande" label of which only "ande" survived ("kl 13.00 ande Anna Berg (S), ordförande")."""

import hashlib

from protokoll.pipeline import process
from protokoll.repair import repair_text
from protokoll.repair.labelstubs import restore_label_stubs

ITEMS = ("\n§ 1 Val av justerare\nJonas Wiklund utses att justera protokollet.\n"
         "§ 2 Taxa för lokaler\nNämnden beslutar att anta taxan.\n")
HEAD = "SAMMANTRÄDESPROTOKOLL Fritidsnämnden 2024-02-06 Plats och tid Stadshuset, kl 13.00-15.00 "
ROSTER = ("Sofia Lindqvist (S), ordförande Mikael Sandberg (M) Jonas Wiklund (C) Ersättare Lars Öberg (V) "
          "Övriga deltagande Helena Borg, sekreterare Utses att justera Jonas Wiklund")


def _record(tmp_path, text):
    path = tmp_path / "stub.txt"
    data = text.encode()
    path.write_bytes(data)
    return process(path, data, hashlib.sha256(data).hexdigest()).record


def test_stub_after_the_time_is_the_deciding_members_label(tmp_path):
    rec = _record(tmp_path, HEAD + "ande " + ROSTER + ITEMS)
    people = [(a.name, a.affiliation, a.role, a.group) for a in rec.attendees]
    assert ("Sofia Lindqvist", "S", "ordförande", "present") in people
    assert ("Mikael Sandberg", "M", None, "present") in people
    assert rec.place == "Stadshuset"  # the stub no longer ends the place


def test_the_stub_is_restored_as_a_change_of_the_repair_stage():
    text, changes = repair_text("Plats och tid Rådhuset kl ande Ledamöter Sofia Lindqvist (S)\n")
    assert "kl Beslutande Ledamöter" in text
    assert any(c.before == "ande" and c.after == "Beslutande" for c in changes)


def test_stub_after_a_label_in_a_row_or_in_running_text_is_left():
    for text in ("Dag Tid Plats ande Stadshuset, rum 4 Sofia Lindqvist, Norrby kommun",  # labels in a row
                 "Mötet präglades av en god ande och alla var nöjda.",
                 "kl 13.00 ande mötet"):  # no name or list label after it
        assert restore_label_stubs(text) == (text, [])


def test_stub_after_place_and_time_label_before_a_list_label_is_the_next_label_of_the_row():
    text, _ = restore_label_stubs("Plats och tid ande Ledamöter Rådhuset, kl 13.00 Sofia Lindqvist (S), ordförande")
    assert text.startswith("Plats och tid Beslutande Ledamöter Rådhuset")
    # with the place right after it, the row's values follow and the stub is left alone
    text = "Plats och tid ande Rådhuset Norrby, kl 13.00 Sofia Lindqvist (S), ordförande"
    assert restore_label_stubs(text) == (text, [])
