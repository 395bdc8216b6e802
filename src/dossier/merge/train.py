"""Train the coreference score (merge/model/coref.json) and the mention detector (merge/model/mentions.json);
one command, about fifteen minutes:

    python -m dossier.merge.train [--out PATH] [--part all|coref|mentions]

Gold, read in place: the ECB+ training topics (../shared/benchdata/ecbplus; the held-out topics are not read)
and the example corpus (examples/china-peru: its gold gives each report the real-world event it is about).
Every pair of gold event mentions of a training topic, and every pair of example reports that stand for a
gold event, that no rule rules out is an example (one event or not). A logistic regression (scikit-learn,
fixed settings, no randomness) learns the weights of the features in merge/coref.py twice: on the ECB+ pairs
alone (`weights`), and with the example pairs weighing NEWS_SHARE of the ECB+ pairs together (`dated`, used
for two reports whose articles both carry a publication date): they teach what ECB+ cannot (articles' dates,
both sides named), and mixed into the ECB+ weights they cost 0.009 cross-validated CoNLL F1. The threshold, the
story cut (`STORIES`, see merge/coref.stories) and the score from which pairs gather the articles stories are
found among (`GATHER`) are chosen on the training topics only, by cross-validation over topics repeated on
REPEATS seeded shufflings (scikit-learn's RepeatedKFold, FOLDS folds, seed SEED; each fold of topics clustered
with weights fitted on the others): each setting's mean CoNLL F1 of the first set is smoothed over its
neighbours on the grid (one step of threshold and of story cut, `smoothed`), and the best smoothed setting is
chosen (the highest threshold of those within TIE of it): the centre of the best neighbourhood, not a lucky
point of a flat surface, so that small changes in the pipeline's reading of mentions do not flip the choice.
The surface is printed and kept in the model file; the second set is scored at the chosen setting.

`--part mentions` trains the mention detector of merge/mentions.py (model/mentions.json) on the same training
topics: a logistic regression (liblinear, random_state 0) over the words of the selected sentences, a word
heading a gold event mention against one in no mention; the threshold with the best F1 across FOLDS folds.

Both files carry no training date (git records when): the same code and data retrain them byte for byte.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.linear_model import LogisticRegression

from dossier.config import Settings
from dossier.evaluate.coref import HELD_OUT_TOPICS, TRAIN_TOPICS, Labelled, Topic, conll_f1, example_labelled, \
    load_topics
from dossier.merge.coref import FEATURES, MODEL, NAMES_SHARE, VETOES, features, incompatible, story_similarity
from dossier.merge.mentions import MODEL as MENTION_MODEL

THRESHOLDS = tuple(round(0.15 + 0.05 * i, 2) for i in range(7))  # 0.15 … 0.45
STORIES = (0.0, 0.1, 0.125, 0.15, 0.175, 0.2)  # where the articles' tree is cut into stories (0: one story)
GATHER = (None, 0.1, 0.05)  # pairs scoring this or more gather the articles stories are found among (None: threshold)
FOLDS = 5
REPEATS = 5  # the topics shuffled into FOLDS folds this many times (seeded: the same folds on every run)
SEED = 0
NEWS_SHARE = 0.03
TIE = 0.0005  # smoothed CoNLL F1 differences below this are noise
MENTIONS = MENTION_MODEL
MENTION_THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(11))  # 0.20 … 0.70
MENTION_C = 0.5
MIN_COUNT = 3


def topic_matrix(t: Topic) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features of every pair of a topic's mentions (n × n × features), which pairs a rule rules out (1: a
    rule, 2: a veto, see merge/coref.py), and the pairs' story similarity (1 within an article)."""
    n = len(t.reports)
    values = np.zeros((n, n, len(FEATURES)))
    ruled_out = np.zeros((n, n), dtype=np.int8)
    story = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a, b = t.reports[i], t.reports[j]
            if a.doc != b.doc:
                story[i, j] = story[j, i] = story_similarity(a, b)
            if why := incompatible(a, b, t.actors):
                ruled_out[i, j] = ruled_out[j, i] = 2 if why in VETOES else 1
                continue
            row = features(t.reports[i], t.reports[j], t.actors)
            values[i, j] = values[j, i] = [row[name] for name in FEATURES]
    return values, ruled_out, story


