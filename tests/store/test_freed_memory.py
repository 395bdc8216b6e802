"""A store opened for writing lets DuckDB's allocator give back what its queries freed, as it goes (docs/scale.md,
round 59), at each connection it opens; one opened for reading is left as DuckDB opens it. The rows are the same."""

from dossier.store import Store
from dossier.store import database


def _recording(monkeypatch) -> list:
    calls = []
    real = database._give_back_freed_memory
    monkeypatch.setattr(database, "_give_back_freed_memory", lambda con: (calls.append(con), real(con)))
    return calls


def test_each_connection_of_a_writing_store_returns_freed_memory(tmp_path, monkeypatch):
    calls = _recording(monkeypatch)
    store = Store(tmp_path / "w.duckdb")
    store.con.execute("SELECT 1")
    first = len(calls)
    assert first >= 1
    store.release()
    store.con.execute("SELECT 1")  # opened again after being let go: set again
    assert len(calls) == first + 1
    assert store.con.execute("SELECT current_setting('allocator_background_threads')").fetchone()[0] in (True, "true")
    store.close()


def test_a_read_only_store_is_opened_as_before(tmp_path, monkeypatch):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        store.con.execute("CREATE TABLE t (x INTEGER)")
        store.con.execute("INSERT INTO t VALUES (1), (2)")
    calls = _recording(monkeypatch)
    with Store(path, read_only=True) as reader:
        assert reader.con.execute("SELECT sum(x) FROM t").fetchone()[0] == 3
    assert calls == []
