"""owed_assignments: which municipalities owe each assignment, and why, decided when linking

What a municipality owes (its own assignments, its representatives' and group
assignments of its organisations: ``protokoll.link.owed``) was worked out per
request, twice (a municipality's page and the register's ``kommun`` filter).
Linking now stores it as rows (``protokoll.store.owed.write_owed``); here they
are derived once from the linked rows already stored, so no relink is needed.

Revision ID: 0024_owed_assignments
Revises: 0023_joined_hyphen_terms
"""
from alembic import op
import sqlalchemy as sa

revision = "0024_owed_assignments"
down_revision = "0023_joined_hyphen_terms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sqlalchemy.orm import Session

    from protokoll.store.owed import write_owed

    op.create_table(
        "owed_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assignment_id", sa.Integer, sa.ForeignKey("assignments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("municipality", sa.Text, nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
    )
    op.create_index("ix_owed_assignments_assignment_id", "owed_assignments", ["assignment_id"])
    op.create_index("ix_owed_assignments_municipality", "owed_assignments", ["municipality", "assignment_id"],
                    unique=True)
    session = Session(bind=op.get_bind())
    write_owed(session)
    session.flush()


def downgrade() -> None:
    op.drop_index("ix_owed_assignments_municipality", "owed_assignments")
    op.drop_index("ix_owed_assignments_assignment_id", "owed_assignments")
    op.drop_table("owed_assignments")
