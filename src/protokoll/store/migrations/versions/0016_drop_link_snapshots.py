"""the linked archive is rows now (0013): the compressed snapshot table goes

Revision ID: 0016
Revises: 0014
"""
from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("link_snapshots")


def downgrade() -> None:
    op.create_table(
        "link_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("archive_key", sa.String(500), nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
