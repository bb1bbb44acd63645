"""Tests for the gazetteer of Swedish municipalities and regions."""

from __future__ import annotations


import pytest

from protokoll.swedish import gazetteer as g


# --- data -------------------------------------------------------------------


def test_there_are_290_municipalities_with_unique_codes_and_names() -> None:
    rows = g.all_municipalities()
    assert len(rows) == 290
    assert len({m.code for m in rows}) == 290
    assert len({m.name for m in rows}) == 290
    assert len({m.official_name for m in rows}) == 290
    assert all(len(m.code) == 4 and m.code.isdigit() for m in rows)


def test_there_are_21_regions_matching_the_county_codes() -> None:
    regions = g.all_regions()
    assert len(regions) == 21
    assert len({r.official_name for r in regions}) == 21
    assert {r.code for r in regions} == {m.code[:2] for m in g.all_municipalities()}
    assert len({m.county for m in g.all_municipalities()}) == 21


@pytest.mark.parametrize(
    ("name", "code", "official", "county"),
    [
        ("Malmö", "1280", "Malmö stad", "Skåne län"),
        ("Lund", "1281", "Lunds kommun", "Skåne län"),
        ("Stockholm", "0180", "Stockholms stad", "Stockholms län"),
        ("Göteborg", "1480", "Göteborgs Stad", "Västra Götalands län"),
        ("Gotland", "0980", "Region Gotland", "Gotlands län"),
        ("Upplands Väsby", "0114", "Upplands Väsby kommun", "Stockholms län"),
        ("Falun", "2080", "Falu kommun", "Dalarnas län"),
        ("Borås", "1490", "Borås Stad", "Västra Götalands län"),
        ("Vännäs", "2460", "Vännäs kommun", "Västerbottens län"),
        ("Mönsterås", "0861", "Mönsterås kommun", "Kalmar län"),
        ("Hofors", "2104", "Hofors kommun", "Gävleborgs län"),
        ("Sundbyberg", "0183", "Sundbybergs stad", "Stockholms län"),
        ("Dals-Ed", "1438", "Dals-Eds kommun", "Västra Götalands län"),
        ("Malung-Sälen", "2023", "Malung-Sälens kommun", "Dalarnas län"),
        ("Habo", "0643", "Habo kommun", "Jönköpings län"),
    ],
)
def test_known_rows(name: str, code: str, official: str, county: str) -> None:
    row = next(m for m in g.all_municipalities() if m.name == name)
    assert (row.code, row.official_name, row.county) == (code, official, county)


def test_official_names_end_in_kommun_or_stad_except_gotland() -> None:
    odd = [m.name for m in g.all_municipalities() if not m.official_name.lower().endswith((" kommun", " stad"))]
    assert odd == ["Gotland"]


def test_municipality_counts_per_county() -> None:
    counts: dict[str, int] = {}
    for m in g.all_municipalities():
        counts[m.county] = counts.get(m.county, 0) + 1
    assert counts["Skåne län"] == 33
    assert counts["Västra Götalands län"] == 49
    assert counts["Stockholms län"] == 26
    assert counts["Gotlands län"] == 1


# --- municipality() ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lund", "Lund"),
        ("Lunds kommun", "Lund"),
        ("Lunds kommuns", "Lund"),
        ("  Lunds   kommun ", "Lund"),
        ("Lunds Kommun", "Lund"),
        ("LUNDS KOMMUN", "Lund"),
        ("Malmö stad", "Malmö"),
        ("Malmö Stad", "Malmö"),
        ("Malmö kommun", "Malmö"),
        ("Malmö stads", "Malmö"),
        ("Helsingborgs stad", "Helsingborg"),
        ("Göteborgs Stad", "Göteborg"),
        ("Borås Stad", "Borås"),
        ("Falu kommun", "Falun"),
        ("Faluns kommun", "Falun"),
        ("Falun", "Falun"),
        ("Region Gotland", "Gotland"),
        ("Gotlands kommun", "Gotland"),
        ("Upplands Väsby kommun", "Upplands Väsby"),
        ("Upplands-Väsby", "Upplands Väsby"),
        ("Upplands Bro", "Upplands-Bro"),
        ("Dals Ed", "Dals-Ed"),
        ("Mark", "Mark"),
        ("Marks kommun", "Mark"),
        ("Vännäs kommun", "Vännäs"),
    ],
)
def test_municipality_resolves_mentions(text: str, expected: str) -> None:
    assert g.municipality(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Region Skåne", "IUC Syd", "Kommunen Lund", "lund", "Skåne", "Lunds universitet", "", "   ", "Lundkommun", "Sverige"],
)
def test_municipality_rejects_non_municipalities(text: str) -> None:
    assert g.municipality(text) is None


