"""Score the merge's event coreference: ECB+ (MUC, B³, CEAF-e, CoNLL F1), and pairwise merge precision and
recall on the example corpus gold and on the real-news development set.

ECB+ (../shared/benchdata/ecbplus, topics 1–35 less 15 and 17; the customary test topics 36–45 are not in the
folder) is split as is customary (Cybulska and Vossen 2015; Barhom et al. 2019): the model is trained on the
training topics (`TRAIN_TOPICS`) and scored here on the development topics (`HELD_OUT_TOPICS`), which were not
looked at while the features were written. Clustering is within each topic, with singletons, over the event
mentions of the selected sentences, scored by scorch (the CoNLL reference definitions).

- With gold mentions: each gold event mention becomes a report (its trigger, the actors our pipeline finds
  in its arguments, the place and date in its sentence, the type and mode our coder gives it when it codes
  it); the decision alone is measured.
- End to end: the words merge/mentions.py detects as event mentions of any kind (each a report as above), and
  apart the events our coder finds, in the selected sentences, merged, against all gold mentions; a found
  mention takes the id of the gold mention its word falls in, others stay spurious.

Pairwise merge (`pairwise`): pairs of reports that each stand for a gold event, merged together exactly when
the gold says they are one event? The example corpus gold gives each line the id of its real-world event (that
gold is ours, and its pairs also teach the model a little: see merge/train.py); the real-news gold is scored
on its fixed development and held-out halves.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scorch import scores

from dossier.actors.unknown import rename, unknown_ids
from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, jsonl
from dossier.evaluate.metrics import Report
from dossier.merge.coref import Model, cluster
from dossier.merge.mentions import candidate, load_detector, token_features, unit_vector
from dossier.merge.reports import Actors, Report as MergeReport, actors_of, idf, names, stems
from dossier.model import Document, Event, Evidence
from dossier.nlp import loader
from dossier.pipeline import result_from_doc

ECB = BENCH / "ecbplus"
# Cybulska and Vossen (2015) split, as used by Barhom et al. (2019); 15 and 17 are not in the folder.
TRAIN_TOPICS = frozenset({1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33})
HELD_OUT_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
_SUBJECT = {"nsubj", "csubj", "agent"}
_OBJECT = {"dobj", "nsubjpass", "pobj", "dative", "attr", "oprd"}


@dataclass
class Topic:
    """One ECB+ topic: gold mention reports with their chains, and the pipeline's own events (end to end)."""

    number: int
    reports: list[MergeReport] = field(default_factory=list)
    chains: list[str] = field(default_factory=list)
    mention_ids: list[str] = field(default_factory=list)
    predicted: list[MergeReport] = field(default_factory=list)
    predicted_ids: list[str] = field(default_factory=list)
    detected: list[MergeReport] = field(default_factory=list)  # the mention detector's mentions (merge/mentions.py)
    detected_ids: list[str] = field(default_factory=list)
    actors: Actors = field(default_factory=Actors)
    samples: list | None = None  # the words of its selected sentences for training the mention detector


def _texts(doc: dict) -> tuple[str, list[int], dict[int, tuple[int, int]]]:
    """The document's text (tokens joined by spaces, a line per sentence), each token's offset, and each
    sentence's character span."""
    offsets, sentences, pos = [], {}, 0
    for s in doc["sentences"]:
        start = pos
        for word in s["text"].split(" "):
            offsets.append(pos)
            pos += len(word) + 1
        sentences[s["sentence"]] = (start, pos - 1)
    text = ""
    for s in doc["sentences"]:
        text += s["text"] + "\n"
    return text, offsets, sentences


def _actor(token, token_actor: dict) -> str | None:
    """The actor id of an argument (itself, a word under it, or a conjunct), else None."""
    for t in (token, *token.children):
        if t.i in token_actor:
            return token_actor[t.i]
    for c in token.conjuncts:
        if c.i in token_actor:
            return token_actor[c.i]
    return None


