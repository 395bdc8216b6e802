"""benchmarks/two_at_once.py: the processes of a run told apart (a build's parent and its pool's workers), and a
tree's CPU counted once its processes end."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _bench():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("two_at_once", BENCH / "two_at_once.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_kinds_of_a_tree():
    bench = _bench()
    samples = {10: (1, 4.0), 11: (10, 2.5), 12: (10, 3.0), 13: (11, 0.1)}
    assert bench.kinds(10, samples) == {"parent": [4.0], "workers": [2.5, 3.0], "others": [0.1]}
    assert bench.kinds(10, {}) == {"parent": [], "workers": [], "others": []}


def test_run_samples_a_parent_and_its_children():
    bench = _bench()
    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass\n"
    forks = ("import os, time\n" + spin + "pids = [os.fork() for _ in range(1)]\n"
             "if pids[0] == 0:\n    t = time.process_time()\n    while time.process_time() - t < 0.3: pass\n"
             "    os._exit(0)\nos.waitpid(pids[0], 0)\n")
    wall, cpu, trees = bench.run([[sys.executable, "-c", forks]])
    assert len(trees) == 1 and len(trees[0]["parent"]) == 1 and len(trees[0]["workers"]) == 1
    assert cpu >= 0.55 and trees[0]["parent"][0] > 0.2 and trees[0]["workers"][0] > 0.1
    wall, cpu, trees = bench.run([[sys.executable, "-c", spin], [sys.executable, "-c", spin]])
    assert len(trees) == 2 and cpu >= 0.55 and all(t["workers"] == [] for t in trees)
