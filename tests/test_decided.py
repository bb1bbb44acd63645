"""Decisions written as plain sentences without a "Beslut" label (parse/decided.py)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.decided import fallback, unlabelled, with_checking
from protokoll.parse.tasks import task_given

HEAD = "PROTOKOLL\nSocialnämnden\nDatum: 2022-09-14\n\n"


def decisions(item: str) -> list[str]:
    return parse_text(HEAD + item, "x.txt").items[0].decisions


def test_a_passive_formality_with_commas_or_many_words_before_its_verb():
    assert unlabelled("Dagordningen, daterad den 5 september, godkändes.")
    assert unlabelled("Att tillsammans med ordföranden justera dagens protokoll utsågs Nils Lund.")
    assert unlabelled("Rapporten om budgeten lades till handlingarna.")
    assert unlabelled("Ordföranden hälsade alla välkomna.") is None


def test_a_body_named_by_a_genitive_or_a_definite_noun_decides():
    assert unlabelled("Kommunstyrelsens arbetsutskott beslutar att föreslå fullmäktige att anta planen.")
    assert unlabelled("Förbundets direktion beslöt att skjuta upp frågan.")
    assert unlabelled("Årsmötet beslutade att anta verksamhetsplanen.")
    assert unlabelled("Förvaltningens förslag är att anta planen.") is None


def test_what_informal_minutes_say_was_agreed():
    assert unlabelled("Gruppen enades om att skjuta upp konferensen till hösten.")
    assert unlabelled("Det bestämdes att kansliet skickar ut en enkät.")
    assert unlabelled("Vi kom överens om att träffas digitalt framöver.")
    assert unlabelled("Frågan om vad parterna enades om i fjol lämnades öppen.") is None


def test_a_task_given_is_read_from_its_agent_on_and_is_no_decision_by_itself():
    assert task_given("Bakgrund Kansliet får i uppdrag att boka lokal.") == "Kansliet får i uppdrag att boka lokal."
    assert task_given("Styrgruppen ger kansliet i uppdrag att skriva ett förslag.")
    assert task_given("Kansliet har tidigare arbetat med frågan.") is None
    assert fallback(["Kansliet får i uppdrag att boka lokal.", "Årsmötet beslutade att anta planen."]) == [
        "Årsmötet beslutade att anta planen."]
    assert fallback(["Kansliet får i uppdrag att boka lokal."]) == []


def test_when_the_minutes_are_checked_belongs_to_the_choice_of_justerare():
    found = ["Att jämte ordföranden justera protokollet utsågs Nils Lund.",
             "Protokollet justeras den 20 september 2022 kl. 10 Budgetuppföljning Ekonomichefen redogjorde."]
    assert with_checking(found[:1], found) == [found[0], "Protokollet justeras den 20 september 2022 kl. 10"]
    assert with_checking(found[:1], found[:1] + ["Ordföranden tackade."]) == found[:1]


def test_an_unlabelled_item_gets_its_decision_and_task():
    rec = parse_text(HEAD + "§ 12 Lokalfrågan\nLokalen diskuterades. Utlysning 2022 Kansliet får i uppdrag att boka "
                            "en ny lokal till hösten.\n\n§ 13 Dagordning\nDagordningen, med ett tillägg, godkändes.\n",
                     "x.txt")
    assert rec.items[0].decisions == []
    assert [a.assignee for a in rec.items[0].assignments] == ["Kansliet"]
    assert rec.items[1].decisions == ["Dagordningen, med ett tillägg, godkändes."]
    labelled = parse_text(HEAD + "§ 12 Lokalfrågan\nKansliet får i uppdrag att boka lokal.\n"
                                 "Beslut: Nämnden godkänner redovisningen.\n", "x.txt")
    assert labelled.items[0].decisions == ["Nämnden godkänner redovisningen."]


def test_a_decision_label_naming_the_body_in_two_words():
    for label in ("Kommunstyrelsens arbetsutskotts beslut", "Barn- och utbildningsnämndens beslut"):
        rec = parse_text(HEAD + f"§ 12 Budget 2023\n{label}\natt anta budgeten\natt uppdra åt förvaltningen att "
                                "återkomma med en plan.\n", "x.txt")
        assert rec.items[0].decisions == ["att anta budgeten", "att uppdra åt förvaltningen att återkomma med en plan."]
        assert [a.assignee for a in rec.items[0].assignments] == ["förvaltningen"]


def test_a_short_heading_after_a_labelled_decision_is_no_further_decision():
    rec = parse_text(HEAD + "§ 12 Ekonomisk rapport\nSocialnämndens beslut\n\nNämnden tackar för rapporten.\n\n"
                            "Dagens sammanträde\n\nEkonomen redogör för utfallet.\n", "x.txt")
    assert rec.items[0].decisions == ["Nämnden tackar för rapporten."]


def test_beslutsunderlag_and_beslutsgang_are_no_decision_labels_and_end_a_proposal():
    rec = parse_text(HEAD + "§ 12 Budget 2023\nBeslutsunderlag\nTjänsteskrivelse 2022-04-01\nYrkanden\n"
                            "Åsa Lind (S) yrkar bifall.\nSocialnämndens beslut\nBudgeten antas.\n", "x.txt")
    assert rec.items[0].decisions == ["Budgeten antas."]
    rec = parse_text(HEAD + "§ 12 Budget 2023\nFörslag till beslut\nNämnden föreslås anta budgeten.\nBeslutsgång\n"
                            "Ordföranden frågar om nämnden kan besluta enligt förslaget och finner att så sker.\n", "x.txt")
    # the proposal is no decision, and Beslutsgång none either; a protocol's record holds no proposal (spec)
    assert rec.items[0].decisions == [] and rec.items[0].proposed_decision is None
    assert rec.items[0].assignments == []


def test_passive_formality_after_a_member_with_party():
    """A member is written with the party's letters in parentheses: the passive formality still reads."""
    from protokoll.parse.decided import unlabelled
    assert unlabelled("Karin Ek (C) väljs till justerare.") == "Karin Ek (C) väljs till justerare."
    assert unlabelled("Till justerare utsågs Per Nyström (KD) och Lena Al (MP).") is not None
    assert unlabelled("Karin Ek (C) informerar om läget i skolorna.") is None


