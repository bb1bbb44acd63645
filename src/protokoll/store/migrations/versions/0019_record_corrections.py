"""corrections of read meeting records made by hand (issue 13), append-only

Revision ID: 0019_record_corrections
Revises: 0018_my_assignments

``record_corrections`` holds every correction the secretariat made to a
read record: who, when, the field (a stable path, ``store.record_fields``),
the value before and after, an optional reason. A row is never changed or
removed (triggers refuse UPDATE and DELETE on both backends): the table is
the audit log. ``meetings.extracted_json`` keeps a record as it was read
once corrections make ``record_json`` differ from it (null: no correction).
See :mod:`protokoll.store.record_corrections`.
"""
from alembic import op
import sqlalchemy as sa

revision = "0019_record_corrections"
down_revision = "0018_my_assignments"
branch_labels = None
depends_on = None

_REFUSE = "record_corrections is append-only"


def upgrade() -> None:
    op.create_table(
        "record_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_path", sa.String(1024), nullable=False, index=True),
        sa.Column("document_name", sa.String(255), nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("organization", sa.String(255), nullable=True, index=True),
        sa.Column("field", sa.String(600), nullable=False),
        sa.Column("before_json", sa.Text, nullable=False),
        sa.Column("after_json", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("who", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("extracted_json", sa.Text, nullable=True))
    if op.get_context().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER record_corrections_no_{event.lower()} BEFORE {event} ON record_corrections "
                       f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END")
    else:
        op.execute("CREATE OR REPLACE FUNCTION record_corrections_append_only() RETURNS trigger AS $$ "
                   f"BEGIN RAISE EXCEPTION '{_REFUSE}'; END $$ LANGUAGE plpgsql")
        op.execute("CREATE TRIGGER record_corrections_append_only BEFORE UPDATE OR DELETE ON record_corrections "
                   "FOR EACH ROW EXECUTE FUNCTION record_corrections_append_only()")


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("extracted_json")
    op.drop_table("record_corrections")
    if op.get_context().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS record_corrections_append_only()")
