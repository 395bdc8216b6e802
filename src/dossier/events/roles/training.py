"""Train and measure the role model (role_model.py) on public sentences whose source and target are marked.

Sources, read in place from ../shared/benchdata (and the example gold of the repository):
PLV_train (the source and target spans marked in the sentence), the PLOVER GSR's even-numbered records (the
actors' text), the development part of realnews_dev (the gold actors' names and the evidence sentence, in the
article as dossier reads it), and the example corpus gold. The PETRARCH unit-test records give actor codes, not
words, so they are not used.

Each gold event is run through the pipeline with the rules alone deciding roles. An event of the gold type found
in the gold sentence (its most confident one) gives one training group: every actor mention of the sentence,
labelled source, target or none by whether it lies in a gold span (or, for an actor the sentence names only by a
pronoun or a description, by whether its entity's name matches the gold name).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.events import codebook
from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver
from dossier.events.classifier import label_of
from dossier.events.component import coding_with
from dossier.evaluate.corpora import jsonl
from dossier.events.training import CODEBOOK_GROUPS, COLLAPSE
from dossier.model import Event

SEED = 13
C = 0.5  # inverse regularisation of the logistic regression, chosen by cross-validation on PLV_train
OTHER_WEIGHT = 1.0  # the weight of groups from the other sources against PLV_train's
# The weight of the news sentences labelled by hand (events/labelled.py) when the role model learns them (the
# source "labels", not among the default SOURCES): round 79's label-CV (training/label_cv.py, folds by document, 1,050
# labels) found them no help: both sides right on the held labels' events 0.627 without them, 0.619 at 0.5, 0.617 at 1.
LABELS_WEIGHT = 1.0
MIN_COUNT = 2  # features seen fewer times are dropped
_MARK = re.compile(r"<(/?)([st])>")


@dataclass
class Side:
    """One side of a gold event: character spans in the text, and the names as written."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


@dataclass
class Item:
    """A gold event to learn roles from: the text to run, where its sentence is, its type and its two sides."""

    group: str  # plv, gsr, realnews, example, labels
    id: str
    doc: str  # the text key: one text may carry several items
    type: str
    evidence: str
    source: Side
    target: Side

    @property
    def weight(self) -> float:
        if self.group == "labels":
            return LABELS_WEIGHT
        return 1.0 if self.group == "plv" else OTHER_WEIGHT


def _marked(marked: str) -> tuple[str, Side, Side]:
    """The plain sentence and the spans of PLV's <s>…</s> and <t>…</t> marks."""
    plain, sides, opened, pos = [], {"s": Side(), "t": Side()}, {}, 0
    length = 0
    for m in _MARK.finditer(marked):
        piece = marked[pos:m.start()]
        plain.append(piece)
        length += len(piece)
        closing, which = m.group(1), m.group(2)
        if closing and which in opened:
            start = opened.pop(which)
            sides[which].spans.append((start, length))
            sides[which].names.append("".join(plain)[start:length].strip())
        elif not closing:
            opened[which] = length
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), sides["s"], sides["t"]


def plv(bench: Path) -> tuple[list[Item], dict[str, str]]:
    """PLV_train's rows as items, and {doc key: text}."""
    path = bench / "plv" / "PLV_train.tsv"
    if not path.exists():
        return [], {}
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    items, texts = [], {}
    for i, r in enumerate(rows):
        text, source, target = _marked(r["marked_sentence"])
        key = f"plv:{i}"
        texts[key] = text
        items.append(Item("plv", key, key, label_of(r["gold_root"]), text, source, target))
    return items, texts


def _located(text: str, names: list[str]) -> Side:
    """A side given by names: the spans where each name stands in the text (first place, whitespace-blind)."""
    side = Side(names=[n for n in names if n])
    for name in side.names:
        m = re.search(r"\s+".join(map(re.escape, name.split())), text)
        if m:
            side.spans.append((m.start(), m.end()))
    return side


