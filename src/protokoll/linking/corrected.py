"""Relink after a record was corrected by hand: only its organisation, not the whole archive.

A corrected record keeps its meeting id, so the incremental relink
(:mod:`.incremental`, which relinks the organisations of meetings added or
removed) would not see it change, and a full relink costs minutes and
gigabytes on a large archive (bench/results.md, "Linking"). So the meeting is
taken out of the archive and put back, in the caller's transaction: two
incremental relinks, the first without it, the second with its corrected
record. Each falls back to a full relink where only that gives the same answer
(e.g. the correction renamed a body). No one sees the step between: it is
never committed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store.linked import LinkReport
from ..store.models import Meeting
from . import relink


def relink_corrected(session: Session, meeting_id: int) -> LinkReport:
    """Make the linked rows say what the corrected record of ``meeting_id`` now says (the caller commits)."""
    document = session.get(Meeting, meeting_id).document
    if not (document.current and document.published):
        return relink(session)  # not in the linked archive (a draft, an old version): nothing of it is linked
    document.published = False
    session.flush()
    relink(session)
    document.published = True
    session.flush()
    return relink(session)
