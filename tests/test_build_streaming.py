"""A build with workers reads its documents while the workers analyse them: the same store and report as a build
that reads every document first, the reading's problems stored, and no pool started when nothing is new."""

from pathlib import Path

import pytest

import dossier.build as build
import dossier.parallel as parallel
from dossier.build import run_build
from dossier.config import Settings
from dossier.store import Store
from tests.stories import make_stories, write_stories


def _corpus(folder: Path) -> Path:
    """Six short stories, one of them too long for the limit set below, and a JSON file that does not parse."""
    paths = write_stories(folder, 6, seed=4)
    paths[2].write_text(make_stories(1, seed=8)[0] * 12, encoding="utf-8")
    (folder / "broken.json").write_text('{"text": "an unfinished', encoding="utf-8")
    return folder


def _build(folder: Path, db: Path, workers: int, totals: list[int] | None = None):
    settings = Settings(workers=workers, max_document_chars=2000, merge_every=0)
    with Store(db) as store:
        report = run_build([folder], settings, store, on_total=(totals if totals is not None else []).append)
        errors = store.con.execute("SELECT source, reason FROM ingest_errors ORDER BY source").fetchall()
        events = store.con.execute("SELECT * FROM events ORDER BY ALL").fetchall()
        documents = store.con.execute("SELECT id FROM documents ORDER BY id").fetchall()
    return report, errors, events, documents


def test_two_workers_reading_as_they_go_give_the_store_and_report_of_one(tmp_path):
    folder = _corpus(tmp_path / "stories")
    totals: list[int] = []
    one = _build(folder, tmp_path / "one.duckdb", 1)
    two = _build(folder, tmp_path / "two.duckdb", 2, totals)
    assert one[0].added == two[0].added == 5
    assert [(p.source, p.reason) for p in one[0].problems] == [(p.source, p.reason) for p in two[0].problems]
    assert len(one[0].problems) == 2 and one[1] == two[1] and len(two[1]) == 2
    assert one[2] and one[2:] == two[2:]
    assert totals == [1, 2, 3, 4, 5]  # the total grows as the documents are read


def test_the_documents_reach_the_analysis_as_they_are_read():
    read: list[int] = []

    def reading():
        for n in range(5):
            read.append(n)
            yield n

    told: list[int] = []
    documents = build._streamed(reading(), told.append)
    assert read == [0]  # only the first, to know whether there is anything new
    assert next(documents) == 0 and read == [0]
    assert next(documents) == 1 and read == [0, 1] and told == [1, 2]
    assert list(documents) == [2, 3, 4] and told[-1] == 5


def test_nothing_new_starts_no_pool(tmp_path, monkeypatch):
    folder = tmp_path / "stories"
    write_stories(folder, 3, seed=6)
    db = tmp_path / "d.duckdb"
    settings = Settings(workers=2, merge_every=0)
    with Store(db) as store:
        run_build([folder], Settings(merge_every=0), store)

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started with no new document")

    monkeypatch.setattr(parallel, "process_parallel", no_pool)
    told: list[int] = []
    with Store(db) as store:
        report = run_build([folder], settings, store, on_total=told.append)
    assert report.added == 0 and report.known == 3 and told == [0]


def test_the_reading_language_identifier_is_let_go_before_the_fork():
    pytest.importorskip("py3langid")
    from dossier.ingest import language

    language._identifier()  # loaded by reading the first documents, before the pool forks
    assert language._identifier.cache_info().currsize == 1
    parallel.prepare_fork(Settings())
    assert language._identifier.cache_info().currsize == 0
