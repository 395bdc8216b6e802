"""The learned event-type component: a linear model over a sentence's words and what the rules found in it.

The rules find candidate events and their arguments; this model answers one question per sentence, which PLOVER
type its main event is (CONCEDE and RETREAT together as YIELD, as the training labels give them). Features: the
words and word pairs of the sentence, the lemmas of its verbs with their objects, particles and clauses, and the
types, CAMEO codes and triggers of the rules' candidates. The model (`model/event_types.npz`) is trained by
`training/train_event_types.py` with scikit-learn (TF-IDF and a linear SVM, fixed seed) and read back here
with numpy: a vocabulary, idf weights and one row of weights per type.

The two blocks of features are normalised apart (`block_scale`): the rules' "r:" features to a fixed length
(training.RULE_WEIGHT), the words and verbs to the rest of a unit vector. One l2 norm over both gave the rules' block
a length that shrank as the sentence grew (on PLV_train, a median 0.21 of sentences with under 60 features, 0.15 of
those with 90 to 130: a long wire lede); now it is the same in a sentence of 8 words or 60.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from dossier.model import Event

MODEL = Path(__file__).parent / "model" / "event_types.npz"
_TF = [0.0] + [1 + math.log(c) for c in range(1, 32)]  # sublinear term frequency of the counts a sentence has
YIELD = "YIELD"
NONE = "NONE"  # the class of a sentence that holds no political event
RULE = "r:"  # the prefix of the rules' features, normalised as a block of their own
_CLAUSE_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "prt", "neg", "agent", "attr", "acomp", "dative"})


def label_of(ptype: str) -> str:
    """The class a PLOVER type is trained and predicted as."""
    return YIELD if ptype in ("CONCEDE", "RETREAT") else ptype


def sentence_features(sent: Span, events: list[Event]) -> list[str]:
    """The sentence's features as strings: "w:" words and pairs, "v:" verbs with their dependents, "r:" what the
    rules found (type, CAMEO code to three digits, trigger word)."""
    words: list[str] = []
    verbs: list[str] = []
    for t in sent:  # one walk over the sentence (each step builds a Token)
        if not t.is_punct and not t.is_space:
            words.append(t.lower_)
        dep = t.dep_
        if dep == "ROOT" or t.pos_ == "VERB":
            tag = "root" if dep == "ROOT" else "v"
            head = f"v:{tag}:{t.lemma_.lower()}"
            verbs.append(head)
            verbs += [f"{head}_{c.dep_}:{c.lemma_.lower()}" for c in t.children if c.dep_ in _CLAUSE_DEPS]
    feats = [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in zip(words, words[1:])] + verbs
    for e in events:
        feats += [f"r:type:{e.type}", f"r:cameo:{(e.cameo or '')[:3]}", f"r:trig:{e.trigger.split()[-1].lower()}"]
    return feats


def block_scale(vals: np.ndarray, rows: np.ndarray, rule: np.ndarray, n: int,
                rule_weight: float | None) -> np.ndarray:
    """The factor of each TF-IDF value of a batch of sentences (`rows`: the sentence of each value, `rule`: whether
    it is a rules' feature): one l2 norm over the sentence (rule_weight None, the models before round 16), or each
    block normalised apart, the rules' features to length `rule_weight` and the words and verbs to the rest of a
    unit vector (sqrt(1 - rule_weight²); to 1 where the rules found nothing)."""
    sq = vals * vals
    if rule_weight is None:
        norms = np.sqrt(np.bincount(rows, weights=sq, minlength=n))
        return 1.0 / np.where(norms > 0, norms, 1.0)[rows]
    words = np.sqrt(np.bincount(rows, weights=np.where(rule, 0.0, sq), minlength=n))
    rules = np.sqrt(np.bincount(rows, weights=np.where(rule, sq, 0.0), minlength=n))
    rest = np.where(rules > 0, math.sqrt(1 - rule_weight ** 2), 1.0)
    return np.where(rule, rule_weight / np.where(rules > 0, rules, 1.0)[rows],
                    rest[rows] / np.where(words > 0, words, 1.0)[rows])


@dataclass
class TypeModel:
    """TF-IDF (sublinear tf) over feature strings, normalised by blocks (`block_scale`), then a linear model's
    margin per class."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # classes x features
    bias: np.ndarray
    classes: list[str]
    rule_weight: float | None = None  # the rules' block's length; None: one norm over all features
    about: dict | None = None  # what training measured of the model (training.stability), kept in its file
    _rows: np.ndarray | None = field(default=None, repr=False)
    _rule: np.ndarray | None = field(default=None, repr=False)

    def rule_columns(self) -> np.ndarray:
        """Whether each feature of the vocabulary is a rules' one."""
        if self._rule is None or len(self._rule) != len(self.vocabulary):
            rule = np.zeros(len(self.vocabulary), dtype=bool)
            rule[[i for t, i in self.vocabulary.items() if t.startswith(RULE)]] = True
            self._rule = rule
        return self._rule

    def vector(self, feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(map(self.vocabulary.get, feats))  # in order of first occurrence
        counts.pop(None, None)  # the features the model does not know
        idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
        vals = np.array([(1 + math.log(c)) for c in counts.values()]) * self.idf[idx] if counts else np.zeros(0)
        if not counts:
            return idx, vals
        scale = block_scale(vals, np.zeros(len(idx), dtype=np.int64), self.rule_columns()[idx], 1, self.rule_weight)
        return idx, vals * scale

    def scores(self, feats: list[str]) -> dict[str, float]:
        """Each class's margin (one against the rest: above 0, the model takes the sentence for that class)."""
        idx, vals = self.vector(feats)
        if self._rows is None:  # features x classes, so that one sentence's features are a few whole rows
            self._rows = np.ascontiguousarray(self.weights.T)
        return dict(zip(self.classes, (vals @ self._rows[idx] + self.bias).tolist()))

    def scores_many(self, batch: list[list[str]]) -> list[dict[str, float]]:
        """`scores` of many sentences at once (a document's): one product of their stacked feature rows with the
        weights instead of a call per sentence, whose numpy overhead is most of its cost; the same figures (to the
        last bits of a float's rounding)."""
        if not batch:
            return []
        get = self.vocabulary.get
        idx: list[int] = []
        tf: list[float] = []
        sizes: list[int] = []
        for feats in batch:
            counts = Counter(map(get, feats))
            counts.pop(None, None)
            idx += counts
            tf += [_TF[c] if c < len(_TF) else 1 + math.log(c) for c in counts.values()]
            sizes.append(len(counts))
        if self._rows is None:
            self._rows = np.ascontiguousarray(self.weights.T)
        out = np.tile(self.bias, (len(batch), 1))
        if idx:
            cols = np.array(idx, dtype=np.int64)
            vals = np.array(tf) * self.idf[cols]
            size = np.array(sizes)
            rows = np.repeat(np.arange(len(batch)), size)
            vals *= block_scale(vals, rows, self.rule_columns()[cols], len(batch), self.rule_weight)
            filled = size > 0
            starts = (np.cumsum(size) - size)[filled]
            out[filled] += np.add.reduceat(vals[:, None] * self._rows[cols], starts, axis=0)
        return [dict(zip(self.classes, m)) for m in out.tolist()]

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.get)
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = {} if self.rule_weight is None else {"rule_weight": np.array(self.rule_weight, dtype=np.float64)}
        if self.about:
            blocks["about"] = np.array(json.dumps(self.about, sort_keys=True))
        np.savez_compressed(path, classes=np.array(self.classes), terms=np.array(terms),
                            idf=self.idf.astype(np.float32), weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), **blocks)

    @classmethod
    def read(cls, path: Path) -> "TypeModel":
        with np.load(path, allow_pickle=False) as data:
            terms = data["terms"].tolist()
            return cls(vocabulary={t: i for i, t in enumerate(terms)}, idf=data["idf"].astype(np.float64),
                       weights=data["weights"].astype(np.float64), bias=data["bias"].astype(np.float64),
                       classes=data["classes"].tolist(),
                       rule_weight=float(data["rule_weight"]) if "rule_weight" in data.files else None,
                       about=json.loads(str(data["about"])) if "about" in data.files else None)