def _roles(head, token_actor: dict) -> tuple[list[str], list[str]]:
    """Who acts and whom it is done to, read from the trigger's arguments: its subject (or the subject of the
    verb it depends on), its objects, the objects of its prepositions, a noun's possessor."""
    source, target = [], []
    anchor = head
    if head.dep_ in ("xcomp", "conj", "advcl") and not any(c.dep_ in _SUBJECT for c in head.children):
        anchor = head.head
    for c in anchor.children:
        if c.dep_ in _SUBJECT and (who := _actor(c, token_actor)):
            source.append(who)
    for c in head.children:
        if c.dep_ == "poss" and (who := _actor(c, token_actor)):
            source.append(who)
        elif c.dep_ in _OBJECT and (who := _actor(c, token_actor)):
            target.append(who)
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and (who := _actor(g, token_actor)):
                    (source if c.lower_ == "by" else target).append(who)
    return list(dict.fromkeys(source)), [t for t in dict.fromkeys(target) if t not in source]


def _sentence_of(offset: int, sentences: dict[int, tuple[int, int]]) -> int | None:
    return next((n for n, (a, b) in sentences.items() if a <= offset <= b), None)


def load_topics(settings: Settings | None = None, topics: frozenset[int] | None = None,
                limit: int | None = None, samples: bool = False) -> list[Topic]:
    """ECB+ topics read from ../shared, run through the pipeline; [] when the folder is absent. With `samples`,
    each topic keeps its words' features for training the mention detector instead of detecting mentions."""
    if not (ECB / "ecbplus_docs.jsonl").exists():
        return []
    settings = settings or Settings.from_env()
    docs = [d for d in jsonl(ECB / "ecbplus_docs.jsonl") if topics is None or d["topic"] in topics]
    if limit:
        keep = sorted({d["topic"] for d in docs})[:limit]
        docs = [d for d in docs if d["topic"] in keep]
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in jsonl(ECB / "ecbplus_mentions.jsonl"):
        if m["is_event"] and m["in_selected_sentence"]:
            gold_by_doc[m["doc"]].append(m)
    nlp = loader.load(settings)
    layout = {d["doc"]: _texts(d) for d in docs}
    selected = {d["doc"]: {s["sentence"] for s in d["sentences"] if s["selected"]} for d in docs}
    sentence_text = {(d["doc"], s["sentence"]): s["text"] for d in docs for s in d["sentences"]}
    inputs = []
    for d in docs:
        doc = nlp.make_doc(layout[d["doc"]][0])
        doc._.doc_id = d["doc"]
        inputs.append((doc, Document(id=d["doc"], source=d["doc"], text=layout[d["doc"]][0])))
    by_topic: dict[int, Topic] = {}
    parsed = []
    for doc, document in nlp.pipe(inputs, as_tuples=True, batch_size=settings.batch_size):
        parsed.append((doc, result_from_doc(document, doc)))
    topic_of = {d["doc"]: d["topic"] for d in docs}
    members: dict[int, list] = defaultdict(list)
    for doc, result in parsed:
        members[topic_of[doc._.doc_id]].append((doc, result))
    for number, pairs in sorted(members.items()):
        ids = unknown_ids(r.entities for _, r in pairs)
        topic = by_topic[number] = Topic(number, samples=[] if samples else None)
        entities = {}
        for doc, result in pairs:
            result = rename(result, ids)
            entities.update({e.id: e for e in result.entities})
            _add_document(topic, doc, result, ids, layout[doc._.doc_id], selected[doc._.doc_id],
                          gold_by_doc[doc._.doc_id], sentence_text)
        topic.actors = actors_of(list(entities.values()))
        weights = idf([stems(layout[doc._.doc_id][0]) for doc, _ in pairs])
        for report in topic.reports + topic.predicted + topic.detected:
            report.idf = weights
    return [by_topic[n] for n in sorted(by_topic)]


