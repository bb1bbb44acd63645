"""Several presenters in one subject, each with a title before and an employer after the name between commas
(parse/presenters.presenters_in, parse/itemreader._presenting): "Utredare Eva Holm, Skolutredningen, direktör Per
Ek och ordförande Lo Berg, Tågbolaget AB, samt chef Ola Lind, Region Norr, informerar om ..." names four
presenters, as committee protocols write their visitors; "Eva Holm, Per Ek och Lo Berg informerar" three (the
part after the first comma is more people, not the first one's employer). Names and bodies invented."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import presenters_in

HEAD = "PROTOKOLL\nTrafiknämnden\nSammanträdesdatum 2024-03-12\n\n§ 7 Information om regionaltrafiken\n"


def _presenters(sentence: str) -> list[str]:
    text = HEAD + sentence + "\n\n§ 8 Avslutning\nOrdföranden avslutade mötet.\n"
    return parse_text(text, "x.txt").items[0].presenters


def test_each_presenter_with_a_title_before_and_an_employer_after():
    sentence = ("Utredare Eva Holm, Skolutredningen, direktör Per Ek och ordförande Lo Berg, Tågbolaget AB, "
                "samt chef Ola Lind, Region Norr, informerar om regionaltrafiken.")
    assert presenters_in(sentence) == ["Eva Holm", "Per Ek", "Lo Berg", "Ola Lind"]
    assert _presenters(sentence) == ["Eva Holm", "Per Ek", "Lo Berg", "Ola Lind"]
    assert presenters_in("Per Ek, Tågbolaget AB, och Ola Lind, Region Norr, informerar om läget.") == [
        "Per Ek", "Ola Lind"]


def test_names_after_the_first_comma_are_more_presenters():
    assert _presenters("Eva Holm, Per Ek och Lo Berg informerar om läget.") == ["Eva Holm", "Per Ek", "Lo Berg"]
    assert _presenters("Eva Holm, Per Ek samt Lo Berg informerar om läget.") == ["Eva Holm", "Per Ek", "Lo Berg"]


def test_one_presenter_with_an_employer_or_title_stays_one():
    assert _presenters("Eva Holm, Region Norr informerar om läget.") == ["Eva Holm"]
    assert _presenters("Eva Holm, ekonom, informerar om läget.") == ["Eva Holm"]
    assert presenters_in("Region Norr, Tågbolaget AB och Skolverket informerar om läget.") == []
