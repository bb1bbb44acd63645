"""cases keep the first and last date of their items: a case page and the case list read no items for them

Revision ID: 0025_case_dates
Revises: 0024_assignee_folded

``cases.first_date`` and ``cases.last_date``: the earliest and latest date of the case's items'
meetings (the meeting's ``date``, else the date an undated one is placed ``after``), as the case
pages showed them by reading every item. Linking writes them from now on; the cases stored are filled
here by one UPDATE from their items and chain meetings (no relink needed).
"""
from alembic import op
import sqlalchemy as sa

revision = "0025_case_dates"
down_revision = "0024_assignee_folded"
branch_labels = None
depends_on = None

DAYS = ('(SELECT {f}(COALESCE(cm.date, cm."after")) FROM linked_items li '
        'JOIN chain_meetings cm ON cm.id = li.chain_meeting_id WHERE li.case_id = cases.id)')


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("cases")}  # (set back by hand: fill again)
    for name in ("first_date", "last_date"):
        if name not in have:
            op.add_column("cases", sa.Column(name, sa.String(10), nullable=True))
    op.execute(f"UPDATE cases SET first_date = {DAYS.format(f='MIN')}, last_date = {DAYS.format(f='MAX')}")


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("last_date")
        batch.drop_column("first_date")
