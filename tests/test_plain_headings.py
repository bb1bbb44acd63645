"""Unnumbered point headings of notes (parse/plainheadings.py): a short title line over the point's text, also when
that text is a bulleted list of sentences; a title over bulleted names and roles is no point."""

from protokoll.parse import parse_text

HEAD = "Minnesanteckningar från arbetsgruppen för fritidsgårdar 2022-10-05\nNärvarande: Lena Vik, Olle Sten\n\n"


def _items(body: str) -> list[tuple]:
    return [(i.number, i.title) for i in parse_text(HEAD + body, "x.txt").items]


def test_headings_over_bulleted_sentences():
    body = ("Föregående anteckningar\nGicks igenom och lades till handlingarna.\n"
            "Lokalfrågan\n• Hyresvärden har inte svarat än.\n• Olle kontaktar kommunen igen.\n"
            "Sommarens aktiviteter\n• Fyra läger är planerade i Ekbacken och ett i Norrvik under juli.\n")
    assert _items(body) == [(None, "Föregående anteckningar"), (None, "Lokalfrågan"), (None, "Sommarens aktiviteter")]


def test_headings_over_bulleted_names_are_no_points():
    body = ("Ledningen\n• Lena Vik, rektor\nTjänstepersoner\n• Olle Sten, ekonom\nGäster\n• Maja Åkerlund, Ekby IF\n")
    assert _items(body) == []
