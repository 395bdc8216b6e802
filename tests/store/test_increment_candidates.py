"""`increments.candidates` gives the stored reports a frontier report meets (a shared blocking key, windows that can
meet, articles near enough when either report is undated, outside the skipped documents): the same pairs as the
rule it states, read in Python; and its join reads the frontier's keys, not every pair of stored reports that can
meet (docs/scale.md, round 81)."""

import json
import random
from collections import defaultdict
from datetime import date, timedelta

import duckdb

from dossier.store import increments

NEAR = 30


def _rows(n: int, keys: int, seed: int = 3) -> list[tuple]:
    """(report id, doc id, key, lo, hi, published) of n reports, two to an article, each with one or two keys
    drawn as news draws them (a few common, most rare), dated or not, in articles of known or unknown date."""
    rng = random.Random(seed)
    start = date(2033, 1, 1)
    names = [f"MEET\x1fk{i}" for i in range(keys)]
    weights = [1 / (i + 1) for i in range(keys)]
    rows = []
    for i in range(n):
        lo = hi = None
        if rng.random() < 0.6:
            lo = start + timedelta(days=rng.randrange(365))
            hi = lo + timedelta(days=rng.randrange(4))
        published = None if rng.random() < 0.1 else start + timedelta(days=rng.randrange(365))
        for key in sorted(set(rng.choices(names, weights, k=2))):
            rows.append((f"r{i}", f"doc{i // 2}", key, lo, hi, published))
    return rows


def _meets(f: tuple, k: tuple) -> bool:
    if f[0] == k[0]:
        return False
    if not (f[3] is None or k[4] is None or f[3] <= k[4] + timedelta(days=2)):
        return False
    if not (k[3] is None or f[4] is None or k[3] <= f[4] + timedelta(days=2)):
        return False
    return (f[3] is not None and k[3] is not None) or f[5] is None or k[5] is None or f[1] == k[1] \
        or abs((f[5] - k[5]).days) <= NEAR


def _expected(rows: list[tuple], frontier: set[str], skip: set[str]) -> tuple[set[tuple], int]:
    """The pairs the rule gives, and how many pairs of a frontier row and any row meet before the skip."""
    by_key = defaultdict(list)
    for r in rows:
        by_key[r[2]].append(r)
    pairs, met = set(), 0
    for f in rows:
        if f[0] in frontier:
            for k in by_key[f[2]]:
                if _meets(f, k):
                    met += 1
                    if k[1] not in skip:
                        pairs.add((f[0], k[0], k[1]))
    return pairs, met


def _store(rows: list[tuple]):
    con = duckdb.connect()
    increments.create(con)
    increments.add_keys(con, rows)
    return con


def _joins(node: dict):
    if node.get("type") == "HASH_JOIN":
        yield node
    for child in node.get("children", []):
        yield from _joins(child)


def test_candidates_are_the_pairs_the_rule_gives_and_the_join_holds_the_frontiers_pairs_only(tmp_path):
    rows = _rows(2000, 400)
    con = _store(rows)
    docs = {r[1] for r in rows if int(r[1][3:]) % 10 == 0}
    frontier = {r[0] for r in rows if r[1] in docs}
    skip = docs | {"doc1", "doc2"}
    expected, met = _expected(rows, frontier, skip)
    profile = tmp_path / "profile.json"
    con.execute("SET enable_profiling = 'json'")
    con.execute(f"SET profiling_output = '{profile}'")
    got = increments.candidates(con, sorted(frontier), sorted(skip), NEAR)
    con.execute("SET enable_profiling = 'no_output'")
    assert len(got) == len(set(got))
    assert set(got) == expected
    # main's query joined the whole key table with itself first: 39,154 rows here against the frontier's 10,275
    joins = [n for op in json.loads(profile.read_text())["operator"] for n in _joins(op)]
    assert joins
    assert max(n["intermediate_rows"] for n in joins) <= met
