"""A kind word as the object of an item's verb ("... att jämte ordföranden justera dagens protokoll") names no kind
of the document it stands in: a site's title taken from an agenda's item leaves the agenda an agenda. Every text
here is invented for these tests."""

from protokoll.parse import parse_text
from protokoll.parse.body import read_kind
from protokoll.parse.lines import Line

PAGE = """4 Val av två justerare att jämte ordföranden justera dagens protokoll. Information från kommunens miljöstrateg.
Storlek: px
Starta visningen från sidan:
Download "4 Val av två justerare att jämte ordföranden justera dagens protokoll. Information från kommunens miljöstrateg."
Transkript
1 FÖREDRAGNINGSLISTA 1 (9) Organ Plats Kommunfullmäktige Stora salen, Rådhuset, Norrby Tidpunkt Måndagen den 4 mars 2019, klockan Sammanträdet öppnas 2 Närvaro Närvaron kontrolleras 3 Val av justerare
2 FÖREDRAGNINGSLISTA 2 (9) 5 Anmälningar 6 Motioner
"""


def test_justera_dagens_protokoll_names_no_kind():
    assert read_kind([Line("4 Val av två justerare att jämte ordföranden justera dagens protokoll.", 0)]) is None
    assert read_kind([Line("Protokoll från kommunfullmäktige", 0)]) == "protocol"


def test_an_agenda_titled_by_its_item_stays_an_agenda():
    assert parse_text(PAGE, source="x.txt").kind == "agenda"