def _add_document(topic: Topic, doc, result, ids: dict, layout, selected: set[int], gold: list[dict],
                  sentence_text: dict) -> None:
    text, offsets, sentences = layout
    name = doc._.doc_id
    words, found = stems(text), names(text)
    token_actor = {i: (ids[a].id if a in ids else a) for i, a in (doc._.token_actor or {}).items()}
    kinds = {e.id: e.kind for e in result.entities}
    places_in = defaultdict(list)
    for m in result.mentions:
        if kinds.get(m.entity) == "place":
            places_in[_sentence_of(m.start, sentences)].append(m.entity)
    dates_in = defaultdict(list)
    for t in result.timexes:
        if t.value.precision in ("day", "month"):
            dates_in[_sentence_of(t.start, sentences)].append(t.value)
    def report(ident: str, head, n: int) -> MergeReport:
        """A report of the mention headed by `head` in sentence n: the coder's event there when it codes one,
        else the trigger with the actors, place and date read around it."""
        coded = _coded(result.events, head)
        source, target = _roles(head, token_actor)
        if coded is not None and (coded.source or coded.target):
            source, target = coded.source, coded.target
        event = Event(
            id=ident, type=coded.type if coded else "", mode=coded.mode if coded else None,
            trigger=head.text, source=source, target=target,
            date=(coded.date if coded and coded.date else (dates_in[n][0] if dates_in[n] else None)),
            location=(coded.location if coded and coded.location else (places_in[n][0] if places_in[n] else None)),
            status=coded.status if coded else None,
            evidence=[Evidence(doc=name, text=sentence_text[(name, n)])])
        return MergeReport(event, None, words, None, found)

    heads, inside = set(), {}
    for m in gold:
        first, last = int(m["token_ids"][0]) - 1, int(m["token_ids"][-1]) - 1
        start, end = offsets[first], offsets[last] + len(text[offsets[last]:].split(" ", 1)[0].split("\n")[0])
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        heads.add(span.root.i)
        inside.update({t.i: f"{name}:{m['m_id']}" for t in span})
        topic.reports.append(report(f"{name}:{m['m_id']}", span.root, m["sentence"]))
        topic.chains.append(m["chain_id"])
        topic.mention_ids.append(f"{name}:{m['m_id']}")
    detector = load_detector() if topic.samples is None else None
    for n in sorted(selected):
        a, b = sentences[n]
        for token in doc.char_span(a, b, alignment_mode="expand") or []:
            if not candidate(token):
                continue
            if topic.samples is not None and (token.i in heads or token.i not in inside):
                topic.samples.append((token_features(token), unit_vector(token), token.i in heads))
            elif detector is not None and detector.is_mention(token):
                topic.detected.append(report(f"{name}:detected:{token.i}", token, n))
                topic.detected_ids.append(inside.get(token.i, f"{name}:spurious:{token.i}"))
    for e in result.events:
        start = e.evidence[0].start if e.evidence and e.evidence[0].start is not None else None
        n = _sentence_of(start, sentences) if start is not None else None
        if n not in selected:
            continue
        report = MergeReport(e.model_copy(update={"source": [ids[a].id if a in ids else a for a in e.source],
                                                  "target": [ids[a].id if a in ids else a for a in e.target]}),
                             None, words, None, found)
        topic.predicted.append(report)
        topic.predicted_ids.append(_aligned(e, gold, n, doc, offsets, text) or f"{name}:spurious:{e.id}")


def _coded(events: list[Event], head) -> Event | None:
    """Our coder's event whose trigger is this word, if any."""
    for e in events:
        ev = e.evidence[0] if e.evidence else None
        if ev is None or ev.start is None or not (ev.start <= head.idx < (ev.end or 0)):
            continue
        if head.text in (e.trigger or "").replace("…", " ").split():
            return e
    return None


