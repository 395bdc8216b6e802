"""Store: one DuckDB file holding documents, what each stage found in them, and the merged record.

Per-document extractions are kept as they came out of the pipeline, so a build can resume and the merged
tables (entities, events, facts, conflicts, stories) can be rebuilt from them at any time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
from pydantic import BaseModel

from dossier.model import Document, Dossier, Entity, Event, Fact, Mention, Timex
from dossier.store.schema import TABLES, columns, create_statement

_MERGED = ("entities", "mentions", "events", "facts", "conflicts", "stories")


class StoreError(RuntimeError):
    """The store file cannot be opened or is not a dossier store."""


class Store:
    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; run `dossier build` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        if not read_only:
            self._create()

    def _create(self) -> None:
        for table in TABLES:
            self.con.execute(create_statement(table))
        self.con.execute("CREATE TABLE IF NOT EXISTS extractions (doc_id VARCHAR PRIMARY KEY, payload JSON)")
        self.con.execute("CREATE TABLE IF NOT EXISTS ingest_errors (source VARCHAR, reason VARCHAR, "
                         "seen_at TIMESTAMP DEFAULT current_timestamp)")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}

    def add_result(self, result) -> bool:
        """Save one document and what the stages found in it; False when it was already there."""
        doc = result.document
        if self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc.id]).fetchone():
            return False
        payload = {
            "entities": [e.model_dump(mode="json") for e in result.entities],
            "mentions": [m.model_dump(mode="json") for m in result.mentions],
            "timexes": [t.model_dump(mode="json") for t in result.timexes],
            "events": [e.model_dump(mode="json") for e in result.events],
            "facts": [f.model_dump(mode="json") for f in result.facts],
        }
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("documents", [doc])
            self.con.execute("INSERT INTO extractions VALUES (?, ?)", [doc.id, json.dumps(payload)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return True

    def add_error(self, source: str, reason: str) -> None:
        self.con.execute("INSERT INTO ingest_errors (source, reason) VALUES (?, ?)", [source, reason])

    def write_merged(self, dossier: Dossier) -> None:
        """Replace the merged tables with a freshly merged record."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in _MERGED:
                self.con.execute(f"DELETE FROM {table}")
                self._insert(table, getattr(dossier, table))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, items: Iterable[BaseModel]) -> None:
        model, _ = TABLES[table]
        cols = columns(model)
        rows = [[_to_cell(getattr(item, name), kind) for name, kind in cols.items()] for item in items]
        if rows:
            names = ", ".join(f'"{n}"' for n in cols)
            marks = ", ".join("?" for _ in cols)
            self.con.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    # -- reading ---------------------------------------------------------------------------------
    def rows(self, table: str, where: str = "", params: list | None = None, order: str = "",
             limit: int | None = None, offset: int = 0) -> list[BaseModel]:
        """Model instances from a table, with an optional SQL condition, order and page."""
        model, _ = TABLES[table]
        cols = columns(model)
        names = ", ".join(f'"{n}"' for n in cols)
        sql = f"SELECT {names} FROM {table}" + (f" WHERE {where}" if where else "") + (f" ORDER BY {order}" if order else "")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        out = []
        for row in self.con.execute(sql, params or []).fetchall():
            values = {n: _from_cell(v, kind) for (n, kind), v in zip(cols.items(), row)}
            out.append(model.model_validate(values))
        return out

    def documents(self) -> list[Document]:
        return self.rows("documents", order="published NULLS LAST, source")

    def extractions(self) -> Iterator:
        """DocResults rebuilt from the stored per-document extractions, in document order."""
        from dossier.pipeline import DocResult

        payloads = dict(self.con.execute("SELECT doc_id, payload FROM extractions").fetchall())
        for doc in self.documents():
            data = json.loads(payloads.get(doc.id) or "{}")
            yield DocResult(
                document=doc,
                entities=[Entity.model_validate(e) for e in data.get("entities", [])],
                mentions=[Mention.model_validate(m) for m in data.get("mentions", [])],
                timexes=[Timex.model_validate(t) for t in data.get("timexes", [])],
                events=[Event.model_validate(e) for e in data.get("events", [])],
                facts=[Fact.model_validate(f) for f in data.get("facts", [])],
            )

    def dossier(self, with_mentions: bool = False) -> Dossier:
        """The whole merged record."""
        parts = {t: self.rows(t) for t in _MERGED if t != "mentions" or with_mentions}
        return Dossier(documents=self.documents(), **parts)

    def errors(self) -> list[tuple[str, str]]:
        return self.con.execute("SELECT source, reason FROM ingest_errors ORDER BY seen_at").fetchall()

    def write_parquet(self, path: Path, rows: list[dict]) -> None:
        """Write flat rows (dicts of scalars) to a Parquet file through DuckDB."""
        _parquet_table(self.con, Path(path), rows)

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _to_cell(value, kind: str):
    if kind == "JSON":
        if value is None:
            return None
        if isinstance(value, BaseModel):
            return json.dumps(value.model_dump(mode="json"))
        if isinstance(value, list):
            return json.dumps([v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value])
        return json.dumps(value)
    return value


def _from_cell(value, kind: str):
    if kind == "JSON" and isinstance(value, str):
        return json.loads(value)
    return value


def _parquet_table(con, path: Path, rows: list[dict]) -> None:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False)
        tmp = fh.name
    try:
        src, dst = (str(p).replace("'", "''") for p in (tmp, path))
        query = f"SELECT * FROM read_json_auto('{src}')" if rows else "SELECT NULL::VARCHAR AS empty WHERE false"
        con.execute(f"COPY ({query}) TO '{dst}' (FORMAT PARQUET)")
    finally:
        Path(tmp).unlink(missing_ok=True)
