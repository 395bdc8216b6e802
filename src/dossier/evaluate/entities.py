"""Score the actors stage: actors found (P/R/F1), splits, wrong merges, and type/kind/country/CAMEO accuracy.

Gold is read in place: examples/china-peru/gold/entities.jsonl (one line per actor of the whole corpus:
name, type, kind, country, cameo, surface forms) and the seeds (../shared/seeds) with the actors written in
tests/actors/data/seeds_expected.yaml (per article); and ECB+ participant chains (../shared/benchdata/ecbplus),
scored pairwise. A missing set is reported in a note and skipped.

A gold actor is found when a mention's text equals one of its surface forms (compared without a leading "the",
a trailing possessive, or case; a mention's leading title may be dropped); surfaces shared by two gold actors ("Beijing" the city and the government)
are left out. Split: the gold actor's surfaces map to more than one id. Wrong merge: its main id is also the
main id of another gold actor. Generic agents ("Israeli troops": agent:ISR:MIL) are counted apart, not as
false positives, since the gold lists named actors only.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path


from dossier.actors import load as load_dictionary
from dossier.actors.unknown import unknown_ids
from dossier.data_files import load_yaml
from dossier.merge import merge
from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD, ROOT, SEEDS, analysed, jsonl
from dossier.evaluate.failures import processed
from dossier.evaluate.metrics import PRF, Report
from dossier.model import Document, Entity, Mention
from dossier.nlp import loader

SEEDS_EXPECTED = ROOT / "tests" / "actors" / "data" / "seeds_expected.yaml"
ATTRIBUTES = ("type", "kind", "country", "cameo")
AGENT_PREFIX = "agent:"  # generic agents (actors/data/agents.yaml): no gold lists them


def norm(text: str) -> str:
    text = text.replace("’", "'").strip().lower()
    text = text.removeprefix("the ")
    return text.removesuffix("'s").removesuffix("'").strip()


def _without_honorific(text: str) -> str:
    """'General Laura Richardson' -> 'Laura Richardson', so that a gold surface without the title matches."""
    words = text.split()
    while len(words) > 1 and words[0] in _honorifics():
        words = words[1:]
    return " ".join(words)


@cache
def _honorifics() -> frozenset[str]:
    """The dictionary's honorifics, read on first use (importing this module loads no dictionary)."""
    return frozenset(load_dictionary().honorifics)


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
            if ident.startswith(AGENT_PREFIX):
                self.counts["agents"] += 1  # "troops", "protesters": the gold lists named actors only
                continue
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
                   "surface recall": round(self.counts["surfaces_found"] / (self.counts["surfaces"] or 1), 4),
                   "generic agents (not scored)": self.counts["agents"]}
        figures.update({f"{name} accuracy": round(self.counts[name] / found, 4) for name in ATTRIBUTES})
        return Report(title, dataset, rows={"all": total, **dict(sorted(self.rows.items()))}, figures=figures)


def example(settings: Settings, limit: int | None = None) -> Report:
    """The example corpus, scored as one unit: its gold lists the corpus's actors, not each article's."""
    path = EXAMPLE_GOLD / "entities.jsonl"
    if not path.exists() or not EXAMPLE_ARTICLES.exists():
        return Report("Example corpus gold: actors", str(path), notes=[f"{path} not found; skipped"])
    results = list(analysed(EXAMPLE_ARTICLES, settings).values())[:limit]
    record = merge(results)  # the actors as the merged record (and `dossier export`) has them
    tally = Tally()
    tally.add(jsonl(path), record.mentions, {e.id: e for e in record.entities})
    report = tally.report("Example corpus gold: actors (P/R by gold type; FP counted by predicted type)", str(path))
    report.notes.append("Precision counts every predicted actor the gold does not list, places and groups included.")
    return report


def seeds(settings: Settings, limit: int | None = None) -> Report:
    """The five seed articles, each scored against the actors expected in it."""
    if not SEEDS.exists() or not SEEDS_EXPECTED.exists():
        return Report("Seeds: actors", str(SEEDS), notes=[f"{SEEDS} or {SEEDS_EXPECTED} not found; skipped"])
    expected = load_yaml(SEEDS_EXPECTED)
    results = analysed(SEEDS, settings)
    tally = Tally()
    for name in sorted(expected)[:limit]:
        if name in results:
            r = results[name]
            tally.add(expected[name], r.mentions, {e.id: e for e in r.entities})
    report = tally.report("Seeds: expected actors per article", str(SEEDS_EXPECTED))
    report.notes.append("The expected lists name the main actors, not all: precision is a lower bound.")
    return report


ECB_TAGS = frozenset({"HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO", "LOC_FAC"})
_LOWER_OK = frozenset({"of", "the", "and", "for", "de", "'s", "-", "&"})


