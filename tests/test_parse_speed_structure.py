"""Work a rule cannot use is not done (issue 12, h64): each reader below first checks what its result needs, and
reads the same as when it did all the work."""

from datetime import date

from protokoll.parse import nextmeeting, signorder
from protokoll.parse.itemtext import PAGE_COUNTER, running_lines
from protokoll.parse.lines import split_lines
from protokoll.record import MeetingRecord


def _running_lines_reference(text: str) -> set[str]:
    """running_lines as written before: every line's spaces made one, then the counters looked for."""
    raw = [" ".join(t.split()) for t in text.splitlines() if t.strip()]
    counter = [(t[0] in "sS" or t[0].isdecimal()) and bool(PAGE_COUNTER.match(t)) for t in raw]
    last = len(raw) - 1
    beside = [t for k, t in enumerate(raw)
              if not counter[k] and (k > 0 and counter[k - 1] or k < last and counter[k + 1])]
    return {t for t in beside if beside.count(t) >= 2 or (len(t) <= 80 and not t.endswith((".", ":", ",", ";")))}


RUNNING_TEXTS = [
    "Ekby kommun\n1 (3)\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n",
    "Tekniska nämnden   Protokoll\n  2  (3)  \nText.\nTekniska nämnden   Protokoll\n3 (3)\n",
    "Sida 2 av 4\nStyrelsen · Protokoll 4/2031\nLöptext här.\nSida\t3 av 4\nStyrelsen · Protokoll 4/2031\n",
    "Inget sidnummer här.\nBara text, 12 rader.\n",
    "",
    "\n\n  \n",
]


def test_running_lines_as_before():
    for text in RUNNING_TEXTS:
        assert running_lines(text) == _running_lines_reference(text), text
    assert running_lines(RUNNING_TEXTS[1]) == {"Tekniska nämnden Protokoll"}


def test_signature_block_names_not_looked_up_without_two_role_lines():
    asked: list[str] = []

    def is_person(text: str) -> bool:
        asked.append(text)
        return len(text.split()) == 2

    tail = [ln for ln in split_lines("Justeras\nGöran Fjäll\nOrdförande\nVera Lök\n") if not ln.blank]
    assert signorder.role_first(tail, is_person) == []
    assert asked == []  # one role line: no block of two pairs, no name read
    tail = [ln for ln in split_lines("Ordförande\nGöran Fjäll\nSekreterare\nVera Lök\n") if not ln.blank]
    assert [(name, role) for _, name, role in signorder.role_first(tail, is_person)] == \
        [("Göran Fjäll", "ordförande"), ("Vera Lök", "sekreterare")]
    assert asked == ["Göran Fjäll", "Vera Lök"]


def test_same_body_pattern_made_only_where_its_words_are(monkeypatch):
    made: list[str] = []
    real = nextmeeting.compiled  # (the pattern made from the body's stem: swedish.kept's cache)
    monkeypatch.setattr(nextmeeting, "compiled", lambda *a, **k: made.append(a[0]) or real(*a, **k))
    rec = MeetingRecord(source="x", body="Kulturrådsgruppen")
    lines = split_lines("Minnesanteckningar\nVi talade om budgeten.\n")
    assert nextmeeting._same_body_mention(lines, rec, date(2031, 3, 4), [2031]) is None
    assert nextmeeting._same_body_mention(lines, rec, None, [2031]) is None
    assert made == []  # neither the group's stem nor a word for meeting dates: no pattern made
    lines = split_lines("Minnesanteckningar\nKulturrådsmötet 12 maj 2031 i Ekby.\n")
    assert nextmeeting._same_body_mention(lines, rec, date(2031, 3, 4), [2031]) == date(2031, 5, 12)
    assert len(made) == 1


def test_line_of_an_offset_in_the_joined_lines():
    lines = split_lines("Minnesanteckningar\n\nPunkt ett.\nNästa möte 3 juni 2031.\n")
    joined = "\n".join([ln.text for ln in lines])

    def walked(at: int) -> int:  # the walk it replaces: the first line whose end is at or after the offset
        end = -1
        for i, ln in enumerate(lines):
            end += len(ln.text) + 1
            if end >= at:
                return i
        return len(lines)

    for at in range(len(joined) + 2):
        assert nextmeeting._line_at(lines, at) == walked(at), at
    assert lines[nextmeeting._line_at(lines, joined.index("Nästa"))].text.startswith("Nästa möte")


def test_kept_text_functions_called_without_packing_arguments():
    from protokoll.parse.runningtext import _split_sentences
    from protokoll.swedish.datementions import _parse_date, _raw_mentions
    from protokoll.swedish.kept import kept

    for one in (_split_sentences, _raw_mentions):  # one text: its keeper takes that text alone
        assert one.__code__.co_argcount == 1 and not one.__code__.co_flags & 0x0C  # no *args, no **kwargs
    assert _parse_date.__code__.co_flags & 0x0C  # more arguments: passed on as given
    calls = []

    @kept(maxsize=4, limit=5)
    def upper(text):
        calls.append(text)
        return text.upper()

    assert [upper("abc"), upper("abc"), upper("abcdefgh"), upper(text="abcdefgh")] == ["ABC", "ABC", "ABCDEFGH", "ABCDEFGH"]
    assert calls == ["abc", "abcdefgh"]  # a short text kept among the many, a long one among the few
    assert upper.cache_info().hits == 1 and upper.long_cache_info().hits == 1 and upper.__name__ == "upper"
