"""Score events' source and target against sentences whose participants are marked: the rules alone against the
rules with the learned role model (events/roles/model.py) filling the sides they leave empty and replacing a side
it disagrees with by REPLACE_BY or more.

PLV_train (its source and target spans marked) by 5-fold cross-validation (the folds of `dossier evaluate plv`,
seed 13): each fold's role model learns from the other four folds and the other sources (role_training.py), and
fills the empty sides of the fold's events. The PLOVER GSR's odd-numbered records, never trained on, are scored
with the shipped model. Scored per sentence, on the event the pipeline codes there (its most confident event of
the gold type; else its most confident event): a side is right when it holds an actor of the gold side (a mention
in the gold span, or an actor whose name the gold gives); a gold side left empty wants an empty side.
"""

from __future__ import annotations

from collections import Counter

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD
from dossier.evaluate.metrics import Report
from dossier.evaluate.plv import folds
from dossier.events.roles import model as role_model
from dossier.events.roles import training as role_training
from dossier.events.roles.training import Group, side_right
from dossier.nlp import loader

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
MARGINS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, None)


def _sides(group: Group, scores: list | None, fill_at: float, rules: bool = True,
           replace_by: float | None = None) -> tuple[list[str], list[str]]:
    """The event's (source, target): the rules' own, with the model's choice for the sides they left empty and,
    with replace_by, for those it prefers another mention for by that much (with rules=False, the model's choice
    for both)."""
    event = group.event if rules else group.event.model_copy(update={"source": [], "target": []})
    if scores is None:
        return list(event.source), list(event.target)
    chosen = role_model.choose(event, scores, group.resolver, fill_at, group.trigger, replace_by=replace_by)
    return chosen.get("source", list(event.source)), chosen.get("target", list(event.target))


def _tally(groups: list[Group], sides: list[tuple[list[str], list[str]]]) -> dict[str, float]:
    n = len(groups)
    src = [side_right(s, "source", g) for g, (s, _) in zip(groups, sides)]
    tgt = [side_right(t, "target", g) for g, (_, t) in zip(groups, sides)]
    both = sum(a and b for a, b in zip(src, tgt))
    return {"source right": round(sum(src) / max(1, n), 4), "target right": round(sum(tgt) / max(1, n), 4),
            "both right": round(both / max(1, n), 4)}


def _filled(groups: list[Group], before: list[tuple], after: list[tuple]) -> tuple[int, int]:
    """(sides the model filled, of them right)."""
    filled = right = 0
    for g, b, a in zip(groups, before, after):
        for k, role in enumerate(("source", "target")):
            if not b[k] and a[k]:
                filled += 1
                right += side_right(a[k], role, g)
    return filled, right


def _replaced(groups: list[Group], before: list[tuple], after: list[tuple]) -> tuple[int, int, int]:
    """(sides the model replaced, of them right after, of them right before)."""
    replaced = right = was = 0
    for g, b, a in zip(groups, before, after):
        for k, role in enumerate(("source", "target")):
            if b[k] and a[k] != b[k]:
                replaced += 1
                right += side_right(a[k], role, g)
                was += side_right(b[k], role, g)
    return replaced, right, was


