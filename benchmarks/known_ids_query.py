"""The store's per-save query for the batch's ids it already holds, by store size: `list_contains` (what
`Store.add_results` runs) against a join on the batch's ids and an IN list of parameters.

    python benchmarks/known_ids_query.py [--sizes 1000,10000,50000] [--folder /tmp/known-ids]

Each store holds only `documents` rows (ids, sources and a 2,000-character text), made once in the folder; each
query is asked with a batch of 64 ids (4 stored, 60 new, as a build's saves mostly are), 20 times, 3 rounds in
turn; CPU ms of this process a query (DuckDB's threads included).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

QUERIES = {
    "list_contains": "SELECT id FROM documents WHERE list_contains(?, id)",
    "join": "SELECT d.id FROM documents d JOIN (SELECT unnest(?::VARCHAR[]) AS id) b ON b.id = d.id",
    "IN (?, ...)": None,  # one parameter an id
}


def _store(path: Path, n: int):
    import pyarrow as pa

    from dossier.store.database import Store

    made = not path.exists()
    store = Store(path)
    if made:
        store._append("documents", {"id": pa.array([f"story-{i:06d}" for i in range(n)], pa.string()),
                                    "source": pa.array([f"/data/s{i}.txt" for i in range(n)], pa.string()),
                                    "text": pa.array(["word " * 400] * n, pa.string())})
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/known-ids"))
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    print(f"{'documents':>10}" + "".join(f"{name:>16}" for name in QUERIES) + "   (CPU ms a query, 3 rounds)")
    for n in (int(s) for s in args.sizes.split(",")):
        store = _store(args.folder / f"documents-{n}.duckdb", n)
        rnd = random.Random(n)
        spent: dict[str, list[float]] = {name: [] for name in QUERIES}
        for _ in range(3):
            for name, sql in QUERIES.items():
                batch = [f"story-{rnd.randrange(n, 2 * n):06d}" for _ in range(60)]
                batch += [f"story-{i:06d}" for i in rnd.sample(range(n), 4)]
                params = [batch] if sql else batch
                sql = sql or f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(batch))})"
                t = time.process_time()
                for _ in range(20):
                    found = store.con.execute(sql, params).fetchall()
                spent[name].append((time.process_time() - t) / 20 * 1000)
                assert len(found) == 4, (name, found)
        print(f"{n:>10}" + "".join(f"{' '.join(f'{v:.1f}' for v in values):>16}" for values in spent.values()))
        store.release()


if __name__ == "__main__":
    main()
