"""Where a build with several workers loses against N times spaCy alone: its serial phases, the workers' batches and
their idle time, in CPU and wall seconds, beside spaCy alone in the same run.

    python benchmarks/parallel_phases.py [--n 300] [--workers 2] [--rounds 1]

Runs spaCy alone (`build_scale.SPACY_ALONE`) and then `dossier build --workers N` on the same stories, the build
instrumented in its own process (`... parallel_phases.py build STORIES --db X --workers N -q`, the phases of the
parent timed as `build_phases.py` times them, each worker's batches logged with their wall times and CPU). The
parent's phases are cut by the workers' first batch start and last batch end: what the parent spends before the
first batch and after the last is serial; between them the parent's own work (reading, saving the results as
they come) competes with the workers for the cores. "On idle cores" is what the CPU seconds allow: the serial CPU
plus the larger of (the window's CPU / N) and the busiest worker's CPU; the loaded machine's wall is shown too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

STARTED_WALL, STARTED_CPU = time.time(), time.process_time()
PARENT: list[dict] = []  # {label, start, end, cpu} of each timed call (or generator step) in the building process


def _timed(owner, name: str, label: str, generator: bool = False) -> None:
    """Replace owner.name by a wrapper that logs each call (a generator: each step) to PARENT."""
    inner = getattr(owner, name)

    def log(start: float, cpu: float) -> None:
        now = time.process_time()
        PARENT.append({"label": label, "start": start, "end": time.time(), "cpu": now - cpu, "cum": now - STARTED_CPU})

    def plain(*args, **kwargs):
        start, cpu = time.time(), time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            log(start, cpu)

    def stepped(*args, **kwargs):
        items = inner(*args, **kwargs)
        while True:
            start, cpu = time.time(), time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                log(start, cpu)
            yield item

    setattr(owner, name, stepped if generator else plain)


def _worker_log(path: str, row: dict) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"pid": os.getpid(), **row}) + "\n")


def instrumented_build(argv: list[str]) -> None:
    """Run `dossier` with `argv`, its phases and the workers' batches logged to $PARALLEL_PHASES_OUT (JSON)."""
    out = os.environ["PARALLEL_PHASES_OUT"]
    workers_log = out + ".workers"
    import dossier.build as build
    import dossier.nlp.loader as loader
    import dossier.parallel as parallel
    import dossier.store.database as database

    imported, imports_cpu = time.time(), time.process_time() - STARTED_CPU
    _timed(loader, "load", "load the pipeline")
    _timed(parallel, "prepare_fork", "prepare the fork")
    _timed(build, "read_paths", "read", generator=True)
    _timed(build, "_save", "save")
    _timed(build, "finish_merge", "merge")
    _timed(database.Store, "release", "let go of the store")
    _timed(database.Store, "known_ids", "known ids")
    # the analysis as the build sees it (the pool's submissions, reading, results received); holds read and the fork
    _timed(parallel, "process_parallel", "analysis (parent)", generator=True)
    analyse, init = parallel.analyse_batch, parallel._init_worker

    def logged_init(settings):
        start, cpu = time.time(), time.process_time()
        init(settings)
        _worker_log(workers_log, {"what": "init", "start": start, "end": time.time(),
                                  "cpu": time.process_time() - cpu, "total_cpu": time.process_time()})

    def logged_batch(documents, settings, ready=False):
        start, cpu = time.time(), time.process_time()
        results = analyse(documents, settings, ready)
        _worker_log(workers_log, {"what": "batch", "n": len(documents), "start": start, "end": time.time(),
                                  "cpu": time.process_time() - cpu, "total_cpu": time.process_time()})
        return results

    parallel.analyse_batch, parallel._init_worker = logged_batch, logged_init
    from dossier.cli import app

    sys.argv = ["dossier", *argv]
    try:
        app()
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = [json.loads(line) for line in open(workers_log, encoding="utf-8")] if os.path.exists(workers_log) else []
    Path(out).write_text(json.dumps({
        "started": STARTED_WALL, "imported": imported, "imports_cpu": imports_cpu, "ended": time.time(),
        "parent_cpu": time.process_time() - STARTED_CPU, "children_cpu": children.ru_utime + children.ru_stime,
        "parent": PARENT, "workers": workers}))


