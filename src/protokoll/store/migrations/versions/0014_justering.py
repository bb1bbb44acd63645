"""justering and publishing of meetings written in the app; the address book of reminders

Revision ID: 0014
Revises: 0012

``authored_steps`` is the append-only audit log of a meeting's way from draft
to published: sent for justering (who is to justera), each approval (who,
when, the SHA-256 of the document approved), a return with its comment, the
justering done, publishing (with the anslag dates). See
:mod:`protokoll.store.authoring_justering`.

``reminder_addresses`` keeps the e-mail address of an assignee (a person as
the minutes write the name, or a municipality: its director's address); a
change is a new row, the newest per name is in force, an empty address ends
it. See :mod:`protokoll.reminders`.

The lead rechains this after 0013 at merge (down_revision).
"""
from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authored_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("authored_meetings.id"), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("who", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("document_sha256", sa.String(64), nullable=True),
        sa.Column("data_json", sa.Text, nullable=False),
    )
    op.create_table(
        "reminder_addresses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False, index=True),
        sa.Column("email", sa.String(255), nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reminder_addresses")
    op.drop_table("authored_steps")
