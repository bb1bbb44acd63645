"""A "Beslut" label run on into the deciding body's sentence in text whose line breaks were lost
(parse/decisions.py), and that body's own act in the present tense given to nobody as a task
(parse/assignments.py). Documents written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

FLAT = ("PROTOKOLL Tekniska nämndens arbetsutskott Datum 2021-05-04 Plats Stadshuset\n"
        "§ 14 Dnr TN 2021/55 Yttrande över ny busslinje Beslut Arbetsutskottet lämnar yttrande i enlighet med "
        "förvaltningens förslag daterat den 28 april 2021. Av förvaltningens skrivelse framgår att regionen vill "
        "dra om linjen förbi sjukhuset. Förvaltningen har inget att invända. Justerandes sign Utdragsbestyrkande\n"
        "§ 15 Dnr TN 2021/60 Avgifter för parkering Beslut Nämnden avslår ansökan om sänkta avgifter för boende i "
        "centrum. Ansökan kom in i mars och har beretts av förvaltningen under våren Justerandes sign\n")


def test_the_deciding_sentence_after_a_run_on_label_is_the_decision():
    items = parse_text(FLAT, "x.txt").items
    assert items[0].decisions == ["Arbetsutskottet lämnar yttrande i enlighet med förvaltningens förslag "
                                  "daterat den 28 april 2021."]
    assert items[1].decisions == ["Nämnden avslår ansökan om sänkta avgifter för boende i centrum."]


def test_the_deciding_body_acting_itself_is_given_no_task():
    items = parse_text(FLAT, "x.txt").items
    assert items[0].assignments == [] and items[1].assignments == []


def test_a_body_that_shall_do_something_is_still_given_the_task():
    text = ("PROTOKOLL\nKommunstyrelsen\nDatum: 2021-05-04\n\n§ 3 Lokalfrågan\nBeslut\n"
            "att förvaltningen ska ta fram ett förslag till nästa sammanträde.\n")
    assert [a.assignee for a in parse_text(text, "x.txt").items[0].assignments] == ["förvaltningen"]