def _aligned(event: Event, gold: list[dict], n: int, doc, offsets: list[int], text: str) -> str | None:
    """The gold mention (doc:m_id) of the same sentence that holds one of the event's trigger words."""
    words = set((event.trigger or "").replace("…", " ").split())
    for m in gold:
        if m["sentence"] != n:
            continue
        tokens = [text[offsets[int(t) - 1]:].split(" ", 1)[0].split("\n")[0] for t in m["token_ids"]]
        if words & set(tokens):
            return f"{event.evidence[0].doc}:{m['m_id']}"
    return None


# --- scoring ------------------------------------------------------------------------------------------------

def conll(key: list[set], response: list[set]) -> dict[str, float]:
    """MUC, B³ and CEAF-e F1 and their mean (CoNLL F1), with recall and precision."""
    out = {}
    for name, fn in (("MUC", scores.muc), ("B3", scores.b_cubed), ("CEAF-e", scores.ceaf_e)):
        r, p, f = fn(key, response)
        out.update({f"{name} R": round(float(r), 4), f"{name} P": round(float(p), 4), f"{name} F1": round(float(f), 4)})
    out["CoNLL F1"] = round((out["MUC F1"] + out["B3 F1"] + out["CEAF-e F1"]) / 3, 4)
    return out


def conll_f1(key: np.ndarray, response: np.ndarray) -> float:
    """CoNLL F1 (unrounded) of a response partition against a key partition of the same mentions, each given
    as every mention's cluster label: MUC, B³ and CEAF-e read off the two partitions' contingency matrix
    (numpy, scipy's optimal assignment), as scorch defines them (`conll`); the trainer scores thousands of
    clusterings with it (equal to `conll` on its partitions, see tests/evaluate/test_coref.py)."""
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse import coo_matrix

    k = np.unique(key, return_inverse=True)[1].ravel()
    r = np.unique(response, return_inverse=True)[1].ravel()
    c = coo_matrix((np.ones(len(k)), (k, r))).toarray()  # key clusters x response clusters: shared mentions
    key_sizes, response_sizes = c.sum(1), c.sum(0)

    def harmonic(recall: float, precision: float) -> float:
        return 2 * recall * precision / (recall + precision) if recall > 0 and precision > 0 else 0.0

    if (key_sizes == 1).all() or (response_sizes == 1).all():
        muc = 0.0
    else:
        muc = harmonic((key_sizes - (c > 0).sum(1)).sum() / (key_sizes - 1).sum(),
                       (response_sizes - (c > 0).sum(0)).sum() / (response_sizes - 1).sum())
    b3 = harmonic((c ** 2 / key_sizes[:, None]).sum() / len(k), (c ** 2 / response_sizes[None, :]).sum() / len(r))
    phi = 2 * c / (key_sizes[:, None] + response_sizes[None, :])
    rows, cols = linear_sum_assignment(-phi)
    total = phi[rows, cols].sum()
    ceaf = harmonic(total / len(key_sizes), total / len(response_sizes))
    return float((muc + b3 + ceaf) / 3)


def _clusters(labels: list[str], ids: list[str]) -> list[set]:
    groups: dict[str, set] = defaultdict(set)
    for label_, ident in zip(labels, ids):
        groups[label_].add(ident)
    return list(groups.values())


def gold_mention_scores(topics: list[Topic], model: Model | None = None) -> dict[str, float]:
    key, response = [], []
    for t in topics:
        key += _clusters(t.chains, t.mention_ids)
        for group in cluster(t.reports, t.actors, model, blocks=[list(range(len(t.reports)))]):
            response.append({t.mention_ids[i] for i in group})
    return conll(key, response)


def lemma_baseline(topics: list[Topic]) -> dict[str, float]:
    """Same-head-lemma baseline: mentions of a topic whose trigger words stem alike are one event."""
    from dossier.merge.coref import trigger_stems

    key, response = [], []
    for t in topics:
        key += _clusters(t.chains, t.mention_ids)
        response += _clusters([f"{t.number}:{sorted(trigger_stems(r.event))}" for r in t.reports], t.mention_ids)
    return conll(key, response)


