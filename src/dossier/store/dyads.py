"""Events counted between countries: the dyad table an analyst starts from.

An event counts once for each pair of a country among its source's actors and a country among its target's actors
(an actor's country as the actors stage gave it: a president, a ministry, a state firm, the state itself), and once
only however many actors of each country it names. Events between actors of one country (police and protesters) make
a pair of that country with itself. The events with no country on a side are counted beside the table: they are what
an analyst cannot aggregate (`dossier evaluate entities` measures their share on Reuters).

Counted by period (`by`: a day, week, month or year), the table becomes the dyad's series an analyst charts: an
event falls in the period where its own date starts when that date lasts no longer than a period ("June 23 to 28"
in June's, "May 30 to June 2" in May's); with no
date of its own, or one that holds the day its first report was published ("in the past year", "this year"), in the
period of that day, as GDELT dates an event by its article; each row says how many of its events were placed so. An
event whose own date is coarser than the period and lies elsewhere ("in 1875", counted by month) has no period.
"""

from __future__ import annotations

from dossier.events.cameo import QUAD_NAMES
from dossier.store.database import Store
from dossier.store.search import BUCKETS, Filters, event_where, first_day, stated_last_day


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


def _dated(where_sql: str, by: str | None) -> str:
    """SQL for the matched events with `period` (its first day, or NULL) and `by_report` (placed by a report's date)."""
    columns = "id, type, status, goldstein, quad_class, source, target"
    if by is None:
        return f"SELECT {columns}, NULL::DATE AS period, false AS by_report FROM events WHERE {where_sql}"
    published = ("(SELECT min(try_cast(left(d.published, 10) AS DATE)) FROM documents d WHERE list_contains("
                 "json_extract_string(events.evidence, '$[*].doc'), d.id))")
    own = f"f IS NOT NULL AND l < f + INTERVAL 1 {by}"  # it lasts no longer than a period: the one where it starts
    reported = "f IS NULL OR pub BETWEEN f AND l"  # no date of its own, or one that holds the report's day
    return (f"SELECT {columns}, CAST(CASE WHEN {own} THEN date_trunc('{by}', f) WHEN {reported} "
            f"THEN date_trunc('{by}', pub) END AS DATE) AS period, (NOT ({own}) IS TRUE) AND ({reported}) IS TRUE "
            f"AND pub IS NOT NULL AS by_report FROM (SELECT *, {first_day('date')} AS f, {stated_last_day('date')} AS l, "
            f"{published} AS pub FROM events WHERE {where_sql})")


def dyads(store: Store, filters: Filters | None = None, directed: bool = True, by: str | None = None) -> dict:
    """The events that match filters, counted per pair of countries: {"pairs": [{source, target, source_name,
    target_name, events, planned, goldstein, types: {type: count}, verbal_cooperation, material_cooperation,
    verbal_conflict, material_conflict}, …] (most events first; the last four count the pair's events by CAMEO quad
    class, as GDELT and ICEWS users tally a dyad's cooperation and conflict), "events": how many
    matched, "with_pair": how many have a country on both sides}. Undirected (directed=False), a pair and its
    reverse are one row, its countries in alphabetical order. By a period (`by`: day, week, month or year) each row
    is one pair in one period, with `period` (its first day, ISO; None when neither the event's date nor its first
    report's places it in one period) and `by_report` (how many of its events were placed by their first report's date), a pair's rows in
    order of time, the pairs with the most events first."""
    if by is not None and by not in BUCKETS:
        raise ValueError(f"{by!r}: count by one of {', '.join(BUCKETS)}")
    where = event_where(store, filters or Filters())
    if where is None:
        return {"pairs": [], "events": 0, "with_pair": 0}
    sides = ("SELECT DISTINCT x.id, e.country AS c FROM (SELECT id, unnest({side}) AS a FROM matched) x "
             "JOIN entities e ON e.id = x.a WHERE e.country IS NOT NULL")
    a, b = ("s.c", "t.c") if directed else ("least(s.c, t.c)", "greatest(s.c, t.c)")
    found = (f"WITH matched AS MATERIALIZED ({_dated(where.sql, by)}), src AS ({sides.format(side='source')}), tgt AS ({sides.format(side='target')}), "
             f"pairs AS (SELECT DISTINCT s.id, {a} AS a, {b} AS b FROM src s JOIN tgt t ON s.id = t.id) ")
    rows = store.con.execute(
        found + "SELECT p.a, p.b, m.period, m.type, m.quad_class, count(*), count(*) FILTER (WHERE m.status = 'planned'), "
        "coalesce(sum(m.goldstein), 0), count(*) FILTER (WHERE m.by_report) FROM pairs p JOIN matched m ON m.id = p.id "
        "GROUP BY ALL", where.params).fetchall()
    total, with_pair = store.con.execute(
        found + "SELECT (SELECT count(*) FROM matched), (SELECT count(DISTINCT id) FROM pairs)",
        where.params).fetchone()
    table: dict[tuple, dict] = {}
    for source, target, when, type_, quad, n, planned, goldstein, by_report in rows:
        row = table.setdefault((source, target, when), {
            "source": source, "target": target, **({"period": when and when.isoformat(), "by_report": 0} if by else {}),
            "events": 0, "planned": 0, "goldstein": 0.0, "types": {}, **dict.fromkeys(QUAD_NAMES.values(), 0)})
        row["events"] += n
        if by:
            row["by_report"] += by_report
        if quad in QUAD_NAMES:
            row[QUAD_NAMES[quad]] += n
        row["planned"] += planned
        row["goldstein"] = round(row["goldstein"] + goldstein, 3)
        row["types"][type_] = row["types"].get(type_, 0) + n
    names = _names(store, {c for key in table for c in key[:2]})
    totals: dict[tuple[str, str], int] = {}
    for (source, target, _), row in table.items():
        totals[source, target] = totals.get((source, target), 0) + row["events"]
    pairs = sorted(table.values(), key=lambda r: (-totals[r["source"], r["target"]], r["source"], r["target"],
                                                  r.get("period") is None, r.get("period") or ""))
    for row in pairs:
        row["source_name"], row["target_name"] = names[row["source"]], names[row["target"]]
        row["types"] = dict(sorted(row["types"].items(), key=lambda kv: (-kv[1], kv[0])))
    return {"pairs": pairs, "events": total, "with_pair": with_pair}
