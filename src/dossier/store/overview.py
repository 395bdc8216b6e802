"""Counts for the summary after a build and the page's filters: items per table, events per type and status,
the dated span, the outlets."""

from __future__ import annotations

from dossier.store.database import Store
from dossier.store.search import first_day, last_day


def overview(store: Store) -> dict:
    con = store.con
    counts = {t: store.count(t) for t in ("documents", "entities", "events", "facts", "conflicts", "stories")}
    counts["unknown"] = con.execute("SELECT count(*) FROM entities WHERE NOT known").fetchone()[0]
    counts["errors"] = store.count("ingest_errors")
    by_type = con.execute("SELECT type, count(*), count(*) FILTER (WHERE status = 'planned') FROM events "
                          "GROUP BY type ORDER BY count(*) DESC, type").fetchall()
    dated, first, last = con.execute(f"SELECT count(d), min(d), max(l) FROM (SELECT {first_day('date')} AS d, "
                                     f"{last_day('date')} AS l FROM events)").fetchone()
    outlets = [r[0] for r in con.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL "
                                         "ORDER BY outlet").fetchall()]
    return {"counts": counts, "by_type": by_type, "dated": dated, "first": first, "last": last, "outlets": outlets}