def news_pairs(data: Labelled) -> tuple[list[list[float]], list[bool]]:
    rows, labels = [], []
    kept = [(r, g) for r, g in zip(data.reports, data.gold) if g is not None]
    for n, (a, ga) in enumerate(kept):
        for b, gb in kept[n + 1:]:
            if incompatible(a, b, data.actors):
                continue
            values = features(a, b, data.actors)
            rows.append([values[name] for name in FEATURES])
            labels.append(ga["event"] == gb["event"])
    return rows, labels


def fit(topics: list[Topic], matrices: list, news: tuple | None) -> LogisticRegression:
    xs, ys = [], []
    for t, (values, ruled_out, _) in zip(topics, matrices):
        chains = np.array(t.chains)
        upper = np.triu_indices(len(t.reports), 1)
        keep = ruled_out[upper] == 0
        xs.append(values[upper][keep])
        ys.append((chains[:, None] == chains[None, :])[upper][keep])
    x, y = np.concatenate(xs), np.concatenate(ys)
    weight = np.ones(len(y))
    if news and news[0]:
        nx, ny = np.array(news[0]), np.array(news[1])
        weight = np.concatenate([weight, np.full(len(ny), NEWS_SHARE * len(y) / len(ny))])
        x, y = np.concatenate([x, nx]), np.concatenate([y, ny])
    return LogisticRegression(C=1.0, max_iter=3000).fit(x, y, sample_weight=weight)


def _stories(t: Topic, members: np.ndarray, story: np.ndarray, least: float) -> np.ndarray:
    """Story labels of the members (as merge.coref.stories: the members' articles by average link)."""
    first: dict[str, int] = {}
    for i in members:
        first.setdefault(t.reports[i].doc, int(i))
    docs = list(first)
    if least <= 0 or len(docs) < 2:
        return np.zeros(len(members), dtype=int)
    rows = [first[d] for d in docs]
    sub = 1.0 - story[np.ix_(rows, rows)]
    if len(docs) == 2:  # what average link makes of two articles
        of = dict(zip(docs, (1, 1 if max(sub[0, 1], 0.0) <= 1.0 - least else 2)))
        return np.array([of[t.reports[i].doc] for i in members])
    labels = fcluster(linkage(np.clip(sub[np.triu_indices(len(rows), 1)], 0.0, None), "average"), t=1.0 - least,
                      criterion="distance")
    of = dict(zip(docs, labels))
    return np.array([of[t.reports[i].doc] for i in members])


def distances(topics: list[Topic], matrices: list, model: LogisticRegression) -> list[np.ndarray]:
    """1 - the model's score of every pair of each topic's mentions; 1 for a pair a rule rules out, 1e6 for a
    vetoed one (as merge/coref.py clusters them)."""
    out = []
    for t, (values, ruled_out, _) in zip(topics, matrices):
        n = len(t.reports)
        distance = 1.0 - model.predict_proba(values.reshape(n * n, -1))[:, 1].reshape(n, n)
        distance[ruled_out == 1] = 1.0
        distance[ruled_out == 2] = 1e6
        out.append(distance)
    return out


