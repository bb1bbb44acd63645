"""search speed: an index generation for result caches, and indexes that filter hits cheaply

Revision ID: 0007
Revises: 0006

``search_state`` holds one row: ``epoch`` (random, new whenever the table is
created) and ``generation`` (bumped by every change to the search index, in
the same transaction). Together they name one state of the index, so a cache
of search results keyed by them never serves a result of another database or
of an older index.

The indexes on the facet columns of ``search_units`` and on
``search_places(municipality, unit_id)`` let a filter be applied as a set of
unit ids read from an index, not by reading the unit of every hit
(:mod:`protokoll.store.search_query`).
"""
import secrets

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FACET_COLUMNS = ("organization", "body", "year", "kind")


def upgrade() -> None:
    state = op.create_table(
        "search_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("generation", sa.Integer, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "epoch": secrets.token_hex(16), "generation": 0}])
    for column in FACET_COLUMNS:
        op.create_index(f"ix_search_units_{column}", "search_units", [column])
    op.create_index("ix_search_places_municipality_unit", "search_places", ["municipality", "unit_id"])


def downgrade() -> None:
    op.drop_index("ix_search_places_municipality_unit", "search_places")
    for column in FACET_COLUMNS:
        op.drop_index(f"ix_search_units_{column}", "search_units")
    op.drop_table("search_state")
