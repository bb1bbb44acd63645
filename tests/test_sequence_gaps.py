"""A member missing from the sequence of item numbers found, looked for between its neighbours (issue 10)."""

from protokoll.parse import parse_text
from protokoll.parse.headings import Heading
from protokoll.parse.lines import Line
from protokoll.parse.sequencegaps import sequence_gaps

AGENDA = """Dagordning styrelsemöte Norrby Vatten AB

Styrelsen sammanträder tisdagen den 9 september 2025 kl 13.00

Plats: Sammanträdesrummet, Norrby reningsverk

1 Mötets öppnande

2 Val av justerare

3 Godkännande av dagordning

4 Föregående protokoll

5 Verksamhetsrapport Bifogas

6 Ekonomirapport Bifogas

7 Rapport från ledningsgruppen kl Beslutsärenden

8 Riktlinjer för styrelsens arbete fram till årsstämman 2026 Bifogas -Arbetsordning -Attestordning -Instruktion för \
verkställande direktör -Rutin för ekonomisk rapportering -Delegationsordning

9 Investering i ny pumpstation Bifogas

10 Sammanträdesplan 2026

11 Övriga frågor
"""


def test_a_long_agenda_line_between_its_neighbours_is_the_missing_item():
    items = parse_text(AGENDA, "x").items
    assert [i.number for i in items] == [str(n) for n in range(1, 12)]
    assert items[7].title == "Riktlinjer för styrelsens arbete fram till årsstämman 2026"
    assert items[6].title == "Rapport från ledningsgruppen"


def _read(texts: list[str], numbered: dict[int, str]) -> tuple[list[Line], list[Heading]]:
    lines, start = [], 0
    for t in texts:
        lines.append(Line(t, start))
        start += len(t) + 1
    heads = [Heading(i, n, texts[i].split(" ", 1)[1], "num", 1.0) for i, n in numbered.items()]
    return lines, heads


def _after(texts: list[str], numbered: dict[int, str]) -> list[tuple[str, str]]:
    lines, heads = _read(texts, numbered)
    _, found = sequence_gaps("\n".join(texts), lines, heads)
    return [(h.number, h.title) for h in found]


def test_the_missing_number_at_a_line_s_end_takes_the_next_line_as_its_title():
    texts = ["1. Öppnande", "2. Protokollsjusterare", "3. Årsredovisning Information/Rapporter 5.",
             "Möte med regionens näringslivsråd i mars", "6. Sjöfart och hamnar"]
    assert _after(texts, {0: "1", 1: "2", 2: "3", 4: "6"}) == [
        ("1", "Öppnande"), ("2", "Protokollsjusterare"), ("3", "Årsredovisning Information/Rapporter"), ("5", ""),
        ("6", "Sjöfart och hamnar")]


def test_a_member_run_on_after_a_section_heading_cuts_the_line_before_it():
    texts = ["1 Mötets öppnande", "2 Val av justerare", "3 Föregående protokoll Beslutsärenden 4 Taxor för hamnen 2026",
             "5 Övriga frågor"]
    found = _after(texts, {0: "1", 1: "2", 2: "3", 3: "5"})
    assert found[2:] == [("3", "Föregående protokoll Beslutsärenden"), ("4", "Taxor för hamnen 2026"),
                         ("5", "Övriga frågor")]


def test_no_number_that_is_no_title_fills_a_gap():
    heads = {0: "1", 1: "2", 2: "3", 4: "5"}
    for between in ("Mötet hålls den 4 mars i Ekby", "Närvarande: 4 Anna Berg (S), Per Ek (M)",
                    "Sidan 4 Protokoll för kommunstyrelsen", "4 Kommunstyrelsen PROTOKOLL 2 (6)",
                    "Beslut: 1 Planen antas 2 Budgeten godkänns 4 Nämnden uppdrar åt förvaltningen",
                    "4 Budget för skolan. 4 Budget för vården", "4 Januari och februari", "Kl. 4 Kaffe serveras"):
        texts = ["1 Mötets öppnande", "2 Val av justerare", "3 Föregående protokoll", between, "5 Övriga frågor"]
        assert [n for n, _ in _after(texts, heads)] == ["1", "2", "3", "5"], between


def test_nothing_is_looked_for_without_a_gap():
    texts = ["1 Mötets öppnande", "2 Val av justerare 3 Budget", "3 Föregående protokoll", "4 Övriga frågor"]
    lines, heads = _read(texts, {0: "1", 1: "2", 2: "3", 3: "4"})
    assert sequence_gaps("\n".join(texts), lines, heads) == (lines, heads)


def test_the_member_after_the_last_found_is_looked_for_after_it():
    texts = ["1 Mötet öppnas", "Ordföranden hälsade välkommen.", "2 Ekonomi", "Kassören redovisade läget.",
             "3 Nästa möte", "Styrelsen träffas den 4 maj.", "4 Ordförande avslutar mötet.", "Vid protokollet:",
             "Eva Lund"]
    assert _after(texts, {0: "1", 2: "2", 4: "3"})[-1] == ("4", "Ordförande avslutar mötet.")
    for after in ("4 Ordförande Eva Lund", "Mötet avslutades kl 4 Maj", "Bilaga 4 Ekonomisk rapport"):
        texts = ["1 Mötet öppnas", "2 Ekonomi", "3 Nästa möte", after, "Vid protokollet:"]
        assert [n for n, _ in _after(texts, {0: "1", 1: "2", 2: "3"})] == ["1", "2", "3"], after


def test_the_member_before_the_first_found_may_follow_a_page_mark():
    texts = ["Byalaget Norrby STYRELSEMÖTE Sida 2(5) 40 Justerare Mötet öppnades och Per valdes till justerare.",
             "41 Presentation", "42 Protokoll", "43 Ekonomi"]
    lines, heads = _read(texts, {1: "41", 2: "42", 3: "43"})
    cut, found = sequence_gaps("\n".join(texts), lines, heads)
    assert [(h.number, cut[h.index].text) for h in found][0] == ("40", "40 Justerare")
    texts[0] = "Byalaget Norrby Sida 2(5) Justerare: 40 Anna Berg"
    assert [n for n, _ in _after(texts, {1: "41", 2: "42", 3: "43"})] == ["41", "42", "43"]
