"""The build as a process: the pending-merge mark, readers while it runs, and kills at random points."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.store import Store
from tests.stories import write_stories

runner = CliRunner()
DOSSIER = [sys.executable, "-m", "dossier.cli"]


def _env(**extra) -> dict:
    env = dict(os.environ, DOSSIER_WRITE_EVERY="4", **extra)
    env.pop("DOSSIER_CRASH_AT", None)
    env.update(extra)
    return env


def _record(db: Path) -> dict:
    with Store(db, read_only=True) as store:
        docs = store.con.execute("SELECT id FROM documents ORDER BY id").fetchall()
        extractions = store.con.execute("SELECT doc_id FROM extractions ORDER BY doc_id").fetchall()
        events = store.con.execute("SELECT id, type FROM events ORDER BY id").fetchall()
        facts = store.con.execute("SELECT id FROM facts ORDER BY id").fetchall()
        return {"documents": docs, "extractions": extractions, "events": events, "facts": facts,
                "pending": store.merge_state()}


def test_an_unfinished_merge_is_reported_and_finished_by_the_next_build(tmp_path, two_reports):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:  # documents saved, then the build stopped before its merge
        store.add_results(two_reports)
    shown = runner.invoke(app, ["summary", "--db", str(db)])
    assert shown.exit_code == 0 and "not up to date: 2 stored document(s)" in shown.output
    assert " 0 events" in " ".join(shown.output.split()) or "0 events" in shown.output
    finished = runner.invoke(app, ["build", "--db", str(db), "-q"])
    assert finished.exit_code == 0, finished.output
    shown = runner.invoke(app, ["summary", "--db", str(db)])
    assert "not up to date" not in shown.output and "2 events" in " ".join(shown.output.split())


def _stored_count_if_free(db: Path) -> tuple[duckdb.DuckDBPyConnection, int] | None:
    """A read-only connection and the number of stored documents, or None while the build holds the file."""
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con, con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except duckdb.Error:  # the file exists, the tables not yet
        con.close()
        return None


def _read(db: Path, command: list[str]) -> subprocess.CompletedProcess:
    read = subprocess.run([*DOSSIER, *command, "--db", str(db)], env=_env(DOSSIER_LOCK_WAIT="300"),
                          capture_output=True, text=True, timeout=600)
    assert read.returncode == 0, read.stderr
    assert "Traceback" not in read.stderr
    return read


def test_events_and_export_work_while_a_build_runs(tmp_path):
    corpus = tmp_path / "stories"
    write_stories(corpus, 40)
    db = tmp_path / "d.duckdb"
    # The build lets go of the store after every save of 4 documents; it waits as long as readers hold it.
    builder = subprocess.Popen([*DOSSIER, "build", str(corpus), "--db", str(db), "-q"],
                               env=_env(DOSSIER_RELEASE_SECONDS="0", DOSSIER_LOCK_WAIT="600"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    midway = None  # (stored documents, documents the export gave) at a moment the build had saved some, not all
    try:
        while midway is None and builder.poll() is None:
            held = _stored_count_if_free(db) if db.exists() else None
            if held is None:
                time.sleep(0.01)
                continue
            con, stored = held
            try:
                if 0 < stored < 40:
                    # while this connection holds the store, the build cannot save more: the readers below see it
                    # half built, whatever the machine's load, and the build is still running
                    _read(db, ["events", "--json"])
                    exported = json.loads(_read(db, ["export"]).stdout)
                    assert builder.poll() is None
                    midway = (stored, len(exported["documents"]))
            finally:
                con.close()
            time.sleep(0.01)
        while builder.poll() is None:  # and readers at whatever moments they come until the build ends
            for command in (["events", "--json"], ["export"]):
                _read(db, command)
    finally:
        out, errors = builder.communicate(timeout=600)
    assert builder.returncode == 0, errors
    assert midway is not None, "no reader got in while the build had saved part of the documents"
    assert midway[1] <= midway[0] < 40  # the export showed the store as it was then, not the end
    assert len(_record(db)["documents"]) == 40
    assert len(json.loads(_read(db, ["export"]).stdout)["documents"]) == 40


def test_kills_at_random_points_lose_and_duplicate_nothing(tmp_path):
    corpus = tmp_path / "stories"
    write_stories(corpus, 24, seed=11)
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    clean = subprocess.run([*DOSSIER, "build", str(corpus), "--db", str(reference), "-q"], env=_env(),
                           capture_output=True, text=True, timeout=300)
    clean_seconds = time.monotonic() - started
    assert clean.returncode == 0, clean.stderr
    expected = _record(reference)
    assert len(expected["documents"]) == 24 and expected["events"]

    db = tmp_path / "resumed.duckdb"
    rnd = random.Random(int(os.environ.get("DOSSIER_TEST_SEED", "3")))
    kills = []
    # killed inside the second batch's transaction, then at random moments, then inside the merge's transaction
    for crash in ("save:2", None, None, "merge:3"):
        proc = subprocess.Popen([*DOSSIER, "build", str(corpus), "--db", str(db), "-q"],
                                env=_env(**({"DOSSIER_CRASH_AT": crash} if crash else {})),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if crash is None:
            # a moment within what a whole build takes on this machine, so that the kill lands while it runs
            time.sleep(rnd.uniform(0.1, 0.6) * clean_seconds)
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=300)
        kills.append((crash, proc.returncode))
    final = subprocess.run([*DOSSIER, "build", str(corpus), "--db", str(db), "-q"], env=_env(),
                           capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    got = _record(db)
    assert got == expected, kills
    assert got["pending"] == (False, 0)
    assert [code for crash, code in kills if crash] == [-signal.SIGKILL, -signal.SIGKILL]


def test_merging_during_a_build_gives_the_events_of_one_merge_at_the_end(tmp_path, monkeypatch):
    """DOSSIER_MERGE_EVERY: merges part-way (the first in full, then incremental ones) make the same events of
    the same reports, the same facts and entities, as one merge at the end; only kept ids may differ."""
    import dossier.merge.incremental as incremental

    corpus = tmp_path / "stories"
    write_stories(corpus, 14, seed=3)
    ran = []
    merge_new = incremental.merge_new
    monkeypatch.setattr(incremental, "merge_new", lambda store, **kw: ran.append(merge_new(store, **kw)) or ran[-1])

    def build(db, every):
        monkeypatch.setenv("DOSSIER_MERGE_EVERY", str(every))
        result = runner.invoke(app, ["build", str(corpus), "--db", str(db), "-q"])
        assert result.exit_code == 0, result.output
        with Store(db, read_only=True) as store:
            con = store.con
            groups = con.execute("SELECT list(report_id ORDER BY report_id) FROM event_reports GROUP BY event_id "
                                 "ORDER BY 1").fetchall()
            return {"events": groups, "count": con.execute("SELECT count(*) FROM events").fetchall(),
                    "facts": con.execute("SELECT * FROM facts ORDER BY ALL").fetchall(),
                    "entities": con.execute("SELECT * FROM entities ORDER BY ALL").fetchall(),
                    "stories": con.execute("SELECT count(*) FROM stories").fetchall()}

    at_end = build(tmp_path / "end.duckdb", 0)
    assert not any(ran)
    during = build(tmp_path / "during.duckdb", 4)
    assert sum(ran) >= 2, "the build merged incrementally on the way"
    assert during == at_end


def test_a_full_merge_lets_go_of_the_documents_reports_before_it_writes_the_record(tmp_path, two_reports,
                                                                                  monkeypatch):
    """The per-document reports and word bags the merge book-keeps are not held while the record is written
    (the write's own memory comes on top of whatever is still held); the record written is the merge's."""
    import gc

    import dossier.merge.record as record
    from dossier.build import _full_merge
    from dossier.merge.reports import Report

    def live_reports() -> int:
        gc.collect()
        return sum(isinstance(o, Report) for o in gc.get_objects())

    seen = {}
    merge = record.merge_with_reports

    def merged(*args, **kwargs):
        out = merge(*args, **kwargs)
        seen["after merging"] = live_reports()
        return out

    write = Store.write_merged

    def written(self, dossier, *args, **kwargs):
        seen["while writing"] = live_reports()
        return write(self, dossier, *args, **kwargs)

    monkeypatch.setattr(record, "merge_with_reports", merged)
    monkeypatch.setattr(Store, "write_merged", written)
    with Store(tmp_path / "d.duckdb") as store:
        store.add_results(two_reports)
        _full_merge(store)
        assert store.merge_state()[0] is False
        assert store.count("events") >= 1
    assert seen["after merging"] >= 2  # the two articles' reports exist once merged ...
    assert seen["while writing"] == 0  # ... and are gone before the write


def test_a_build_keeps_one_connection_for_its_batches_while_nobody_waits(tmp_path, monkeypatch):
    """Opening and closing the store costs some 30 ms of CPU: a build opens it once before the analysis, once at
    its first save and once to write the merged record, whatever the number of batches in between."""
    import dossier.store.database as database

    corpus = tmp_path / "stories"
    write_stories(corpus, 16, seed=5)
    opened = []
    connect = database.connect
    monkeypatch.setattr(database, "connect", lambda *a, **kw: opened.append(1) or connect(*a, **kw))
    monkeypatch.setenv("DOSSIER_WRITE_EVERY", "4")
    result = runner.invoke(app, ["build", str(corpus), "--db", str(tmp_path / "d.duckdb"), "-q"])
    assert result.exit_code == 0, result.output
    assert len(opened) <= 4  # the store opened, its known documents, the first save, the merge's write
    assert len(_record(tmp_path / "d.duckdb")["documents"]) == 16  # in four batches or more


def test_a_reader_that_waits_is_let_in_between_batches(tmp_path):
    """The build lets go of the store after a save when a reader waits (its mark), not only by the clock: with
    DOSSIER_RELEASE_SECONDS at an hour, a reader that waits still gets in while the store is half built."""
    from dossier.store.connection import connect

    corpus = tmp_path / "stories"
    write_stories(corpus, 24, seed=7)
    db = tmp_path / "d.duckdb"
    builder = subprocess.Popen([*DOSSIER, "build", str(corpus), "--db", str(db), "-q"],
                               env=_env(DOSSIER_RELEASE_SECONDS="3600", DOSSIER_LOCK_WAIT="600"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []  # documents stored each time this reader got in while the build ran
    try:
        while builder.poll() is None and not any(0 < n < 24 for n in seen):
            if not db.exists():
                time.sleep(0.01)
                continue
            con = connect(db, read_only=True, wait=600)  # waits and says so; the build lets go at its next save
            try:
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                if builder.poll() is None:  # while this connection holds the store, the build cannot end
                    seen.append(stored)
            except duckdb.Error:  # the tables not made yet
                pass
            finally:
                con.close()
            time.sleep(0.05)  # a reader that came back at once would keep the build from the store
    finally:
        out, errors = builder.communicate(timeout=600)
    assert builder.returncode == 0, errors
    assert any(0 < n < 24 for n in seen), seen
    assert len(_record(db)["documents"]) == 24


def test_a_build_killed_mid_way_keeps_the_batches_it_saved(tmp_path):
    """The build's one connection commits each batch: killed inside its third batch's transaction (SIGKILL, the
    connection never closed), the store holds the first two batches (4 documents each, or fewer when one took
    over 5 s) and says its merge is pending."""
    corpus = tmp_path / "stories"
    write_stories(corpus, 16, seed=9)
    db = tmp_path / "d.duckdb"
    killed = subprocess.run([*DOSSIER, "build", str(corpus), "--db", str(db), "-q"],
                            env=_env(DOSSIER_CRASH_AT="save:3", DOSSIER_RELEASE_SECONDS="3600"),
                            capture_output=True, text=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    got = _record(db)
    saved = len(got["documents"])
    assert 2 <= saved <= 8 and len(got["extractions"]) == saved
    assert got["pending"] == (True, saved)
