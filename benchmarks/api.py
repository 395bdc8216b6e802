"""API response times on a large store: a store of 100,000 events is generated (fixed seed, in DuckDB's bulk
JSON reader), then the main endpoints are called in process through the FastAPI test client and the median and
95th percentile of their response times printed, warm (the server keeps the file open while requests come) and,
for one request, cold (the file opened first, as after an idle pause).

    python benchmarks/api.py [--events 100000] [--rounds 15] [--db PATH (kept; generated when missing)]

The generated store is synthetic: actors from a few countries, events of every PLOVER type over ten years at
day, month and year precision, each with one to four reports from 20,000 documents of a dozen outlets; figures,
disagreements and stories in proportion. No text of any corpus is used.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dossier.model import PLOVER_TYPES
from dossier.store import Store
from dossier.store.schema import TABLES, columns

COUNTRIES = ["CHN", "PER", "BRA", "USA", "CHL", "ARG", "MEX", "COL", "ECU", "BOL"]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
MODES = {"CONSULT": ["visit", "meet", "talks"], "AGREE": ["sign", "pledge"], "COOPERATE": ["invest", "trade"]}
WORDS = ("minister", "agreement", "port", "trade", "visit", "talks", "loan", "mine", "border", "summit", "deal",
         "project", "delegation", "president", "investment", "exports", "dispute", "statement")


def _sentence(rng: random.Random, n: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _date(rng: random.Random) -> dict:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    kind = rng.random()
    if kind < 0.6:
        end = day + timedelta(days=rng.choice([0, 0, 0, 2, 5]))
        return {"start": day.isoformat(), "end": end.isoformat(), "precision": "day", "text": None, "inferred": False}
    if kind < 0.9:
        month = day.isoformat()[:7]
        return {"start": month, "end": month, "precision": "month", "text": None, "inferred": False}
    return {"start": str(day.year), "end": str(day.year), "precision": "year", "text": None, "inferred": False}


def generate(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    entities, documents, events, facts, conflicts, stories, mentions = [], [], [], [], [], [], []
    for c in COUNTRIES:
        entities.append({"id": c, "name": f"Country {c}", "type": "GPE", "kind": "government", "country": c, "cameo": c,
                         "aliases": [], "roles": [], "known": True})
        for i in range(150):
            entities.append({"id": f"{c.lower()}:person-{i}", "name": f"Person {c} {i}", "type": "PERSON", "kind": "person",
                             "country": c, "cameo": f"{c}GOV", "aliases": [f"P{c}{i}"], "roles": [], "known": True})
    ids = [e["id"] for e in entities]
    n_docs = max(10, n_events // 5)
    for i in range(n_docs):
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3700))
        documents.append({"id": f"{i:016x}", "source": f"https://news.example/{i}", "title": _sentence(rng, 8),
                          "outlet": rng.choice(OUTLETS), "published": day.isoformat(), "published_inferred": False,
                          "text": " ".join(_sentence(rng) for _ in range(8))})
    for i in range(n_events):
        kind = rng.choice(PLOVER_TYPES)
        reports = [{"doc": f"{rng.randrange(n_docs):016x}", "text": _sentence(rng), "start": 0, "end": 100}
                   for _ in range(rng.choice([1, 1, 2, 3, 4]))]
        events.append({"id": f"ev-{i:012x}", "type": kind, "mode": rng.choice(MODES.get(kind, [kind.lower()])),
                       "cameo": "040", "goldstein": round(rng.uniform(-10, 10), 1), "quad_class": rng.randint(1, 4),
                       "source": rng.sample(ids, 1), "target": rng.sample(ids, rng.choice([1, 1, 2])),
                       "date": _date(rng) if rng.random() < 0.8 else None, "location": rng.choice(COUNTRIES),
                       "status": rng.choice(["occurred"] * 4 + ["planned"]), "attribution": None, "issue": None,
                       "trigger": "met", "confidence": 0.8, "evidence": reports})
        if rng.random() < 0.02:
            conflicts.append({"about": events[-1]["id"], "field": "date",
                              "values": [{"value": "2020-01-01", "doc": reports[0]["doc"]},
                                         {"value": "2020-01-03", "doc": f"{rng.randrange(n_docs):016x}"}]})
        for r in reports:
            mentions.append({"entity": events[-1]["source"][0], "doc": r["doc"], "start": 0, "end": 5, "text": "X"})
    for i in range(n_events // 10):
        facts.append({"id": f"fa-{i:012x}", "subject": rng.sample(ids, 2), "measure": "bilateral trade",
                      "value": rng.randrange(1, 100) * 1e9, "unit": "USD", "time": _date(rng), "qualifier": None,
                      "text": "$1 billion", "evidence": [{"doc": f"{rng.randrange(n_docs):016x}", "text": _sentence(rng)}]})
    for i in range(n_events // 20):
        stories.append({"id": f"st-{i:012x}", "title": f"Story {i}",
                        "events": [f"ev-{rng.randrange(n_events):012x}" for _ in range(5)]})
    with Store(path) as store:
        for table, rows in (("entities", entities), ("documents", documents), ("events", events), ("facts", facts),
                            ("conflicts", conflicts), ("stories", stories), ("mentions", mentions)):
            _bulk(store, table, rows)


def _bulk(store: Store, table: str, rows: list[dict]) -> None:
    """Rows into a table through DuckDB's JSON reader, with the table's own column types."""
    cols = columns(TABLES[table][0])
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({c: row.get(c) for c in cols}) + "\n")
    spec = ", ".join(f"'{c}': '{kind}'" for c, kind in cols.items())
    names = ", ".join(f'"{c}"' for c in cols)
    store.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM read_json('{fh.name}', "
                      f"format='newline_delimited', columns={{{spec}}})")
    Path(fh.name).unlink()


def timed(client, url: str, rounds: int) -> tuple[float, float, int]:
    times, status = [], 0
    for _ in range(rounds):
        t = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        status = response.status_code
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], status


def main() -> None:
    from fastapi.testclient import TestClient

    from dossier.web import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.duckdb"
    if not path.exists():
        t = time.perf_counter()
        generate(path, args.events)
        print(f"generated {path} ({args.events:,} events) in {time.perf_counter() - t:.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB")
    with Store(path, read_only=True) as store:
        counts = {t: store.count(t) for t in ("events", "documents", "entities", "facts", "conflicts", "stories")}
        some_event = store.con.execute("SELECT id FROM events ORDER BY id LIMIT 1 OFFSET 777").fetchone()[0]
    print("store:", ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    app = create_app(path)
    client = TestClient(app)
    cold = []
    for _ in range(args.rounds):
        app.state.keeper.close()
        t = time.perf_counter()
        client.get("/api/events?limit=50")
        cold.append((time.perf_counter() - t) * 1000)
    urls = [
        "/api/meta",
        "/api/events?limit=50",
        "/api/events?limit=500",
        "/api/events?limit=50&offset=50000",
        "/api/events?actor=CHN&limit=50",
        "/api/events?actor=CHN&counterpart=PER&limit=50",
        "/api/events?type=CONSULT&from=2020-01-01&to=2020-12-31&limit=50",
        "/api/events?outlet=Outlet%20C&limit=50",
        "/api/events?q=border%20summit&limit=50",
        f"/api/events/{some_event}",
        "/api/timeline?bucket=month",
        "/api/timeline?bucket=day&actor=CHN&counterpart=PER",
        "/api/network",
        "/api/network?actor=CHN&from=2020-01-01&to=2020-12-31",
        "/api/conflicts?limit=50",
        "/api/facts?actor=PER&limit=50",
        "/api/stories?type=AGREE&limit=50",
        "/api/documents?outlet=Outlet%20A&limit=50",
        "/api/entities?q=person%20chn&limit=50",
    ]
    print(f"\ncold: /api/events?limit=50 with the store opened first: median {statistics.median(cold):.1f} ms\n")
    print(f"{'endpoint (warm)':<66} {'median ms':>9} {'p95 ms':>8}")
    for url in urls:
        median, p95, status = timed(client, url, args.rounds)
        assert status == 200, (url, status)
        print(f"{url:<66} {median:9.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
