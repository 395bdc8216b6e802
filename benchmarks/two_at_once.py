"""What a two-worker build's CPU beyond a one-worker build's is: the build's, or the machine's with two busy cores.

    python benchmarks/two_at_once.py [--n 1000] [--rounds 1] [--workers 2]

One process at a time, in turn for each round: spaCy alone (`build_scale.SPACY_ALONE`) on the n stories in one
process; spaCy alone on the halves in two processes one after the other, then in two processes at once; `dossier
build` with one worker, then with `--workers N`. Each process's CPU seconds (user + system) are sampled from /proc
while it runs (its last sample, so a tenth of a second may be missing from each) and the whole tree's are exact
(`os.wait4`). The builds' processes are told apart as the parent (the CLI: reading, feeding the pool, saving,
merging) and the pool's workers.

Read it on an idle machine: if spaCy alone on two processes at once spends more CPU than on the same halves one
after the other, the two busy cores do the same work more slowly, and a two-worker build pays that too; what is
left of the build's extra CPU beyond that ratio is the build's own (the fork's preparation, the pages the workers
copy, results sent back). On a machine that other jobs keep busy both cores are busy in every run, and the ratios
say nothing of the idle case.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_scale  # noqa: E402


def _cpu_of(pid: int) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of a process, from /proc; None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / tick


def _children(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children()]
    except psutil.Error:
        return []


def kinds(root: int, samples: dict[int, tuple[int, float]]) -> dict[str, list[float]]:
    """The sampled CPU of a tree's processes by kind: the root ("parent"), its children ("workers": a build's pool)
    and the rest ("others": a child's own children, a resource tracker's helpers)."""
    found: dict[str, list[float]] = {"parent": [], "workers": [], "others": []}
    for pid, (ppid, cpu) in sorted(samples.items()):
        kind = "parent" if pid == root else "workers" if ppid == root else "others"
        found[kind].append(cpu)
    return found


def run(commands: list[list[str]], env: dict | None = None) -> tuple[float, float, list[dict[str, list[float]]]]:
    """Start the commands together and wait for all: (wall seconds, the trees' CPU seconds, each tree's sampled CPU
    by kind)."""
    started = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
             for c in commands]
    samples: list[dict[int, tuple[int, float]]] = [{} for _ in procs]
    tree_cpu, running = 0.0, {p.pid: i for i, p in enumerate(procs)}
    while running:
        for pid, i in list(running.items()):
            todo = [pid]
            while todo:
                one = todo.pop()
                got = _cpu_of(one)
                if got:
                    samples[i][one] = got
                    todo += _children(one)
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                del running[pid]
                tree_cpu += usage.ru_utime + usage.ru_stime
                if os.waitstatus_to_exitcode(status) != 0:
                    sys.exit(f"{' '.join(commands[i])} failed: {procs[i].stderr.read()[-800:]!r}")
        time.sleep(0.05)
    return time.perf_counter() - started, tree_cpu, [kinds(p.pid, s) for p, s in zip(procs, samples)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build_scale.warm(tmp)
        stories, halves = tmp / "stories.jsonl", [tmp / "a.jsonl", tmp / "b.jsonl"]
        build_scale.write_stories(stories, args.n)
        lines = stories.read_text(encoding="utf-8").splitlines(keepends=True)
        halves[0].write_text("".join(lines[0::2]), encoding="utf-8")
        halves[1].write_text("".join(lines[1::2]), encoding="utf-8")
        spacy = [sys.executable, "-c", build_scale.SPACY_ALONE]
        dossier = [sys.executable, "-m", "dossier.cli", "build", str(stories), "-q"]
        env = {"DOSSIER_LANGUAGES": "any", **build_scale.CACHE}
        figures: dict[str, list[float]] = {}
        for r in range(args.rounds):
            rows = {
                "spaCy alone, one process": run([spacy + [str(stories)]]),
                "spaCy alone, the halves in turn": _in_turn([spacy + [str(h)] for h in halves]),
                "spaCy alone, the halves at once": run([spacy + [str(h)] for h in halves]),
                "build, 1 worker": run([dossier + ["--db", str(tmp / f"one{r}.duckdb")]], env),
                f"build, {args.workers} workers": run([dossier + ["--db", str(tmp / f"more{r}.duckdb"),
                                                                  "--workers", str(args.workers)]], env),
            }
            print(f"\nround {r + 1}: {args.n} stories, load {os.getloadavg()[0]:.1f} at the end")
            for label, (wall, cpu, trees) in rows.items():
                figures.setdefault(label, []).append(cpu)
                parts = "; ".join(f"{k} " + " + ".join(f"{c:.2f}" for c in v)
                                  for t in trees for k, v in t.items() if v)
                print(f"  {label:<34} wall {wall:6.1f} s  CPU {cpu:7.2f} s  ({parts})")
        med = {k: statistics.median(v) for k, v in figures.items()}
        alone, turn, once = (med[k] for k in ("spaCy alone, one process", "spaCy alone, the halves in turn",
                                               "spaCy alone, the halves at once"))
        one, more = med["build, 1 worker"], med[f"build, {args.workers} workers"]
        print(f"\nmedians: two at once / in turn (spaCy alone): {once / turn:.3f}; build {args.workers} workers / 1 "
              f"worker: {more / one:.3f}; CPU vs spaCy alone: 1 worker {one / alone:.2f}x, {args.workers} workers "
              f"{more / alone:.2f}x, {args.workers} workers against spaCy's halves at once {more / once:.2f}x")


def _in_turn(commands: list[list[str]]) -> tuple[float, float, list]:
    walls, cpus, trees = zip(*(run([c]) for c in commands))
    return sum(walls), sum(cpus), [t for ts in trees for t in ts]


if __name__ == "__main__":
    main()
