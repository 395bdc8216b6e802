"""Where one `dossier build` process spends its CPU: the build's phases (reading, analysis, saving, letting go of
the store, the merge, loading the pipeline, imports), each wrapped and timed in process, printed at the end.

    python benchmarks/build_phases.py build STORIES.jsonl --db STORE.duckdb -q   # any `dossier` arguments

CPU seconds of this process (steadier than the wall clock on a loaded machine); the phases nest nowhere, so
what they leave out of the total is start-up outside them (the interpreter, argument parsing).
"""

from __future__ import annotations

import atexit
import resource
import sys
import time

STARTED, WALL = time.process_time(), time.perf_counter()
SPENT: dict[str, float] = {}


def _timed(owner, name: str, label: str, generator: bool = False) -> None:
    """Replace owner.name by a wrapper that adds its CPU seconds (a generator's: while it runs) to SPENT[label]."""
    inner = getattr(owner, name)

    def plain(*args, **kwargs):
        t = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - t

    def stepped(*args, **kwargs):
        items = inner(*args, **kwargs)
        while True:
            t = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - t
            yield item

    setattr(owner, name, stepped if generator else plain)


def _report() -> None:
    for label, seconds in SPENT.items():
        print(f"{label:<22}{seconds:8.2f}", file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'total CPU s':<22}{time.process_time() - STARTED:8.2f}  (wall {time.perf_counter() - WALL:.1f} s, "
          f"peak RSS {peak:.0f} MB)", file=sys.stderr)


def main() -> None:
    import dossier.build as build
    import dossier.nlp.loader as loader
    import dossier.pipeline as pipeline
    import dossier.store.database as database

    SPENT["imports"] = time.process_time() - STARTED
    _timed(build, "read_paths", "read", generator=True)
    _timed(pipeline, "process", "analyse (pipeline)", generator=True)
    _timed(build, "_save", "save")
    _timed(build, "finish_merge", "merge")
    _timed(loader, "load", "load the pipeline")
    _timed(database.Store, "release", "let go of the store")
    atexit.register(_report)
    from dossier.cli import app

    sys.argv = ["dossier", *sys.argv[1:]]
    app()


if __name__ == "__main__":
    main()