def end_to_end_scores(topics: list[Topic], model: Model | None = None, detected: bool = False) -> dict[str, float]:
    """CoNLL F1 of our mentions clustered against all gold mentions: the coder's events, or (`detected`) the
    mention detector's mentions; with mention recall and precision and the linking alone on the found mentions."""
    key, response = [], []
    found = aligned = 0
    for t in topics:
        reports, ids = (t.detected, t.detected_ids) if detected else (t.predicted, t.predicted_ids)
        key += _clusters(t.chains, t.mention_ids)
        seen = set()
        for group in cluster(reports, t.actors, model, blocks=[list(range(len(reports)))] if detected else None):
            members = {ids[i] for i in group} - seen
            seen |= members
            if members:
                response.append(members)
        found += len(reports)
        aligned += sum(1 for i in ids if ":spurious:" not in i)
    out = conll(key, response)
    gold = sum(len(t.mention_ids) for t in topics)
    found_ids = {i for t in topics for i in (t.detected_ids if detected else t.predicted_ids) if ":spurious:" not in i}
    out.update({"predicted mentions": found, "aligned to a gold mention": aligned, "gold mentions": gold,
                "mention recall": round(len(found_ids) / max(1, gold), 4),
                "mention precision": round(aligned / max(1, found), 4)})
    # linking alone: the gold chains and our clusters, both cut down to the gold mentions the pipeline found
    cut_key = [c & found_ids for c in key if c & found_ids]
    cut_response = [c & found_ids for c in response if c & found_ids]
    out.update({f"on the found mentions {k}": v for k, v in conll(cut_key, cut_response).items() if "F1" in k})
    return out


def ecbplus(settings: Settings, limit: int | None = None) -> list[Report]:
    if not (ECB / "ecbplus_docs.jsonl").exists():
        return [Report("ECB+: cross-document event coreference", str(ECB), notes=[f"{ECB} not found; skipped"])]
    topics = load_topics(settings, HELD_OUT_TOPICS, limit)
    gold = Report("ECB+ event coreference with gold mentions (held-out topics)", str(ECB),
                  figures={"topics": len(topics), "mentions": sum(len(t.reports) for t in topics),
                           **gold_mention_scores(topics)})
    base = lemma_baseline(topics)
    gold.figures.update({f"same-lemma baseline {k}": v for k, v in base.items() if "F1" in k})
    gold.notes.append(f"Held-out topics {sorted(HELD_OUT_TOPICS)} (the customary development topics); the model is "
                      f"trained on {sorted(TRAIN_TOPICS)} by `python -m dossier.merge.train`. Topics 36–45 (the "
                      "customary test topics) are not in the folder. Clustering within each topic, singletons "
                      "included, selected sentences only.")
    gold.notes.append("Published with gold mentions on the test topics (Bugert et al. 2021, their rerun): same-lemma "
                      "baseline CoNLL 0.619, feature-based 0.748, Barhom et al. 2019 0.79 (other topics than ours).")
    e2e = Report("ECB+ event coreference end to end (held-out topics)", str(ECB), figures=end_to_end_scores(topics))
    detected = Report("ECB+ event coreference end to end, mention detector (held-out topics)", str(ECB),
                      figures=end_to_end_scores(topics, detected=True))
    detected.notes.append("Mentions are the words merge/mentions.py detects as heads of event mentions of any kind "
                          "(learned on the training topics by `python -m dossier.merge.train --part mentions`), "
                          "each with the coder's event when it codes one; all of a topic's mentions are candidates "
                          "of one another (no blocking by participants, as with the gold mentions).")
    e2e.notes.append("Mentions are the events dossier's coder finds (PLOVER political events only); ECB+ annotates "
                     "every event (accidents, deaths, sports…), so mention recall bounds the scores. 'On the found "
                     "mentions' scores the linking alone: gold chains and our clusters cut down to the gold "
                     "mentions the pipeline found.")
    return [gold, detected, e2e]




