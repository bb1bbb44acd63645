"""search changes: a log of which meeting's search units changed, for the embedded search engine

Revision ID: 0009
Revises: 0008

``search_changes`` gets one row per change to the search index, written in
the transaction that changes ``search_units``: the meeting whose units were
dropped or (re)written, or NULL when the whole index was rebuilt. The
embedded engine of a SQLite archive (:mod:`protokoll.store.search_engine`)
applies the rows after the last one it applied. The first row (NULL) makes
it build its index from the units already stored.
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    changes = op.create_table(
        "search_changes",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.Integer),
        sqlite_autoincrement=True,
    )
    op.bulk_insert(changes, [{"meeting_id": None}])


def downgrade() -> None:
    op.drop_table("search_changes")
