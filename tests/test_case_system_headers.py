"""Item headers of a Finland-Swedish case system (h128): each paragraph opens "§ 41, STST 2015-03-02 16:00" — the
number, the body's short name and the meeting's date and hour — and the title stands on the next line, often
after the case's diary number ("CFV: 12/2015"). Main took the short name and date for the title and read it as
empty, so the item had no title and could not be matched. All names and texts are invented.
"""

from protokoll.parse import parse_text
from protokoll.parse.titles import running_reference

TEXT = """PROTOKOLL
Stadsstyrelsen
Måndagen den 2 mars 2015 kl. 16:00
§ 41, STST 2015-03-02 16:00
SAMMANTRÄDETS LAGENLIGA SAMMANKALLANDE OCH BESLUTFÖRHET
Sammanträdet konstaterades vara lagligen sammankallat och beslutfört.
§ 43, STST 2015-03-02 16:00
CFV: 12/2015
ANMÄLNINGSÄRENDEN
Handlingarna finns till påseende i stadskansliet.
Beslut
Stadsstyrelsen antecknade ärendet för kännedom.
"""


def test_the_title_is_read_from_the_line_after_the_case_system_header():
    items = {it.number: it for it in parse_text(TEXT, "x.txt").items}
    assert items["41"].title == "SAMMANTRÄDETS LAGENLIGA SAMMANKALLANDE OCH BESLUTFÖRHET"
    assert items["43"].title == "ANMÄLNINGSÄRENDEN"
    assert items["43"].decisions == ["Stadsstyrelsen antecknade ärendet för kännedom."]


def test_only_a_short_name_with_a_date_and_hour_is_such_a_header():
    assert running_reference(", STST 2015-03-02 16:00")
    assert running_reference(", KST 12.1.2016")
    assert not running_reference("Budget 2016")
    assert not running_reference("Val av justerare 2015-03-02")
