"""The Parquet export is DuckDB's COPY from the store's tables, flattened as the CSV export is."""

import csv

import duckdb

from dossier.export import export
from dossier.merge import merge
from dossier.store import Store


def test_parquet_rows_match_the_csv_rows(tmp_path, two_reports):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results(two_reports)
        store.write_merged(merge(store.extractions()))
        export(store, "csv", tmp_path / "csv")
        export(store, "parquet", tmp_path / "pq")
    for table in ("documents", "events", "facts", "conflicts", "entities"):
        rows = list(csv.DictReader((tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8")))
        parquet = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'pq' / f'{table}.parquet'}')")
        assert parquet.columns == list(rows[0]), table
        for row, values in zip(rows, parquet.fetchall()):
            for name, value in zip(parquet.columns, values):
                if name == "roles":
                    continue  # the same JSON, spaced differently
                expected = row[name]
                got = "" if value is None else str(value)
                assert got == expected or (isinstance(value, float) and float(expected) == value), (table, name)
    assert "text" not in duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'pq' / 'documents.parquet'}')").columns