@lru_cache(maxsize=2)
def load(path: str | None = None) -> TypeModel | None:
    """The shipped model, or None when it is absent (the rules alone then decide)."""
    p = Path(path) if path else MODEL
    if not p.exists():
        return None
    return TypeModel.read(p)


# The code and mode an event gets when the model gives it a type its trigger did not: the type's general code.
GENERAL = {"AGREE": ("030", "agree"), "CONSULT": ("040", "meet"), "SUPPORT": ("051", "praise"),
           "COOPERATE": ("060", "cooperate"), "AID": ("070", "aid"), "CONCEDE": ("080", "yield"),
           "RETREAT": ("0874", "withdraw"), "REQUEST": ("020", "request"), "ACCUSE": ("110", "disapprove"),
           "REJECT": ("120", "reject"), "THREATEN": ("130", "threaten"), "PROTEST": ("140", "demo"),
           "MOBILIZE": ("150", "troops"), "SANCTION": ("160", "sanction"), "COERCE": ("170", "repress"),
           "ASSAULT": ("180", "attack")}


def type_of(label: str, rule_type: str | None = None) -> str:
    """The PLOVER type of a predicted class: YIELD is the rules' RETREAT where they found one, else CONCEDE."""
    if label == YIELD:
        return "RETREAT" if rule_type == "RETREAT" else "CONCEDE"
    return label
