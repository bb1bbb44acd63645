"""An agenda's proposal written in the impersonal passive, without a label ("Föreslås att nämnden godkänner ...",
"Det föreslås att ..."): the proposed decision (parse.agendaproposal). The text is written here."""

from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.pipeline import process

AGENDA = """DAGORDNING
Tekniska nämnden
Tid: tisdagen den 14 mars 2023 kl. 13.00

1. Val av justerare
2. Detaljplan för Sjöudden
Samrådet är avslutat och planen har reviderats.
Föreslås att nämnden godkänner granskningshandlingen.
3. Taxor 2024
Det föreslås att nämnden antar taxorna.
4. Övriga frågor
"""


def _items(text: str) -> dict[str, dict]:
    data = text.encode("utf-8")
    record = process(Path("dagordning.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {i["number"]: i for i in record["items"]}


def test_passive_proposals_are_read_in_an_agenda():
    items = _items(AGENDA)
    assert items["2"]["proposed_decision"] == "Föreslås att nämnden godkänner granskningshandlingen."
    assert items["3"]["proposed_decision"] == "Det föreslås att nämnden antar taxorna."
    assert items["4"]["proposed_decision"] is None


def test_no_proposal_in_a_protocol():
    items = _items(AGENDA.replace("DAGORDNING", "PROTOKOLL").replace("Tid:", "Sammanträdesdatum:"))
    assert all(not i["proposed_decision"] for i in items.values())
