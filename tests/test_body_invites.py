"""The group that invites to a public meeting is not the body that met (parse/bodyinvites.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _body(text: str) -> str | None:
    return parse_text(text, source="t.txt").to_dict()["body"]


def test_the_inviting_group_is_left_out():
    text = ("EKBY KOMMUN\nStormöte om skolskjutsar\nMinnesanteckningar\nEkby kommuns Landsbygdsgrupp, i samarbete med "
            "Trafiknämnden, bjöd in till ett möte om skolskjutsarna den 4 mars. Inbjudna var byalagen.\n"
            "1. Information\nTrafikchefen informerade.\n")
    assert _body(text) is None


def test_a_group_that_met_keeps_its_name():
    text = ("EKBY KOMMUN\nLandsbygdsgruppen\nMinnesanteckningar\nDatum: 4 mars 2021\n"
            "Närvarande: Tove Ring, Göran Falk\n"
            "1. Information\nGruppen bjöd in till ett möte i maj med byalagen.\n")
    assert _body(text) == "Landsbygdsgruppen"
