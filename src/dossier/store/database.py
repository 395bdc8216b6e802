"""Store: one DuckDB file holding documents, what each stage found in them, and the merged record.

Per-document extractions are kept as they came out of the pipeline, so a build can resume and the merged
tables (entities, events, facts, conflicts, stories) can be rebuilt from them at any time.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
from pydantic import BaseModel, TypeAdapter

from dossier.model import Document, Dossier, Entity, Event, Fact, Mention, Timex
from dossier.store import increments
from dossier.store.connection import StoreError, answered, asked, connect
from dossier.store.schema import TABLES, columns, create_statement
from dossier.store.versions import META, SCHEMA_VERSION, get_meta, migrate, missing_columns, set_meta, stored_version

# How long a build that lets a waiting reader in gives it to get in (`Store.let_in`): a reader tries every 0.5 s at
# most (`connection.connect`).
LET_IN_SECONDS = 2.0

if TYPE_CHECKING:
    from dossier.pipeline import DocResult

_MERGED = ("entities", "mentions", "events", "facts", "conflicts", "stories")

__all__ = ["Store", "StoreError"]


class Store:
    """A dossier store. Opening one creates it, or checks and upgrades an existing one (`versions`); every
    failure is a StoreError with one sentence.

    The connection opens on first use and `release()` closes it, so that other processes can open the file
    (DuckDB admits one writer or many readers at a time; see `connection`); `let_in()` closes it only when
    another process waits for it, so that a build keeps one connection for its batches while nobody does.
    """

    def __init__(self, path: Path | str, read_only: bool = False, wait: float | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        self._con: duckdb.DuckDBPyConnection | None = None
        self.bounded = True  # DuckDB's memory bounded by the settings at each connection opened for writing
        try:
            self._prepare()
        except StoreError:
            self.release()
            raise
        except duckdb.Error as exc:
            self.release()
            raise StoreError(f"{self.path}: the store cannot be opened ({str(exc).splitlines()[0]}).") from exc

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect(self.path, read_only=self.read_only, wait=self.wait)
            if not self.read_only:
                _give_back_freed_memory(self._con)
                if self.bounded:
                    _bound_memory(self._con)
        return self._con

    def release(self) -> None:
        """Close the connection (the file is free for others); the next use opens it again."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()

    def let_in(self, patience: float = LET_IN_SECONDS) -> bool:
        """Close the connection if another process waits for the file (its mark, `connection.asked`), and give it
        up to `patience` seconds to get in (it removes its mark when it does; a waiting reader tries again at least
        every half second), so that the next save does not take the file back before it has had a turn; then remove
        a mark left (one who waited in vain, stopped, is not waited for again). True when it was closed. One stat
        when nobody waits."""
        if self._con is None or not asked(self.path):
            return False
        self.release()
        deadline = time.monotonic() + patience
        while asked(self.path) and time.monotonic() < deadline:
            time.sleep(0.02)
        answered(self.path)
        return True

    def close(self) -> None:
        self.release()

    @contextmanager
    def unbounded(self):
        """The store under DuckDB's own memory limit and threads while in the block (a full merge: it holds the
        whole corpus in any case, and its store-wide inserts and sorts must not fail for a bound set for the
        saves and incremental merges); set on the open connection, none opened for it."""
        self.bounded = False
        if self._con is not None and not self.read_only:
            self._con.execute("RESET memory_limit")
            self._con.execute("RESET threads")
        try:
            yield self
        finally:
            self.bounded = True
            if self._con is not None and not self.read_only:
                _bound_memory(self._con)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _prepare(self) -> None:
        stamp = _stamp(self.path) if self.read_only else None
        if stamp is not None and stamp in _CURRENT:
            return  # checked already in this process, and the file has not changed since (a server's request)
        version = stored_version(self.con)
        if version == 0:
            raise StoreError(f"{self.path}: this DuckDB database is not a dossier store; give another --db.")
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the store was written by a newer dossier (schema {version}; this one "
                             f"reads up to {SCHEMA_VERSION}); upgrade dossier to read it.")
        if not self.read_only:
            if version is not None and (version < SCHEMA_VERSION or missing_columns(self.con)):
                with self.unbounded():  # a store-wide rewrite, as a full merge: DuckDB's own limit
                    self._upgrade(self.con, version)
                return
            self._upgrade(self.con, version)
            return
        if version is None:
            raise StoreError(f"{self.path}: the store is empty; run `dossier build` first.")
        if version < SCHEMA_VERSION or missing_columns(self.con):
            self.release()  # a reader cannot upgrade: open for writing once, then read
            try:
                con = connect(self.path, read_only=False, wait=self.wait)
            except StoreError as exc:
                raise StoreError(f"{self.path}: the store was written by an older dossier (schema {version}) and "
                                 f"could not be upgraded ({exc}); run `dossier build --db {self.path}` to upgrade "
                                 "it.") from exc
            try:
                self._upgrade(con, version)
            finally:
                con.close()
            return
        if stamp is not None:
            _CURRENT.add(stamp)

    @staticmethod
    def _upgrade(con, version: int | None) -> None:
        con.execute("BEGIN TRANSACTION")
        try:
            for table in TABLES:
                con.execute(create_statement(table))
            con.execute("CREATE TABLE IF NOT EXISTS extractions (doc_id VARCHAR PRIMARY KEY, payload JSON)")
            con.execute("CREATE TABLE IF NOT EXISTS ingest_errors (source VARCHAR, reason VARCHAR, "
                        "seen_at TIMESTAMP DEFAULT current_timestamp)")
            con.execute(f"CREATE TABLE IF NOT EXISTS {META} (key VARCHAR PRIMARY KEY, value VARCHAR)")
            con.execute("CREATE TABLE IF NOT EXISTS event_reports (event_id VARCHAR, report_id VARCHAR)")
            increments.create(con)
            migrate(con, SCHEMA_VERSION if version is None else version)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    # -- writing ---------------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}

    def add_result(self, result) -> bool:
        """Save one document and what the stages found in it; False when it was already there."""
        return self.add_results([result]) == 1

    def add_results(self, results: Iterable) -> int:
        """Save documents and what the stages found in them, in one transaction; how many were new.

        The merge is marked pending in the same transaction, so that a build stopped before its merge is
        finished by the next one and reported by `merge_state` meanwhile.
        """
        results = list(results)
        if not results:
            return 0
        ids = [r.document.id for r in results]
        with self.transaction() as con:
            have = {row[0] for row in con.execute("SELECT id FROM documents WHERE list_contains(?, id)", [ids]).fetchall()}
            fresh = {}
            for result in results:
                if result.document.id not in have:
                    fresh.setdefault(result.document.id, result)
            if not fresh:
                return 0
            self._insert("documents", [r.document for r in fresh.values()])
            self._append("extractions", {"doc_id": _arrow_column(list(fresh), "VARCHAR"),
                                         "payload": _arrow_column([payload_text(r) for r in fresh.values()],
                                                                  "JSON")})
            set_meta(con, "merge_pending", "yes")
            crash_point("save")
        return len(fresh)

    def add_error(self, source: str, reason: str) -> None:
        self.add_errors([(source, reason)])

    def add_errors(self, errors: Iterable[tuple[str, str]]) -> None:
        errors = list(errors)
        if errors:
            self.con.executemany("INSERT INTO ingest_errors (source, reason) VALUES (?, ?)", errors)

    def write_merged(self, dossier: Dossier, made_of: dict[str, list[str]] | None = None,
                     mention_ids: dict[str, str] | None = None, then=None) -> None:
        """Replace the merged tables with a freshly merged record; the pending merge is done. `made_of` gives,
        per merged event, the per-document events it was made of (kept for the next merge's ids).
        `mention_ids` ({entity id: id in the record}) asks for the mentions to be copied from the stored
        results, renamed, instead of taken from `dossier.mentions`. `then(con)` runs in the same transaction
        (the full merge writes `store.increments`' bookkeeping there; without it the next merge is a full one)."""
        with self.transaction() as con:
            for table in _MERGED:
                con.execute(f"DELETE FROM {table}")
                self._insert(table, getattr(dossier, table))
                crash_point("merge")
            if mention_ids is not None:  # the mentions straight from the stored results, renamed in SQL
                self._copy_mentions(con, mention_ids)
            if made_of is not None:
                con.execute("DELETE FROM event_reports")
                pairs = [(event, report) for event, reports in made_of.items() for report in reports]
                self._append("event_reports", {"event_id": _arrow_column([p[0] for p in pairs], "VARCHAR"),
                                               "report_id": _arrow_column([p[1] for p in pairs], "VARCHAR")})
            increments.mark(con, False)
            if then is not None:
                then(con)
            self.finish_merge_state(con)

    def finish_merge_state(self, con) -> None:
        """Mark the pending merge done (inside the merge's transaction)."""
        set_meta(con, "merge_pending", "no")
        set_meta(con, "merged_documents", str(self.count("documents")))

    def _copy_mentions(self, con, renamed: dict[str, str], docs: list[str] | None = None,
                       replace: bool = True) -> None:
        """The mentions of the stored results (of `docs` only, when given), renamed in SQL; `replace` clears
        the table first."""
        import pyarrow as pa

        if replace:
            con.execute("DELETE FROM mentions")
        con.register("_dossier_renamed", pa.table({"old": pa.array(list(renamed), pa.string()),
                                                   "new": pa.array(list(renamed.values()), pa.string())}))
        try:
            with increments.results_of(con, docs) as results:  # only those documents' payloads are read
                con.execute(f"""
                    INSERT INTO mentions (entity, doc, start, "end", text)
                    SELECT coalesce(r.new, m.v->>'entity'), m.v->>'doc', CAST(m.v->>'start' AS BIGINT),
                           CAST(m.v->>'end' AS BIGINT), m.v->>'text'
                    FROM documents d JOIN ({increments.result_items(results, 'mentions')}) e ON e.doc_id = d.id,
                         unnest(e.items) WITH ORDINALITY AS m(v, n)
                         LEFT JOIN _dossier_renamed r ON r.old = m.v->>'entity'
                    WHERE d.duplicate_of IS NULL
                    ORDER BY d.published NULLS LAST, d.source, n""")
        finally:
            increments.unregister(con, "_dossier_renamed")

    def merged_count(self) -> int:
        """How many documents the merged tables include, as far as an incremental merge knows (0 when it
        cannot build on them)."""
        return self.count("merge_docs") if increments.ready(self.con) else 0

    def previous_event_ids(self) -> dict[str, str]:
        """{per-document event id: the merged event it went into at the last merge}."""
        return dict(self.con.execute("SELECT report_id, event_id FROM event_reports").fetchall())

    def merge_state(self) -> tuple[bool, int]:
        """(whether a merge is pending, how many stored documents the merged tables do not include yet)."""
        pending = get_meta(self.con, "merge_pending") == "yes"
        if not pending:
            return False, 0
        merged = get_meta(self.con, "merged_documents")
        return True, max(0, self.count("documents") - int(merged or 0))

    def _insert(self, table: str, items: Iterable[BaseModel]) -> None:
        """Append model instances to a table in one columnar batch (an Arrow table DuckDB reads in place)."""
        model, _ = TABLES[table]
        cols = columns(model)
        items = list(items)
        if not items:
            return
        arrays = {name: _arrow_column([_to_cell(getattr(item, name), kind) for item in items], kind)
                  for name, kind in cols.items()}
        self._append(table, arrays)

    def _append(self, table: str, arrays: dict) -> None:
        import pyarrow as pa

        batch = pa.table(arrays)
        names = ", ".join(f'"{n}"' for n in arrays)
        view = f"_dossier_batch_{table}"
        self.con.register(view, batch)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            increments.unregister(self.con, view)

    # -- reading ---------------------------------------------------------------------------------
    def rows(self, table: str, where: str = "", params: list | None = None, order: str = "",
             limit: int | None = None, offset: int = 0, source: str = "") -> list[BaseModel]:
        """Model instances from a table, with an optional SQL condition, order and page; `source`: a subquery
        read in the table's place (its parameters first in params)."""
        model, _ = TABLES[table]
        cols = columns(model)
        names = ", ".join(f'"{n}"' for n in cols)
        sql = f"SELECT {names} FROM {f'{source} AS {table}' if source else table}" + (f" WHERE {where}" if where else "") + (f" ORDER BY {order}" if order else "")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        out = []
        for row in self.con.execute(sql, params or []).fetchall():
            values = {n: _from_cell(v, kind) for (n, kind), v in zip(cols.items(), row)}
            out.append(model.model_validate(values))
        return out

    def documents(self) -> list[Document]:
        return self.rows("documents", order="published NULLS LAST, source")

    def extractions(self, for_merge: bool = False, ids: list[str] | None = None) -> Iterator:
        """DocResults rebuilt from the stored per-document extractions, in document order (each payload parsed
        and validated in one pass by pydantic's JSON parser). `for_merge` leaves out mentions and dates, which
        the merge does not read (the mentions are copied by `write_merged` in SQL): far less to hold. `ids`:
        those documents only."""
        from dossier.pipeline import DocResult

        shape = _MergeInput if for_merge else _Extraction
        if ids is None:
            payloads = dict(self.con.execute("SELECT doc_id, payload FROM extractions").fetchall())
            documents = self.documents()
        else:
            with increments.results_of(self.con, ids) as results:
                payloads = dict(self.con.execute(f"SELECT doc_id, payload FROM {results}").fetchall())
            documents = self.rows("documents", "list_contains(?, id)", [list(ids)], order="published NULLS LAST, source")
        for doc in documents:
            data = shape.model_validate_json(payloads.pop(doc.id, None) or "{}")
            yield DocResult(document=doc, entities=data.entities, mentions=getattr(data, "mentions", []),
                            timexes=getattr(data, "timexes", []), events=data.events, facts=data.facts)

    def dossier(self, with_mentions: bool = False) -> Dossier:
        """The whole merged record."""
        parts = {t: self.rows(t) for t in _MERGED if t != "mentions" or with_mentions}
        return Dossier(documents=self.documents(), **parts)

    def errors(self) -> list[tuple[str, str]]:
        return self.con.execute("SELECT source, reason FROM ingest_errors ORDER BY seen_at").fetchall()

    def write_parquet(self, path: Path, rows: list[dict]) -> None:
        """Write flat rows (dicts of scalars) to a Parquet file through DuckDB."""
        _parquet_table(self.con, Path(path), rows)

    def copy_parquet(self, table: str, path: Path, leave_out: tuple[str, ...] = (),
                     named: tuple[str, ...] = (), source: tuple[str, list] | None = None) -> None:
        """Write a table to Parquet with DuckDB's COPY, flattened as the CSV export is (lists joined with '; ',
        dates as start/end/precision/text, evidence as its first sentence, its documents and a count, and the
        entity names after the `named` id fields); `source`: a subquery read in the table's place and its
        parameters (a selection's rows)."""
        model, _ = TABLES[table]
        select = ", ".join(_flat_columns(model, leave_out, named))
        order = " ORDER BY published NULLS LAST, source" if table == "documents" else ""
        names = "(SELECT map(list(id), list(name)) AS m FROM entities) AS _names"
        rows, params = (f"{source[0]} AS {table}", source[1]) if source else (table, [])
        target = str(path).replace("'", "''")
        self.con.execute(f"COPY (SELECT {select} FROM {rows}, {names}{order}) TO '{target}' (FORMAT PARQUET)", params)

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


