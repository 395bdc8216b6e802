"""Near-duplicates at scale: the shingle index (`ingest.dedup`) against MinHash LSH (`ingest.minhash`), on the
same stream of documents with planted copies, in one run.

Reuters-21578 stories (several times over, each pass with its words shuffled within sentences so that passes are
not copies of one another) with one planted copy for every tenth story: a few words changed, a line added, the
header cut. Prints documents per second for each method, their ratio, and precision and recall of the marks
against the planted copies (a mark on an unplanted pair that is a true copy by exact Jaccard counts as right).

    python benchmarks/near_duplicates.py [--n 50000] [--copy-every 10]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def stories() -> list[str]:
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is not available: the benchmark reads ../shared/corpora in place")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [row["text"] for row in map(json.loads, fh) if len(row.get("text") or "") >= 300]


def variant(text: str, rnd: random.Random) -> str:
    """Another story made of the same words: each sentence's words shuffled."""
    out = []
    for sentence in text.split(". "):
        words = sentence.split()
        rnd.shuffle(words)
        out.append(" ".join(words))
    return ". ".join(out)


def planted_copy(text: str, rnd: random.Random) -> str:
    words = text.split()
    for _ in range(max(1, len(words) // 60)):  # a few words changed
        words[rnd.randrange(len(words))] = rnd.choice(["said", "officials", "reported", "on", "Tuesday"])
    return "UPDATED " + " ".join(words[3:]) + "\nThis story was corrected."


def stream(n: int, every: int, seed: int):
    from dossier.ingest.document import make_document

    rnd = random.Random(seed)
    base = stories()
    docs, planted = [], {}
    i = 0
    while len(docs) < n:
        text = base[i % len(base)]
        if i >= len(base):
            text = variant(text, rnd)
        doc = make_document(f"s{i}", text)
        docs.append(doc)
        if i % every == 0 and len(docs) < n:
            copy = make_document(f"c{i}", planted_copy(text, rnd))
            docs.append(copy)
            planted[copy.id] = doc.id
        i += 1
    return docs[:n], planted


def run(method, docs):
    started = time.perf_counter()
    marks = {}
    for doc in docs:
        marked = method.mark(doc)
        if marked.duplicate_of:
            marks[doc.id] = marked.duplicate_of
    return time.perf_counter() - started, marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--copy-every", type=int, default=10)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from dossier.ingest.dedup import THRESHOLD, NearDuplicates, jaccard, shingles
    from dossier.ingest.minhash import MinHashDuplicates

    docs, planted = stream(args.n, args.copy_every, args.seed)
    texts = {d.id: d.text for d in docs}
    results = {}
    for name, method in (("shingle index", NearDuplicates()), ("MinHash LSH", MinHashDuplicates())):
        seconds, marks = run(method, docs)
        right = sum(1 for d, o in marks.items() if planted.get(d) == o or
                    jaccard(shingles(texts[d]), shingles(texts[o])) >= THRESHOLD)
        found = sum(1 for d in planted if d in marks)
        results[name] = seconds
        print(f"{name:<14} {len(docs) / seconds:8.0f} docs/s  {seconds:7.1f} s  marked {len(marks):6d}  "
              f"precision {right / max(1, len(marks)):.3f}  recall of planted copies {found / max(1, len(planted)):.3f}")
    print(f"{len(docs)} documents, {len(planted)} planted copies; MinHash LSH / shingle index speed: "
          f"{results['shingle index'] / results['MinHash LSH']:.2f}x")


if __name__ == "__main__":
    main()
