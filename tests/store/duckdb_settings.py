"""What DuckDB reports of a connection's settings: the store's memory limit and threads, and a plain connection's
own memory limit, for the tests of `store_memory` (tests/store/test_store_memory.py,
tests/merge/test_incremental_memory_limit.py)."""

from __future__ import annotations


def limit_of(store) -> tuple[str, int]:
    """(memory_limit, threads) of the store's open connection, as DuckDB writes them."""
    return store.con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()


def duckdb_default(folder) -> str:
    """The memory limit DuckDB gives a plain new connection on this machine (a file in `folder`)."""
    import duckdb

    con = duckdb.connect(str(folder / "plain.duckdb"))
    try:
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    finally:
        con.close()