def conll_at(topics: list[Topic], matrices: list, model: LogisticRegression | list[np.ndarray], threshold: float,
             least: float = 0.0, gather: float | None = None, memo: dict | None = None) -> float:
    """CoNLL F1 of the topics clustered as merge/coref.py clusters: pairs scoring `gather` or more gather their
    articles, among which stories are found; pairs above the threshold joined into components, and each
    component clustered by average link with a ruled-out pair scored 0, a vetoed one or one across stories
    apart. `model` may be the topics' `distances` already computed; `memo` (one per set of distances) keeps the
    stories and scores already found, as many settings cluster alike."""
    from scipy.sparse.csgraph import connected_components

    apart = model if isinstance(model, list) else distances(topics, matrices, model)
    memo = {} if memo is None else memo
    loose = threshold if gather is None else min(gather, threshold)
    partitions = []
    for k, (t, (_, _, story), distance) in enumerate(zip(topics, matrices, apart)):
        n = len(t.reports)
        if (k, loose, least) not in memo:
            _, gathered = connected_components(distance <= 1.0 - loose, directed=False)
            tell = np.zeros(n, dtype=np.int64)
            for g in np.unique(gathered):
                members = np.flatnonzero(gathered == g)
                tell[members] = g * (n + 1) + _stories(t, members, story, least)
            memo[(k, loose, least)] = tell
        tell = memo[(k, loose, least)]
        _, component = connected_components(distance <= 1.0 - threshold, directed=False)
        labels = np.zeros(n, dtype=int)
        for c in np.unique(component):
            members = np.flatnonzero(component == c)
            if len(members) == 1:
                labels[members] = 1
                continue
            sub = distance[np.ix_(members, members)].copy()
            sub[tell[members][:, None] != tell[members][None, :]] = 1e6
            if len(members) == 2:  # what average link makes of two (scipy's overhead saved)
                labels[members] = (1, 1 if sub[0, 1] <= 1.0 - threshold else 2)
                continue
            labels[members] = fcluster(linkage(np.clip(sub[np.triu_indices(len(members), 1)], 0.0, None), "average"),
                                       t=1.0 - threshold, criterion="distance")
        # the partition in a canonical form: each mention's cluster numbered by its cluster's first mention
        _, first, inverse = np.unique(component * (n + 1) + labels, return_index=True, return_inverse=True)
        partitions.append(first[inverse.ravel()].tobytes())
    key_ = tuple(partitions)
    if key_ not in memo:
        offsets = np.cumsum([0] + [len(t.reports) for t in topics])
        gold = np.concatenate([o + np.unique(t.chains, return_inverse=True)[1].ravel()
                               for o, t in zip(offsets, topics)])
        ours = np.concatenate([o + np.frombuffer(p, dtype=np.int64) for o, p in zip(offsets, partitions)])
        memo[key_] = conll_f1(gold, ours)
    return memo[key_]


