"""An agenda printed with its case papers after the list of items (parse/paperproposals.py): each paper's
"Förslag till beslut" belongs to the item whose title the paper repeats, not to the last item of the list."""

from protokoll.parse import parse_text

AGENDA = ("KALLELSE/ FÖREDRAGNINGSLISTA\nKultur- och fritidsnämnden\nTid Onsdagen den 12 mars 2025 kl. 13:00\n"
          "Plats Kulturhuset, sal 2\n"
          "1. Val av justerare\n2. Budgetuppföljning efter februari\n3. Taxor för idrottshallar 2026\n4. Övrigt\n\n")
PAPER = ("3 TJÄNSTESKRIVELSE Handläggare Datum Diarienummer Lena Ström KFN 2025/ Kultur- och fritidsnämnden "
         "Budgetuppföljning efter februari 2025 Förslag till beslut Kultur- och fritidsnämnden beslutar att "
         "godkänna budgetuppföljningen efter februari Bakgrund Förvaltningen redovisar utfallet.\n")


def _proposals(text):
    rec = parse_text(text, "x.txt")
    assert rec.kind == "agenda"
    return {i.title: i.proposed_decision for i in rec.items}


def test_a_case_papers_proposal_goes_to_the_item_it_names():
    found = _proposals(AGENDA + PAPER)
    assert found["Övrigt"] is None
    # the proposal ends where the paper's next part begins ("Bakgrund ...")
    assert found["Budgetuppföljning efter februari"] == (
        "Kultur- och fritidsnämnden beslutar att godkänna budgetuppföljningen efter februari")


def test_a_paper_that_names_no_item_gives_its_proposal_to_none():
    paper = PAPER.replace("Budgetuppföljning efter februari 2025", "Lokalfrågor i centrum")
    assert set(_proposals(AGENDA + paper).values()) == {None}


def test_a_committees_protocol_extract_is_a_case_paper_too():
    extract = ("2 SAMMANTRÄDESPROTOKOLL 4 Kultur- och fritidsnämndens arbetsutskott Sammanträdesdatum Sida "
               "Taxor för idrottshallar 2026 Dnr KFN 2025/31 Förslag till beslut Kultur- och fritidsnämnden "
               "beslutar att anta taxorna för idrottshallar 2026. Ärendebeskrivning Taxorna ses över varje år.\n")
    found = _proposals(AGENDA + extract)
    assert found["Övrigt"] is None
    assert found["Taxor för idrottshallar 2026"].startswith(
        "Kultur- och fritidsnämnden beslutar att anta taxorna för idrottshallar 2026")


def test_a_heading_inside_the_papers_proposes_nothing():
    paper = ("3 TJÄNSTESKRIVELSE Handläggare Datum Lena Ström Kultur- och fritidsnämnden Lokalfrågor i centrum\n"
             "Beslutsunderlag\nFörslag till beslut Följande handlingar utgör underlag i ärendet: skrivelse.\n")
    found = _proposals(AGENDA + paper)
    assert set(found.values()) == {None}
