"""A kallelse table read from a document ("Ärende<TAB>Föredragande<TAB>Förslag"): a row whose last cell is a
proposal is split before it, and main lost the presenter cell with it. The presenter is read from the row's
cells (a cell that holds nothing but a name); a role ("Ordföranden") is no presenter. The rows are invented."""

from __future__ import annotations

from protokoll.parse import parse_text

KALLELSE = ("KALLELSE\nMiljö- och byggnämnden\nTid: 2024-03-12 kl. 13.00\nPlats: Rådhuset, sal Eken\n\n"
            "Ärende\tFöredragande\tFörslag\n"
            "1. Val av justerare\tOrdföranden\t\n"
            "2. Budgetuppföljning februari\tKlara Dahl, ekonom\tInformationen noteras\n"
            "3. Taxa för tillsyn 2025\tOlof Ring\tNämnden antar taxan enligt bilaga\n"
            "4. Rapport om bostadsanpassning\tPia Nord\tRapporten läggs till handlingarna\n")


def test_the_name_cell_before_a_proposal_cell_is_the_presenter():
    found = {it.number: it.presenters for it in parse_text(KALLELSE, "kallelse.docx.txt").items}
    assert found == {"1": [], "2": ["Klara Dahl"], "3": ["Olof Ring"], "4": ["Pia Nord"]}