def train_mentions(out_path: Path = MENTIONS) -> dict:
    """Fit the mention detector on the ECB+ training topics; the threshold with the best F1 across FOLDS folds of
    topics. Features seen fewer than MIN_COUNT times are left out (a small model file)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer

    topics = load_topics(topics=TRAIN_TOPICS, samples=True)
    if not topics:
        raise SystemExit("../shared/benchdata/ecbplus not found: nothing to train on")
    counts = Counter(k for t in topics for features_, _, _ in t.samples for k in features_)
    kept = {k for k, c in counts.items() if c >= MIN_COUNT}

    def matrix(chosen: list[Topic], vectorizer: DictVectorizer | None = None):
        from scipy.sparse import csr_matrix, hstack

        rows = [({k: v for k, v in f.items() if k in kept}, vec, label) for t in chosen for f, vec, label in t.samples]
        vectorizer = vectorizer or DictVectorizer().fit([r[0] for r in rows])
        x = hstack([vectorizer.transform([r[0] for r in rows]), csr_matrix(np.array([r[1] for r in rows]))]).tocsr()
        return x, np.array([r[2] for r in rows]), vectorizer

    def learner() -> LogisticRegression:
        return LogisticRegression(C=MENTION_C, max_iter=3000, solver="liblinear", random_state=0)

    folds = [list(range(k, len(topics), FOLDS)) for k in range(FOLDS)]
    tallies = {t: [0, 0, 0] for t in MENTION_THRESHOLDS}  # true, predicted, gold
    for fold in folds:
        x, y, vectorizer = matrix([topics[k] for k in range(len(topics)) if k not in fold])
        model = learner().fit(x, y)
        x_test, y_test, _ = matrix([topics[k] for k in fold], vectorizer)
        p = model.predict_proba(x_test)[:, 1]
        for t, tally in tallies.items():
            tally[0] += int(((p >= t) & y_test).sum())
            tally[1] += int((p >= t).sum())
            tally[2] += int(y_test.sum())
    scores = {t: (2 * a / (b + c) if b + c else 0.0, a / max(1, b), a / max(1, c)) for t, (a, b, c) in tallies.items()}
    threshold = max(scores, key=lambda t: scores[t][0])
    x, y, vectorizer = matrix(topics)
    model = learner().fit(x, y)
    names_ = vectorizer.get_feature_names_out()
    weights = model.coef_[0]
    out = {
        "about": "Mention detector of merge/mentions.py (event mentions of any kind), made by `python -m "
                 "dossier.merge.train --part mentions` from the ECB+ training topics (ECB+: CC BY 3.0, Cybulska "
                 "and Vossen 2014).",
        "scikit-learn": sklearn.__version__,
        "train_topics": sorted(TRAIN_TOPICS), "threshold": threshold,
        "cross_validated_f1_precision_recall": {str(t): [round(v, 4) for v in s] for t, s in scores.items()},
        "intercept": round(float(model.intercept_[0]), 4),
        "vector": [round(float(w), 4) for w in weights[len(names_):]],
        "weights": {str(n): round(float(w), 4) for n, w in zip(names_, weights[:len(names_)]) if abs(w) >= 1e-3},
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print("mention detector: threshold", threshold, "cross-validated F1/P/R", [round(v, 4) for v in scores[threshold]])
    return out


def cross_validated(topics: list[Topic], raw: list, settings: list[tuple], news: tuple | None = None
                    ) -> dict[tuple, list[float]]:
    """CoNLL F1 of each split's test topics (`topic_splits`) at each (gather, story cut, threshold) setting,
    clustered with weights fitted on the split's other topics (and the news pairs, when given)."""
    runs: dict[tuple, list[float]] = {st: [] for st in settings}
    for rest, fold in topic_splits(len(topics)):
        model = fit([topics[k] for k in rest], [raw[k] for k in rest], news)
        tested, matrices = [topics[k] for k in fold], [raw[k] for k in fold]
        apart, memo = distances(tested, matrices, model), {}
        for gather, least, threshold in settings:
            runs[(gather, least, threshold)].append(conll_at(tested, matrices, apart, threshold, least, gather, memo))
    return runs


def topic_splits(n: int) -> list[tuple[list[int], list[int]]]:
    """(training, test) topic indices of REPEATS x FOLDS cross-validation splits over n topics, seeded."""
    from sklearn.model_selection import RepeatedKFold

    folds = RepeatedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=SEED).split(np.arange(n))
    return [(sorted(map(int, rest)), sorted(map(int, fold))) for rest, fold in folds]


def smoothed(mean: dict[tuple, float]) -> dict[tuple, float]:
    """Each (gather, story cut, threshold) setting's score averaged with its neighbours on the grid: one step of
    story cut and of threshold either way (a 3 x 3 box, cut at the grid's edges), the same gather."""
    out = {}
    for gather, least, threshold in mean:
        s, t = STORIES.index(least), THRESHOLDS.index(threshold)
        near = [mean[(gather, STORIES[i], THRESHOLDS[j])]
                for i in range(max(0, s - 1), min(len(STORIES), s + 2))
                for j in range(max(0, t - 1), min(len(THRESHOLDS), t + 2))]
        out[(gather, least, threshold)] = float(np.mean(near))
    return out


def choose(smooth: dict[tuple, float]) -> tuple:
    """The setting with the best smoothed score; among those within TIE of it, the highest threshold, then the
    strictest story cut, then articles gathered by the strongest pairs (None: those above the threshold): a
    glued event misleads more than a split one."""
    best = max(smooth.values())
    return max((st for st, score in smooth.items() if score >= best - TIE),
               key=lambda st: (st[2], st[1], st[0] is None, st[0] or 0.0))


