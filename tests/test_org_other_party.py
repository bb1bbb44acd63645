"""A municipality a text names once as the other party of a matter is that party in its other mentions too, not
the meeting body's own municipality (issue 10: a wrong organisation is worse than none). Invented documents."""

from organisation_reading import organisation_and_rule as _org


def test_a_counterpart_acting_in_an_item_is_not_the_bodys_municipality():
    org, rule = _org("Protokoll\nKommunstyrelsens arbetsutskott\n2021-03-04\nNärvarande: Lisa Holm, Per Ek\n"
                     "§ 1 Samverkan med Kinda kommun\nKinda kommun föreslår samverkan. Kinda kommun har beslutat "
                     "att delta.\n§ 2 Information\nNoteras.\n")
    assert org is None and rule.startswith("uncertain:")


def test_a_building_after_till_is_no_counterpart():
    org, _ = _org("Kallelse\nBarn- och utbildningsnämnden\nDatum: 2021-03-04, kl 14.00 i Salen, Ydre kommunhus.\n"
                  "Vid besök till Ydre kommunhus anmäl er i receptionen.\n1. Val av justerare\n2. Information\n")
    assert org == "Ydre kommun"


def test_own_municipality_named_beside_another_party():
    org, _ = _org("PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum: 2024-03-12\nBeslutande: Anna Berg (S); Per Holm (M)\n"
                  "§ 1 Budget\nBudget för Habo kommun 2025 fastställs. Habo kommun ska redovisa utfallet.\n"
                  "§ 2 Info\nNoteras.\n")
    assert org == "Habo kommun"