def summarise(report: dict, workers: int) -> dict:
    """The build's figures: the parent's CPU before the workers' first batch, between it and the end of the last
    (the window) and after; each worker's batches, start and CPU outside its batches (sending results back)."""
    rows = report["workers"]
    batches = [w for w in rows if w["what"] == "batch"]
    t0 = report["started"]
    first, last = min(b["start"] for b in batches), max(b["end"] for b in batches)
    parent = report["parent"]

    def cum_at(t: float) -> float:  # the parent's CPU so far at wall time t (at the last logged step before it)
        return max([r["cum"] for r in parent if r["end"] <= t], default=report["imports_cpu"])

    before = cum_at(first)
    after = report["parent_cpu"] - cum_at(last)
    by_pid: dict[int, list[dict]] = {}
    for b in batches:
        by_pid.setdefault(b["pid"], []).append(b)
    init = {w["pid"]: w["cpu"] for w in rows if w["what"] == "init"}
    worker_cpu = {pid: sum(b["cpu"] for b in bs) + init.get(pid, 0.0) for pid, bs in by_pid.items()}
    labels: dict[str, dict[str, float]] = {}
    for row in parent:
        phase = "before" if row["end"] <= first else ("after" if row["start"] >= last else "during")
        slot = labels.setdefault(row["label"], {"before": 0.0, "during": 0.0, "after": 0.0, "wall": 0.0})
        slot[phase] += row["cpu"]
        slot["wall"] += row["end"] - row["start"]
    outside = report["children_cpu"] - sum(worker_cpu.values())  # the workers' own pool work, pickling results
    window_cpu = report["parent_cpu"] - before - after + report["children_cpu"]
    ideal = before + after + max(window_cpu / workers, max(worker_cpu.values()) + outside / workers)
    return {
        "wall": report["ended"] - t0, "to_first_batch": first - t0, "window": last - first,
        "after_wall": report["ended"] - last, "imports_cpu": report["imports_cpu"],
        "parent_cpu": report["parent_cpu"], "children_cpu": report["children_cpu"], "before": before, "after": after,
        "worker_cpu": worker_cpu, "init": init, "outside": outside, "window_cpu": window_cpu, "ideal": ideal,
        "busy": {pid: sum(b["end"] - b["start"] for b in bs) for pid, bs in by_pid.items()},
        "batches": {pid: [b["n"] for b in bs] for pid, bs in by_pid.items()}, "labels": labels,
        "last_ends": sorted(max(b["end"] for b in bs) - first for bs in by_pid.values()),
    }


def compare(n: int, workers: int, rounds: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import build_scale

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build_scale.warm(tmp)
        stories = tmp / "stories.jsonl"
        build_scale.write_stories(stories, n)
        spacy_runs, builds = [], []
        for r in range(rounds):
            seconds, _, _ = build_scale.timed([sys.executable, "-c", build_scale.SPACY_ALONE, str(stories)],
                                              build_scale.CACHE)
            spacy_runs.append((seconds, build_scale.CPU[-1]))
            out = tmp / f"phases-{r}.json"
            seconds, peak, _ = build_scale.timed(
                [sys.executable, __file__, "build", str(stories), "--db", str(tmp / f"b{r}.duckdb"),
                 "--workers", str(workers), "-q"],
                env={"DOSSIER_LANGUAGES": "any", **build_scale.CACHE, "PARALLEL_PHASES_OUT": str(out),
                     "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
            summary = summarise(json.loads(out.read_text()), workers)
            summary.update(measured_wall=seconds, tree_cpu=build_scale.CPU[-1], peak=peak)
            builds.append(summary)
            _print(n, workers, spacy_runs[-1], summary)
        if rounds > 1:
            sp_cpu = statistics.median(c for _, c in spacy_runs)
            ideal = statistics.median(s["ideal"] for s in builds)
            cpu = statistics.median(s["tree_cpu"] for s in builds)
            print(f"medians of {rounds}: spaCy alone {sp_cpu:.2f} CPU s; build {cpu:.2f} CPU s "
                  f"({sp_cpu / cpu:.2f}x); on idle cores {ideal:.2f} s ({sp_cpu / ideal:.2f}x)")


def _print(n: int, workers: int, spacy_run: tuple[float, float], s: dict) -> None:
    sp_wall, sp_cpu = spacy_run
    print(f"\n{n} stories, {workers} workers (machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")
    print(f"spaCy alone: wall {sp_wall:.1f} s, CPU {sp_cpu:.2f} s")
    print(f"build: wall {s['measured_wall']:.1f} s, CPU of the process tree {s['tree_cpu']:.2f} s "
          f"(parent {s['parent_cpu']:.2f}, workers {s['children_cpu']:.2f}), peak RSS {s['peak']:.0f} MB")
    print(f"  wall: to the first batch {s['to_first_batch']:.1f} s, the batches' window {s['window']:.1f} s, "
          f"after the last {s['after_wall']:.1f} s; each worker's last batch ends at "
          + ", ".join(f"{e:.1f}" for e in s["last_ends"]) + " s of the window")
    for pid, cpu in s["worker_cpu"].items():
        print(f"  worker {pid}: batches of {s['batches'][pid]} stories, CPU {cpu:.2f} s (its start "
              f"{s['init'].get(pid, 0.0):.2f}), busy {s['busy'][pid]:.1f} s of the window")
    print(f"  the workers' CPU outside their batches (the pool, pickling results): {s['outside']:.2f} s")
    print(f"  parent CPU: imports {s['imports_cpu']:.2f}; before the first batch {s['before']:.2f}, in the window "
          f"{s['parent_cpu'] - s['before'] - s['after']:.2f}, after the last {s['after']:.2f}; by phase "
          f"(before / in the window / after, wall; 'analysis (parent)' holds reading and the fork's preparation):")
    for label, slot in s["labels"].items():
        print(f"    {label:<22}{slot['before']:7.2f}{slot['during']:7.2f}{slot['after']:7.2f}"
              f"   wall {slot['wall']:.1f}")
    print(f"on {workers} idle cores: serial {s['before'] + s['after']:.2f} + the window's {s['window_cpu']:.2f} CPU s "
          f"over {workers} = {s['ideal']:.2f} s: {sp_cpu / s['ideal']:.2f}x spaCy alone's CPU; all on one core: "
          f"{sp_cpu / s['tree_cpu']:.2f}x; measured walls (loaded machine): {sp_wall / s['measured_wall']:.2f}x")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        instrumented_build(sys.argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    compare(args.n, args.workers, args.rounds)


if __name__ == "__main__":
    main()
