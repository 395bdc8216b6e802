"""A full merge runs under DuckDB's own memory limit (`Store.unbounded`); an incremental merge under the setting's
(`store_memory`), and under a tight one it writes the rows it writes under a loose one; one that runs out of that
memory is done again incrementally under DuckDB's own limit, said in a warning, never turned into a full merge."""

from dossier.build import finish_merge
from dossier.merge.incremental import merge_new
from dossier.store import Store
from tests.store.duckdb_settings import duckdb_default, limit_of

TABLES = ("events", "event_reports", "entities", "mentions", "facts", "conflicts", "stories", "merge_entities",
          "merge_fact_items", "merge_keys", "merge_stems", "merge_renames", "merge_docs", "merge_bags")


def test_a_full_merge_runs_under_duckdbs_own_limit(tmp_path, monkeypatch, corpus_results):
    import dossier.build as build

    monkeypatch.setenv("DOSSIER_STORE_MEMORY", "96MB")
    seen = []
    real = build._full_merge
    monkeypatch.setattr(build, "_full_merge", lambda store: (seen.append(limit_of(store)[0]), real(store)))
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results(corpus_results[:3])
        assert finish_merge(store, full=True)
        assert seen == [duckdb_default(tmp_path)]
        assert limit_of(store)[0] == "91.5 MiB"


def _merged(path, results, limit: str, monkeypatch) -> dict:
    monkeypatch.setenv("DOSSIER_STORE_MEMORY", limit)
    with Store(path) as store:
        store.add_results(results[:-4])
        assert finish_merge(store)
        store.add_results(results[-4:])
        assert limit_of(store)[0] != duckdb_default(path.parent)
        assert merge_new(store, share=1.0, reach=1.0), "merged in full"
        return {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_an_incremental_merge_under_a_tight_limit_writes_the_same_rows(tmp_path, monkeypatch, corpus_results):
    tight = _merged(tmp_path / "tight.duckdb", corpus_results, "64MB", monkeypatch)
    loose = _merged(tmp_path / "loose.duckdb", corpus_results, "4GB", monkeypatch)
    assert tight["events"] and tight["merge_fact_items"] is not None
    for table in TABLES:
        assert tight[table] == loose[table], table


def test_each_step_of_an_incremental_merge_runs_under_the_settings(tmp_path, monkeypatch, corpus_results):
    """The bound is in force while the incremental merge reads the candidate articles, the figures and the stories
    (where DuckDB's cached blocks grow with the store), with the threads the setting gives."""
    import dossier.merge.incremental as incremental

    monkeypatch.setenv("DOSSIER_STORE_MEMORY", "80MB")
    monkeypatch.setenv("DOSSIER_STORE_THREADS", "1")
    seen = {}
    for name in ("_merge_events", "_merge_facts", "_rebuild_stories"):
        real = getattr(incremental, name)

        def step(store, *args, _real=real, _name=name):
            seen[_name] = store.con.execute("SELECT current_setting('memory_limit'), current_setting('threads')"
                                            ).fetchall()[0]
            return _real(store, *args)

        monkeypatch.setattr(incremental, name, step)
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results(corpus_results[:-3])
        assert finish_merge(store)
        store.add_results(corpus_results[-3:])
        assert merge_new(store, share=1.0, reach=1.0), "merged in full"
    assert seen == {name: ("76.2 MiB", 1) for name in ("_merge_events", "_merge_facts", "_rebuild_stories")}


def test_an_incremental_merge_out_of_memory_is_done_again_incrementally_not_in_full(tmp_path, monkeypatch, caplog,
                                                                                    corpus_results):
    """DuckDB out of its memory limit in a query of the incremental merge (as a limit of 32MB made a merge into
    19,552 documents fail while indexing the new documents' actors): the merge is rolled back and done again,
    incrementally, under DuckDB's own limit, and writes the rows a merge that did not fail writes; the warning
    names the limit and the step; the bound holds again afterwards; no full merge runs."""
    import logging

    import duckdb

    import dossier.merge.incremental as incremental
    from dossier.store import increments

    loose = _merged(tmp_path / "loose.duckdb", corpus_results, "4GB", monkeypatch)
    index, items, limits = increments.index_documents, increments.result_items, []

    def indexing(con, ids):
        limits.append(con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])
        index(con, ids)

    def short_once(results, key):  # the first query of the merge that reads the new documents' actors
        if key == "facts" and len(limits) == 1:  # the actors' rows are written, then rolled back with the merge
            raise duckdb.OutOfMemoryException("Out of Memory Error: failed to allocate data of size 16.0 MiB")
        return items(results, key)

    monkeypatch.setenv("DOSSIER_STORE_MEMORY", "80MB")
    with Store(tmp_path / "short.duckdb") as store, caplog.at_level(logging.WARNING, logger=incremental.__name__):
        store.add_results(corpus_results[:-4])
        assert finish_merge(store)
        store.add_results(corpus_results[-4:])
        monkeypatch.setattr(increments, "index_documents", indexing)
        monkeypatch.setattr(increments, "result_items", short_once)
        assert merge_new(store, share=1.0, reach=1.0), "merged in full"
        assert limit_of(store)[0] == "76.2 MiB"
        again = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    assert limits == ["76.2 MiB", duckdb_default(tmp_path)]
    for table in TABLES:
        assert again[table] == loose[table], table
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "76.2 MiB" in warning and "increments.index_documents" in warning and "16.0 MiB" in warning
    assert "in full" not in warning


def test_an_incremental_merge_that_fails_otherwise_is_still_a_full_one(tmp_path, monkeypatch, corpus_results):
    from dossier.store import increments

    with Store(tmp_path / "s.duckdb") as store:
        store.add_results(corpus_results[:-4])
        assert finish_merge(store)
        store.add_results(corpus_results[-4:])
        monkeypatch.setattr(increments, "index_documents", lambda con, ids: 1 / 0)
        assert not merge_new(store, share=1.0, reach=1.0)
