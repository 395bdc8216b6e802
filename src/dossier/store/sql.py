"""`dossier sql`: a user's query run on a read-only connection that cannot reach files or the network."""

from __future__ import annotations

import duckdb

from dossier.store.database import Store


class QueryError(ValueError):
    """The query failed; the message is DuckDB's, on one line."""


def run(store: Store, query: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a query. The store is open read-only; external access (COPY TO, ATTACH,
    reading files, installing extensions) is switched off and the setting locked before the query runs."""
    con = store.con
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    try:
        cursor = con.execute(query)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(" ".join(str(exc).split())) from exc
