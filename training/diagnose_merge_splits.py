"""Why two reports of one gold event stay apart in the merge, on realnews_dev's DEVELOPMENT articles.

    python training/diagnose_merge_splits.py [reuters|html ...] [--glued] [--example]

The reports are those `dossier evaluate coref` scores on its "(dev)" rows (`evaluate.coref.realnews_labelled`:
output events of the shipped models that stand for a gold line; held-out articles are never read). For each pair
the gold says is one event and the merge left apart it prints the two reports (type and mode, sides, date,
article date, trigger, sentence, article, whether the report finds its gold line with the right actors) and the
merge step that kept them apart, in the merge's order:

- "within": one of them is joined, as a repeated mention, to another report of its article (`merge.within`) that
  the merge keeps apart from the other one (the step below is then that report's);
- "blocking": the two share no blocking key (`merge.coref.blocking_keys`: type and a participant);
- "rule: NAME": a rule rules the pair out (`merge.coref.incompatible`: type, mode, time, participants, one-sided,
  statements, another, status, apart, place);
- "score": the model's score is under its threshold (the features are printed);
- "story" / "average link": the pair scores over the threshold, but the articles' stories or the average link
  with the other members of the two groups keep them apart.

Each split is also sorted by what explains it: "tie" when a report is tied to the gold line only by the
scorer's loose match (told outside the line's evidence sentence and naming its actors only by country: it may be
another act of the article, `evaluate.coref._tie`); "coding: type" when the two reports have different types;
"coding: actor" when a report does not find its gold line (a side wrong or missing); else "merge". `--glued`
lists the pairs merged that the gold keeps apart as well. `--example` reads the example corpus's gold instead
(`evaluate.coref.example_labelled`: lines with the id of their real-world event; no ties, every report exact).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from dossier.config import Settings
from dossier.evaluate.coref import example_labelled, gold_same, realnews_labelled
from dossier.merge import coref, within
from dossier.merge.intervals import label


def _short(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def describe(report, name: str, gold: dict, exact: bool, tie: str) -> str:
    e = report.event
    return (f"    {gold.get('event') or gold.get('id')} [{name}] {e.type}/{e.mode or '-'} {e.cameo or ''} {e.status}  "
            f"{sorted(e.source)} -> {sorted(e.target)}  date {label(e.date)}  article {report.published}  "
            f"trigger '{e.trigger}'  {'finds its gold' if exact else 'SIDE WRONG OR MISSING'} (tied by {tie})\n"
            f"      \"{_short(report.sentence)}\"")


class Merge:
    """The merge's steps over one folder's reports (as `merge.events.cluster_events` takes them)."""

    def __init__(self, data) -> None:
        self.data = data
        self.actors = data.actors
        self.model = coref.load_model()
        self.anchored = within.anchor(data.reports, self.actors)
        self.repeats = within.antecedents(self.anchored, self.actors)
        self.heads = [i for i in range(len(self.anchored)) if i not in self.repeats]
        groups = coref.cluster([self.anchored[i] for i in self.heads], self.actors, self.model)
        self.group = {}
        for n, group in enumerate(groups):
            for k in group:
                self.group[self.heads[k]] = n
        for i in sorted(self.repeats):
            self.group[i] = self.group[self.root(i)]

    def root(self, i: int) -> int:
        while i in self.repeats:
            i = self.repeats[i]
        return i

    def step(self, i: int, j: int) -> str:
        """What kept reports i and j (indices of the folder's reports) apart."""
        ri, rj = self.root(i), self.root(j)
        prefix = ""
        if (ri, rj) != (i, j):
            prefix = f"within ({i}->{ri}, {j}->{rj}) then "
        a, b = self.anchored[ri], self.anchored[rj]
        if not coref.blocking_keys(a, self.actors) & coref.blocking_keys(b, self.actors):
            why = coref.incompatible(a, b, self.actors)
            return prefix + "blocking" + (f" (and rule: {why})" if why else "")
        why = coref.incompatible(a, b, self.actors)
        if why:
            return prefix + f"rule: {why}"
        p = coref.probability(a, b, self.actors, self.model)
        if p < self.model.threshold:
            values = coref.features(a, b, self.actors)
            shown = ", ".join(f"{k} {v:.2f}" for k, v in values.items() if v)
            return prefix + f"score {p:.3f} < {self.model.threshold:.3f} ({shown})"
        return prefix + f"story or average link (score {p:.3f})"


def cause(ra, rb, exact_a: bool, exact_b: bool, ties: tuple[str, str]) -> str:
    if "country" in ties:
        return "tie"
    if ra.event.type != rb.event.type:
        return "coding: type"
    if not (exact_a and exact_b):
        return "coding: actor"
    return "merge"


def run(folder: str, settings: Settings, glued: bool, tally: Counter) -> None:
    data = example_labelled(settings) if folder == "example" else realnews_labelled(folder, "dev", settings)
    if data is None:
        print(f"{folder}: no gold", file=sys.stderr)
        return
    if folder == "example":
        data.names = [r.doc for r in data.reports]
        data.exact = [True] * len(data.reports)
        data.ties = ["sentence"] * len(data.reports)
    merge = Merge(data)
    aligned = [n for n, g in enumerate(data.gold) if g is not None]
    print(f"== {folder} (dev): {len(aligned)} reports that stand for a gold event")
    for x, i in enumerate(aligned):
        for j in aligned[x + 1:]:
            ga, gb = data.gold[i], data.gold[j]
            same = ga["event"] == gb["event"] if folder == "example" else gold_same(ga, gb, data.incident)
            merged = merge.group[i] == merge.group[j]
            if same == merged or (merged and not glued):
                continue
            ra, rb = data.reports[i], data.reports[j]
            ea, eb = data.exact[i], data.exact[j]
            if merged:
                print(f"\nGLUED {ga.get('event') or ga.get('id')} / {gb.get('event') or gb.get('id')}")
                tally[(folder, "glued")] += 1
            else:
                kind = cause(ra, rb, ea, eb, (data.ties[i], data.ties[j]))
                step = merge.step(i, j)
                print(f"\nSPLIT {ga.get('event') or ga.get('id')} / {gb.get('event') or gb.get('id')}  cause: {kind}  step: {step}")
                tally[(folder, kind)] += 1
                tally[(folder, kind, step.split(" then ")[-1].split(" (")[0].split(" ")[0].rstrip(":"))] += 1
            print(describe(ra, data.names[i], ga, ea, data.ties[i]))
            print(describe(rb, data.names[j], gb, eb, data.ties[j]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", default=["reuters", "html"])
    parser.add_argument("--glued", action="store_true", help="list the glued pairs too")
    parser.add_argument("--example", action="store_true", help="the example corpus's gold instead of realnews_dev")
    args = parser.parse_args()
    if args.example:
        args.folders = ["example"]
    settings = Settings.from_env()
    tally: Counter = Counter()
    for folder in args.folders:
        run(folder, settings, args.glued, tally)
    print("\n== splits by cause and step")
    for key, n in sorted(tally.items(), key=lambda kv: (kv[0][0], len(kv[0]), kv[0][1:])):
        print(f"  {' / '.join(key)}: {n}")


if __name__ == "__main__":
    main()