def test_bare_genitive_needs_the_flag() -> None:
    assert g.municipality("Lunds") is None
    assert g.municipality("Lunds", genitive=True) == "Lund"
    assert g.municipality("Malmös", genitive=True) == "Malmö"
    assert g.municipality("Borås", genitive=True) == "Borås"


def test_is_municipality_and_county_of() -> None:
    assert g.is_municipality("Lund")
    assert g.is_municipality("Malmö stad")
    assert not g.is_municipality("Region Skåne")
    assert g.county_of("Lunds kommun") == "Skåne län"
    assert g.county_of("Kiruna") == "Norrbottens län"
    assert g.county_of("IUC Syd") is None


# --- region() ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Region Skåne", "Region Skåne"),
        ("region Skåne", "Region Skåne"),
        ("REGION SKÅNE", "Region Skåne"),
        ("Region Skånes", "Region Skåne"),
        ("Region Stockholm", "Region Stockholm"),
        ("Region Gotland", "Region Gotland"),
        ("Västra Götalandsregionen", "Västra Götalandsregionen"),
        ("Region Västra Götaland", "Västra Götalandsregionen"),
        ("Region Jönköpings län", "Region Jönköpings län"),
        ("Region Jönköping", "Region Jönköpings län"),
        ("Region Sörmland", "Region Sörmland"),
        ("Region Södermanland", "Region Sörmland"),
        ("Region Jämtland Härjedalen", "Region Jämtland Härjedalen"),
    ],
)
def test_region_resolves_mentions(text: str, expected: str) -> None:
    assert g.region(text) == expected


@pytest.mark.parametrize("text", ["Skåne", "Stockholm", "Lunds kommun", "Region Lund", "IUC Syd", ""])
def test_region_rejects_non_regions(text: str) -> None:
    assert g.region(text) is None


# --- find_municipalities() --------------------------------------------------


def _found(text: str) -> list[tuple[str, str]]:
    """(surface text, name) for every span found."""
    return [(text[s:e], name) for s, e, name in g.find_municipalities(text)]


def test_find_returns_exact_spans() -> None:
    text = "Närvarande: Malmö stad, Lunds kommun och Upplands Väsby kommun."
    spans = g.find_municipalities(text)
    assert spans == [(12, 22, "Malmö"), (24, 36, "Lund"), (41, 62, "Upplands Väsby")]


def test_find_prefers_longest_form_and_genitives() -> None:
    assert _found("Malmös budget och Lunds kommuns yttrande") == [("Malmös", "Malmö"), ("Lunds kommuns", "Lund")]
    assert _found("Upplands-Bro, Dals-Ed och Lilla Edet") == [
        ("Upplands-Bro", "Upplands-Bro"),
        ("Dals-Ed", "Dals-Ed"),
        ("Lilla Edet", "Lilla Edet"),
    ]
    assert _found("Lilla\nEdet") == [("Lilla\nEdet", "Lilla Edet")]


def test_find_respects_word_boundaries() -> None:
    assert _found("Malmöbor och Lundagård, Göteborgsregionen") == []
    assert _found("Malmö stadsbyggnadskontor") == [("Malmö", "Malmö")]
    assert _found("(Lund)") == [("Lund", "Lund")]


def test_find_ignores_lowercase_words_and_ambiguous_names() -> None:
    assert _found("vi ska vara där och marken vid ale") == []
    assert _found("Mark Johansson och Nora Berg. Vara med.") == []
    assert _found("Marks kommun, Vara kommun och Bergs kommun") == [
        ("Marks kommun", "Mark"),
        ("Vara kommun", "Vara"),
        ("Bergs kommun", "Berg"),
    ]


def test_find_skips_regions_and_counties() -> None:
    text = "Region Skåne, Region Stockholm, Kalmar län, Stockholms läns landsting och Region Jönköpings län"
    assert _found(text) == []
    assert _found("Region Gotland och Kalmar") == [("Region Gotland", "Gotland"), ("Kalmar", "Kalmar")]


def test_find_accepts_uppercase_only_with_suffix() -> None:
    assert _found("LUNDS KOMMUN") == [("LUNDS KOMMUN", "Lund")]
    assert _found("LUND") == []


def test_every_official_name_is_found_in_running_text() -> None:
    for m in g.all_municipalities():
        text = f"Beslut av {m.official_name} idag."
        assert _found(text) == [(m.official_name, m.name)], m


def test_find_on_a_ten_page_document_finds_every_mention() -> None:
    page = ("Kommunstyrelsen i Lunds kommun beslutar att godkänna förslaget från Malmö stad. "
            "Protokollet justeras av Anna Berg och Region Skåne informeras om budgeten för 2024. ") * 20
    document = page * 10
    spans = g.find_municipalities(document)
    assert len(spans) == 400


def test_official_name_of_a_short_name():
    from protokoll.swedish.gazetteer import official_name
    assert official_name("Göteborg") == "Göteborgs Stad"
    assert official_name("Ale") == "Ale kommun"
    assert official_name("Norrby") is None
