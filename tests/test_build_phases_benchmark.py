"""benchmarks/build_phases.py: each phase's highest RSS, and each merge's own, read while it runs."""

from __future__ import annotations

import importlib.util
import threading
import time
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _bench():
    spec = importlib.util.spec_from_file_location("build_phases", BENCH / "build_phases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_merge_has_its_own_peak():
    bench = _bench()
    owner = SimpleNamespace(finish=lambda: time.sleep(0.1), walk=lambda: iter([time.sleep(0.1), time.sleep(0.1)]))
    bench._timed(owner, "finish", "merge")
    bench._timed(owner, "walk", "analyse", generator=True)
    threading.Thread(target=bench._sample, daemon=True).start()
    owner.finish()
    assert list(owner.walk()) == [None, None]
    owner.finish()
    assert bench.MERGES == [1, 2]
    assert {"merge", "merge #1", "merge #2"} <= set(bench.PEAK)
    assert bench.PEAK["merge"] == max(bench.PEAK["merge #1"], bench.PEAK["merge #2"]) > 0
    assert bench.PHASE == ["other"]
