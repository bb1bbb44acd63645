"""A weak header label written in capitals inside a title in capitals ("VAL AV NY ERSÄTTARE I NÄMNDEN") is the
title's word, not a label that breaks the flattened line; in capitals before a name it is still a label.

All documents here are invented for the tests.
"""

from protokoll.repair.layout import unflatten

LIST = ("1 2/ Stadsfullmäktige TID kl. 18:00-20:15 PLATS Rådhuset, Strandgatan 3 "
        "31 KONSTATERA SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 32 VAL AV PROTOKOLLJUSTERARE "
        "33 VAL AV NY PERSONLIG ERSÄTTARE FÖR OLOF STRAND I BYGGNADSNÄMNDEN "
        "34 VAL AV NY ERSÄTTARE I DIREKTIONEN FÖR VÄSTRA SAMKOMMUNEN I STÄLLET FÖR MAJA VIK SOM FLYTTAT "
        "35 DETALJPLAN FÖR KVARTER 4 I HAMNENS STADSDEL 36 BORGEN FÖR LÅN TILL BOSTADSBOLAGET")


def test_a_capitals_label_word_inside_a_capitals_title_does_not_break_the_line():
    out = unflatten(f"Transkript\n\n{LIST}\n\n2 Ordförande Anna Holm")
    assert "\nERSÄTTARE" not in out
    assert "PERSONLIG ERSÄTTARE FÖR OLOF STRAND" in out


def test_a_capitals_label_before_a_name_still_breaks_the_line():
    text = ("Kommunstyrelsen Tid kl. 18:00 Plats Kommunhuset BESLUTANDE Anna Holm ordförande Olof Strand Maja Vik "
            "Per Ek Lars Sund Eva Berg Nils Ahl Stina Ek ERSÄTTARE Karin Dahl Sune Holm Övriga närvarande "
            "Greta Lind kommundirektör Paragrafer 1-9 Underskrifter Anna Holm ordförande Greta Lind sekreterare")
    assert "\nERSÄTTARE Karin Dahl" in unflatten(f"Transkript\n\n{text * 2}")
