""""Mina uppdrag": who an account answers for, and assignments a member marked reported

Revision ID: 0018_my_assignments
Revises: 0017_reminders_sent

``account_assignees`` links an account to the assignee names it answers for:
a person as the minutes write the name, or a municipality (whose director
answers for what it owes). A change is a new row; the newest per account and
name is in force (``active`` false ends it).

``assignment_reports`` keeps each time a member marked an assignment
reported: which assignment, the meeting item that reports it (and that
meeting's date), who and when, with an optional note. Rows are only added.
See :mod:`protokoll.store.my_assignments`.

Written beside issue 13's other work (h5); the lead rechains it at merge.
"""
from alembic import op
import sqlalchemy as sa

revision = "0018_my_assignments"
down_revision = "0017_reminders_sent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_assignees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("account_users.id"), nullable=False, index=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "assignment_reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assignment_key", sa.String(255), nullable=False, index=True),
        sa.Column("item_key", sa.String(255), nullable=False),
        sa.Column("item_date", sa.String(10), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("reported_by", sa.String(64), nullable=False),
        sa.Column("reported_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("assignment_reports")
    op.drop_table("account_assignees")
