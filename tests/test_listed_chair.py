"""A flattened signature block that gives the secretary's name to the chair's label too ("Sekreterare Ordförande
Anna Berg Per Holm ..."): the attendance list's one chair is the chair, else null (issue 10)."""

from protokoll.parse import plausible
from protokoll.parse.assemble import parse_text
from protokoll.record import Attendee, MeetingRecord

HEADER = ("1 Protokoll Plats och tid Älvrummet, Stadshuset, tisdagen den 4 mars 2025, kl. 09:00 11:30 "
          "Beslutande Per-Olof Holm (S), ordf. Eva Lind (C) Olof Ek (M) Stina Berg (KD), ers. O. Ek Jan Åberg (S) "
          "Övriga deltagare Utses att justera Justeringens plats och tid Anna Lisa Ström, kommunsekreterare "
          "Karl Dahl, kommunchef Eva Lind Kommunkontoret, Stadshuset , kl Paragrafer Offentliga , Ej offentliga "
          "Sekreterare Ordförande Anna Lisa Ström Per-Olof Holm Eva Lind\n\n"
          "2 Protokoll ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ "
          "Sammanträdesdatum Förvaringsplats för protokollet Kommunkontoret Underskrift\n")


def test_stacked_signature_labels_take_the_listed_chair():
    rec = parse_text(HEADER, "t")
    assert rec.secretary == "Anna Lisa Ström"
    assert rec.chair == "Per-Olof Holm"  # written "(S), ordf." in the list of those deciding


def test_no_listed_chair_leaves_the_conflict_null():
    rec = MeetingRecord(source="t", chair="Anna Ström", secretary="Anna Ström",
                        attendees=[Attendee("Eva Lind", group="present"), Attendee("Anna Ström", group="other")])
    plausible.check(rec)
    assert rec.chair is None
    assert any(e.path == "chair" and e.rule.startswith("uncertain") for e in rec.evidence)


def test_two_listed_chairs_leave_it_null():
    rec = MeetingRecord(source="t", chair="Anna Ström", secretary="Anna Ström",
                        attendees=[Attendee("Per Holm", group="present", role="ordförande"),
                                   Attendee("Eva Lind", group="present", role="ordförande")])
    plausible.check(rec)
    assert rec.chair is None


def test_the_secretary_made_ordforande_by_the_wrong_reading_is_not_counted():
    rec = MeetingRecord(source="t", chair="Anna Ström", secretary="Anna Ström",
                        attendees=[Attendee("Per Holm", group="present", role="ordförande"),
                                   Attendee("Anna Ström", group="present", role="ordförande")])
    plausible.check(rec)
    assert rec.chair == "Per Holm"
    assert any(e.path == "chair" and e.rule.startswith("plausible.listed_chair") for e in rec.evidence)
