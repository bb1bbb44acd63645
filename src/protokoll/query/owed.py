"""What a municipality owes: the assignments given to it, to its representatives and to all or several
municipalities of its organisations (the rule: :mod:`protokoll.link.owed`), as linking stored them
(``owed_assignments``, :mod:`protokoll.linking.owed`): one index range per municipality.

The one answer of "which assignments does municipality X owe, and why": a municipality's page
(paged, newest first), the register's ``kommun`` filter and "my assignments" read it.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..store.linked_tables import AssignmentRow, Membership, OwedRow, PersonMention, PersonRow
from ..swedish import gazetteer
from ..swedish.fold import slug
from .linked import LinkedView


def owed(name: str):
    """SQL condition on ``AssignmentRow``: the assignments municipality ``name`` owes."""
    return AssignmentRow.id.in_(select(OwedRow.assignment_id).where(OwedRow.municipality == name))


def owed_count(session, name: str) -> int:
    """How many assignments municipality ``name`` owes."""
    return session.scalar(select(func.count()).select_from(OwedRow).where(OwedRow.municipality == name)) or 0


def owed_page(session, name: str, limit: int, offset: int = 0) -> list[int]:
    """Row ids of a page of what municipality ``name`` owes, newest first (register order reversed): read
    from the index before the rows, so the status of only these is worked out."""
    return list(session.scalars(select(OwedRow.assignment_id).where(OwedRow.municipality == name)
                                .order_by(OwedRow.position.desc()).limit(limit).offset(offset)))


def owed_ids(session, name: str) -> list[int]:
    """Row ids of the assignments municipality ``name`` owes (a calendar lists them all)."""
    return list(session.scalars(select(OwedRow.assignment_id).where(OwedRow.municipality == name)
                                .order_by(OwedRow.assignment_id)))


def reasons(session, name: str, ids) -> dict[str, tuple[str, str | None]]:
    """Assignment key -> (why municipality ``name`` owes it: ``protokoll.link.owed.REASONS``, the key of
    the representative's person or None), of the assignments of row ids ``ids``."""
    ids = sorted(ids)
    if not ids:
        return {}
    return {k: (why, person) for k, why, person in session.execute(
        select(AssignmentRow.key, OwedRow.reason, PersonRow.key)
        .join(AssignmentRow, AssignmentRow.id == OwedRow.assignment_id)
        .outerjoin(PersonRow, PersonRow.id == OwedRow.person_id)
        .where(OwedRow.municipality == name, OwedRow.assignment_id.in_(ids)))}


def municipality_named(view: LinkedView, text: str) -> str | None:
    """The municipality a URL name means (as ``/kommuner/{name}``): slugs fold å/ä/ö, so two can share one
    ("Habo", "Håbo"): then the one written so, else one the archive has seen (a member or an affiliation)."""
    wanted = slug(text)
    found = [m.name for m in gazetteer.all_municipalities() if slug(m.name) == wanted]
    if len(found) <= 1 or text in found:
        return text if text in found else (found[0] if found else None)
    for name in found:
        if view.session.scalar(select(Membership.id).where(Membership.municipality == name).limit(1)) or \
                view.session.scalar(select(PersonMention.id).where(PersonMention.affiliation == name).limit(1)):
            return name
    return found[0]
