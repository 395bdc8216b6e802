"""Where the date of a found gold event disagrees, on realnews_dev's DEVELOPMENT articles (models without realnews_dev).

    python training/diagnose_realnews_dates.py [reuters|html ...] [--all]

Each development article (the fixed split of `dossier.evaluate.realnews.article_splits`; held-out articles are
never read) is coded with the models `dossier evaluate realnews` trains for its "(dev, models without
realnews_dev)" rows. For each gold event found (same type, both sides) whose date no finding event agrees with
(`realnews.date_agrees`), it prints the gold date and text, the evidence, and each finding event's date, trigger and
sentence, marking those of the gold's own sentence. `--all` prints the agreeing ones too.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from dossier.config import Settings
from dossier.evaluate import realnews


def _date(value) -> str:
    if value is None or not value.start:
        return "none"
    return f"{value.start}..{value.end} ({value.precision}, '{value.text}')"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=list(realnews.FOLDERS))
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args(argv)
    settings = Settings.from_env()
    models = realnews.unseen_models(settings)
    tally: Counter = Counter()
    for name in args.folders:
        folder = realnews.REALNEWS / name
        splits = realnews.article_splits(folder)
        golds = realnews.golds_by_article(folder)
        dev = {d for d in golds if splits.get(d) == "dev"}  # held-out articles are never looked at
        for doc_name, result in sorted(realnews.analysed(folder, settings, models, only=dev).items()):
            document = result.document
            actors = realnews.Actors.of(result)
            for g in golds[doc_name]:
                hits = [e for e in result.events if realnews.finds(e, g, actors)]
                if not hits:
                    continue
                ok = any(realnews.date_agrees(e, g.get("date")) for e in hits)
                tally[(name, ok)] += 1
                if ok and not args.all:
                    continue
                gd = g.get("date") or {}
                print(f"\n== {name}/{doc_name} published {document.published} GOLD {g['type']} {g['status']} "
                      f"date {gd.get('start')}..{gd.get('end')} '{gd.get('text')}' {'AGREES' if ok else ''}")
                print(f"   evidence: {' '.join(g['evidence'].split())}")
                for e in hits:
                    here = realnews.same_sentence(realnews._sentence(e), g["evidence"])
                    print(f"   {'HERE' if here else 'else'} {e.status} {_date(e.date)} '{e.trigger}' | "
                          f"{' '.join(realnews._sentence(e).split())[:160]}")
    print()
    for (name, ok), n in sorted(tally.items()):
        print(f"{name:8} {'agrees' if ok else 'disagrees':10} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
