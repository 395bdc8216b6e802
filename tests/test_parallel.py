"""The same output in every mode: one process, a pool of workers, a Dask cluster started here."""

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.config import Settings
from dossier.ingest.document import document_from_text
from dossier.pipeline import process
from dossier.store import Store
from tests.stories import make_stories, write_stories

runner = CliRunner()


def _key(results):
    return [(r.document.id, [e.model_dump() for e in r.events], [f.model_dump() for f in r.facts],
             [m.model_dump() for m in r.mentions], [t.model_dump() for t in r.timexes],
             sorted(e.model_dump_json() for e in r.entities)) for r in results]


def _record(db):
    with Store(db, read_only=True) as store:
        return {table: store.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in ("documents", "extractions", "entities", "events", "facts", "conflicts", "stories")}


def test_a_pool_of_workers_gives_the_same_results_in_the_same_order():
    docs = [document_from_text(f"s{i}", text) for i, text in enumerate(make_stories(24, seed=5))]
    one = list(process(docs, Settings(batch_size=4)))
    assert _key(list(process(docs, Settings(batch_size=4, workers=2)))) == _key(one)
    assert _key(list(process(docs, Settings(batch_size=3, workers=3)))) == _key(one)


def test_build_gives_the_same_store_in_every_mode(tmp_path):
    pytest.importorskip("dask.distributed")
    corpus = tmp_path / "stories"
    write_stories(corpus, 20, seed=9)
    stores = {}
    for mode, args in {"one": [], "two": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}.items():
        db = tmp_path / f"{mode}.duckdb"
        result = runner.invoke(app, ["build", str(corpus), "--db", str(db), "-q", *args])
        assert result.exit_code == 0, result.output
        stores[mode] = _record(db)
    assert stores["one"]["events"] and stores["one"] == stores["two"] == stores["dask"]


def test_warming_dateparser_before_the_fork_leaves_no_readings_behind_and_changes_none():
    from datetime import date

    from dossier.parallel import warm_before_fork
    from dossier.time import fallback

    phrases = [("on 7 August", date(2022, 9, 1), "past"), ("next Wednesday", date(2021, 3, 2), "future"),
               ("by October 2027", date(2024, 1, 15), None), ("a quiet week", date(2024, 1, 15), None)]
    fallback.parse.cache_clear()
    before = [fallback.parse(*p) for p in phrases]
    warm_before_fork()
    assert fallback.parse.cache_info().currsize == 0
    assert [fallback.parse(*p) for p in phrases] == before
    assert before[0] is not None and before[3] is None  # a date read, and a phrase without one left unread
