"""Item headings run on after a sentence's end inside a line ("... välkommen. 2. Föregående protokoll", issue 12): the
pattern opens with the sentence's end itself, so a search skips to one instead of looking behind at every position;
the cuts stay at the number. Invented lines."""

from protokoll.parse import inline
from protokoll.parse.lines import Line


def test_the_pattern_opens_with_the_sentence_s_end_not_a_look_behind():
    assert not inline.MIDLINE.pattern.startswith("(?<")
    assert inline.MIDLINE.pattern.startswith("[.!?:]")


def test_cuts_stand_at_the_number_after_the_sentence_s_end():
    text = "Ordföranden hälsade alla välkomna. 2. Föregående protokoll lades till handlingarna. § 3 Ekonomi i balans"
    cuts = inline.midline_cuts([Line(text, 0)])
    assert cuts == [(0, text.index("2. Före"), 2), (0, text.index("§ 3"), 3)]
    assert inline.midline_cuts([Line("Mötet öppnades kl. 18. 2 st. deltog: 3. sju", 0)]) == []
    text = "Klart: 4.  Nästa steg tas upp! 5. \u201dnya tag\u201d"
    assert inline.midline_cuts([Line(text, 0)]) == [(0, text.index("4."), 4), (0, text.index("5."), 5)]