def _report(title: str, dataset: str, groups: list[Group], scores: list[list], sentences: int) -> Report:
    report = Report(title, dataset)
    typed = [i for i, g in enumerate(groups) if g.type_right]
    report.figures = {"sentences": sentences, "with an event": len(groups),
                      "with an event of the gold type": len(typed)}
    for subset, idx in (("event of the gold type", typed), ("any event", list(range(len(groups))))):
        gs = [groups[i] for i in idx]
        rules = [_sides(g, None, 1.0) for g in gs]
        combined = [_sides(g, scores[i], role_model.FILL_AT, replace_by=role_model.REPLACE_BY)
                    for g, i in zip(gs, idx)]
        alone = [_sides(g, scores[i], role_model.FILL_AT, rules=False) for g, i in zip(gs, idx)]
        model_name = f"rules + model (fill at {role_model.FILL_AT}, replace by {role_model.REPLACE_BY})"
        for name, sides in (("rules alone", rules), (model_name, combined),
                            ("model alone", alone)):
            for key, value in _tally(gs, sides).items():
                report.figures[f"{subset}: {name}: {key}"] = value
        filled, right = _filled(gs, rules, combined)
        report.figures[f"{subset}: sides the model filled"] = filled
        report.figures[f"{subset}: of them right"] = right
        if subset == "event of the gold type":
            for t in THRESHOLDS:
                sides = [_sides(g, scores[i], t) for g, i in zip(gs, idx)]
                filled, right = _filled(gs, rules, sides)
                report.figures[f"fill at {t}: both right / sides filled / of them right"] = \
                    f"{_tally(gs, sides)['both right']:.4f} / {filled} / {right}"
            for m in MARGINS:
                sides = [_sides(g, scores[i], role_model.FILL_AT, replace_by=m) for g, i in zip(gs, idx)]
                replaced, right, was = _replaced(gs, rules, sides)
                report.figures[f"replace by {m}: both right / sides replaced / right after / right before"] = \
                    f"{_tally(gs, sides)['both right']:.4f} / {replaced} / {right} / {was}"
    return report


def plv_cv(settings: Settings, limit: int | None = None) -> list[Report]:
    dataset = str(BENCH / "plv" / "PLV_train.tsv")
    items, texts = role_training.plv(BENCH)
    items = items[:limit]
    if not items:
        return [Report("PLV_train: event roles", dataset, notes=[f"skipped: {dataset} not found"])]
    nlp = loader.load(settings)
    groups = list(role_training.groups(nlp, items, texts))
    extra: list[Group] = []
    parts = [role_training.gsr(BENCH), role_training.realnews(BENCH),
             role_training.example(EXAMPLE_GOLD, EXAMPLE_ARTICLES)]
    for part in parts:
        extra += role_training.groups(nlp, *part)
    where = {item.id: k for k, item in enumerate(items)}
    fold_of = {}
    for n, test in enumerate(folds([item.type for item in items])):
        fold_of.update({i: n for i in test})
    scores: list[list] = [[] for _ in groups]
    for n in sorted(set(fold_of.values())):
        train = [g for g in groups if fold_of[where[g.item.id]] != n] + extra
        model = role_training.fit(train)
        for k, g in enumerate(groups):
            if fold_of[where[g.item.id]] == n:
                scores[k] = [(c, model.probabilities(f)) for c, f in zip(g.candidates, g.features)]
    report = _report("PLV_train: event source and target, rules alone and with the role model "
                     "(5-fold cross-validation)", dataset, groups, scores, len(items))
    report.notes.append(f"Each fold's model also learns from {len(extra)} gold events of other sources "
                        f"{dict(Counter(g.item.group for g in extra))}; folds stratified by type, seed "
                        f"{role_training.SEED}.")
    return [report]


def gsr_heldout(settings: Settings, limit: int | None = None) -> list[Report]:
    dataset = str(BENCH / "plover_gsr" / "plover_gsr.jsonl") + " (odd seq: held out)"
    items, texts = role_training.gsr(BENCH, half=1)
    items = items[:limit]
    model = role_model.load()
    if not items or model is None:
        return [Report("PLOVER GSR held-out half: event roles", dataset,
                       notes=["skipped: plover_gsr.jsonl or the shipped role model not found"])]
    groups = list(role_training.groups(loader.load(settings), items, texts))
    scores = [[(c, model.probabilities(f)) for c, f in zip(g.candidates, g.features)] for g in groups]
    report = _report("PLOVER GSR held-out half: event source and target, rules alone and with the shipped role "
                     "model", dataset, groups, scores, len(items))
    report.notes.append("Records whose source and target name the same words (joint actors) are left out.")
    return [report]


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    return plv_cv(settings, limit) + gsr_heldout(settings, limit)
