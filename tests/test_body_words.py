"""The kind words and body nouns have one owner (parse.bodywords); each reader of a name takes them from it."""

from protokoll.parse import assignments, bodysigns, orgforms, orgplaces, orgsigns
from protokoll.parse.bodywords import BODY_BARE, BODY_DEFINITE, TITLE_KINDS


def test_every_kind_word_leads_a_title_in_each_reader():
    for kind in TITLE_KINDS:
        assert bodysigns.KIND_LEAD.match(f"{kind} Norrby kommunstyrelse")
        assert orgsigns.KIND_FIRST.match(f"{kind.upper()} Sjödalsförbundet")
        assert orgforms.without_kind_word(f"{kind} Norrdalens Gymnasieförbund") == "Norrdalens Gymnasieförbund"
        assert orgforms.without_kind_word(f"{kind.upper()} Norrdalens Gymnasieförbund") == "Norrdalens Gymnasieförbund"
    assert orgforms.without_kind_word("Protokollföring Norrby") == "Protokollföring Norrby"
    assert not bodysigns.KIND_LEAD.match("Protokollet justerades")


def test_every_body_noun_ends_a_body_in_each_reader():
    for noun in BODY_DEFINITE:
        assert bodysigns.POSTED.search(f"Social{noun}s protokoll är justerat")
    for noun in BODY_DEFINITE + BODY_BARE:
        assert assignments.BODY_ITSELF.match(f"Kommunstyrelsens social{noun}")
        assert orgplaces.BODY_LEVEL.match(f"Social{noun}")
    assert not assignments.BODY_ITSELF.match("Kommunstyrelsens förvaltning")
    assert not orgplaces.BODY_LEVEL.match("Socialförvaltningen")
