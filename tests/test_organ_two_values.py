"""The posting box's organ holding both values, "body, organisation" or "organisation, body" (issue 10): the body
alone is the body, the other part the organisation. Written for these tests."""

from protokoll.parse import orgplaces, parse_text


def test_body_then_organisation():
    assert orgplaces.body_of_organisation("Direktionen, Kommunalförbundet Norrdals Avfall") == \
        ("Direktionen", "Kommunalförbundet Norrdals Avfall")


def test_organisation_then_body_in_lower_case():
    assert orgplaces.body_of_organisation("Habo kommun, miljö- och byggnadsnämnden") == \
        ("Miljö- och byggnadsnämnden", "Habo kommun")


def test_a_place_after_a_body_is_no_organisation():
    assert orgplaces.body_of_organisation("Kommunstyrelsen, Habo") is None
    assert orgplaces.body_of_organisation("Anna Berg, ordförande") is None


def test_a_protocol_whose_organ_names_both():
    text = ("SAMMANTRÄDESPROTOKOLL 1(6)\nPlats och tid Storstugan, kl 13.00-15.00\n"
            "Beslutande Anna Berg (S), ordförande\nPer Holm (M)\nUtses att justera Per Holm\n"
            "Anslag / Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag\n"
            "Organ Habo kommun, omsorgsnämnden\nSammanträdesdag 2024-03-12\n"
            "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n")
    rec = parse_text(text, source="x.txt")
    assert (rec.organization, rec.body) == ("Habo kommun", "Omsorgsnämnden")
