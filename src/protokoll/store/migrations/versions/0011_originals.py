"""the original bytes of every ingested file, content-addressed

Revision ID: 0011
Revises: 0010

``originals`` keeps each distinct file once under its SHA-256, the key
``documents.sha256`` already has; rows are only added
(:mod:`protokoll.store.originals`). Existing documents get their bytes when
their file is ingested again.
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "originals",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("originals")
