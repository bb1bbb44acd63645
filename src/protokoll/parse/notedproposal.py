"""An information item's note in an agenda: "Informationen noteras." is the proposal put to the meeting.

An agenda (kallelse, föredragningslista) decides nothing. Under an item that brings information or a report,
many agendas write, without a "Förslag till beslut" label, what the body is to do with it: "Informationen
noteras.", "Rapporten läggs till handlingarna.", "Redovisningen antecknas till protokollet." The decision
reader reads such a sentence as a decision; in an agenda it is the proposal. Only this one short form is
taken, and only when it is all the item's decision text says: a longer passive text in an agenda ("Dnr ...
läggs till handlingarna" in a list of delegation decisions) is a description, not a proposal.
"""

from __future__ import annotations

import re

#: what an information item brings: the information, a report, an account, notices
REPORT = (r"(?:Informationen|Information|Rapporten|Rapporterna|Redovisningen|Redovisningarna|Återrapporteringen|"
          r"Återrapporten|Lägesrapporten|Uppföljningen|Anmälan|Anmälningarna|Meddelandena|Delgivningarna|"
          r"Skrivelserna|Skrivelsen|Protokollet|Protokollen|Delegationsbesluten|Månadsrapporten)")
#: what is done with it: noted, put to the files
DONE = (r"(?:noteras|antecknas|tas\s+emot|godkänns|läggs\s+till\s+handlingarna)"
        r"(?:\s+(?:till|i)\s+protokollet)?(?:\s+och\s+läggs\s+till\s+handlingarna)?")
NOTE = re.compile(rf"^{REPORT}(?:\s+[a-zåäö][\wåäö\-]*){{0,3}}\s+{DONE}\s*\.?$")


def noted_proposal(decisions: list[str]) -> str | None:
    """The item's one decision text when it is an information note ("Informationen noteras."): its proposal."""
    if len(decisions) == 1 and NOTE.match(decisions[0].strip()):
        return decisions[0].strip()
    return None
