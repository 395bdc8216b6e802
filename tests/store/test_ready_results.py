"""A worker's results in the form the store writes (ReadyResult: the payload's JSON made in the worker) are saved
as the same rows as the DocResults they come from."""

import pickle

from dossier.config import Settings
from dossier.ingest.document import document_from_text
from dossier.pipeline import DocResult, process
from dossier.store import Store
from dossier.store.database import ReadyResult, payload_text, ready_result
from tests.stories import make_stories


def _rows(path):
    with Store(path, read_only=True) as store:
        return {table: store.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in ("documents", "extractions")}


def test_ready_results_are_stored_as_the_same_rows_as_doc_results(tmp_path, two_reports):
    with Store(tmp_path / "plain.duckdb") as store:
        assert store.add_results(two_reports) == 2
    # as a worker sends them: pickled and read back in another process
    ready = pickle.loads(pickle.dumps([ready_result(r) for r in two_reports]))
    assert all(isinstance(r, ReadyResult) for r in ready)
    with Store(tmp_path / "ready.duckdb") as store:
        assert store.add_results(ready) == 2
        assert store.add_results(ready[:1]) == 0  # a document already stored is still skipped
    assert _rows(tmp_path / "plain.duckdb") == _rows(tmp_path / "ready.duckdb")


def test_a_failed_result_is_passed_on_as_it_is(two_reports):
    failed = DocResult(document=two_reports[0].document, error="the events stage failed (ValueError: x)")
    assert ready_result(failed) is failed


def test_workers_send_the_payload_the_writer_would_have_made():
    docs = [document_from_text(f"s{i}", text) for i, text in enumerate(make_stories(8, seed=3))]
    one = list(process(docs, Settings(batch_size=3)))
    sent = list(process(docs, Settings(batch_size=3, workers=2), ready=True))
    assert all(isinstance(r, ReadyResult) for r in sent)
    assert [(r.document, r.payload) for r in sent] == [(r.document, payload_text(r)) for r in one]
    # in one process the results stay DocResults (the store makes the same payload from them)
    assert all(isinstance(r, DocResult) for r in process(docs[:2], Settings(batch_size=3), ready=True))
