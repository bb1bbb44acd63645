"""A contents list whose numbers were stripped and line breaks lost (parse.contents): one item per title,
the header around it still read, and running text after a contents label left alone."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.contents import segment

RUN = ("INNEHÅLLSFÖRTECKNING 12 Budgetuppföljning mars Förslag till taxa för bygglov och kart- och mättjänster "
       "Motion om cykelvägar i Norrby kommun Svar på remiss om vindkraft Skogsbruksplan Information från "
       "Vattenrådet Anmälan av delegationsbeslut Övriga frågor... 9")


def test_titles_of_a_stripped_contents_run():
    titles = [(n, t) for _, n, t in segment(RUN.split(" ", 1)[1].split("...")[0])]
    assert titles == [("12", "Budgetuppföljning mars"),
                      (None, "Förslag till taxa för bygglov och kart- och mättjänster"),
                      (None, "Motion om cykelvägar i Norrby kommun"), (None, "Svar på remiss om vindkraft"),
                      (None, "Skogsbruksplan"), (None, "Information från Vattenrådet"),
                      (None, "Anmälan av delegationsbeslut"), (None, "Övriga frågor")]


def test_contents_run_gives_the_items_and_the_header_is_still_read():
    text = ("PROTOKOLL Byggnadsnämnden\n\n" + RUN + "\n\nPlats och tid: Stadshuset, Norrby, kl. 09:00-12:00\n"
            "Beslutande: Anna Berg (S), ordförande\nPer Ek (M)\n\n")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.title) for i in rec.items][:3] == [
        ("12", "Budgetuppföljning mars"), (None, "Förslag till taxa för bygglov och kart- och mättjänster"),
        (None, "Motion om cykelvägar i Norrby kommun")]
    assert len(rec.items) == 8
    assert rec.chair == "Anna Berg" and rec.start == "09:00"


def test_running_text_after_a_contents_word_is_no_list():
    text = ("Minnesanteckningar\nStyrgruppen\n\nDagordning Ordföranden gick igenom dagordningen som godkändes "
            "utan ändringar. Mötet beslutade därefter att ta upp frågan om budgeten för nästa år vid ett senare "
            "möte eftersom underlaget inte var klart.\n")
    assert parse_text(text, "x.txt").items == []


def test_a_title_ending_in_a_name_runs_on_into_the_next_title():
    # after a capitalised word the next capitalised word is taken for part of a name ("Norrby Energi") ...
    titles = [t for _, _, t in segment("Avtal med Norrby Energi Solpark för år 2027 Övriga frågor")]
    assert titles == ["Avtal med Norrby Energi Solpark för år 2027", "Övriga frågor"]
    # ... unless it is a noun an agenda's title opens with, before a lower-case word (h161)
    titles = [t for _, _, t in segment("Avtal med Norrby Energi Budget för år 2027 Övriga frågor")]
    assert titles == ["Avtal med Norrby Energi", "Budget för år 2027", "Övriga frågor"]


def test_contents_list_one_title_per_line_gives_the_items_beyond_the_text():
    text = ("PROTOKOLL\nDirektionen\nTid: 2023-01-18 kl 9.00-10.00\n\nInnehållsförteckning\n\n"
            "Val av justerare 3\n\nFastställande av dagordning 4\n\nBudget för 2024 5\n\nNärvarolista 6\n\n"
            "1. Val av justerare\nAtt justera utsågs Eva Holm.\n\n2. Fastställande av dagordning\n"
            "Dagordningen godkändes.\n")
    items = parse_text(text, "x.txt").items
    assert sorted((i.number or "-", i.title) for i in items) == [
        ("-", "Budget för 2024"), ("1", "Val av justerare"), ("2", "Fastställande av dagordning")]


def test_header_lines_after_a_contents_word_are_no_titles():
    text = ("Föredragningslista\nSammanträdesdatum Landstingsstyrelsen\nTid: Måndagen den 5 februari 2027, kl 10:00\n"
            "Plats: Landstingshuset, Halmstad\n\n1 Justering\n2 Godkännande av föredragningslista\n")
    rec = parse_text(text, "x.txt")
    assert [i.title for i in rec.items] == ["Justering", "Godkännande av föredragningslista"]
    assert rec.start == "10:00"
