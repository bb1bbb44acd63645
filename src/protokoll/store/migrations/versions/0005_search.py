"""full-text search index: search units, their municipalities and a dialect-specific term index

Revision ID: 0005
Revises: 0004

SQLite: an external-content FTS5 table ``search_fts`` over the columns
``title_terms`` and ``terms`` of ``search_units``, kept in step by triggers.
PostgreSQL: a stored generated column ``vector``, the tsvector of both
(``to_tsvector('simple', ...)``, title terms weighted 'A'), with a GIN index;
stored rather than an expression index so that ranking does not analyse each
hit's text again. The terms are already analysed (:mod:`protokoll.swedish.stems`),
so both sides only split on spaces.

The index starts empty: ``protokoll search --reindex`` fills it from the stored
meetings (``protokoll search`` does so by itself when it finds it empty).
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, terms, content='search_units', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_units_ai AFTER INSERT ON search_units BEGIN "
    "INSERT INTO search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms); END",
    "CREATE TRIGGER search_units_ad AFTER DELETE ON search_units BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, terms) "
    "VALUES ('delete', old.id, old.title_terms, old.terms); END",
    "CREATE TRIGGER search_units_au AFTER UPDATE ON search_units BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, terms) "
    "VALUES ('delete', old.id, old.title_terms, old.terms); "
    "INSERT INTO search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms); END",
]
POSTGRES = [
    "ALTER TABLE search_units ADD COLUMN vector tsvector GENERATED ALWAYS AS "
    "(setweight(to_tsvector('simple'::regconfig, title_terms), 'A') "
    "|| to_tsvector('simple'::regconfig, terms)) STORED",
    "CREATE INDEX ix_search_units_vector ON search_units USING gin (vector)",
]


def upgrade() -> None:
    op.create_table(
        "search_units",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("meeting_date", sa.String(10)),
        sa.Column("year", sa.Integer),
        sa.Column("organization", sa.String(255)),
        sa.Column("body", sa.String(255)),
        sa.Column("item_number", sa.String(32)),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title_terms", sa.Text, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
    )
    op.create_table(
        "search_places",
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("search_units.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("municipality", sa.String(64), primary_key=True, index=True),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRES:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("search_units_ai", "search_units_ad", "search_units_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_places")
    op.drop_table("search_units")
