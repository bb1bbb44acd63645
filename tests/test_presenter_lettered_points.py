"""An information item of a protocol lists who informed in lettered points run on after its heading when the
line breaks were lost: "§ 94 Information a) Förbundsdirektör Anders Ekholm informerar om ... b) Maria Falkenberg
redogör för ...". The "a)" opens the item's text, not its title (headings ``SUB_POINT``), and each lettered point
names a presenter of its own (presenterfollow ``LETTERED``, presenters ``LIST_MARK``)."""

from protokoll.parse import parse_text
from protokoll.parse.headings import sub_point_cut
from protokoll.parse.presenters import presenters_in

TEXT = ("Protokoll Regionförbundets arbetsutskott\n\nTranskript\n\n1 PROTOKOLL Organ: Arbetsutskottet Plats och tid: "
        "Regionförbundet, Storgatan 4, Ekby torsdagen den 27 augusti 2009 kl 09.00-12.00 Beslutande: Karin Lindgren, "
        "ordf Per Sandelin Övriga: Anders Ekholm, förbundsdirektör Maria Falkenberg, ekonom Utses att justera: Per "
        "Sandelin Paragrafer: 94-96\n\n2 94 Information a) Förbundsdirektör Anders Ekholm informerar om det ekonomiska "
        "läget. b) Maria Falkenberg redogör för delårsrapporten. Arbetsutskottet beslutar att notera informationen. "
        "95 Remiss om regional plan Förbundsdirektören redogör för remissen. Arbetsutskottet beslutar att tillstyrka "
        "remissen. 96 Övriga frågor Inga övriga frågor anmäldes.\n")


def test_lettered_points_each_name_a_presenter():
    items = {i.number: i for i in parse_text(TEXT, "x.txt").items}
    assert items["94"].title == "Information"
    assert items["94"].presenters == ["Anders Ekholm", "Maria Falkenberg"]
    assert items["95"].presenters == []


def test_the_mark_of_a_point():
    assert sub_point_cut("Information a) Förbundsdirektören informerar") == len("Information")
    assert sub_point_cut("Verksamhetsplan (bilaga a)") is None
    assert presenters_in("b) Maria Falkenberg redogör för delårsrapporten.") == ["Maria Falkenberg"]
    assert presenters_in("- Maria Falkenberg redogör för delårsrapporten.") == ["Maria Falkenberg"]
