"""The headingless one-sentence point (issue 10, session 24's convention): a point written as one sentence that
states what the meeting decided ("§ 3. Dagordningen godkändes.", "4. Till justerare valdes X.") has that
sentence as its title AND its decision; an opening, a closing, a report, information, what may be decided later
and what another body decided stay without one (parse/headingdecision.py). The documents are written for these
tests (invented association, names and matters)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse import headingdecision
from protokoll.parse.headingdecision import heading_decision
from protokoll.parse.lines import Line

ANNUAL = """Protokoll fört vid Granbackens byalags årsmöte
Datum: 2024-03-10
Plats: Skolans matsal

§ 1. Ordföranden Rut Alm förklarade mötet öppnat.
§ 2. Mötet förklarades behörigen utlyst.
§ 3. Dagordningen fastställdes.
§ 4. Till justerare valdes Ivar Nord och Signe Holm.
§ 5. Verksamhetsberättelsen föredrogs av sekreteraren.
§ 6. Revisionsberättelsen lästes upp och godkändes.
§ 7. Årsmötet beviljade styrelsen ansvarsfrihet för 2023.
§ 8. Till styrelseledamöter på två år valdes Oskar Berglund, Maja Falk och
Gunnel Strand (Erik Lind och Ella Vik har ett år kvar).
§ 9. Beslutades att medlemsavgiften för 2025 skulle vara oförändrad i
fråga om belopp.
§ 10. Information om att vägbidraget från kommunen beviljades.
§ 11. Bygglovet för förrådet beviljades av Länsstyrelsen i juni.
§ 12. En ny kassör kan väljas vid nästa möte.
§ 13. Inga motioner hade kommit in.
§ 14. Ordföranden tackade för visat intresse och förklarade mötet avslutat.
"""


def _decisions() -> dict[str, list[str]]:
    return {it.number: it.decisions for it in parse_text(ANNUAL, "x.txt").items}


def test_a_point_whose_sentence_decides_has_it_as_its_decision():
    got = _decisions()
    assert got["2"] == ["Mötet förklarades behörigen utlyst."]
    assert got["3"] == ["Dagordningen fastställdes."]
    assert got["4"] == ["Till justerare valdes Ivar Nord och Signe Holm."]
    assert got["6"] == ["Revisionsberättelsen lästes upp och godkändes."]
    assert got["7"] == ["Årsmötet beviljade styrelsen ansvarsfrihet för 2023."]


def test_a_sentence_wrapped_at_the_lines_end_is_the_whole_decision():
    got = _decisions()
    assert got["8"] == ["Till styrelseledamöter på två år valdes Oskar Berglund, Maja Falk och Gunnel Strand "
                        "(Erik Lind och Ella Vik har ett år kvar)."]
    assert got["9"] == ["Beslutades att medlemsavgiften för 2025 skulle vara oförändrad i fråga om belopp."]


def test_openings_reports_and_what_others_or_later_meetings_decide_stay_without_one():
    got = _decisions()
    for n in ("1", "5", "10", "11", "12", "13", "14"):
        assert got[n] == [], n


def test_a_present_passive_point_without_its_full_stop_decides_too():
    text = ("Protokoll styrelsemöte i Föreningen Ljusåsen 2024-02-01\n\n§1 Mötet öppnas av ordförande Tove Ek\n\n"
            "§2 Dagordningen fastställs\n\n§3 Föregående protokoll läggs till handlingarna\n\n§4 Ekonomi\n"
            "Kassören gick igenom läget.\n")
    got = {it.number: it.decisions for it in parse_text(text, "x.txt").items}
    assert got == {"1": [], "2": ["Dagordningen fastställs"], "3": ["Föregående protokoll läggs till handlingarna"],
                   "4": []}


def test_a_decision_verb_only_inside_a_told_att_clause_is_a_report():
    assert headingdecision.told("Information om att vägbidraget beviljades.")
    assert headingdecision.told("Meddelades att budgeten fastställts.")
    assert not headingdecision.told("Beslöts att styrelsen får utse ombud.")
    assert not headingdecision.told("Det noterades att kallelsen gått ut i tid.")
    assert not headingdecision.told("Ivar Nord och Signe Holm valdes att justera protokollet.")
    assert heading_decision("Meddelades att budgeten fastställts.", []) == []


def test_only_a_wrapped_line_continues_the_heading():
    under = [Line("Kassören gick igenom läget.", 0)]
    assert headingdecision.wrapped("Dagordningen fastställs", under) == "Dagordningen fastställs"
    assert headingdecision.wrapped("Dagordningen fastställs", [Line("med ett tillägg.", 0)]) == \
        "Dagordningen fastställs med ett tillägg."
    assert headingdecision.wrapped("Kallelsen godkändes.", [Line("och mer.", 0)]) == "Kallelsen godkändes."


def test_a_deciding_heading_sentence_comes_before_the_decisions_under_it():
    text = ("Protokoll fört vid årsmöte i Föreningen Tallmon 2024-04-06\n\n"
            "1. Till mötesordförande valdes Ulla Berg\nTill sekreterare valdes Nils Hed.\n\n"
            "2. Dagordningen fastställs\nDagordningen fastställdes med ett tillägg.\n"
            "\n3. Ekonomi\nKassörens rapport godkändes.\n")
    got = {it.number: it.decisions for it in parse_text(text, "x.txt").items}
    assert got["1"] == ["Till mötesordförande valdes Ulla Berg", "Till sekreterare valdes Nils Hed."]
    assert got["2"] == ["Dagordningen fastställdes med ett tillägg."]  # the same matter: not twice
    assert got["3"] == ["Kassörens rapport godkändes."]


def test_the_choice_of_justerare_written_task_first_is_the_points_decision():
    """ "2. Till att jämte ordföranden justera protokollet utsågs X.": the "att"-clause opening the sentence is what
    X was chosen for, the passive verb after it decides (h210); a report of a choice stays without one."""
    text = ("Protokoll fört vid Lövnäs samfällighets styrelsemöte\nDatum: 2024-05-02\n\n"
            " 1. Ordföranden Tora Lund hälsade alla välkomna.\n"
            " 2. Till att jämte ordföranden justera protokollet utsågs Edvin Roos.\n"
            " 3. Att tillsammans med ordföranden justera dagens protokoll utsågs Lisa Hed.\n"
            " 4. Information om att vägbidraget beviljades.\n"
            " 5. Till att jämte mötets ordförande justera protokollet valdes Ebba Ask.\n")
    got = {it.number: it.decisions for it in parse_text(text, "x.txt").items}
    assert got["2"] == ["Till att jämte ordföranden justera protokollet utsågs Edvin Roos."]
    assert got["3"] == ["Att tillsammans med ordföranden justera dagens protokoll utsågs Lisa Hed."]
    assert got["4"] == []
    assert got["5"] == ["Till att jämte mötets ordförande justera protokollet valdes Ebba Ask."]
