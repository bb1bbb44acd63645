"""Whose proposal a label names: one definition (parse.partlabels) for the line-start and the mid-line readers."""

import re

from protokoll.parse.headings import cut_run_on_title
from protokoll.parse.lines import Line
from protokoll.parse.partlabels import OWNER, OWNER_AT_START
from protokoll.parse.plainnumbered import plain_ok


def test_the_owner_inside_a_line_is_a_tight_genitive():
    owner = re.compile(rf"{OWNER}\s+förslag")
    for text in ("Arbetsutskottets förslag", "Barn- och utbildningsnämndens förslag",
                 "Kommunstyrelsens arbetsutskotts förslag"):
        assert owner.fullmatch(text), text
    # a sentence's words are not the owner: only the genitive next to "förslag" is
    assert owner.search("Anna Berg redovisade Nämndens förslag").group() == "Nämndens förslag"
    assert not owner.fullmatch("Tekniska nämndens förslag")


def test_the_owner_opening_a_line_may_be_several_words():
    owner = re.compile(rf"^{OWNER_AT_START} förslag")
    for text in ("Tekniska nämndens förslag", "Kultur och fritidsnämndens förslag", "Nämndens förslag"):
        assert owner.match(text), text
    assert not owner.match("nämndens förslag") and not owner.match("En av de fem som lämnade förslag")


def test_the_readers_use_them():
    title = "Tillsyn av enskilda avlopp i Norrby Barn- och utbildningsnämndens förslag till beslut 1. Tillsyn"
    assert cut_run_on_title(title) == "Tillsyn av enskilda avlopp i Norrby"
    long_title = "3 Yttrande över remiss om en ny ordning för tillsyn av enskilda avlopp och små anläggningar"
    lines = [Line(long_title, 0), Line("Kultur och fritidsnämndens förslag till beslut - Yttrandet antas", 100)]
    assert plain_ok(lines, 0)
    assert not plain_ok([lines[0], Line("att yttrandet antas", 100)], 0)
