"""attendance and dissent as linked columns: a municipality's page reads no records

Revision ID: 0020_attendance_dissent
Revises: 0019_record_corrections

``chain_meetings.present_json``: per affiliation, the present attendees of the meeting (the most
of any of its documents; NULL when none lists attendees). ``linked_items.dissent_json``: the
record item's ``dissent``. A partial index finds the few items with dissent. Both are written by
linking, so the stored link report is cleared: the next relink (``protokoll link``, or the end of
an ingest) is a full one and fills them; until then the pages show no attendance and no dissent.
"""
from alembic import op
import sqlalchemy as sa

revision = "0020_attendance_dissent"
down_revision = "0019_record_corrections"
branch_labels = None
depends_on = None

DISSENT = sa.text("dissent_json != '[]'")


def upgrade() -> None:  # ADD COLUMN on both backends: no table copy (which reflects, and warns of, expression indexes)
    op.add_column("chain_meetings", sa.Column("present_json", sa.Text(), nullable=True))
    op.add_column("linked_items", sa.Column("dissent_json", sa.Text(), nullable=False, server_default="[]"))
    op.create_index("ix_linked_items_dissent", "linked_items", ["chain_meeting_id"],
                    sqlite_where=DISSENT, postgresql_where=DISSENT)
    op.execute("UPDATE link_state SET report_json = NULL")  # the next relink is full (``relink_changed``)


def downgrade() -> None:
    op.drop_index("ix_linked_items_dissent", "linked_items")
    with op.batch_alter_table("linked_items") as batch:
        batch.drop_column("dissent_json")
    with op.batch_alter_table("chain_meetings") as batch:
        batch.drop_column("present_json")
