"""Opening the store: every failure is one sentence naming the file, from the library and from the CLI; the
schema version and the upgrade of older stores."""

import os
import subprocess
import sys
import textwrap

import duckdb
import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.merge import merge
from dossier.store import Store, StoreError
from dossier.store.versions import META, SCHEMA_VERSION, stored_version

runner = CliRunner()


def _one_line_error(result, *words):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The foreign ministers of Chile and Peru met in Lima on Monday.\n", encoding="utf-8")
    return path


def test_a_file_that_is_not_a_store(tmp_path, article):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("some notes, not a database")
    _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(bad)]), "notes.duckdb", "not a dossier store")
    _one_line_error(runner.invoke(app, ["events", "--db", str(bad)]), "not a dossier store")


def test_a_duckdb_file_that_dossier_did_not_make(tmp_path, article):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE sales (x INTEGER)")
    _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(other)]), "not a dossier store")
    with duckdb.connect(str(other)) as con:
        assert [r[0] for r in con.execute("SHOW TABLES").fetchall()] == ["sales"]


def test_missing_folder_and_folder_as_db(tmp_path, article):
    _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(tmp_path / "nowhere" / "d.duckdb")]),
                    "does not exist")
    _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(tmp_path)]), "is a folder")
    _one_line_error(runner.invoke(app, ["events", "--db", str(tmp_path)]), "is a folder")


def test_a_folder_that_cannot_be_written(tmp_path, monkeypatch):
    # root may write anywhere, so the permission check is driven directly
    monkeypatch.setattr("dossier.store.connection.os.access", lambda path, mode: False)
    with pytest.raises(StoreError, match="not writable"):
        Store(tmp_path / "d.duckdb")
    (tmp_path / "e.duckdb").touch()
    with pytest.raises(StoreError, match="read-only"):
        Store(tmp_path / "e.duckdb")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_read_only_folder_for_real(tmp_path, article):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(folder / "d.duckdb")]), "not writable")
    finally:
        folder.chmod(0o755)


def test_a_store_another_process_holds(tmp_path, article, monkeypatch):
    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(db)!r})
        print("holding", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        monkeypatch.setenv("DOSSIER_LOCK_WAIT", "0.3")
        _one_line_error(runner.invoke(app, ["build", str(article), "--db", str(db)]), "in use by another process")
        _one_line_error(runner.invoke(app, ["events", "--db", str(db)]), "in use by another process")
    finally:
        holder.kill()
        holder.wait()


def test_export_into_a_place_that_cannot_be_written(tmp_path, article):
    db = tmp_path / "d.duckdb"
    assert runner.invoke(app, ["build", str(article), "--db", str(db), "-q"]).exit_code == 0
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    for fmt in ("json", "csv", "parquet"):
        _one_line_error(runner.invoke(app, ["export", "--db", str(db), "-f", fmt, "-o", str(blocker / "out")]),
                        "cannot write the export")


def test_a_new_store_has_the_current_version(tmp_path):
    with Store(tmp_path / "d.duckdb") as store:
        assert stored_version(store.con) == SCHEMA_VERSION
        assert store.merge_state() == (False, 0)


def test_a_newer_store_is_refused(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.con.execute(f"UPDATE {META} SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer dossier"):
            Store(db, read_only=read_only)


def test_a_store_from_before_versions_is_upgraded_by_a_reader(tmp_path, two_reports):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_results(two_reports)
        store.write_merged(merge(store.extractions()))
        # as the first stores were: no bookkeeping table, and a column the model gained later missing
        store.con.execute(f"DROP TABLE {META}")
        store.con.execute('ALTER TABLE events DROP COLUMN "issue"')
    with Store(db, read_only=True) as store:
        assert stored_version(store.con) == SCHEMA_VERSION
        assert len(store.rows("events")) == 2 and all(e.issue is None for e in store.rows("events"))
        assert store.merge_state()[0] is True  # the old store's merge is redone by the next build
    result = runner.invoke(app, ["build", "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        assert store.merge_state() == (False, 0)
