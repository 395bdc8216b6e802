"""Score the facts stage: the example corpus gold, PLOVER GSR counts, and the seeds' listed figures.

Gold is read in place (examples/china-peru/gold/facts.jsonl, ../shared/benchdata, ../shared/seeds with
tests/facts/data/seeds_expected.yaml); a missing set is reported in a note and skipped.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from dossier.config import Settings
from dossier.data_files import load_yaml
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD, ROOT, SEEDS, analysed, jsonl
from dossier.evaluate.events import _same_actors, _surfaces
from dossier.evaluate.failures import processed
from dossier.evaluate.metrics import PRF, Report
from dossier.model import Document, Entity, Fact
from dossier.nlp import loader

SEEDS_EXPECTED = ROOT / "tests" / "facts" / "data" / "seeds_expected.yaml"
STOP = {"of", "the", "a", "to", "in", "be", "for", "and", "by", "relative", "share"}


def _run(texts: list[tuple[str, str, str | None]], settings: Settings) -> dict[str, tuple[str, list[Fact], dict[str, Entity]]]:
    """{doc id: (text, facts, actors)}."""
    nlp = loader.load(settings)
    docs = [Document(id=i, source=i, text=t, published=p) for i, t, p in texts]
    return {r.document.id: (r.document.text, r.facts, {e.id: e for e in r.entities})
            for r in processed(docs, settings, nlp)}


def _facts_by_doc(folder: Path, settings: Settings) -> dict[str, tuple[str, list[Fact], dict[str, Entity]]]:
    """{document name: (text, facts, actors)} for a corpus read by ingest."""
    return {name: (r.document.text, r.facts, {e.id: e for e in r.entities})
            for name, r in analysed(folder, settings).items()}


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=2e-3)


def _span(fact: Fact) -> tuple[int, int] | None:
    ev = fact.evidence[0] if fact.evidence else None
    if ev is None or ev.start is None or not fact.text or fact.text not in ev.text:
        return None
    start = ev.start + ev.text.index(fact.text)
    return start, start + len(fact.text)


def _words(text: str | None) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", (text or "").lower())} - STOP


def _same_time(pred, gold: dict | None) -> bool:
    if not gold:
        return pred is None
    return pred is not None and pred.start == gold.get("start") and (pred.end or pred.start) == gold.get("end")


def example(settings: Settings, limit: int | None = None) -> Report:
    path = EXAMPLE_GOLD / "facts.jsonl"
    report = Report("Example corpus gold: figures found, value+unit, measure, subject, time", str(path))
    if not path.exists():
        report.notes.append(f"skipped: {path} not found")
        return report
    gold = jsonl(path)[:limit]
    out = _facts_by_doc(EXAMPLE_ARTICLES, settings)
    surfaces, used, seen_at = _surfaces(), set(), {}
    found, counts = PRF(), dict.fromkeys(("value+unit", "measure exact", "measure word", "subject", "time"), 0)
    for g in gold:
        text, facts, actors = out.get(g["source_doc"], ("", [], {}))
        k = seen_at.get((g["source_doc"], g["text"]), 0)
        starts = [m.start() for m in re.finditer(re.escape(g["text"]), text)]
        seen_at[(g["source_doc"], g["text"])] = k + 1
        gspan = (starts[k], starts[k] + len(g["text"])) if k < len(starts) else None
        hit = next((f for f in facts if f.id not in used and gspan and (s := _span(f))
                    and s[0] < gspan[1] and gspan[0] < s[1]), None)
        if hit is None:
            found.fn += 1
            report.notes.append(f"missed {g['source_doc']}: {g['text']}")
            continue
        used.add(hit.id)
        found.tp += 1
        counts["value+unit"] += _same_value(hit.value, g["value"]) and hit.unit == g["unit"]
        counts["measure exact"] += (hit.measure or "").lower() == g["measure"].lower()
        counts["measure word"] += bool(_words(hit.measure) & _words(g["measure"]))
        counts["subject"] += _same_actors(hit.subject, g["subject"], actors, surfaces)
        counts["time"] += _same_time(hit.time, g["time"])
    docs = {g["source_doc"] for g in gold}
    found.fp = sum(1 for d in docs for f in out.get(d, ("", [], {}))[1] if f.id not in used)
    report.rows["figures"] = found
    report.figures = {f"{k} accuracy (of matched)": round(v / found.tp, 4) if found.tp else 0.0
                      for k, v in counts.items()}
    report.figures.update({"gold figures": len(gold), "matched": found.tp})
    return report


def plover_gsr(settings: Settings, limit: int | None = None) -> Report:
    path = BENCH / "plover_gsr" / "plover_gsr.jsonl"
    report = Report("PLOVER GSR: numeric size/dead/injured found as a fact with that value", str(path))
    if not path.exists():
        report.notes.append(f"skipped: {path} not found")
        return report
    records = [r for r in jsonl(path) if any(str(r.get(k, "")).replace(",", "").isdigit()
                                               for k in ("size", "dead", "injured"))][:limit]
    out = _run([(str(r["seq"]), r["text"], r.get("date")) for r in records], settings)
    rows = {k: PRF() for k in ("size", "dead", "injured")}
    for r in records:
        facts = out[str(r["seq"])][1]
        for key in rows:
            raw = str(r.get(key, "")).replace(",", "")
            if raw.isdigit():
                ok = any(_same_value(f.value, float(raw)) for f in facts)
                rows[key] = rows[key].add(PRF(tp=1) if ok else PRF(fn=1))
    report.rows = rows
    report.rows["all"] = PRF(sum(v.tp for v in rows.values()), 0, sum(v.fn for v in rows.values()))
    report.notes.append("recall only: the GSR labels only the counts of the coded event, not every figure")
    return report


def seeds(settings: Settings, limit: int | None = None) -> Report:
    folder = SEEDS
    report = Report("Seeds: the figures issue 7 lists (value, unit, measure)", str(SEEDS_EXPECTED))
    if not folder.exists() or not SEEDS_EXPECTED.exists():
        report.notes.append(f"skipped: {folder} or {SEEDS_EXPECTED} not found")
        return report
    cases = load_yaml(SEEDS_EXPECTED)[:limit]
    out = _facts_by_doc(folder, settings)
    found = PRF()
    right = measure = 0
    for c in cases:
        hit = next((f for f in out[c["seed"]][1] if c["text"] in (f.text or "")), None)
        if hit is None:
            found.fn += 1
            report.notes.append(f"missed {c['seed']}: {c['text']}")
            continue
        found.tp += 1
        right += _same_value(hit.value, c["value"]) and hit.unit == c["unit"]
        measure += c["measure_has"] in (hit.measure or "")
    report.rows["figures"] = found
    report.figures = {"value+unit accuracy": round(right / len(cases), 4) if cases else 0.0,
                      "measure accuracy": round(measure / len(cases), 4) if cases else 0.0,
                      "facts in these seeds": sum(len(v[1]) for v in out.values())}
    return report


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    return [example(settings, limit), plover_gsr(settings, limit), seeds(settings, limit)]


if __name__ == "__main__":
    import json

    print(json.dumps([r.as_dict() for r in run()], indent=1))