def test_when_the_minutes_are_checked_is_no_decision_on_its_own():
    item = "§ 2 Justering\nBeslut\nJusteringen äger rum på förvaltningskontoret den 3 oktober 2022 kl. 9.00.\n"
    assert decisions(item) == []
    assert decisions("§ 2 Justering\nBeslut\nJustering sker digitalt.\n") == []
    # after the choice of justerare it stays part of that decision; "Protokollet justeras ..." is a decision
    chosen = decisions("§ 2 Val av justerare\nBeslut\nTill justerare utses Eva Dahl. "
                       "Justeringen äger rum den 3 oktober 2022.\n")
    assert chosen == ["Till justerare utses Eva Dahl. Justeringen äger rum den 3 oktober 2022."]
    assert decisions("§ 2 Justering\nBeslut\nProtokollet justeras omedelbart.\n") == ["Protokollet justeras omedelbart."]
    # a decision after it is kept whole
    both = decisions("§ 2 Justering\nBeslut\nJusteringen äger rum i kommunhuset. Nämnden beslutar att anta planen.\n")
    assert both and "anta planen" in both[0]


def test_a_body_named_with_an_adjective_first_decides_without_a_label():
    assert decisions("§ 5 Avfallstaxa\nTekniska nämnden beslutar att anta den nya taxan.\n") == \
        ["Tekniska nämnden beslutar att anta den nya taxan."]
    assert decisions("§ 5 Riktlinjer\nKommunala pensionärsrådet ställer sig bakom riktlinjerna.\n") == \
        ["Kommunala pensionärsrådet ställer sig bakom riktlinjerna."]
    # an adjective before something that is no body decides nothing
    assert decisions("§ 5 Avfallstaxa\nNya taxan beslutar nämnden om i maj.\n") == []


def test_a_case_number_run_on_before_the_deciding_sentence():
    flat = ("PROTOKOLL Socialnämnden Datum: 2022-09-14 § 7 Hyra för lokaler Dnr SN 2022/88 Socialnämnden beslutar "
            "att godkänna avtalet. Ärendet Förvaltningen har förhandlat fram ett avtal.")
    assert parse_text(flat, "x.txt").items[0].decisions == ["Socialnämnden beslutar att godkänna avtalet."]
    assert decisions("§ 7 Hyra\nSN 2022/88 Socialnämnden beslutar att godkänna avtalet.\n") == \
        ["Socialnämnden beslutar att godkänna avtalet."]
    # a case number before a sentence that decides nothing gives nothing
    assert decisions("§ 7 Hyra\nDnr SN 2022/88 Förvaltningen har förhandlat fram ett avtal.\n") == []


def test_an_agreement_written_without_its_subject():
    # notes leave the group out: "Enades om att ...", "Bestämdes att ...", "Överenskoms att ..."
    assert decisions("§ 3 Lokaler\nFrågan diskuterades.\nEnades om att hyra Tallbacka skola.\n") == \
        ["Enades om att hyra Tallbacka skola."]
    assert decisions("§ 3 Lokaler\nFrågan diskuterades.\nBestämdes att vänta på hyresvärdens svar.\n") == \
        ["Bestämdes att vänta på hyresvärdens svar."]
    assert decisions("§ 3 Lokaler\nFrågan diskuterades.\nÖverenskoms att Lisa skriver till hyresvärden.\n") == \
        ["Överenskoms att Lisa skriver till hyresvärden."]


def test_a_bulleted_decision_label_with_its_colon():
    # notes set the decision as one of the point's bullets
    assert decisions("§ 3 Lokaler\n• Hyresvärden har svarat.\n• Beslut: Gruppen hyr Tallbacka skola.\n") == \
        ["Gruppen hyr Tallbacka skola."]
    assert decisions("§ 3 Lokaler\n- Frågan diskuterades.\n- Beslut: att hyra Tallbacka skola\n") == \
        ["att hyra Tallbacka skola"]
    # a bulleted "Beslut om ..." is an entry of a list
    assert decisions("§ 3 Lokaler\n- Beslut om hyra\n- Rapporter från kommunerna\n") == []