# --- pairwise merge precision and recall on gold with event ids ----------------------------------------------

def pairwise(data: "Labelled", same, label: str, sure: list[bool] | None = None
             ) -> tuple[dict[str, float], list[str]]:
    """Pairs of reports that each stand for a gold line: merged together exactly when they report one event?
    `same(gold_a, gold_b)` says whether two gold lines are one event. With `sure` (one flag a report), the figures
    again over the pairs of flagged reports only, named `SURE` + the figure."""
    from dossier.merge.events import cluster_events

    clusters = cluster_events(data.reports, data.actors)
    owner = {r.event.id: n for n, c in enumerate(clusters) for r in c.reports}
    flags = sure if sure is not None else [True] * len(data.reports)
    aligned = [(r, g, f) for r, g, f in zip(data.reports, data.gold, flags) if g is not None]
    counts = {False: [0, 0, 0], True: [0, 0, 0]}  # {only the sure pairs: [rightly, glued, split]}
    wrong = []
    for n, (ra, ga, fa) in enumerate(aligned):
        for rb, gb, fb in aligned[n + 1:]:
            gold, merged = same(ga, gb), owner[ra.event.id] == owner[rb.event.id]
            for subset in ((False, True) if fa and fb else (False,)):
                counts[subset][0] += gold and merged
                counts[subset][1] += merged and not gold
                counts[subset][2] += gold and not merged
            if gold != merged:
                wrong.append(f"{'glued' if merged else 'split'}: {ga[label]} / {gb[label]}")
    figures = {"reports that stand for a gold event": len(aligned), **_pair_figures(*counts[False])}
    if sure is not None:
        figures[SURE + "reports"] = sum(1 for *_, f in aligned if f)
        figures.update({SURE + k: v for k, v in _pair_figures(*counts[True]).items()})
    return figures, sorted(set(wrong))


SURE = "tied by their sentence or the gold's names: "  # the figures over the reports surely told of their gold line


def _pair_figures(tp: int, fp: int, fn: int) -> dict[str, float]:
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"pairs merged rightly": tp, "pairs merged wrongly (glued)": fp, "pairs left apart wrongly (split)": fn,
            "pairwise precision": round(p, 4), "pairwise recall": round(r, 4),
            "pairwise F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def example(settings: Settings, limit: int | None = None) -> Report:
    from dossier.evaluate.corpora import EXAMPLE_GOLD

    path = EXAMPLE_GOLD / "events.jsonl"
    report = Report("Example corpus gold: pairwise event merge", str(path))
    data = example_labelled(settings)
    if data is None:
        report.notes.append(f"{path} not found; skipped")
        return report
    report.figures, wrong = pairwise(data, lambda a, b: a["event"] == b["event"], "event")
    report.notes.append("Each report (an event of one article) stands for the gold line whose evidence is in its "
                        "sentence, of its type (same mode first); gold lines that lump several events are left out.")
    report.notes.extend(wrong)
    return report


# --- real news: pairwise merge on the hand-coded main events ------------------------------------------------

# Stories of one incident, as the folders' READMEs name them; reports in other stories are other events.
INCIDENTS = {
    "reuters": [{"20891", "20981", "21149"}, {"16187", "16895", "11169"}, {"10395", "10797"}, {"9882", "10639"}],
    "html": [{"6ebac05f637e", "7a457a4f7173"}],
}


@dataclass
class Labelled:
    """A folder split's reports with the gold event each stands for (None when it finds none)."""

    reports: list[MergeReport]
    gold: list[dict | None]
    actors: Actors
    incident: dict[str, int]
    names: list[str] = field(default_factory=list)  # each report's article file name
    exact: list[bool] = field(default_factory=list)  # each report finds its gold line (type and both sides right)
    # how each report is tied to its gold line: "sentence" (it is told in the line's evidence sentence), "names" (it
    # names the line's actors on every side the line gives), "country" (only their countries): see `_tie`
    ties: list[str] = field(default_factory=list)