def _named(text: str) -> bool:
    """A proper name ('Tara Reid', 'Bank of America'), not a description or a pronoun."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in {"the", "a", "an", "he", "she", "it",
                                                                            "they", "his", "her", "we", "i"} \
        and all(w[:1].isupper() or w.lower() in _LOWER_OK or not w[:1].isalpha() for w in words)


def _pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def ecbplus(settings: Settings, limit: int | None = None) -> Report:
    """ECB+ participants and locations with proper names: do our ids group mentions as the gold chains do?

    Scored pairwise over the gold mentions we also found (overlapping spans): within each document, and
    across the documents of each topic, as the gold links them.
    """
    folder = BENCH / "ecbplus"
    report = Report("ECB+: coreference of named participants and places (pairwise)", str(folder))
    if not (folder / "ecbplus_docs.jsonl").exists():
        report.notes.append(f"{folder} not found; skipped")
        return report
    docs = jsonl(folder / "ecbplus_docs.jsonl")[:limit]
    texts, starts = {}, {}
    for d in docs:
        words = [w for s in d["sentences"] for w in (s["text"].split(" ") + ["\n"])]
        offsets, pos = [], 0
        for w in words:
            offsets.append(pos)
            pos += len(w) + (0 if w == "\n" else 1)
        texts[d["doc"]] = "".join(w if w == "\n" else w + " " for w in words)
        starts[d["doc"]] = [o for o, w in zip(offsets, words) if w != "\n"]
    nlp = loader.load(settings)
    results = {r.document.id: r for r in processed(
        [Document(id=i, source=i, text=t) for i, t in texts.items()], settings, nlp)}
    found = {i: r.mentions for i, r in results.items()}
    topic_of = {d["doc"]: d["topic"] for d in docs}
    # across a topic, ids as the merged record has them (unknown_ids over the topic's documents)
    in_topic: dict[int, list[str]] = {}
    for doc_id, topic in topic_of.items():
        in_topic.setdefault(topic, []).append(doc_id)
    topic_ids = {t: unknown_ids(results[i].entities for i in members if i in results)
                 for t, members in in_topic.items()}
    within, across = Counter(), Counter()
    per_doc: dict[str, list[tuple[str, str]]] = {}
    named = aligned = 0
    for g in jsonl(folder / "ecbplus_mentions.jsonl"):
        if g["doc"] not in found or g["tag"] not in ECB_TAGS or not g["in_selected_sentence"] or not _named(g["text"]):
            continue
        named += 1
        first, last = int(g["token_ids"][0]) - 1, int(g["token_ids"][-1]) - 1
        start = starts[g["doc"]][first]
        end = starts[g["doc"]][last] + len(texts[g["doc"]][starts[g["doc"]][last]:].split(" ", 1)[0])
        hit = [m for m in found[g["doc"]] if m.start < end and start < m.end]
        if hit:
            aligned += 1
            per_doc.setdefault(g["doc"], []).append((g["chain_id"], hit[0].entity))
    rows = {"within document": PRF(), "across documents (per topic)": PRF()}
    by_topic: dict[int, list[tuple[str, str]]] = {}
    for doc, pairs in per_doc.items():
        ids = topic_ids[topic_of[doc]]
        by_topic.setdefault(topic_of[doc], []).extend((c, ids[p].id if p in ids else p) for c, p in pairs)
    splits = merges = chains = ids = 0
    for name, groups in (("within document", per_doc.values()), ("across documents (per topic)", by_topic.values())):
        for pairs in groups:
            both, gold, pred = Counter(pairs), Counter(c for c, _ in pairs), Counter(p for _, p in pairs)
            tp = _pairs(both)
            rows[name] = rows[name].add(PRF(tp, _pairs(pred) - tp, _pairs(gold) - tp))
            if name.startswith("across"):
                chains += sum(1 for c, n in gold.items() if n > 1)
                splits += sum(1 for c, n in gold.items() if n > 1 and len({p for cc, p in both if cc == c}) > 1)
                ids += sum(1 for p, n in pred.items() if n > 1)
                merges += sum(1 for p, n in pred.items() if n > 1 and len({c for c, pp in both if pp == p}) > 1)
    report.rows = rows
    report.figures = {"documents": len(docs), "named gold mentions": named,
                      "mention recall": round(aligned / (named or 1), 4),
                      "split rate (gold chains in several ids)": round(splits / (chains or 1), 4),
                      "wrong-merge rate (ids over several chains)": round(merges / (ids or 1), 4)}
    report.notes.append("Only gold mentions with a proper name in the selected sentences; no article dates. Across a "
                        "topic, ids are those of the merged record (one unknown name under several labels, a lone "
                        "family name joining the one full name ending with it).")
    return report


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    return [example(settings, limit), seeds(settings, limit), ecbplus(settings, limit)]


if __name__ == "__main__":
    import json

    print(json.dumps([r.as_dict() for r in run()], indent=1))
