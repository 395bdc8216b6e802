"""The store's schema version and the steps that bring an older store up to date.

The version lives in the `dossier_meta` table beside the build's bookkeeping (whether a merge is pending).
A store written before versions existed is version 1. Every step runs in the transaction that opens the store
for writing; columns the data model has gained since are added on the way (they start out null).
"""

from __future__ import annotations

from collections.abc import Callable

from dossier.store.schema import TABLES, columns

SCHEMA_VERSION = 3
META = "dossier_meta"


def table_names(con) -> set[str]:
    return {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}


def stored_version(con) -> int | None:
    """The store's schema version; None for an empty database, 0 for a database dossier did not make."""
    names = table_names(con)
    if META in names:
        row = con.execute(f"SELECT value FROM {META} WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row and str(row[0]).isdigit() else 0
    if {"documents", "extractions"} <= names:
        return 1
    return None if not names else 0


def get_meta(con, key: str) -> str | None:
    row = con.execute(f"SELECT value FROM {META} WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(con, key: str, value: str) -> None:
    con.execute(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)", [key, value])


def _from_1(con) -> None:
    """Version 1 kept no bookkeeping: its merged tables may predate its last documents, so merge again."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {META} (key VARCHAR PRIMARY KEY, value VARCHAR)")
    set_meta(con, "merge_pending", "yes")


def _from_2(con) -> None:
    """Version 3 remembers which per-document events each merged event was made of, so that a merged event
    keeps its id when later documents join it; the next merge fills the table in."""
    con.execute("CREATE TABLE IF NOT EXISTS event_reports (event_id VARCHAR, report_id VARCHAR)")


MIGRATIONS: dict[int, Callable] = {1: _from_1, 2: _from_2}


def migrate(con, version: int) -> None:
    """Run the steps from `version` to SCHEMA_VERSION, then add the model's new columns."""
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](con)
    add_missing_columns(con)
    set_meta(con, "schema_version", str(SCHEMA_VERSION))


def missing_columns(con) -> list[tuple[str, str, str]]:
    """(table, column, type) for each field of the data model that the store's tables lack."""
    names = table_names(con)
    missing = []
    for table, (model, _) in TABLES.items():
        if table not in names:
            continue
        have = {row[0] for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
        missing += [(table, name, kind) for name, kind in columns(model).items() if name not in have]
    return missing


def add_missing_columns(con) -> None:
    """Columns the data model has that a table lacks (a field added to model.py) are added, null."""
    for table, name, kind in missing_columns(con):
        con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}')
