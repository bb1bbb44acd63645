"""A flattened agenda table whose stripped case numbers ("Dnr 2026/") end one item's row and carry the next
item's title, its number lost: read as the missing items when their count is the count of missing numbers
(h158)."""

from protokoll.parse import parse_text

PAGE = ("Kallelse Byggnadsnämnden\n\n"
        "1 (3) Byggnadsnämnden kallas till sammanträde tisdagen den 3 februari 2026 klockan 13:00 i Ekensalen, "
        "Rådhuset, för att behandla följande ärenden. Ärende Anteckningar 1. Ordföranden informerar 2026 "
        "Dnr 2026/ Information om nya lokaler för biblioteket Dnr 2025/ Bilaga a) Byggnadsnämndens "
        "arbetsutskott 1/2026\n\n"
        "2 (3) Ärende Anteckningar 3. Information om detaljplaner 2026 Dnr 2025/ Bilaga a) Byggnadsnämndens "
        "arbetsutskott 2/ Information om bostadsbyggandet i centrum Dnr 2025/ Bilaga a) Byggnadsnämndens "
        "arbetsutskott 3/ Upphandling av konsulter för planarbetet Dnr 2025/ Bilaga a) Byggnadsnämndens "
        "arbetsutskott 4/2026 b) Planchefens tjänsteutlåtande 6. Motion om nya cykelvägar i Norrby Dnr 2025/ "
        "Bilaga a) Byggnadsnämndens arbetsutskott 5/2026\n")


def titles(text):
    return [it.title for it in parse_text(text, "x.txt").items]


def test_the_titles_after_stripped_case_numbers_are_the_missing_items():
    got = titles(PAGE)
    assert "Information om nya lokaler för biblioteket" in got
    assert "Information om bostadsbyggandet i centrum" in got
    assert "Upphandling av konsulter för planarbetet" in got
    assert not any(t.startswith("Bilaga") for t in got)


def test_a_count_that_does_not_fit_adds_nothing():
    one_missing = PAGE.replace("arbetsutskott 3/ Upphandling", "arbetsutskott 3/2026 upphandling")
    got = titles(one_missing)
    assert "Information om bostadsbyggandet i centrum" not in got


def test_a_page_mark_is_no_numbered_line_between_two_items():
    from protokoll.parse.inline import LINE_NUMBER

    assert LINE_NUMBER.match("2 (3) Ärende Anteckningar") is None
    assert LINE_NUMBER.match("PU § 19 Budget").group(1) == "19"
