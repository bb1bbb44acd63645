"""A nämnd's page of the papers for a coming meeting is an agenda (parse/body.py's kind words).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _kind(text: str) -> str | None:
    return parse_text(text, source="t.txt").to_dict()["kind"]


def test_the_papers_to_a_coming_meeting_are_an_agenda():
    assert _kind("Fritidsnämnden\nHandlingar till sammanträdet den 12 maj 2021\n1. Budget 2022\n2. Taxor 2022\n"
                 "3. Delegationsbeslut\n") == "agenda"
    assert _kind("Handlingar inför fritidsnämndens sammanträde 2021-05-12\nÄrende 1 Budget 2022\nÄrende 2 Taxor\n") \
        == "agenda"


def test_papers_named_inside_an_item_make_no_agenda():
    text = ("Protokoll\nFritidsnämnden\nDatum: 12 maj 2021\n§ 1 Val av justerare\nTove Ring valdes.\n"
            "§ 2 Budget\nHandlingar till sammanträdet den 12 maj 2021 delades ut.\nNämnden beslutade att godkänna.\n")
    assert _kind(text) == "protocol"


def test_a_page_of_papers_for_a_named_bodys_meeting():
    text = ("2021-05-12\nHär finns handlingar till kultur- och fritidsnämndens sammanträde den 12 maj 2021\n"
            "1. Tjänstgörande ledamöter\n2. Protokollets justering\n3. Budget 2022\n")
    assert _kind(text) == "agenda"
