"""The unknown actors' renaming step of an incremental merge alone: decided over the whole store (as before) vs
only for the names the new documents may change (`merge.incremental._deciding`), on a store kept by
`build_scale.py merge --prepare KEPT` (a copy of it: the stories held aside are put back first).

    python benchmarks/rename_step.py KEPT [--rounds 2]

Prints each way's seconds and the peak of Python's allocations during it (tracemalloc), and whether both give
the same renaming. The first round fills the name keys' cache for both.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from build_scale import _put_back


def main() -> None:
    from dossier.actors.unknown import decide
    from dossier.merge.incremental import _deciding, _slug
    from dossier.model import Entity
    from dossier.store import Store, increments

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "step.duckdb"
        shutil.copy(args.kept, work)
        with Store(work) as store:
            _put_back(store)
            con = store.con
            new_ids = increments.new_documents(con)
            increments.index_documents(con, new_ids)
            before = increments.renames(con)

            def whole():
                return {o: (e.id, e.name, e.type) for o, e in decide(*increments.unknown_votes(con)).items()}

            def touched():
                deciding = _deciding(increments.unknown_slugs(con, new_ids))
                decided = decide(*increments.unknown_votes(con, sorted(deciding))) if deciding else {}
                ids = {o: Entity.model_construct(id=i, name=n, type=k) for o, (i, n, k) in before.items()
                       if _slug(o) not in deciding} | decided
                return {o: (e.id, e.name, e.type) for o, e in ids.items()}

            print(f"{len(new_ids)} new documents; {len(increments.unknown_slugs(con, new_ids))} unknown names stored")
            for n in range(args.rounds):
                out = {}
                for name, way in (("whole store", whole), ("touched names", touched)):
                    tracemalloc.start()
                    started = time.perf_counter()
                    out[name] = way()
                    seconds = time.perf_counter() - started
                    peak = tracemalloc.get_traced_memory()[1] / 1e6
                    tracemalloc.stop()
                    print(f"round {n + 1}  {name:<14}{seconds:>7.2f} s{peak:>9.1f} MB (Python peak)")
                print(f"same renaming: {out['whole store'] == out['touched names']} ({len(out['whole store'])} ids)")


if __name__ == "__main__":
    main()
