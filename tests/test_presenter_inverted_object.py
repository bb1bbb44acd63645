"""The verb first after an adverbial with its object straight after the presenter's name, no preposition between:
"Därefter redovisade Anna Berg det ekonomiska läget" (parse/presenters.py ``INVERTED_OBJECT``)."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import INVERTED_OBJECT, may_present, presenters_in


def _presenters(sentence: str) -> list[str]:
    text = (f"Minnesanteckningar\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Välkommen\nAlla hälsades "
            f"välkomna.\n\n2. Ekonomi\n{sentence}\n\n3. Övrigt\nInga övriga frågor.\n")
    return parse_text(text, "x.txt").items[1].presenters


def test_the_name_before_the_object():
    assert presenters_in("Därefter redovisade Tove Lindqvist det ekonomiska läget.") == ["Tove Lindqvist"]
    assert presenters_in("Sedan visade ekonomichef Tove Lindqvist statistik över besöken.") == ["Tove Lindqvist"]
    assert _presenters("Därefter redovisade Tove Lindqvist det ekonomiska läget.") == ["Tove Lindqvist"]
    assert _presenters("Vidare presenterade Tove Lindqvist förslaget.") == ["Tove Lindqvist"]


def test_no_person_no_presenter():
    assert presenters_in("Därefter presenterade Region Västra sin plan.") == []
    assert presenters_in("Sedan redovisade förvaltningen det ekonomiska läget.") == []


def test_the_gate_lets_each_verb_through():
    for verb in ("redovisade", "visade", "presenterade", "informerade", "redogjorde", "gick igenom"):
        sentence = f"Därefter {verb} Tove Lindqvist läget."
        assert INVERTED_OBJECT.match(sentence) and may_present(sentence), verb
