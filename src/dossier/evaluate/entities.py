"""Score the actors stage: actors found (P/R/F1), splits, wrong merges, and type/kind/country/CAMEO accuracy.

Gold is read in place: examples/china-peru/gold/entities.jsonl (one line per actor of the whole corpus:
name, type, kind, country, cameo, surface forms) and the seeds (../shared/seeds) with the actors written in
tests/actors/data/seeds_expected.yaml (per article). A missing set is reported in a note and skipped.

A gold actor is found when a mention's text equals one of its surface forms (compared without a leading "the",
a trailing possessive, or case; a mention's leading title may be dropped); surfaces shared by two gold actors ("Beijing" the city and the government)
are left out. Split: the gold actor's surfaces map to more than one id. Wrong merge: its main id is also the
main id of another gold actor.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from dossier.actors import load as load_dictionary
from dossier.actors import merge_entities
from dossier.config import Settings
from dossier.evaluate.corpora import EXAMPLE_ARTICLES, EXAMPLE_GOLD, ROOT, SEEDS, analysed, jsonl
from dossier.evaluate.metrics import PRF, Report
from dossier.model import Entity, Mention

SEEDS_EXPECTED = ROOT / "tests" / "actors" / "data" / "seeds_expected.yaml"
ATTRIBUTES = ("type", "kind", "country", "cameo")


def norm(text: str) -> str:
    text = text.replace("’", "'").strip().lower()
    text = text.removeprefix("the ")
    return text.removesuffix("'s").removesuffix("'").strip()


def _without_honorific(text: str) -> str:
    """'General Laura Richardson' -> 'Laura Richardson', so that a gold surface without the title matches."""
    words = text.split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


_HONORIFICS = frozenset(load_dictionary().honorifics)


class Tally:
    """Counts over units (a document, or a whole corpus) of gold actors against predicted mentions."""

    def __init__(self) -> None:
        self.rows: dict[str, PRF] = {}
        self.counts = Counter()

    def add(self, gold: list[dict], mentions: list[Mention], entities: dict[str, Entity]) -> None:
        by_surface: dict[str, Counter] = {}
        for m in mentions:
            for text in {norm(m.text), norm(_without_honorific(m.text))}:
                by_surface.setdefault(text, Counter())[m.entity] += 1
        owners = Counter(s for g in gold for s in {norm(x) for x in g["surface"]})
        shared = {s for s, c in owners.items() if c > 1}
        main: dict[int, str] = {}
        matched_ids: set[str] = set()
        # Actors with a surface of their own first; then those named only by shared surfaces ("Beijing"),
        # which take the ids the others did not.
        order = sorted(range(len(gold)), key=lambda n: not ({norm(s) for s in gold[n]["surface"]} - shared))
        for n in order:
            g = gold[n]
            surfaces = {norm(s) for s in g["surface"]}
            ids = Counter()
            if surfaces - shared:
                surfaces -= shared
                for s in surfaces:
                    ids.update(by_surface.get(s, Counter()))
            else:
                for s in surfaces:
                    ids.update({i: c for i, c in by_surface.get(s, Counter()).items() if i not in main.values()})
            for s in surfaces:
                self.counts["surfaces"] += 1
                self.counts["surfaces_found"] += s in by_surface
            row = self.rows.setdefault(g["type"], PRF())
            if not ids:
                row.fn += 1
                continue
            row.tp += 1
            matched_ids.update(ids)
            main[n] = ids.most_common(1)[0][0]
            self.counts["found"] += 1
            self.counts["split"] += len(ids) > 1
            entity = entities.get(main[n])
            for name in ATTRIBUTES:
                self.counts[name] += entity is not None and getattr(entity, name) == g.get(name)
        mains = Counter(main.values())
        self.counts["merged"] += sum(1 for ident in main.values() if mains[ident] > 1)
        predicted = {m.entity for m in mentions}
        for ident in predicted - matched_ids:
            entity = entities.get(ident)
            self.rows.setdefault(entity.type if entity else "?", PRF()).fp += 1

    def report(self, title: str, dataset: str) -> Report:
        total = PRF()
        for row in self.rows.values():
            total = total.add(row)
        found = self.counts["found"] or 1
        figures = {"gold actors": total.tp + total.fn, "found": self.counts["found"],
                   "split rate": round(self.counts["split"] / found, 4),
                   "wrong-merge rate": round(self.counts["merged"] / found, 4),
                   "surface recall": round(self.counts["surfaces_found"] / (self.counts["surfaces"] or 1), 4)}
        figures.update({f"{name} accuracy": round(self.counts[name] / found, 4) for name in ATTRIBUTES})
        return Report(title, dataset, rows={"all": total, **dict(sorted(self.rows.items()))}, figures=figures)


def example(settings: Settings, limit: int | None = None) -> Report:
    """The example corpus, scored as one unit: its gold lists the corpus's actors, not each article's."""
    path = EXAMPLE_GOLD / "entities.jsonl"
    if not path.exists() or not EXAMPLE_ARTICLES.exists():
        return Report("Example corpus gold: actors", str(path), notes=[f"{path} not found; skipped"])
    results = list(analysed(EXAMPLE_ARTICLES, settings).values())[:limit]
    entities = {e.id: e for e in merge_entities(r.entities for r in results)}
    tally = Tally()
    tally.add(jsonl(path), [m for r in results for m in r.mentions], entities)
    report = tally.report("Example corpus gold: actors (P/R by gold type; FP counted by predicted type)", str(path))
    report.notes.append("Precision counts every predicted actor the gold does not list, places and groups included.")
    return report


def seeds(settings: Settings, limit: int | None = None) -> Report:
    """The five seed articles, each scored against the actors expected in it."""
    if not SEEDS.exists() or not SEEDS_EXPECTED.exists():
        return Report("Seeds: actors", str(SEEDS), notes=[f"{SEEDS} or {SEEDS_EXPECTED} not found; skipped"])
    expected = yaml.safe_load(SEEDS_EXPECTED.read_text(encoding="utf-8"))
    results = analysed(SEEDS, settings)
    tally = Tally()
    for name in sorted(expected)[:limit]:
        if name in results:
            r = results[name]
            tally.add(expected[name], r.mentions, {e.id: e for e in r.entities})
    report = tally.report("Seeds: expected actors per article", str(SEEDS_EXPECTED))
    report.notes.append("The expected lists name the main actors, not all: precision is a lower bound.")
    return report


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    return [example(settings, limit), seeds(settings, limit)]


if __name__ == "__main__":
    import json

    print(json.dumps([r.as_dict() for r in run()], indent=1))
