"""Who chaired where the chair was away: the one the list says served as chair ("tjänstgörande ordförande",
"tjg ordförande"), whatever office it gave her first; the office's holder listed beside her did not chair this
meeting (issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nMiljönämnden\nSammanträdesdatum: 2024-05-21\n"
TAIL = "Sekreterare: Lisa Berg\n\n§ 1 Val av justerare\nPer Ek utses att justera.\n§ 2 Information\nNoteras.\n"


@pytest.mark.parametrize("members", [
    "Beslutande: Eva Strand (C), tjänstgörande ordförande\nPer Ek (M)\nOlof Ek (S)\n",
    "Beslutande: Eva Strand (C), 1:e vice ordförande, tjg ordförande\nPer Ek (M)\nOlof Ek (S)\n",
    # the chair's own entry beside hers: the office's holder, who did not chair this meeting
    "Beslutande: Anna Lind (S), ordförande\nEva Strand (C), vice ordförande, tjänstgörande ordförande\nPer Ek (M)\n",
])
def test_the_one_serving_as_chair_chaired(members):
    rec = parse_text(HEAD + members + TAIL, source="x.txt")
    assert rec.chair == "Eva Strand"
    assert ("Eva Strand", "ordförande") in [(a.name, a.role) for a in rec.attendees]


def test_a_chair_serving_for_some_paragraphs_only_is_not_the_meetings_chair():
    members = "Beslutande: Anna Lind (S), ordförande\nEva Strand (C), tjg ordförande § 2\nPer Ek (M)\n"
    assert parse_text(HEAD + members + TAIL, source="x.txt").chair != "Eva Strand"