def _actor_texts(side) -> list[str]:
    """The GSR's actors of one side (a side that is not a list of actors, such as "", names none)."""
    return [a.get("actorText") or "" for a in side if isinstance(a, dict)] if isinstance(side, list) else []


def gsr(bench: Path, half: int = 0) -> tuple[list[Item], dict[str, str]]:
    """The GSR's records of one half (0: even seq, for training) whose source and target differ."""
    path = bench / "plover_gsr" / "plover_gsr.jsonl"
    if not path.exists():
        return [], {}
    items, texts = [], {}
    for r in jsonl(path):
        if r["seq"] % 2 != half:
            continue
        src, tgt = _actor_texts(r.get("source")), _actor_texts(r.get("target"))
        if set(src) & set(tgt):  # "Hungarian and Romanian officials agreed": no side to learn
            continue
        key = f"gsr:{r['seq']}"
        texts[key] = r["text"]
        items.append(Item("gsr", key, key, label_of(COLLAPSE.get(r["event"], r["event"])), r["text"],
                          _located(r["text"], src), _located(r["text"], tgt)))
    return items, texts


def _realnews_items(bench: Path) -> list[tuple[Path, str, str | None, dict]]:
    """(article path, article name, publication date, gold event) of realnews_dev's development articles."""
    from dossier.evaluate.realnews import development_golds, published_dates

    dates: dict[Path, dict[str, str]] = {}
    out = []
    for folder, g in development_golds(bench / "realnews_dev"):
        if folder not in dates:
            dates[folder] = published_dates(folder)
        published = dates[folder]
        out.append((folder / "articles" / g["doc"], g["doc"], published.get(g["doc"]), g))
    return out


def realnews(bench: Path) -> tuple[list[Item], dict[str, str], dict[str, str | None]]:
    """realnews_dev's development gold events, the articles' text as dossier's ingest reads it, their dates."""
    from dossier.ingest import IngestError, read_paths

    items, texts, dates = [], {}, {}
    for path, name, published, g in _realnews_items(bench):
        key = f"realnews:{name}"
        if key not in texts:
            docs = [d for d in read_paths([path], dedup=False) if not isinstance(d, IngestError)]
            if not docs:
                continue
            texts[key], dates[key] = docs[0].text, published or docs[0].published
        names = lambda side: [a["name"] for a in g[side]]  # noqa: E731
        items.append(Item("realnews", f"realnews:{g['id']}", key, label_of(g["type"]), g["evidence"],
                          Side(names=names("source")), Side(names=names("target"))))
    return items, texts, dates


def example(gold: Path, articles: Path) -> tuple[list[Item], dict[str, str], dict[str, str | None]]:
    """The example corpus gold events (ours), with the articles' text as dossier's ingest reads it."""
    from dossier.ingest import IngestError, read_paths

    path = gold / "events.jsonl"
    if not path.exists():
        return [], {}, {}
    docs = {Path(d.source).name: d for d in read_paths([articles], dedup=False) if not isinstance(d, IngestError)}
    items, texts, dates = [], {}, {}
    for i, g in enumerate(jsonl(path)):
        doc = docs.get(g["source_doc"])
        if doc is None:
            continue
        key = f"example:{g['source_doc']}"
        texts[key], dates[key] = doc.text, doc.published
        items.append(Item("example", f"example:{i}", key, label_of(g["type"]), g["evidence"],
                          Side(names=list(g["source"])), Side(names=list(g["target"]))))
    return items, texts, dates


@dataclass
class Group:
    """One gold event as the pipeline saw it: the doc, the event the rules coded, its candidates with their
    features and gold roles, and the gold actors' ids for scoring."""

    item: Item
    doc: Doc
    event: Event
    features: list[list[str]]
    labels: list[str]
    candidates: list[role_model.Candidate]
    gold_ids: dict[str, set[str]]
    type_right: bool
    resolver: Resolver
    trigger: Token


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _sentences(doc: Doc, evidence: str) -> list[Span]:
    """The doc's sentences that hold the evidence (or lie inside it, or share most of its words)."""
    from dossier.evaluate.realnews import same_sentence

    want = _squash(evidence)
    exact = [s for s in doc.sents if want in _squash(s.text) or _squash(s.text) in want]
    return exact or [s for s in doc.sents if same_sentence(s.text, evidence)]


