"""An item body's decisions are read once per wording (issue 12): ``decisions.read_decisions`` keeps its answer for
the last bodies, keyed by each line's text and bullet; the kept answer is the rules' and no caller can change it."""

from protokoll.parse.decisions import _read_decisions, read_decisions
from protokoll.parse.lines import Line


def _body(offset: int = 0, bullet: bool = False) -> list[Line]:
    return [Line("Beslut", offset), Line("Nämnden beslutar att anta planen.", offset + 7, bullet),
            Line("Anna Berg (S) reserverar sig mot beslutet.", offset + 42)]


def test_the_kept_answer_is_the_rules_answer_and_its_own_copy():
    fresh = _read_decisions(_body())
    first = read_decisions(_body())
    assert (first.decisions, first.proposed, first.dissent) == (fresh.decisions, fresh.proposed, fresh.dissent)
    assert first.decisions == ["Nämnden beslutar att anta planen."]
    first.decisions.append("changed by a caller")
    first.dissent.clear()
    again = read_decisions(_body(offset=500))  # the same wording elsewhere in another document
    assert (again.decisions, again.dissent) == (fresh.decisions, fresh.dissent)


def test_a_bullet_is_part_of_the_key():
    plain, bulleted = read_decisions(_body()), read_decisions(_body(bullet=True))
    fresh = _read_decisions(_body(bullet=True))
    assert (bulleted.decisions, bulleted.dissent) == (fresh.decisions, fresh.dissent)
    assert plain.decisions == ["Nämnden beslutar att anta planen."]
