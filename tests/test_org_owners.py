"""A federation's body and a municipal body whose title lines name no organisation: the federation its text
introduces as its own, the municipality its meeting building names (issue 10). Documents written for these tests."""

from organisation_reading import ITEMS, organisation_and_rule as _org


def _direktion(item_text: str) -> str:
    return ("Direktionens protokoll 3 mars 2024\nNärvarande\nDirektionens ledamöter\nAnna Berg (S), ordförande\n"
            "Per Holm (M)\nTjänstepersoner\nEva Lind, förbundschef\n"
            "1 § Sammanträdets öppnande\nOrdföranden öppnade mötet.\n2 § Beslut om årsredovisning\n"
            f"Direktionen beslutar\natt godkänna årsredovisningen.\nBakgrund\n{item_text}\n")


def test_a_direktion_belongs_to_the_federation_its_text_introduces():
    org, rule = _org(_direktion("Norrdals räddningstjänstförbund (NRF) ska varje år lämna en årsredovisning."))
    assert (org, rule) == ("Norrdals räddningstjänstförbund (NRF)", "meta.organization.federation_named")


def test_a_federation_named_once_without_its_initialism_is_not_enough():
    org, _ = _org(_direktion("Årsredovisningen har granskats av Norrdals räddningstjänstförbund."))
    assert org is None


def test_two_federations_named_leave_it_open():
    org, _ = _org(_direktion("Norrdals räddningstjänstförbund (NRF) och Samordningsförbundet Östra Norrdal (SÖN) "
                             "har ett gemensamt avtal."))
    assert org is None


def test_a_trade_unions_riksforbund_is_no_kommunalforbund():
    org, _ = _org(_direktion("Synpunkter har lämnats av Brandmännens Riksförbund (BRF)."))
    assert org is None


def test_a_counterpart_federation_is_not_the_owner():
    org, _ = _org(_direktion("Avtalet med Norrdals räddningstjänstförbund (NRF) förlängs."))
    assert org is None


def test_a_municipal_body_keeps_its_minutes_in_its_municipalitys_office():
    org, rule = _org("PROTOKOLL\nKommunstyrelsen\nPlats och tid Kommunkontoret i Habo, kl 13.00-15.00\n"
                     "Beslutande Anna Berg (S), ordförande\nFörvaringsplats för protokollet Kommunkansliet, Habo\n"
                     + ITEMS)
    assert (org, rule) == ("Habo kommun", "meta.organization.municipal_building")


def test_a_building_named_only_as_venues_names_no_owner():
    """Where the meeting and its justering were held says nothing of whose meeting it was."""
    org, _ = _org("PROTOKOLL\nKommunstyrelsen\nPlats och tid Kommunhuset, Habo 2024-03-05, kl. 13.00-15.00\n"
                  "Beslutande Anna Berg (S), ordförande\nJusteringens plats och tid Kommunhuset, Habo 2024-03-08\n"
                  + ITEMS)
    assert org is None


def test_a_building_named_once_may_be_a_visits_venue():
    org, _ = _org("PROTOKOLL\nKommunstyrelsen\nPlats och tid Kommunkontoret i Habo, kl 13.00-15.00\n"
                  "Beslutande Anna Berg (S), ordförande\n" + ITEMS)
    assert org is None


def test_offices_in_two_municipalities_name_none():
    org, _ = _org("PROTOKOLL\nKommunstyrelsen\nPlats och tid Kommunkontoret i Habo, kl 13.00-15.00\n"
                  "Beslutande Anna Berg (S), ordförande\nJusteringens plats Stadshuset, Ydre\n" + ITEMS)
    assert org is None


def test_a_federations_body_in_a_municipal_office_is_not_the_municipalitys():
    org, _ = _org("PROTOKOLL\nFörbundsstyrelsen\nPlats och tid Kommunhuset i Habo, kl 13.00-15.00\n"
                  "Beslutande Anna Berg (S), ordförande\n" + ITEMS)
    assert org is None
