"""items, the register and cases ordered by keys of their own: a meeting dated amid the archive moves no other row

Revision ID: 0021_order_keys
Revises: 0020_attendance_dissent

``linked_items.rank``, ``assignments.position`` and ``cases.position`` were
numbers over the whole archive, so a meeting dated years back renumbered
every later row (about 100,000 rows at 20,000 meetings). They are now text
keys made of what the linkers sort by (``link.rows.order_key``), compared by
code point (PostgreSQL: collation "C"). The stored rows get their keys here,
made in SQL (:mod:`protokoll.store.linked_order`).

``ix_person_mentions_name_person_role``: who holds each name, the first read
of an incremental relink, from the index instead of every mention row.
"""
import warnings

from alembic import op
import sqlalchemy as sa

revision = "0021_order_keys"
down_revision = "0020_attendance_dissent"
branch_labels = None
depends_on = None

_COLUMNS = (("linked_items", "rank"), ("cases", "position"), ("assignments", "position"))


def _retype(type_, old) -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table, column in _COLUMNS:
        if postgresql:
            using = f"{column}::text" if isinstance(type_, sa.Text) else f"{column}::integer"
            op.alter_column(table, column, type_=type_, existing_type=old, existing_nullable=False,
                            postgresql_using=using)
        else:  # a table copy; reflecting it also reflects chain_meetings (a foreign key), whose expression
            # indexes SQLAlchemy cannot reflect: it warns, on every new archive, of indexes it does not touch
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
                with op.batch_alter_table(table) as batch:
                    batch.alter_column(column, type_=type_, existing_type=old, existing_nullable=False)


def upgrade() -> None:
    from protokoll.store.linked_order import assignment_key_sql, item_key_sql

    postgresql = op.get_bind().dialect.name == "postgresql"
    _retype(sa.Text(collation="C") if postgresql else sa.Text(), sa.Integer())
    op.execute(f"""UPDATE linked_items SET rank = r.n FROM (SELECT li.id, {item_key_sql(postgresql)} AS n
        FROM linked_items li JOIN chain_meetings cm ON cm.id = li.chain_meeting_id
        JOIN chain_sources cs ON cs.meeting_id = li.meeting_id) AS r WHERE linked_items.id = r.id""")
    op.execute(f"""UPDATE assignments SET position = r.n FROM (SELECT a.id, {assignment_key_sql(postgresql)} AS n
        FROM assignments a JOIN linked_items li ON li.id = a.item_id) AS r WHERE assignments.id = r.id""")
    op.create_index("ix_person_mentions_name_person_role", "person_mentions", ["name", "person_id", "role"])
    op.execute("""UPDATE cases SET position = r.n FROM (SELECT li.case_id AS id, MIN(li.rank) AS n
        FROM linked_items li WHERE li.case_id IS NOT NULL GROUP BY li.case_id) AS r WHERE cases.id = r.id""")


def downgrade() -> None:
    op.drop_index("ix_person_mentions_name_person_role", table_name="person_mentions")
    for table, column in _COLUMNS:  # numbers again, in the same order
        op.execute(f"UPDATE {table} SET {column} = r.n FROM (SELECT t.id, CAST(row_number() OVER "
                   f"(ORDER BY t.{column}) - 1 AS TEXT) AS n FROM {table} t) AS r WHERE {table}.id = r.id")
    _retype(sa.Integer(), sa.Text())
