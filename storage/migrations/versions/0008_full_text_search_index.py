"""full-text search index

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 01:10:00

The documents (``search_document``) are an ordinary table; the index over them is each backend's
own: an FTS5 external-content table kept in step by triggers on SQLite, a tsvector column with a
GIN index on PostgreSQL (storage/migrations/outside_models.py keeps them out of autogenerate).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Tokens arrive folded, lower-case and separated by single spaces (clerk_app.domain.text_folding),
# so the tokenizer must only split at the spaces: "ascii" does exactly that (every non-ASCII character
# is part of a token; ASCII letters are lower-case already), where unicode61 would apply its own
# Unicode 6.1 rules again, and it indexes a fifth faster. Every bare query word is a prefix: without
# a prefix index of its length FTS5 merges the lists of all the words that start with it (товар*:
# 200 ms over 1.3 million documents); the indexes for 2 to 8 letters (most Kazakh and Russian stems)
# double the index and make those single lookups.
_SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='search_document', content_rowid='doc_id', tokenize='ascii', prefix='2 3 4 5 6 7 8'
    )""",
    """CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, body) VALUES (new.doc_id, new.body);
    END""",
    # Fires for ON DELETE CASCADE from card too (foreign keys are on in every connection).
    """CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.doc_id, old.body);
    END""",
    """CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.doc_id, old.body);
        INSERT INTO search_fts(rowid, body) VALUES (new.doc_id, new.body);
    END""",
]
_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_document_au",
    "DROP TRIGGER IF EXISTS search_document_ad",
    "DROP TRIGGER IF EXISTS search_document_ai",
    "DROP TABLE IF EXISTS search_fts",
]
# The vector is written from Python as a tsvector literal of the folded tokens with their positions:
# PostgreSQL's parser, dictionaries and locale never touch it.
_POSTGRESQL_UP = [
    "ALTER TABLE search_document ADD COLUMN vector tsvector NOT NULL",
    "CREATE INDEX ix_search_document_vector ON search_document USING gin (vector)",
]
_POSTGRESQL_DOWN = ["DROP INDEX IF EXISTS ix_search_document_vector"]


def upgrade() -> None:
    op.create_table(
        "search_document",
        sa.Column("doc_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("page_index", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_search_document_card_id_card"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_search_document")),
    )
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.create_index("ix_search_document_card_id", ["card_id", "source"], unique=False)
        batch_op.create_index(
            "ix_search_document_sha256",
            ["sha256", "page_index"],
            unique=False,
            sqlite_where=sa.text("sha256 IS NOT NULL"),
            postgresql_where=sa.text("sha256 IS NOT NULL"),
        )
    bind = op.get_bind()
    for statement in _SQLITE_UP if bind.dialect.name == "sqlite" else _POSTGRESQL_UP:
        op.execute(statement)
    # The cards and recognised pages already in the store. This uses the repository of this
    # version; a later migration that changes the columns it reads must freeze a copy here.
    from storage.repositories.search import rebuild_documents

    rebuild_documents(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in _SQLITE_DOWN if bind.dialect.name == "sqlite" else _POSTGRESQL_DOWN:
        op.execute(statement)
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_search_document_sha256",
            sqlite_where=sa.text("sha256 IS NOT NULL"),
            postgresql_where=sa.text("sha256 IS NOT NULL"),
        )
        batch_op.drop_index("ix_search_document_card_id")
    op.drop_table("search_document")
