"""Waiting for a store another process holds: the waiter leaves a mark, the holder lets go when it sees one (and
only then), and whoever gets in removes it."""

import subprocess
import sys
import textwrap
import time

from dossier.store import Store
from dossier.store.connection import answered, ask, asked, connect, waiting_mark


def _reader(db) -> subprocess.Popen:
    """Another process that opens the store read-only (waiting as long as needed) and prints its documents."""
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        from dossier.store.connection import connect
        con = connect({str(db)!r}, read_only=True, wait=120)
        print(con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
        con.close()
    """)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _until(condition, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_a_waiting_reader_is_let_in_by_the_holder_and_removes_its_mark(tmp_path, two_reports):
    db = tmp_path / "d.duckdb"
    store = Store(db)
    store.add_results(two_reports[:1])
    reader = _reader(db)
    try:
        assert _until(lambda: asked(db)), reader.stderr.read() if reader.poll() is not None else "no mark left"
        assert reader.poll() is None  # it waits: the writer holds the file
        assert store.let_in() is True  # the writer sees the mark, lets go and removes it
        out, errors = reader.communicate(timeout=120)
    finally:
        if reader.poll() is None:
            reader.kill()
    assert reader.returncode == 0, errors
    assert out.strip() == "1"
    assert not waiting_mark(db).exists()
    store.add_results(two_reports[1:])  # the writer opens the file again when it next writes
    assert store.count("documents") == 2
    store.close()


def test_the_holder_keeps_its_connection_while_nobody_waits(tmp_path, two_reports):  # must-not
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.add_results(two_reports[:1])
        con = store.con
        assert store.let_in() is False
        assert store.con is con  # the same connection: nothing was closed or opened
        store.release()
        assert store.let_in() is False  # nothing held, nothing to let go (a mark is left for the next holder)
        ask(db)
        assert store.let_in() is False and asked(db)


def test_a_mark_left_by_a_waiter_that_gave_up_is_removed_by_the_holder(tmp_path, two_reports):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.add_results(two_reports[:1])
        ask(db)  # as a reader stopped while it waited leaves it
        assert store.let_in() is True and not asked(db)
        assert store.let_in() is False  # let go once, not after every save from then on


def test_an_opening_that_never_waited_leaves_a_mark_alone(tmp_path):  # must-not
    db = tmp_path / "d.duckdb"
    Store(db).close()
    ask(db)
    connect(db, read_only=True).close()  # got in at once: some other process's wait is not over
    assert asked(db)
    answered(db)
    answered(db)  # twice: nothing to remove is no error
    assert not asked(db)


def test_a_folder_that_cannot_be_written_just_leaves_no_mark(tmp_path):
    missing = tmp_path / "no-such-folder" / "d.duckdb"
    ask(missing)
    assert not asked(missing)
