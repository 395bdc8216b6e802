import csv
import json

import duckdb

from dossier.export import export
from dossier.export.schema import json_schema
from dossier.merge import merge
from dossier.store import Store

from tests.conftest import ROOT


def _store(tmp_path, results):
    store = Store(tmp_path / "s.duckdb")
    for r in results:
        store.add_result(r)
    store.write_merged(merge(store.extractions()))
    return store


def test_json_export_keeps_the_contract(tmp_path, two_reports):
    with _store(tmp_path, two_reports) as store:
        data = json.loads(export(store, "json", None))
    assert set(data) >= {"documents", "entities", "events", "facts", "conflicts"}
    doc = data["documents"][0]
    assert {"id", "source", "title", "outlet", "published"} <= set(doc) and "text" not in doc
    event = data["events"][0]
    assert {"id", "type", "mode", "cameo", "source", "target", "date", "location", "status", "evidence"} <= set(event)
    assert set(event["date"]) >= {"start", "end"}
    assert {"doc", "text"} <= set(event["evidence"][0])
    fact = data["facts"][0]
    assert fact["value"] in (37e9, 36e9) and fact["unit"] == "USD"
    assert {"about", "field", "values"} <= set(data["conflicts"][0])


def test_csv_export_flattens_and_defuses_formulas(tmp_path, two_reports):
    two_reports[0].events[0].evidence[0].text = "=HYPERLINK(\"http://x\")"
    with _store(tmp_path, two_reports) as store:
        paths = export(store, "csv", tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "events.csv").open(encoding="utf-8")))
    assert {p.name for p in paths} >= {"events.csv", "facts.csv", "entities.csv", "documents.csv"}
    assert {"date_start", "date_end", "evidence", "evidence_count"} <= set(rows[0])
    assert all(not r["evidence"].startswith("=") for r in rows)


def test_parquet_export_is_readable(tmp_path, two_reports):
    with _store(tmp_path, two_reports) as store:
        export(store, "parquet", tmp_path / "pq")
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / 'events.parquet'}')").fetchall()[0][0]
    assert n == 2


def test_committed_schema_matches_the_model():
    assert (ROOT / "docs" / "dossier.schema.json").read_text(encoding="utf-8") == json_schema(), \
        "regenerate with: dossier schema > docs/dossier.schema.json"
