"""search terms of hyphenated words written together ("e-arkiv" is also indexed as "earkiv")

The analysis (``swedish.stems.index_terms``) now also indexes a hyphenated
word of letters written together. Units indexed earlier get those terms here
from their stored title and text, so "earkiv" finds them without a reindex;
the SQL term indexes follow (FTS5 by its update trigger, PostgreSQL's
generated ``vector``), and a logged change of every meeting makes the
embedded engine apply them. Units without a hyphen are not touched. The
words a unit indexes but does not show (an item's presenters) are not
stored, so theirs wait for ``protokoll search --reindex``.

Revision ID: 0023_joined_hyphen_terms
Revises: 0022_printed_numbers_and_dissent
"""
from alembic import op
import sqlalchemy as sa

revision = "0023_joined_hyphen_terms"
down_revision = "0022_printed_numbers_and_dissent"
branch_labels = None
depends_on = None

BATCH = 2_000


def upgrade() -> None:
    from protokoll.swedish.stems import joined_words, word_terms

    def joined(text: str | None) -> str:
        return " ".join(t for w in joined_words(text or "") for t in word_terms(w))

    conn = op.get_bind()
    last, changed = 0, False
    while True:
        rows = conn.execute(sa.text(
            "SELECT id, title, text, title_terms, terms FROM search_units WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": BATCH}).all()
        if not rows:
            break
        for unit_id, title, text, title_terms, terms in rows:
            more, more_title = joined(text), joined(title) if title_terms else ""
            if more or more_title:
                conn.execute(sa.text("UPDATE search_units SET terms = :terms, title_terms = :title WHERE id = :id"),
                             {"terms": " ".join(p for p in (terms, more) if p),
                              "title": " ".join(p for p in (title_terms, more_title) if p), "id": unit_id})
                changed = True
        last = rows[-1][0]
    if changed:
        conn.execute(sa.text("UPDATE search_state SET generation = generation + 1 WHERE id = 1"))
        conn.execute(sa.text("INSERT INTO search_changes (meeting_id) VALUES (NULL)"))


def downgrade() -> None:
    pass  # the added terms only widen what a search finds
