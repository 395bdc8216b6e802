"""Write the record as JSON, CSV or Parquet.

JSON is one object with documents, entities, events, facts, conflicts and stories, as the data model
says (see `dossier schema`). CSV and Parquet write one file per table into a folder; list and nested
fields are flattened (lists joined with '; ', dates as start/end columns, evidence as its first sentence
plus a count) so that a spreadsheet can open them, and entity ids have their names beside them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from dossier.export.names import ENTITY_FIELDS, with_names
from dossier.model import Dossier
from dossier.store import Store

if TYPE_CHECKING:
    from dossier.store.selection import Selection

FORMATS = ("json", "csv", "parquet")
TABLES = ("documents", "entities", "events", "facts", "conflicts", "stories")


def as_json(dossier: Dossier, with_text: bool = False) -> str:
    exclude: dict = {} if with_text else {"documents": {"__all__": {"text"}}}
    if not dossier.mentions:
        exclude["mentions"] = True
    data = dossier.model_dump(mode="json", exclude=exclude or None)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _flat(row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if key == "evidence":
            out["evidence"] = value[0]["text"] if value else None
            out["evidence_docs"] = "; ".join(dict.fromkeys(e["doc"] for e in value))
            out["evidence_count"] = len(value)
        elif isinstance(value, dict) and key in ("date", "time"):
            out[f"{key}_start"], out[f"{key}_end"] = value.get("start"), value.get("end")
            out[f"{key}_precision"], out[f"{key}_text"] = value.get("precision"), value.get("text")
        elif key in ("date", "time") and value is None:
            for part in ("start", "end", "precision", "text"):
                out[f"{key}_{part}"] = None
        elif key == "values" and isinstance(value, list):
            out["values"] = "; ".join(f"{v['value']} ({v['doc']})" for v in value)
        elif isinstance(value, list):
            out[key] = "; ".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in value)
        elif isinstance(value, dict):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def flat_rows(dossier: Dossier, table: str, with_text: bool = False) -> list[dict]:
    return flat_items(getattr(dossier, table), table, {e.id: e.name for e in dossier.entities}, with_text)


def flat_items(items: list[BaseModel], table: str, names: dict[str, str], with_text: bool = False) -> list[dict]:
    """Flat rows of one table's items, entity names beside their ids."""
    rows = [with_names(item.model_dump(mode="json"), table, names) for item in items]
    if table == "documents" and not with_text:
        for row in rows:
            row.pop("text", None)
    return [_flat(r) for r in rows]


class ExportError(RuntimeError):
    """The export cannot be written where it was asked to go; one sentence naming the place."""


def export(store: Store, fmt: str, out: Path | None, with_text: bool = False,
           selection: Selection | None = None) -> list[Path] | str:
    """Write the store's record, or the part of it a selection keeps; returns the files written, or the JSON text
    when out is None."""
    import duckdb

    try:
        return _export(store, fmt, out, with_text, selection)
    except OSError as exc:
        where = exc.filename or out
        raise ExportError(f"{where}: cannot write the export ({exc.strerror or exc}).") from exc
    except duckdb.Error as exc:
        raise ExportError(f"{out}: cannot write the export ({str(exc).splitlines()[0]}).") from exc


def _export(store: Store, fmt: str, out: Path | None, with_text: bool = False,
            selection: Selection | None = None) -> list[Path] | str:
    dossier = None if fmt == "parquet" else selection.dossier(store) if selection else store.dossier()
    if fmt == "json":
        text = as_json(dossier, with_text)
        if out is None:
            return text
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        return [out]
    out = out or Path(f"dossier-{fmt}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            _write_csv(path, flat_rows(dossier, table, with_text), table)
        else:  # straight from the store's table, by DuckDB
            store.copy_parquet(table, path, () if with_text or table != "documents" else ("text",),
                               named=ENTITY_FIELDS.get(table, ()), source=selection.source(table) if selection else None)
        written.append(path)
    return written


def _write_csv(path: Path, rows: list[dict], table: str) -> None:
    fields = list(rows[0]) if rows else [table]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_safe(v) for k, v in row.items()})


def csv_safe(value):
    """Keep spreadsheets from running article text as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