def _story(name: str) -> str:
    return name.rsplit(".", 1)[0].removeprefix("reuters21578-")


def realnews_labelled(folder: str, split: str, settings: Settings) -> Labelled | None:
    from dossier.actors import merge_entities
    from dossier.evaluate import realnews
    from dossier.merge.reports import document_reports

    path = realnews.REALNEWS / folder
    if not (path / "gold_events.jsonl").exists():
        return None
    splits = realnews.article_splits(path)
    golds: dict[str, list[dict]] = defaultdict(list)
    for g in jsonl(path / "gold_events.jsonl"):
        golds[g["doc"]].append(g)
    results = {n: r for n, r in realnews.analysed(path, settings).items() if splits.get(n) == split}
    ids = unknown_ids(r.entities for r in results.values())
    words = {n: stems(r.document.text) for n, r in results.items()}
    weights = idf(list(words.values()))
    reports, gold, entities, names, exact, ties = [], [], [], [], [], []
    for name, result in sorted(results.items()):
        doc_actors = realnews.Actors.of(result)
        result = rename(result, ids)
        entities.append(result.entities)
        for report, original in zip(document_reports(result.document, result.events, words[name], weights),
                                    results[name].events):
            # the gold line it finds, else a gold line of its type in its sentence (an actor may be wrong: the
            # question here is which event it reports)
            here = [g for g in golds[name] if g["type"] == original.type
                    and realnews.same_sentence(realnews._sentence(original), g["evidence"])]
            found = [g for g in golds[name] if realnews.finds(original, g, doc_actors)]
            reports.append(report)
            names.append(name)
            gold.append(([g for g in found if g in here] or found or here or [None])[0])
            exact.append(gold[-1] is not None and gold[-1] in found)
            ties.append(_tie(original, gold[-1], doc_actors))
    incident = {story: n for n, group in enumerate(INCIDENTS.get(folder, [])) for story in group}
    return Labelled(reports, gold, actors_of(merge_entities(entities)), incident, names, exact, ties)


def _tie(event: Event, gold: dict | None, actors) -> str:
    """How a report is tied to its gold line: "sentence" when it is told in the line's evidence sentence, "names"
    when it names the line's actors on every side the line gives, else "country" (a side matched by country
    alone, or a side wrong: the report may tell another act of the article)."""
    from dossier.evaluate import realnews

    if gold is None:
        return ""
    if realnews.same_sentence(realnews._sentence(event), gold["evidence"]):
        return "sentence"
    named = all(not side or any(realnews.names_match(g["name"], n) for i in ids for g in side for n in actors.names(i))
                for ids, side in ((event.source, gold["source"]), (event.target, gold["target"])))
    return "names" if named else "country"


def _sides_agree(a: list[dict], b: list[dict]) -> bool:
    from dossier.evaluate.realnews import names_match

    if not a or not b:
        return True
    return any(names_match(x["name"], y["name"]) or (x.get("country") and x.get("country") == y.get("country"))
               for x in a for y in b)


def gold_same(a: dict, b: dict, incident: dict[str, int]) -> bool:
    """One event? In one article, the same gold line; across articles, stories of one incident whose gold
    lines agree on type, both sides (either way round) and, where both give one, the dates."""
    if a["doc"] == b["doc"]:
        return a["id"] == b["id"]
    sa, sb = _story(a["doc"]), _story(b["doc"])
    if sa not in incident or incident.get(sa) != incident.get(sb) or a["type"] != b["type"]:
        return False
    straight = _sides_agree(a["source"], b["source"]) and _sides_agree(a["target"], b["target"])
    swapped = _sides_agree(a["source"], b["target"]) and _sides_agree(a["target"], b["source"])
    da, db = a.get("date") or {}, b.get("date") or {}
    if da.get("start") and db.get("start"):
        if (da.get("end") or da["start"]) < db["start"] or (db.get("end") or db["start"]) < da["start"]:
            return False
    return straight or swapped


