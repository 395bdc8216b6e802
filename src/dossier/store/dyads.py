"""Events counted between countries: the dyad table an analyst starts from.

An event counts once for each pair of a country among its source's actors and a country among its target's actors
(an actor's country as the actors stage gave it: a president, a ministry, a state firm, the state itself), and once
only however many actors of each country it names. Events between actors of one country (police and protesters) make
a pair of that country with itself. The events with no country on a side are counted beside the table: they are what
an analyst cannot aggregate (`dossier evaluate entities` measures their share on Reuters).
"""

from __future__ import annotations

from dossier.events.cameo import QUAD_NAMES
from dossier.store.database import Store
from dossier.store.search import Filters, event_where


def _names(store: Store, codes: set[str]) -> dict[str, str]:
    """{country code: name}: the store's own state entity where it has one, else ISO 3166's name, else the code."""
    import pycountry

    names = dict(store.con.execute(
        "SELECT country, min(name) FROM entities WHERE type = 'GPE' AND kind = 'government' AND country IS NOT NULL "
        "AND list_contains(?::VARCHAR[], country) GROUP BY country", [sorted(codes)]).fetchall()) if codes else {}
    for code in codes - set(names):
        country = pycountry.countries.get(alpha_3=code)
        names[code] = getattr(country, "common_name", None) or getattr(country, "name", None) or code
    return names


def dyads(store: Store, filters: Filters | None = None, directed: bool = True) -> dict:
    """The events that match filters, counted per pair of countries: {"pairs": [{source, target, source_name,
    target_name, events, planned, goldstein, types: {type: count}, verbal_cooperation, material_cooperation,
    verbal_conflict, material_conflict}, …] (most events first; the last four count the pair's events by CAMEO quad
    class, as GDELT and ICEWS users tally a dyad's cooperation and conflict), "events": how many
    matched, "with_pair": how many have a country on both sides}. Undirected (directed=False), a pair and its
    reverse are one row, its countries in alphabetical order."""
    where = event_where(store, filters or Filters())
    if where is None:
        return {"pairs": [], "events": 0, "with_pair": 0}
    sides = ("SELECT DISTINCT x.id, e.country AS c FROM (SELECT id, unnest({side}) AS a FROM matched) x "
             "JOIN entities e ON e.id = x.a WHERE e.country IS NOT NULL")
    a, b = ("s.c", "t.c") if directed else ("least(s.c, t.c)", "greatest(s.c, t.c)")
    found = (f"WITH matched AS MATERIALIZED (SELECT id, type, status, goldstein, quad_class, source, target FROM events "
             f"WHERE {where.sql}), src AS ({sides.format(side='source')}), tgt AS ({sides.format(side='target')}), "
             f"pairs AS (SELECT DISTINCT s.id, {a} AS a, {b} AS b FROM src s JOIN tgt t ON s.id = t.id) ")
    rows = store.con.execute(
        found + "SELECT p.a, p.b, m.type, m.quad_class, count(*), count(*) FILTER (WHERE m.status = 'planned'), "
        "coalesce(sum(m.goldstein), 0) FROM pairs p JOIN matched m ON m.id = p.id GROUP BY ALL",
        where.params).fetchall()
    total, with_pair = store.con.execute(
        found + "SELECT (SELECT count(*) FROM matched), (SELECT count(DISTINCT id) FROM pairs)",
        where.params).fetchone()
    table: dict[tuple[str, str], dict] = {}
    for source, target, type_, quad, n, planned, goldstein in rows:
        row = table.setdefault((source, target), {"source": source, "target": target, "events": 0, "planned": 0,
                                                  "goldstein": 0.0, "types": {},
                                                  **dict.fromkeys(QUAD_NAMES.values(), 0)})
        row["events"] += n
        if quad in QUAD_NAMES:
            row[QUAD_NAMES[quad]] += n
        row["planned"] += planned
        row["goldstein"] = round(row["goldstein"] + goldstein, 3)
        row["types"][type_] = row["types"].get(type_, 0) + n
    names = _names(store, {c for pair in table for c in pair})
    pairs = sorted(table.values(), key=lambda r: (-r["events"], r["source"], r["target"]))
    for row in pairs:
        row["source_name"], row["target_name"] = names[row["source"]], names[row["target"]]
        row["types"] = dict(sorted(row["types"].items(), key=lambda kv: (-kv[1], kv[0])))
    return {"pairs": pairs, "events": total, "with_pair": with_pair}