def surface_lines(mean: dict[tuple, float], smooth: dict[tuple, float], chosen: tuple) -> list[str]:
    """The cross-validation surface as text: for each gather, a row per story cut, a column per threshold,
    'mean/smoothed' CoNLL F1; the chosen setting marked *."""
    lines = ["cross-validated CoNLL F1 on the training topics (mean/smoothed), rows: story cut, columns: threshold"]
    for gather in GATHER:
        lines.append(f"gather {gather}:" + "".join(f"{t:>14}" for t in THRESHOLDS))
        for least in STORIES:
            cells = "".join(f"{'*' if (gather, least, t) == chosen else ' '}{mean[(gather, least, t)]:.4f}/"
                            f"{smooth[(gather, least, t)]:.4f}" for t in THRESHOLDS)
            lines.append(f"  story {least:<6}" + cells)
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--part", choices=("all", "coref", "mentions"), default="all")
    args = parser.parse_args(argv)
    if args.part in ("all", "mentions"):
        train_mentions()
    if args.part == "mentions":
        return
    topics = load_topics(topics=TRAIN_TOPICS)
    if not topics:
        raise SystemExit("../shared/benchdata/ecbplus not found: nothing to train on")
    raw = [topic_matrix(t) for t in topics]
    example = example_labelled(Settings.from_env())
    news = news_pairs(example) if example else None
    settings = [(gather, least, threshold) for gather in GATHER for least in STORIES for threshold in THRESHOLDS]
    runs = cross_validated(topics, raw, settings)
    mean = {st: float(np.mean(v)) for st, v in runs.items()}
    smooth = smoothed(mean)
    chosen = choose(smooth)
    best = max(mean, key=mean.get)
    spread = np.array(runs[chosen]) - np.array(runs[best])  # paired over the splits
    dated_runs = cross_validated(topics, raw, [chosen], news)[chosen]
    print("\n".join(surface_lines(mean, smooth, chosen)))
    gather, least, threshold = chosen
    model, with_news = fit(topics, raw, None), fit(topics, raw, news)

    def weights(m: LogisticRegression) -> dict[str, float]:
        return dict(zip(FEATURES, (round(float(w), 4) for w in m.coef_[0])))

    out = {
        "about": "Weights of the event coreference score (dossier/merge/coref.py), made by `python -m "
                 "dossier.merge.train`: `weights` from the ECB+ training topics (ECB+: CC BY 3.0, Cybulska and Vossen "
                 "2014), `dated` (for two reports whose articles both carry a publication date) from those topics "
                 "and the example corpus gold.",
        "scikit-learn": sklearn.__version__,
        "train_topics": sorted(TRAIN_TOPICS), "held_out_topics": sorted(HELD_OUT_TOPICS),
        "news_pairs": len(news[1]) if news else 0, "news_share": NEWS_SHARE,
        "weights": weights(model), "intercept": round(float(model.intercept_[0]), 4),
        "dated": {"weights": weights(with_news), "intercept": round(float(with_news.intercept_[0]), 4)},
        "threshold": threshold, "story": least, "gather": gather, "names_share": NAMES_SHARE,
        "cross_validation": f"{REPEATS} x {FOLDS} folds of the training topics (RepeatedKFold, seed {SEED})",
        "cross_validated_conll": {f"gather {g} story {s} threshold {t}": round(v, 4) for (g, s, t), v in mean.items()},
        "cross_validated_conll_smoothed": {f"gather {g} story {s} threshold {t}": round(v, 4)
                                           for (g, s, t), v in smooth.items()},
        "cross_validated_conll_dated": {f"gather {chosen[0]} story {chosen[1]} threshold {chosen[2]}":
                                        round(float(np.mean(dated_runs)), 4)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("weights", "intercept", "dated", "threshold", "story", "gather")}, indent=1))
    print(f"chosen: gather {gather} story {least} threshold {threshold}: cross-validated CoNLL F1 {mean[chosen]:.4f}, "
          f"smoothed {smooth[chosen]:.4f}; best single setting {best} {mean[best]:.4f} (paired difference "
          f"{spread.mean():+.4f}, standard error {spread.std(ddof=1) / np.sqrt(len(spread)):.4f} over "
          f"{len(spread)} splits); the dated set there {np.mean(dated_runs):.4f}")


if __name__ == "__main__":
    main()
