"""The views the merge's bookkeeping registers (`store.increments`) are let go after a query without hiding the
query's own failure: in a transaction a failed query aborts, DuckDB then refuses to unregister, and its rollback
drops the view."""

import duckdb
import pytest

from dossier.store import increments


def test_a_failed_query_over_a_registered_view_raises_its_own_error_and_the_rollback_drops_the_view():
    con = duckdb.connect(":memory:")
    con.execute("BEGIN TRANSACTION")
    with pytest.raises(duckdb.InvalidInputException, match="a quota of seven"):
        with increments.results_of(con, ["doc-a", "doc-b"]):
            con.execute("SELECT error('a quota of seven') FROM _dossier_docs_of").fetchall()
    con.execute("ROLLBACK")
    with increments.results_of(con, ["doc-c"]) as results:  # registered again under the same name
        assert "_dossier_docs_of" in results
        assert con.execute("SELECT doc_id FROM _dossier_docs_of").fetchall() == [("doc-c",)]
    assert "_dossier_docs_of" not in {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}


def test_views_are_unregistered_after_a_query_that_went_well():
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE t (doc_id VARCHAR)")
    con.execute("BEGIN TRANSACTION")
    increments.append(con, "t", {"doc_id": (["doc-d", "doc-e"], "string")})
    con.execute("COMMIT")
    assert con.execute("SELECT count(*) FROM t").fetchall() == [(2,)]
    assert "_dossier_add_t" not in {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
