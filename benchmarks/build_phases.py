"""Where one `dossier build` process spends its CPU: the build's phases (reading, analysis, saving, letting go of
the store, the merge, loading the pipeline, imports), each wrapped and timed in process, printed at the end.

    python benchmarks/build_phases.py build STORIES.jsonl --db STORE.duckdb -q   # any `dossier` arguments

CPU seconds of this process (steadier than the wall clock on a loaded machine); the phases nest nowhere, so
what they leave out of the total is start-up outside them (the interpreter, argument parsing). Beside each phase,
the highest RSS read while it ran (read from /proc every 20 ms by a thread), and for each merge its own: which
phase sets the build's peak, and whether the late merges' swing grows with the store.
"""

from __future__ import annotations

import atexit
import os
import resource
import sys
import threading
import time

STARTED, WALL = time.process_time(), time.perf_counter()
SPENT: dict[str, float] = {}
MERGES: list[int] = []  # the merges begun, numbered from 1
PEAK: dict[str, float] = {}  # the highest RSS (MB) read while each phase ran ("merge #3": the third merge)
PHASE: list[str] = ["other"]  # the phase running now, innermost last


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _sample() -> None:
    """Keep the highest RSS read under the phase running at each reading, and under the merge it belongs to."""
    while True:
        rss, phase = _rss_mb(), PHASE[-1]
        for label in {phase, phase.split(" #")[0]}:
            PEAK[label] = max(PEAK.get(label, 0.0), rss)
        time.sleep(0.02)


def _timed(owner, name: str, label: str, generator: bool = False) -> None:
    """Replace owner.name by a wrapper that adds its CPU seconds (a generator's: while it runs) to SPENT[label]."""
    inner = getattr(owner, name)

    def plain(*args, **kwargs):
        t = time.process_time()
        if label == "merge":
            MERGES.append(len(MERGES) + 1)
        PHASE.append(f"merge #{len(MERGES)}" if label == "merge" else label)
        try:
            return inner(*args, **kwargs)
        finally:
            PHASE.pop()
            SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - t

    def stepped(*args, **kwargs):
        items = inner(*args, **kwargs)
        while True:
            t = time.process_time()
            PHASE.append(label)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                PHASE.pop()
                SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - t
            yield item

    setattr(owner, name, stepped if generator else plain)


def _report() -> None:
    print(f"{'phase':<22}{'CPU s':>8}{'peak RSS MB':>13}", file=sys.stderr)
    for label, seconds in SPENT.items():
        print(f"{label:<22}{seconds:8.2f}{PEAK.get(label, 0.0):13.0f}", file=sys.stderr)
    merges = [f"{PEAK[f'merge #{n}']:.0f}" for n in MERGES if f"merge #{n}" in PEAK]
    if merges:
        print(f"each merge's peak RSS MB, in turn: {', '.join(merges)}", file=sys.stderr)
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
    threading.Thread(target=_sample, daemon=True).start()
    from dossier.cli import app

    sys.argv = ["dossier", *sys.argv[1:]]
    app()


if __name__ == "__main__":
    main()