def _across_stories(data: Labelled) -> dict[str, int]:
    """Merged events whose reports come from more than one article, and those among them that join articles
    of unrelated stories (not one incident): glue whatever the gold lists."""
    from dossier.merge.events import cluster_events

    names = {r.doc: n for r, n in zip(data.reports, data.names)}
    several = unrelated = 0
    for c in cluster_events(data.reports, data.actors):
        docs = {r.doc for r in c.reports}
        if len(docs) < 2:
            continue
        several += 1
        incidents = {data.incident.get(_story(names[d]), f"alone:{d}") for d in docs}
        unrelated += len(incidents) > 1
    return {"merged events reported by several articles": several,
            "of them joining unrelated stories (glued)": unrelated}


def realnews_pairwise(settings: Settings, split: str) -> list[Report]:
    out = []
    for folder in ("reuters", "html"):
        data = realnews_labelled(folder, split, settings)
        if data is None:
            continue
        figures, wrong = pairwise(data, lambda a, b: gold_same(a, b, data.incident), "id",
                                  [t in ("sentence", "names") for t in data.ties])
        figures.update(_across_stories(data))
        report = Report("Real news: pairwise event merge", f"realnews_dev/{folder} ({split})", figures=figures)
        report.notes.append("Reports are the output events that find a gold event (the realnews scorer's match) or "
                            "have a gold event of their type in their sentence; two are one event when they stand "
                            "for the same gold line, or for lines of stories of one incident (as the README names "
                            "them) that agree on type, sides and dates.")
        report.notes.append("The scorer's match ties a report told elsewhere in the article to a gold line by its "
                            "actors' countries alone, so a pair of such reports is often two acts of one kind (two "
                            "senators' criticisms, a tour and one of its stops): the figures '" + SURE.strip(": ") +
                            "' count only the reports told in their gold line's sentence or naming its actors "
                            "(training/diagnose_merge_splits.py lists the dev pairs with their ties).")
        if split == "dev":
            report.notes.extend(wrong[:30])
        out.append(report)
    return out


def example_labelled(settings: Settings) -> Labelled | None:
    """The example corpus's reports with the gold line each reports (its evidence in the report's sentence,
    same type, same mode preferred); gold lines carry the id of the real-world event."""
    from dossier.actors import merge_entities
    from dossier.evaluate.corpora import EXAMPLE_ARTICLES, EXAMPLE_GOLD, analysed
    from dossier.merge.reports import document_reports

    path = EXAMPLE_GOLD / "events.jsonl"
    if not path.exists():
        return None
    golds: dict[str, list[dict]] = defaultdict(list)
    for g in jsonl(path):
        golds[g["source_doc"]].append(g)
    results = analysed(EXAMPLE_ARTICLES, settings)
    ids = unknown_ids(r.entities for r in results.values())
    words = {n: stems(r.document.text) for n, r in results.items()}
    weights = idf(list(words.values()))
    reports, gold, entities = [], [], []
    for name, result in sorted(results.items()):
        result = rename(result, ids)
        entities.append(result.entities)
        for report in document_reports(result.document, result.events, words[name], weights):
            hits = [g for g in golds[name] if g["type"] == report.event.type and g["evidence"] in report.sentence]
            hits.sort(key=lambda g: g.get("mode") != report.event.mode)
            reports.append(report)
            gold.append(hits[0] if hits and hits[0].get("event") else None)
    return Labelled(reports, gold, actors_of(merge_entities(entities)), {})


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    return [example(settings, limit), *realnews_pairwise(settings, "dev"), *realnews_pairwise(settings, "held-out"),
            *ecbplus(settings, limit)]
