"""documents and meetings

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.String(1024), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("current", sa.Boolean, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("pages_json", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_documents_path", "documents", ["path"])
    op.create_index("ix_documents_path_current", "documents", ["path", "current"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, unique=True),
        sa.Column("kind", sa.String(16)),
        sa.Column("organization", sa.String(255)),
        sa.Column("body", sa.String(255)),
        sa.Column("date", sa.String(10)),
        sa.Column("year", sa.Integer),
        sa.Column("record_json", sa.Text, nullable=False),
        sa.Column("evidence_json", sa.Text, nullable=False),
    )
    op.create_index("ix_meetings_date", "meetings", ["date"])


def downgrade() -> None:
    op.drop_table("meetings")
    op.drop_table("documents")