def _tokens(sent: Span, side: Side, evidence_start: int) -> set[int]:
    return {t.i for t in sent for a, b in side.spans
            if t.idx < evidence_start + b and t.idx + len(t.text) > evidence_start + a}


def _spans_in(sent: Span, names: list[str]) -> list[tuple[int, int]]:
    located = _located(sent.text, names)
    return located.spans


def _name_matches(actor: str, names: list[str], doc: Doc) -> bool:
    from dossier.evaluate.realnews import names_match

    entity = (doc._.actors or {}).get(actor)
    surfaces = [entity.name, *entity.aliases] if entity else [actor.split(":")[-1].replace("-", " ")]
    return any(names_match(n, s) for n in names for s in surfaces)


def _label(cand: role_model.Candidate, gold: dict[str, set[int]], unplaced: dict[str, list[str]],
           doc: Doc) -> str:
    """source or target when the mention's head lies in that side's span (else its phrase overlaps one), or when
    its actor's name matches a gold name the sentence does not spell out; none otherwise."""
    tok = cand.token
    phrase = set(range(tok.left_edge.i, tok.i + 1))
    for test in (lambda s: tok.i in s, lambda s: bool(phrase & s)):
        for role in ("source", "target"):
            if test(gold[role]):
                return role
    for role in ("source", "target"):
        if unplaced[role] and _name_matches(cand.actor, unplaced[role], doc):
            return role
    return "none"


def _pick(events: list[Event], sent: Span, ptype: str, codebook_label: bool = False) -> tuple[Event | None, bool]:
    """The most confident event of the gold type in the sentence, else its most confident event. With
    `codebook_label` (a label that follows the PLOVER codebook, CODEBOOK_GROUPS), an event whose codebook category
    is the gold type counts as of that type when none has it as its own: the act the label names in the codebook's
    convention ("will visit Lima next week", labelled AGREE, is the visit), as events/training.py's `act_label`
    reads it for the event-type model, so that its participants are learned and scored too."""
    here = [e for e in events if e.evidence and e.evidence[0].start is not None
            and sent.start_char <= e.evidence[0].start < sent.end_char]
    here.sort(key=lambda e: -(e.confidence or 0))
    typed = [e for e in here if label_of(e.type) == ptype]
    if not typed and codebook_label:
        typed = [e for e in here if label_of(codebook.category(e)) == ptype]
    if typed:
        return typed[0], True
    return (here[0], False) if here else (None, False)


def groups(nlp: Language, items: list[Item], texts: dict[str, str], dates: dict[str, str | None] | None = None,
           batch_size: int = 32) -> Iterator[Group]:
    """Each item's group, from its text run through the pipeline with the rules alone deciding roles."""
    by_doc: dict[str, list[Item]] = {}
    for item in items:
        by_doc.setdefault(item.doc, []).append(item)
    keys = list(by_doc)
    dates = dates or {}

    def docs():
        for key in keys:
            doc = nlp.make_doc(texts[key])
            doc._.doc_id = key
            doc._.published = dates.get(key)
            yield doc

    with coding_with(nlp, roles=None, keep_unplaced=True, keep_trade=True, keep_off_topic=True) as component:
        for key, doc in zip(keys, nlp.pipe(docs(), batch_size=batch_size)):
            lex = component.coder.lex
            resolver = Resolver(doc, pairs=lex.pairs, leader_titles=lex.leader_titles,
                                reporting_verbs=lex.reporting_verbs)
            for item in by_doc[key]:
                group = _group(item, doc, resolver)
                if group is not None:
                    yield group


