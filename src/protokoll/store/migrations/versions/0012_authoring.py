"""meetings written in the app: the meeting, every saved version of its record, uploaded attachments

Revision ID: 0012
Revises: 0011

See :mod:`protokoll.store.authoring`. A save is a new ``authored_versions``
row (who, when, state); nothing is overwritten. Attachments are kept by the
SHA-256 of their bytes (one row per content).
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authored_meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("organisation", sa.String(255), nullable=False, index=True),
        sa.Column("body", sa.String(255), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "authored_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("authored_meetings.id"), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("record_json", sa.Text, nullable=False),
        sa.Column("notes_json", sa.Text, nullable=False),
        sa.Column("saved_by", sa.String(64), nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("meeting_id", "version"),
    )
    op.create_table(
        "authored_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(127), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("uploaded_by", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("authored_files", "authored_versions", "authored_meetings"):
        op.drop_table(table)
