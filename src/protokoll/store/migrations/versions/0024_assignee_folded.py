"""assignments keep their assignee's folded name: a person's assignments are one indexed lookup

Revision ID: 0024_assignee_folded
Revises: 0023_joined_hyphen_terms

``assignments.assignee_folded``: ``swedish.fold.fold_name`` of the assignee as written (the fold
person mentions are stored under, ``person_mentions.folded``), with an index on (kind, folded
name). A person's page found the assignments given to them by reading every distinct assignee of
the register and folding it in Python (the database cannot fold); it now asks the index for the
person's own folded names. The value is a pure function of the row's ``assignee``, so the rows
stored are filled here, one UPDATE per distinct assignee, and linking writes it from now on (no
relink needed).
"""
from alembic import op
import sqlalchemy as sa

revision = "0024_assignee_folded"
down_revision = "0023_joined_hyphen_terms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from protokoll.swedish.fold import fold_name

    conn = op.get_bind()
    found = sa.inspect(conn)  # an archive set back to an older revision by hand may have it already: fill it again
    if "assignee_folded" not in {c["name"] for c in found.get_columns("assignments")}:
        op.add_column("assignments", sa.Column("assignee_folded", sa.Text(), nullable=False, server_default=""))
    for (assignee,) in conn.execute(sa.text("SELECT DISTINCT assignee FROM assignments")).all():
        folded = fold_name(assignee or "")
        if folded:
            conn.execute(sa.text("UPDATE assignments SET assignee_folded = :f WHERE assignee = :a"),
                         {"f": folded, "a": assignee})
    if "ix_assignments_kind_folded" not in {i["name"] for i in found.get_indexes("assignments")}:
        op.create_index("ix_assignments_kind_folded", "assignments", ["assignee_kind", "assignee_folded"])


def downgrade() -> None:
    op.drop_index("ix_assignments_kind_folded", "assignments")
    with op.batch_alter_table("assignments") as batch:
        batch.drop_column("assignee_folded")