_CURRENT: set[tuple] = set()  # (path, size, mtime of the file and of its WAL) of stores found up to date


def _give_back_freed_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Let DuckDB's allocator return the memory its queries freed to the system as it goes, on its background
    threads (`allocator_background_threads`, a setting of the process): otherwise the memory an incremental merge's
    queries free (the stored results' JSON unnested, the mentions copied) stays held by the process until the
    connection closes, under the merge's later steps. The same results, the same queries; docs/scale.md (round 59)."""
    try:
        con.execute("SET allocator_background_threads = true")
    except duckdb.Error:  # a DuckDB without the setting: as before
        pass


def _bound_memory(con: duckdb.DuckDBPyConnection) -> None:
    """DuckDB's `memory_limit` and `threads` for a store opened for writing, from the settings `store_memory` and
    `store_threads` (`config.store_limits`): under DuckDB's default (80% of the machine's memory) the table blocks
    an incremental merge scans stay cached, a part of its peak that follows the store. A full merge runs under
    DuckDB's defaults (`Store.unbounded`). The same queries, the same results; docs/scale.md (round 75)."""
    from dossier.config import store_limits

    try:
        memory, threads = store_limits()
    except ValueError as exc:  # pydantic's ValidationError is one
        raise StoreError("DOSSIER_STORE_MEMORY must be a size such as 256MB or 1GB, and DOSSIER_STORE_THREADS a "
                         f"whole number, 0 or more ({str(exc).splitlines()[-1].strip()}).") from exc
    con.execute(f"SET memory_limit = '{memory}'")
    if threads:
        con.execute(f"SET threads = {int(threads)}")


def _stamp(path: Path) -> tuple | None:
    try:
        main = path.stat()
        wal = Path(f"{path}.wal")
        extra = (wal.stat().st_size, wal.stat().st_mtime_ns) if wal.exists() else ()
        return (str(path.resolve()), main.st_size, main.st_mtime_ns, *extra)
    except OSError:
        return None


class _MergeInput(BaseModel):
    """The part of a stored payload that the merge reads (other keys are skipped unvalidated)."""

    entities: list[Entity] = []
    events: list[Event] = []
    facts: list[Fact] = []


class _Extraction(_MergeInput):
    """What `add_results` stores for one document (the payload column)."""

    mentions: list[Mention] = []
    timexes: list[Timex] = []


def crash_point(name: str) -> None:
    """Fault injection for the kill-and-resume test: with DOSSIER_CRASH_AT=name[:N] the process kills itself
    (SIGKILL, no clean-up) the Nth time it gets here (the first by default), inside an open transaction."""
    wanted = os.environ.get("DOSSIER_CRASH_AT")
    if not wanted or wanted.split(":")[0] != name:
        return
    _CRASH_COUNTS[name] = _CRASH_COUNTS.get(name, 0) + 1
    if str(_CRASH_COUNTS[name]) == (wanted.split(":") + ["1"])[1]:
        os.kill(os.getpid(), signal.SIGKILL)


_CRASH_COUNTS: dict[str, int] = {}


@dataclass
class ReadyResult:
    """One analysed document in the form the store writes: its Document and its payload's JSON text (what
    `add_results` would make of the DocResult). A worker process sends these to the one process that writes
    the store, so that the writer neither unpickles the pydantic models nor dumps them again; `add_results`
    takes them as it takes DocResults, and writes the same rows."""

    document: Document
    payload: str
    error: str | None = None


def ready_result(result: DocResult) -> ReadyResult | DocResult:
    """The store's form of a DocResult (a failed one, which the store never writes, is passed on as it is)."""
    if result.error:
        return result
    return ReadyResult(result.document, json.dumps(_payload(result)))


def payload_text(result) -> str:
    """The JSON text of the `extractions` payload for a DocResult or a ReadyResult."""
    return result.payload if isinstance(result, ReadyResult) else json.dumps(_payload(result))


# The payload's lists, each dumped by one serializer call: what `model_dump(mode="json")` of each item gives, without a
# Python call per item (a story's hundreds of mentions)
_PAYLOAD_LISTS = tuple((name, TypeAdapter(list[model])) for name, model in (
    ("entities", Entity), ("mentions", Mention), ("timexes", Timex), ("events", Event), ("facts", Fact)))


def _payload(result) -> dict:
    return {name: lists.dump_python(getattr(result, name), mode="json") for name, lists in _PAYLOAD_LISTS}


def _arrow_column(values: list, kind: str):
    import pyarrow as pa

    kinds = {"VARCHAR": pa.string(), "JSON": pa.string(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
             "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string())}
    return pa.array(values, type=kinds[kind])


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


def _flat_columns(model: type[BaseModel], leave_out: tuple[str, ...], named: tuple[str, ...] = ()) -> list[str]:
    """SQL expressions that flatten a model's table row, column by column, as `export.writers._flat` does."""
    out = []
    for name, kind in columns(model).items():
        col = f'"{name}"'
        if name in leave_out:
            continue
        if name in named:
            out += _flat_columns_of(name, kind, model)
            out.append(f"array_to_string(list_transform({col}, lambda i: coalesce(_names.m[i], i)), '; ') AS {name}_names"
                       if kind == "VARCHAR[]" else f"coalesce(_names.m[{col}], {col}) AS {name}_name")
            continue
        out += _flat_columns_of(name, kind, model)
    return out


def _flat_columns_of(name: str, kind: str, model: type[BaseModel]) -> list[str]:
    col = f'"{name}"'
    if name == "evidence":
        docs = f"list_transform(CAST({col} AS JSON[]), lambda e: e->>'doc')"
        return [f"{col}->>'$[0].text' AS evidence",
                f"array_to_string(list_filter({docs}, lambda d, i: list_position({docs}, d) = i), '; ') AS evidence_docs",
                f"CAST(json_array_length({col}) AS BIGINT) AS evidence_count"]
    if name in ("date", "time") and kind == "JSON":
        return [f"{col}->>'{part}' AS {name}_{part}" for part in ("start", "end", "precision", "text")]
    if name == "values" and kind == "JSON":
        return [f"array_to_string(list_transform(CAST({col} AS JSON[]), lambda v: (v->>'value') || ' (' || "
                f"(v->>'doc') || ')'), '; ') AS {col}"]
    if kind == "VARCHAR[]":
        return [f"array_to_string({col}, '; ') AS {col}"]
    if kind == "JSON" and "list" in str(model.model_fields[name].annotation):
        return [f"array_to_string(list_transform(CAST({col} AS JSON[]), lambda x: CAST(x AS VARCHAR)), '; ') AS {col}"]
    if kind == "JSON":
        return [f"CAST({col} AS VARCHAR) AS {col}"]
    return [col]


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
