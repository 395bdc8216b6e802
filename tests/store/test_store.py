import duckdb
import pytest

from dossier.merge import merge
from dossier.store import Store, queries
from dossier.store.database import StoreError
from dossier.store.schema import column_type
from dossier.model import DateValue


def test_column_types_follow_the_model():
    assert column_type(str) == "VARCHAR"
    assert column_type(str | None) == "VARCHAR"
    assert column_type(list[str]) == "VARCHAR[]"
    assert column_type(DateValue | None) == "JSON"
    assert column_type(float) == "DOUBLE"


def test_adding_the_same_document_twice_adds_it_once(tmp_path, two_reports):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_result(two_reports[0]) is True
        assert store.add_result(two_reports[0]) is False
        assert store.count("documents") == 1
        assert store.count("extractions") == 1


def test_extractions_round_trip_and_merged_tables_rebuild(tmp_path, two_reports):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        for r in two_reports:
            store.add_result(r)
        store.write_merged(merge(store.extractions()))
        store.write_merged(merge(store.extractions()))  # rebuilding replaces, never doubles
        record = store.dossier()
    assert len(record.events) == 2 and len(record.conflicts) == 2
    visit = next(e for e in record.events if e.mode == "visit")
    assert visit.date.start == "2024-06-23"  # the report written after the visit wins a tie
    with Store(path, read_only=True) as store:
        assert [e.mode for e in queries.events(store, actor="Torres", type="consult")] == ["visit", "meet"]
        from datetime import date
        assert [e.mode for e in queries.events(store, start=date(2024, 6, 28), end=date(2024, 6, 28))] == ["visit", "meet"]
        assert queries.events(store, actor="Nobody") == []
        assert sorted(f.value for f in queries.facts(store, actor="China")) == [36e9, 37e9]


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database")
    with pytest.raises(StoreError, match="not a dossier store"):
        Store(bad)
