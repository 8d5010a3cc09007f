"""Schema objects that exist outside ``storage.models`` on purpose, so autogenerate must not
compare them: the backend-specific parts of the full-text index (migration 0008).

SQLite: the FTS5 virtual table ``search_fts`` and the shadow tables FTS5 makes for it
(``search_fts_data``, ``_idx``, ``_docsize``, ``_config``, ``_content``). PostgreSQL: the
``vector`` tsvector column of ``search_document`` and its GIN index. And the central store's own
sync tables (migration 0016, PostgreSQL only: ``storage.sync.central_schema``).
"""

from __future__ import annotations

from typing import Any

FTS_TABLE = "search_fts"
VECTOR_COLUMN = "vector"
VECTOR_INDEX = "ix_search_document_vector"


CENTRAL_TABLES = frozenset({"sync_station", "sync_change", "sync_received", "sync_alias", "sync_blob", "sync_blob_chunk"})


def is_search_index_table(name: str | None) -> bool:
    """A table outside the models: the search index's (0008) or the central store's (0016)."""
    return name is not None and (name == FTS_TABLE or name.startswith(FTS_TABLE + "_") or name in CENTRAL_TABLES)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's ``include_object`` hook: leave the search index's own objects out of comparisons."""
    if type_ == "table" and is_search_index_table(name):
        return False
    if type_ == "column" and name == VECTOR_COLUMN and getattr(obj.table, "name", None) == "search_document":
        return False
    if type_ == "index" and name == VECTOR_INDEX:
        return False
    return True
