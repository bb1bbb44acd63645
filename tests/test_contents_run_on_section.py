"""A contents list, then the sections it lists, where a section's heading ran on into its text (h128): a
document-sharing site's copy of a protocol, its pages' line breaks restored, gives the contents one title a line
("1 Information från Vision och Kommunal" ...) and then "1 Information från Vision och Kommunal. Till dagens
sammanträde har Per Holm, Vision, begärt företräde för att informera om ..." as one line. The listed item is read
at its section, so the presenter and decision written there are its own; a line that only starts with the
number is no section. All names and texts are invented.
"""

from protokoll.parse import parse_text

HEAD = ("SAMMANTRÄDESPROTOKOLL\nArbetsutskottet\nSammanträdesdatum 2016-02-09\n\nInnehållsförteckning\n\n"
        "1 Information från Vision och Kommunal\n\n2 Samarbetsavtal med Norrby Science Park AB.\n\n"
        "3 Lokala ordningsföreskrifter för Norrby kommun.\n\n4 Information, Norrbyhallen.\n\n"
        "5 Motion om digital demokrati.\n\n6 Information under sammanträdet.\n\n")


def _items(section: str) -> dict:
    return {it.number: it for it in parse_text(HEAD + section, "x.txt").items}


def test_a_listed_item_is_read_at_its_run_on_section():
    items = _items("1 Information från Vision och Kommunal. Till dagens sammanträde har Per Holm, Vision, och Eva "
                   "Lund, Kommunal, begärt företräde för att informera om fackens lönekrav. Arbetsutskottet beslutar "
                   "att lägga informationen till handlingarna.\n2 Dnr 2016/4-106 Samarbetsavtal med Norrby Science Park AB")
    assert items["1"].title.rstrip(".") == "Information från Vision och Kommunal"
    assert items["1"].presenters == ["Per Holm", "Eva Lund"]
    assert items["1"].decisions == ["Arbetsutskottet beslutar att lägga informationen till handlingarna."]


def test_a_line_that_only_shares_the_number_is_no_section():
    items = _items("1 Information om annat. Till dagens sammanträde har Per Holm, Vision, begärt företräde för att "
                   "informera om lönekraven.\n2 Dnr 2016/4-106 Samarbetsavtal med Norrby Science Park AB")
    assert items["1"].title == "Information från Vision och Kommunal"
    assert items["1"].presenters == []
