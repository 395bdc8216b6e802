"""DuckDB's memory limit and threads for a store opened for writing are settings (`store_memory`, 256MB;
`store_threads`, 0: DuckDB's own), set at each connection; a reader, a full merge and a schema upgrade run under
DuckDB's own (tests/merge/test_incremental_memory_limit.py: the merges)."""

import pytest

from dossier.config import STORE_MEMORY, Settings
from dossier.store import Store, StoreError
from tests.store.duckdb_settings import duckdb_default, limit_of


def test_the_setting_has_a_default_and_an_environment_variable(monkeypatch):
    monkeypatch.delenv("DOSSIER_STORE_MEMORY", raising=False)
    assert Settings().store_memory == STORE_MEMORY == "256MB" and Settings().store_threads == 0
    monkeypatch.setenv("DOSSIER_STORE_MEMORY", "1.5GB")
    monkeypatch.setenv("DOSSIER_STORE_THREADS", "1")
    assert (Settings.from_env().store_memory, Settings.from_env().store_threads) == ("1.5GB", 1)


def test_a_writing_store_is_bounded_at_each_connection_and_a_reader_is_not(tmp_path, monkeypatch):
    monkeypatch.delenv("DOSSIER_STORE_MEMORY", raising=False)
    monkeypatch.delenv("DOSSIER_STORE_THREADS", raising=False)
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert limit_of(store)[0] == "244.1 MiB"  # 256MB as DuckDB writes it
        monkeypatch.setenv("DOSSIER_STORE_MEMORY", "96MB")
        monkeypatch.setenv("DOSSIER_STORE_THREADS", "1")
        store.release()
        assert limit_of(store) == ("91.5 MiB", 1)  # set again when opened again
    with Store(path, read_only=True) as reader:
        assert limit_of(reader)[0] == duckdb_default(tmp_path)


def test_unbounded_gives_duckdbs_own_inside_and_the_bound_after(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_STORE_MEMORY", "96MB")
    with Store(tmp_path / "s.duckdb") as store:
        with store.unbounded():
            assert limit_of(store)[0] == duckdb_default(tmp_path)
        assert limit_of(store)[0] == "91.5 MiB"


@pytest.mark.parametrize("value", ["lots", "12", "-1MB"])
def test_a_malformed_limit_is_one_sentence(tmp_path, monkeypatch, value):
    monkeypatch.setenv("DOSSIER_STORE_MEMORY", value)
    with pytest.raises(StoreError, match="DOSSIER_STORE_MEMORY must be a size"):
        Store(tmp_path / "s.duckdb")
