"""documents keep the text as read and the repairs made to it

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("raw_text", sa.Text, nullable=True))
        batch.add_column(sa.Column("changes_json", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("changes_json")
        batch.drop_column("raw_text")
