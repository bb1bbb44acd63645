"""person_runs, person_meetings and persons.variants_json: a person's affiliations and titles over
time, their meetings and their spellings, decided when linking

The person page read every mention of the person per request to make the runs of one affiliation
(or title) in date order, the meetings with the person's roles in each and the spellings most
frequent first; a person named in a thousand meetings has hundreds of runs. Linking now stores them
as rows (``protokoll.link.person_history``) and the page reads one page of them by an index range. Storage does not know the linkers, so the
rows are made by the next relink, which is full: the stored link report is cleared (as 0020 and
0026 did; ``protokoll link``, or the end of an ingest). Until then a person shows no history.

Revision ID: 0027_person_runs
Revises: 0026_owed_assignments
"""
from alembic import op
import sqlalchemy as sa

revision = "0027_person_runs"
down_revision = "0026_owed_assignments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    found = sa.inspect(op.get_bind())  # an archive set back to an older revision by hand may have them already
    if "person_runs" not in set(found.get_table_names()):
        op.create_table(
            "person_runs",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
            sa.Column("key", sa.Text, nullable=False),
            sa.Column("attr", sa.String(16), nullable=False),
            sa.Column("position", sa.Integer, nullable=False),
            sa.Column("value", sa.Text, nullable=False),
            sa.Column("date_from", sa.String(10), nullable=True),
            sa.Column("date_to", sa.String(10), nullable=True),
        )
        op.create_index("ix_person_runs_person_position", "person_runs", ["person_id", "position", "attr"])
    if "person_meetings" not in set(found.get_table_names()):
        op.create_table(
            "person_meetings",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
            sa.Column("meeting_id", sa.Integer, nullable=False),
            sa.Column("position", sa.Integer, nullable=False),
            sa.Column("date", sa.String(10), nullable=True),
            sa.Column("year", sa.Integer, nullable=True),
            sa.Column("organization", sa.Text, nullable=True),
            sa.Column("body", sa.Text, nullable=True),
            sa.Column("grp", sa.String(16), nullable=True),
            sa.Column("role", sa.Text, nullable=True),
            sa.Column("roles_json", sa.Text, nullable=False),
        )
        op.create_index("ix_person_meetings_person_position", "person_meetings", ["person_id", "position"])
    if "variants_json" not in {c["name"] for c in found.get_columns("persons")}:
        op.add_column("persons", sa.Column("variants_json", sa.Text, nullable=False, server_default="[]"))
    op.execute("UPDATE link_state SET report_json = NULL")  # the next relink is full (``relink_changed``)


def downgrade() -> None:
    op.drop_index("ix_person_meetings_person_position", "person_meetings")
    op.drop_table("person_meetings")
    op.drop_index("ix_person_runs_person_position", "person_runs")
    op.drop_table("person_runs")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("variants_json")
