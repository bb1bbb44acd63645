"""the linkers' answer, kept: one snapshot of the linked archive

Revision ID: 0008
Revises: 0007

``link_snapshots`` holds the latest answer of linking (chain, cases, people,
organisations; :mod:`protokoll.link.snapshot`) with the state of the stored
data it was made from (``archive_key``). Ingest writes it once per batch;
every process that shows the archive loads it instead of linking again.
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("archive_key", sa.String(500), nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("link_snapshots")
