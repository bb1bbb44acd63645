"""The first "Nästa möte" wording of a text (issue 12): the case-blind pattern tried only where one of its opening
words is written, with the same first match as a search of the whole text (and the whole text searched where a
character folds to two). Invented texts."""

from protokoll.parse import features, nextmeeting
from protokoll.parse.features import keyword_fold

TEXTS = [
    "Protokoll\n§ 1 Öppnande\nText om kommande budget och nästan allt annat.\n§ 9 Nästa möte\nTisdag 12 maj 2031\n",
    "Minnesanteckningar\nVi ses NÄSTA GÅNG den 4 juni 2031.\n",
    "Anteckningar\nDen nästkommande perioden planeras.\nNästkommande sammanträde 3 juni 2031\n",
    "Anteckningar\nKOMMANDE MÖTEN: 3 juni, 8 juli\n",
    "Protokoll Straße-gruppen\nText om kommande år.\nNästa möte: 3 juni 2031\n",
    "Protokoll İdrottsrådet\nText.\nNästkommande sammanträde 3 juni 2031\n",
    "Anteckningar\nInför nästa TU 21/9 skickas underlag. Nästa arbetsutskott den 5 maj.\n",
    "Protokoll\nIngen sådan mening här, inte ens om det näst sista.\n",
]


def test_the_first_wording_is_the_whole_text_s_first():
    for text in TEXTS:
        low = keyword_fold(text)
        got = features.opener_search(nextmeeting.NEXT, text, low, nextmeeting.NEXT_OPENERS)
        whole = nextmeeting.NEXT.search(text)
        assert (got and (got.span(), got.groupdict())) == (whole and (whole.span(), whole.groupdict())), text


def test_text_beyond_latin_1_is_tried_only_where_an_opener_is_written(monkeypatch):
    text = "Protokoll \u2013 styrelsen\n\u201dKommande\u201d år: budget.\nNÄSTA MÖTE: 3 juni 2031\n"
    low = keyword_fold(text)
    assert features.aligned(text, low)
    tried = []
    real = nextmeeting.NEXT

    class _Tried:
        def match(self, s, pos=0):
            tried.append(pos)
            return real.match(s, pos)

    got = features.opener_search(_Tried(), text, low, nextmeeting.NEXT_OPENERS)
    assert got.span() == real.search(text).span() and tried == [text.index("Kommande"), text.index("NÄSTA")]
    assert not features.aligned("Straße", keyword_fold("Straße"))
    assert not features.aligned("Ski\u0307ss", keyword_fold("Ski\u0307ss"))