def _group(item: Item, doc: Doc, resolver: Resolver) -> Group | None:
    sents = _sentences(doc, item.evidence) if item.group in NAMED_GROUPS else list(doc.sents)
    best = None
    for sent in sents:
        event, right = _pick(doc._.events or [], sent, item.type, item.group in CODEBOOK_GROUPS)
        if event is not None and (best is None or right > best[2]):
            best = (sent, event, right)
    if best is None:
        return None
    sent, event, right = best
    trigger = role_model.trigger_token(doc, event)
    if trigger is None:
        return None
    sent = trigger.sent
    if item.group in ("plv", "gsr"):
        spans = {"source": item.source.spans, "target": item.target.spans}
        offset = 0
    else:  # names as written, found in the sentence
        spans = {"source": _spans_in(sent, item.source.names), "target": _spans_in(sent, item.target.names)}
        offset = sent.start_char
    gold = {role: _tokens(sent, Side(spans=spans[role]), offset) for role in ("source", "target")}
    sides = {"source": item.source, "target": item.target}
    unplaced = {role: [n for n in sides[role].names if not _spans_in(sent, [n])] if item.group != "plv" else []
                for role in ("source", "target")}
    cands = role_model.candidates(sent, resolver, frozenset({trigger.i}))
    feats = [role_model.features(trigger, c, event.type, resolver, role_model.ruled(c, event)) for c in cands]
    labels = [_label(c, gold, unplaced, doc) for c in cands]
    gold_ids = {role: {a for t in gold[role] if (a := resolver.one(doc[t])) is not None}
                | {c.actor for c, lab in zip(cands, labels) if lab == role} for role in ("source", "target")}
    return Group(item, doc, event, feats, labels, cands, gold_ids, right, resolver, trigger)


def side_right(predicted: list[str], role: str, group: Group) -> bool:
    """A predicted side is right when it holds an actor of the gold side (an empty gold side wants nothing)."""
    side = group.item.source if role == "source" else group.item.target
    if not side.names and not side.spans:
        return not predicted
    return any(a in group.gold_ids[role] or _name_matches(a, side.names, group.doc) for a in predicted)


def fit(groups_: list[Group], c: float = C, seed: int = SEED) -> role_model.RoleModel:
    """A multinomial logistic regression over the candidates' feature strings (features seen fewer than
    MIN_COUNT times dropped)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    groups_ = [g for g in groups_ if g.type_right]  # an event of another type has other roles
    counts: dict[str, int] = {}
    for g in groups_:
        for feats in g.features:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
    rows, labels, weights = [], [], []
    for g in groups_:
        for feats, label in zip(g.features, g.labels):
            rows.append({f: 1.0 for f in feats if counts[f] >= MIN_COUNT})
            labels.append(label)
            weights.append(g.item.weight)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(x, labels, sample_weight=weights)
    order = [list(clf.classes_).index(r) for r in role_model.ROLES]
    terms = vectorizer.get_feature_names_out().tolist()
    return role_model.RoleModel(vocabulary={t: i for i, t in enumerate(terms)},
                                weights=np.asarray(clf.coef_)[order], bias=np.asarray(clf.intercept_)[order],
                                roles=list(role_model.ROLES))


SOURCES = ("plv", "gsr", "realnews", "example")  # what the shipped model learns
KNOWN_SOURCES = (*SOURCES, "labels")
NAMED_GROUPS = ("realnews", "example", "labels")  # items of a sentence in a whole article, their sides by name


def labels() -> tuple[list[Item], dict[str, str], dict[str, str | None]]:
    """The gold events of the news sentences labelled by hand (events/labelled.py), their articles' texts and dates."""
    from dossier.events import labelled

    return labelled.items(labelled.read()[0])


def training_groups(nlp: Language, bench: Path, example_gold: Path, example_articles: Path,
                    sources: tuple[str, ...] = SOURCES) -> list[Group]:
    """The groups of the chosen sources (all by default, PLV_train first)."""
    out: list[Group] = []
    if "plv" in sources:
        out += groups(nlp, *plv(bench))
    if "gsr" in sources:
        out += groups(nlp, *gsr(bench))
    if "realnews" in sources:
        out += groups(nlp, *realnews(bench))
    if "example" in sources:
        out += groups(nlp, *example(example_gold, example_articles))
    if "labels" in sources:
        out += groups(nlp, *labels())
    return out
