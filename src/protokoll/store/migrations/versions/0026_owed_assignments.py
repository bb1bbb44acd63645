"""owed_assignments and dissent_municipalities: which municipalities owe each assignment (and why) and
which dissented on an item, decided when linking

What a municipality owes (its own assignments, its representatives' and group
assignments of its organisations: ``protokoll.link.owed``) was worked out per
request, twice (a municipality's page and the register's ``kommun`` filter); so was
whose dissent was the municipality's (by name, or by a person representing it then).
Linking now stores it as rows (``protokoll.linking.owed.write_owed``). Storage does
not know the linkers, so the rows are made by the next relink, which is full: the
stored link report is cleared (as 0020 did; ``protokoll link``, or the end of an
ingest). Until then a municipality owes nothing on its page.

Revision ID: 0026_owed_assignments
Revises: 0025_case_dates
"""
import warnings

from alembic import op
import sqlalchemy as sa

revision = "0026_owed_assignments"
down_revision = "0025_case_dates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    found = sa.inspect(op.get_bind())  # an archive set back to an older revision by hand may have them already
    tables = set(found.get_table_names())
    with warnings.catch_warnings():  # chain_meetings has indexes on expressions, which SQLAlchemy cannot reflect
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        indexes = {i["name"] for table in ("person_mentions", "chain_meetings") for i in found.get_indexes(table)}
    if "owed_assignments" not in tables:
        _owed_assignments()
    if "dissent_municipalities" not in tables:
        _dissent_municipalities()
    if "ix_person_mentions_affiliation_person_date" not in indexes:
        op.create_index("ix_person_mentions_affiliation_person_date", "person_mentions",
                        ["affiliation", "person_id", "date"])
    if "ix_chain_meetings_attended" not in indexes:
        attended = sa.text("date IS NOT NULL AND present_json IS NOT NULL")
        op.create_index("ix_chain_meetings_attended", "chain_meetings", ["organization", "date", "key"],
                        sqlite_where=attended, postgresql_where=attended)
    op.execute("UPDATE link_state SET report_json = NULL")  # the next relink is full (``relink_changed``)


def _owed_assignments() -> None:
    op.create_table(
        "owed_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assignment_id", sa.Integer, sa.ForeignKey("assignments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("municipality", sa.Text, nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("position", sa.Text().with_variant(sa.Text(collation="C"), "postgresql"), nullable=False),
        sa.Column("person_id", sa.Integer, nullable=True),
    )
    op.create_index("ix_owed_assignments_assignment_id", "owed_assignments", ["assignment_id"])
    op.create_index("ix_owed_assignments_municipality", "owed_assignments", ["municipality", "assignment_id"],
                    unique=True)
    op.create_index("ix_owed_assignments_municipality_position", "owed_assignments", ["municipality", "position"])


def _dissent_municipalities() -> None:
    op.create_table(
        "dissent_municipalities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("linked_items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("municipality", sa.Text, nullable=False),
        sa.Column("names_json", sa.Text, nullable=False),
    )
    op.create_index("ix_dissent_municipalities_item_id", "dissent_municipalities", ["item_id"])
    op.create_index("ix_dissent_municipalities_municipality", "dissent_municipalities", ["municipality", "item_id"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_chain_meetings_attended", "chain_meetings")
    op.drop_index("ix_person_mentions_affiliation_person_date", "person_mentions")
    op.drop_index("ix_dissent_municipalities_municipality", "dissent_municipalities")
    op.drop_index("ix_dissent_municipalities_item_id", "dissent_municipalities")
    op.drop_table("dissent_municipalities")
    op.drop_index("ix_owed_assignments_municipality_position", "owed_assignments")
    op.drop_index("ix_owed_assignments_municipality", "owed_assignments")
    op.drop_index("ix_owed_assignments_assignment_id", "owed_assignments")
    op.drop_table("owed_assignments")
