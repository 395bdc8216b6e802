"""The figures issue 7 lists, read from ../shared/seeds at run time (expected values in data/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier.pipeline import process_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXPECTED = yaml.safe_load((Path(__file__).parent / "data" / "seeds_expected.yaml").read_text())


@pytest.mark.parametrize("case", EXPECTED, ids=[f"{c['seed'][:3]}:{c['text']}" for c in EXPECTED])
def test_seed_figure(case):
    path = SHARED / "seeds" / case["seed"]
    if not path.exists():
        pytest.skip(f"{path} not available (../shared/seeds is read at run time, never copied)")
    found = [f for f in process_text(path.read_text(encoding="utf-8"), doc_id=case["seed"]).facts
             if case["text"] in (f.text or "")]
    assert found, f"{case['text']} not found"
    fact = found[0]
    assert fact.value == pytest.approx(case["value"], rel=1e-3)
    assert fact.unit == case["unit"]
    assert case["measure_has"] in (fact.measure or "")
    if "qualifier" in case:
        assert fact.qualifier == case["qualifier"]
