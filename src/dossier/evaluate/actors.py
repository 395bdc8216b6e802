"""Score the actors on news nobody here wrote: coverage of hand-coded actors, dyads with countries, start-up cost.

- Actor coverage on ../shared/benchdata/realnews_dev (reuters/ and html/): the share of the actors named in the
  hand-coded events (source and target, by name as written) that the pipeline resolves to the right country, or,
  for an international body (gold country null), to a known actor without a country. A gold actor is looked up
  among the mentions of its article whose text equals its name, contains it or is contained in it (a family name
  for a full name), compared without case or a leading "the". Reported apart for the development part and the
  held-out part (the fixed split: within each folder, sorted names, index % 3 == 2 held out).
- Dyads on Reuters-21578 (../shared/corpora/reuters21578.jsonl.gz): of the events found in the first 1,000 stories
  with a body (--limit: fewer), the share with a country on both sides (a source and a target whose actor has one).
- Start-up: the seconds and the memory that loading the full pipeline takes, beside spaCy's pipeline alone, each
  in a fresh process.
A missing data set is reported in a note and skipped.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, SHARED, doc_name, jsonl
from dossier.evaluate.metrics import Report
from dossier.ingest import IngestError, read_paths
from dossier.model import Document, Entity, Mention
from dossier.nlp import loader
from dossier.pipeline import DocResult, process

REALNEWS = BENCH / "realnews_dev"
REUTERS = SHARED / "corpora" / "reuters21578.jsonl.gz"
STORIES = 1000


def held_out(folder: Path) -> set[str]:
    """The fixed held-out part of a realnews folder: index % 3 == 2 of the sorted article names."""
    names = sorted(p.name for p in (folder / "articles").iterdir() if p.is_file())
    return {n for i, n in enumerate(names) if i % 3 == 2}


def _norm(text: str) -> str:
    text = " ".join(text.replace("’", "'").lower().split())
    text = text.removeprefix("the ")
    return text.removesuffix("'s").strip()


def resolved(gold: dict, mentions: list[Mention], entities: dict[str, Entity]) -> bool:
    """True when a mention of the gold actor's name is resolved to its country (or, for an international body,
    to a known actor without one)."""
    name = _norm(gold["name"])
    if not name:
        return False
    for m in mentions:
        text = _norm(m.text)
        if not text or not (text == name or name in text or (len(text) > 3 and text in name)):
            continue
        entity = entities.get(m.entity)
        if entity is None:
            continue
        if gold.get("country") is None:
            if entity.known and (entity.country is None or entity.kind == "igo"):
                return True
        elif entity.country == gold["country"]:
            return True
    return False


def _realnews(settings: Settings, limit: int | None) -> list[Report]:
    nlp = loader.load(settings)
    tallies: dict[str, Counter] = {"dev": Counter(), "held-out": Counter()}
    kinds: dict[str, Counter] = {"dev": Counter(), "held-out": Counter()}
    seen = 0
    for folder in ("reuters", "html"):
        path = REALNEWS / folder
        if not (path / "gold_events.jsonl").exists():
            continue
        dates = {}
        if (path / "documents.jsonl").exists():
            dates = {d["doc"]: d.get("published") for d in jsonl(path / "documents.jsonl")}
        gold_by_doc: dict[str, list[dict]] = {}
        for event in jsonl(path / "gold_events.jsonl"):
            gold_by_doc.setdefault(event["doc"], []).extend(event["source"] + event["target"])
        held = held_out(path)
        docs = [d for d in read_paths([path / "articles"]) if not isinstance(d, IngestError)]
        docs = [d if d.published or not dates.get(doc_name(d)) else d.model_copy(
            update={"published": dates[doc_name(d)], "published_basis": "stated"}) for d in docs]
        if limit:
            docs = docs[:limit]
        for result in process(docs, settings, nlp):
            name = doc_name(result.document)
            part = "held-out" if name in held else "dev"
            entities = {e.id: e for e in result.entities}
            for gold in _unique(gold_by_doc.get(name, [])):
                ok = resolved(gold, result.mentions, entities)
                tallies[part]["resolved" if ok else "missed"] += 1
                kinds[part][(gold.get("kind") or "?", ok)] += 1
            seen += 1
    reports = []
    for part, tally in tallies.items():
        total = tally["resolved"] + tally["missed"]
        if not total:
            continue
        report = Report("Actor coverage (gold actors resolved to the right country or actor)",
                        f"realnews_dev {part}")
        report.figures.update({"gold actors": total, "resolved": tally["resolved"],
                               "coverage": tally["resolved"] / total})
        for kind in sorted({k for k, _ in kinds[part]}):
            n = kinds[part][(kind, True)] + kinds[part][(kind, False)]
            report.figures[f"coverage, {kind}"] = kinds[part][(kind, True)] / n
        reports.append(report)
    if not seen:
        return [Report("Actor coverage", "realnews_dev", notes=[f"{REALNEWS} not found; skipped"])]
    return reports


def _unique(actors: list[dict]) -> list[dict]:
    """Each gold actor of an article once (by name and country)."""
    out = {}
    for a in actors:
        out.setdefault((_norm(a.get("name") or ""), a.get("country")), a)
    return list(out.values())


def reuters_documents(limit: int = STORIES) -> list[Document]:
    """The first `limit` Reuters-21578 stories of type NORM with a body of 200 characters or more (as the
    throughput benchmark reads them), dated by the corpus."""
    out = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("text_type") == "NORM" and len(row.get("text") or "") >= 200:
                out.append(Document(id=row["id"], source=row["id"], text=row["text"], published=row["date"],
                                    title=row.get("title")))
                if len(out) >= limit:
                    break
    return out


def dyads(results: list[DocResult]) -> dict[str, float | int]:
    events = with_both = 0
    for result in results:
        countries = {e.id: e.country for e in result.entities}
        for event in result.events:
            events += 1
            if any(countries.get(s) for s in event.source) and any(countries.get(t) for t in event.target):
                with_both += 1
    return {"events": events, "with a country on both sides": with_both,
            "share": with_both / events if events else 0.0}


def _reuters(settings: Settings, limit: int | None) -> list[Report]:
    if not REUTERS.exists():
        return [Report("Dyads", "Reuters-21578", notes=[f"{REUTERS} not found; skipped"])]
    docs = reuters_documents(min(limit or STORIES, STORIES))
    results = list(process(docs, settings, loader.load(settings)))
    report = Report("Events with a country on both sides", f"Reuters-21578, first {len(docs)} stories with a body")
    report.figures.update(dyads(results))
    return [report]


_STARTUP = """
import resource, sys, time
start = time.perf_counter()
if sys.argv[1] == "spacy":
    import spacy
    nlp = spacy.load(sys.argv[2])
else:
    from dossier.config import Settings
    from dossier.nlp import loader
    nlp = loader.load(Settings.from_env(spacy_model=sys.argv[2]))
nlp("Moscow said on Friday that it would send its foreign minister to Bonn.")
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def startup(model: str) -> dict[str, float]:
    """Seconds and peak MB to load and run one sentence: spaCy alone, then the full pipeline (fresh processes)."""
    out = {}
    for what in ("spacy", "dossier"):
        done = subprocess.run([sys.executable, "-c", _STARTUP, what, model], capture_output=True, text=True,
                              check=True)
        seconds, megabytes = map(float, done.stdout.split())
        out[f"{what} start-up s"] = seconds
        out[f"{what} peak MB"] = megabytes
    out["added s"] = out["dossier start-up s"] - out["spacy start-up s"]
    out["added MB"] = out["dossier peak MB"] - out["spacy peak MB"]
    return out


def run(settings: Settings, limit: int | None = None) -> list[Report]:
    reports = _realnews(settings, limit) + _reuters(settings, limit)
    cost = Report("Start-up (one process each; the machine may be loaded: compare within one run)",
                  f"spaCy {settings.spacy_model} alone vs dossier")
    cost.figures.update(startup(settings.spacy_model))
    return reports + [cost]
