"""audit trail

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 07:00:00

The tamper-evident audit trail (issue 6, docs/audit.md): entries chained by SHA-256, the subjects
whose data each touched, and the head row that appending locks. Triggers make the tables
append-only at the database level: entries and subjects are never updated or deleted, a new entry
must follow the head, and the head only moves forward, one entry at a time, to the entry it names.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64
REFUSED = "audit.append_only"  # the start of every refusal, so that the store can say what happened

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: audit entries are never changed'); END""",
    f"""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: audit entries are never deleted'); END""",
    f"""CREATE TRIGGER audit_entry_append BEFORE INSERT ON audit_entry
    WHEN NEW.seq IS NOT (SELECT entry_count + 1 FROM audit_head WHERE id = 1)
      OR NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1)
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: a new entry must follow the head of the chain'); END""",
    f"""CREATE TRIGGER audit_subject_no_update BEFORE UPDATE ON audit_subject
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: audit subjects are never changed'); END""",
    f"""CREATE TRIGGER audit_subject_no_delete BEFORE DELETE ON audit_subject
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: audit subjects are never deleted'); END""",
    f"""CREATE TRIGGER audit_subject_append BEFORE INSERT ON audit_subject
    WHEN NEW.seq IS NOT (SELECT entry_count FROM audit_head WHERE id = 1)
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: subjects are written with their entry'); END""",
    f"""CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: the head of the audit trail is never deleted'); END""",
    f"""CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
    WHEN NEW.id IS NOT OLD.id OR NEW.subject_salt IS NOT OLD.subject_salt
      OR NEW.entry_count IS NOT OLD.entry_count + 1
      OR NEW.last_hash IS NOT (SELECT hash FROM audit_entry WHERE seq = NEW.entry_count)
    BEGIN SELECT RAISE(ABORT, '{REFUSED}: the head only moves to the entry just appended'); END""",
]

_PG_RAISE = f"RAISE EXCEPTION '{REFUSED}: % on %', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation'"
PG_FUNCTIONS = [
    f"""CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {_PG_RAISE};
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION audit_check_append() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        head_count bigint;
        head_hash varchar(64);
    BEGIN
        SELECT entry_count, last_hash INTO head_count, head_hash FROM audit_head WHERE id = 1;
        IF NOT FOUND OR NEW.seq <> head_count + 1 OR NEW.prev_hash <> head_hash THEN
            {_PG_RAISE};
        END IF;
        RETURN NEW;
    END $$""",
    f"""CREATE FUNCTION audit_check_subject() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.seq IS DISTINCT FROM (SELECT entry_count FROM audit_head WHERE id = 1) THEN
            {_PG_RAISE};
        END IF;
        RETURN NEW;
    END $$""",
    f"""CREATE FUNCTION audit_check_head() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.id <> OLD.id OR NEW.subject_salt <> OLD.subject_salt OR NEW.entry_count <> OLD.entry_count + 1
           OR NEW.last_hash IS DISTINCT FROM (SELECT hash FROM audit_entry WHERE seq = NEW.entry_count) THEN
            {_PG_RAISE};
        END IF;
        RETURN NEW;
    END $$""",
]
PG_TRIGGERS = [
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry"
    " FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_entry_append BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_check_append()",
    "CREATE TRIGGER audit_subject_no_change BEFORE UPDATE OR DELETE ON audit_subject"
    " FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_subject_no_truncate BEFORE TRUNCATE ON audit_subject"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_subject_append BEFORE INSERT ON audit_subject FOR EACH ROW EXECUTE FUNCTION audit_check_subject()",
    "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()",
    "CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION audit_check_head()",
]
PG_FUNCTION_NAMES = ("audit_refuse_change", "audit_check_append", "audit_check_subject", "audit_check_head")


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("occurred_at", storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("station_code", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_hash", "audit_entry", ["hash"], unique=True)
    op.create_index("ix_audit_entry_occurred_at", "audit_entry", ["occurred_at"], unique=False)
    op.create_table(
        "audit_subject",
        sa.Column("subject_key", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("subject_key", "seq", name=op.f("pk_audit_subject")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_audit_subject_seq", "audit_subject", ["seq"], unique=False)
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_count", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("subject_salt", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain starts empty; the salt is the store's own, made once, never changed.
    op.get_bind().execute(
        sa.text("INSERT INTO audit_head (id, entry_count, last_hash, subject_salt) VALUES (1, 0, :hash, :salt)"),
        {"hash": GENESIS_HASH, "salt": secrets.token_hex(32)},
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in [*PG_FUNCTIONS, *PG_TRIGGERS]:
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("audit_head")  # the triggers go with their tables
    op.drop_index("ix_audit_subject_seq", table_name="audit_subject")
    op.drop_table("audit_subject")
    op.drop_index("ix_audit_entry_occurred_at", table_name="audit_entry")
    op.drop_index("ix_audit_entry_hash", table_name="audit_entry")
    op.drop_table("audit_entry")
    if op.get_bind().dialect.name == "postgresql":
        for name in PG_FUNCTION_NAMES:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
