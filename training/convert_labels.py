"""Turn the labellers' lines into repository label files that hold no text of the articles.

    python training/convert_labels.py [--from /tmp/labels79] [--out training/labels]

Each input file NAME.jsonl (one labelled event a line, the sentence as dossier's listing shows it) becomes
training/labels/<corpus>_<NAME>.jsonl: the document, the sentence's offsets in the text as dossier's ingest reads it,
a short hash of the sentence, and the labels (dossier.events.labelled.convert). Prints what was kept and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dossier.events import labelled


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="source", type=Path, default=Path("/tmp/labels79"))
    ap.add_argument("--out", type=Path, default=labelled.LABELS)
    args = ap.parse_args(argv)
    files = sorted(args.source.glob("*.jsonl"))
    if not files:
        print(f"{args.source}: no label files", file=sys.stderr)
        return 1
    lines: dict[str, list[dict]] = {}
    bad = Counter()
    for path in files:
        lines[path.stem] = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                lines[path.stem].append(json.loads(raw)) if raw.strip() else None
            except json.JSONDecodeError:
                bad[path.stem] += 1
    docs = labelled.documents({(r.get("corpus"), r.get("doc")) for rows in lines.values() for r in rows})
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in lines.items():
        out, skipped = labelled.convert(rows, docs)
        by_corpus: dict[str, list[dict]] = defaultdict(list)
        for row in out:
            by_corpus[row["corpus"]].append(row)
        for corpus, kept in sorted(by_corpus.items()):
            path = args.out / f"{corpus}_{name}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        skipped.update({"not JSON": bad[name]} if bad[name] else {})
        print(f"{name}: {len(out)} of {len(rows) + bad[name]} lines kept "
              f"{dict(Counter(r['corpus'] for r in out))}; skipped {dict(skipped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
