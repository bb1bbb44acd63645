"""the reminders sent: one row per reminder delivered, so a run sends only what was not sent yet

Revision ID: 0017_reminders_sent
Revises: 0016

``reminders_sent`` keeps each reminder an SMTP server took: what it was
about (an assignment's key, or ``kallelse:<id>`` of a meeting written in the
app), to whom, which kind (due-soon | overdue | kallelse), the state it was
sent for (the deadline of an assignment, the version of a kallelse), when,
and the Message-ID. See :mod:`protokoll.store.reminders`.

Written beside issue 13's other work (h5); the lead rechains it after the
newest revision at merge (down_revision) if another branch adds one.
"""
from alembic import op
import sqlalchemy as sa

revision = "0017_reminders_sent"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminders_sent",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("recipient", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
    )
    op.create_index("ix_reminders_sent_subject", "reminders_sent", ["subject", "recipient", "kind", "state"])


def downgrade() -> None:
    op.drop_index("ix_reminders_sent_subject", "reminders_sent")
    op.drop_table("reminders_sent")
