"""Event mentions of any kind: which words of a sentence name a happening (an arrest, a quake, a trade, a death),
not only the political events the coder codes.

A logistic regression over each word's spaCy features (its lemma, part of speech, dependency, its head's, its
neighbours', whether it has a subject, an object or an auxiliary, and the pipeline's context vector of the word)
says whether the word is the head of an event mention. It is learned from the ECB+ training topics only by
`python -m dossier.merge.train --part mentions` and shipped as `model/mentions.json` (weights by feature name).
The coreference evaluation's end-to-end path uses it; `happenings(doc)` offers it to any caller, and the
spaCy component `dossier_happenings` (not in dossier's default pipeline: `nlp.add_pipe("dossier_happenings")`
after importing this module) puts the words on `doc._.happenings`. It adds mentions beside the coder's events
and changes none of them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

MODEL = Path(__file__).parent / "model" / "mentions.json"
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_OBJECT = frozenset({"dobj", "attr", "oprd", "dative"})


def candidate(token) -> bool:
    """A word that may name an event: alphabetic, of more than one letter."""
    return token.is_alpha and len(token) > 1


def token_features(token) -> dict[str, float]:
    """The sparse features of one word (see the module's docstring)."""
    lemma = token.lemma_.lower()
    head = token.head
    deps = {c.dep_ for c in token.children}
    out = {
        f"lemma={lemma}": 1.0, f"pos={token.pos_}": 1.0, f"tag={token.tag_}": 1.0, f"dep={token.dep_}": 1.0,
        f"pos_dep={token.pos_}:{token.dep_}": 1.0, f"suffix={lemma[-3:]}": 1.0,
        f"head_pos={head.pos_}": 1.0, f"head_lemma={head.lemma_.lower()}": 0.5,
        f"ent={token.ent_type_ or '-'}": 1.0, "stop": float(token.is_stop), "title": float(token.is_title),
        "subject": float(bool(deps & _SUBJECT)), "object": float(bool(deps & _OBJECT)),
        "aux": float(bool(deps & {"aux", "auxpass"})), "det": float("det" in deps), "prep": float("prep" in deps),
        "root": float(token.dep_ == "ROOT"),
    }
    if token.i > 0:
        out[f"prev={token.nbor(-1).lemma_.lower()}"] = 0.5
    if token.i + 1 < len(token.doc):
        out[f"next={token.nbor(1).lemma_.lower()}"] = 0.5
    return out


def unit_vector(token):
    """The pipeline's context vector of the word, scaled to length 1 (zeros when it has none)."""
    import numpy as np

    vector = np.asarray(token.vector, dtype=float) if token.has_vector else np.zeros(0)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@dataclass(frozen=True)
class Detector:
    """Weights by feature name, weights of the context vector, the intercept and the threshold chosen by
    cross-validation."""

    weights: dict[str, float]
    vector: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, token) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in token_features(token).items())
        vector = unit_vector(token)
        if len(vector) == len(self.vector):
            z += float(sum(w * x for w, x in zip(self.vector, vector)))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def is_mention(self, token) -> bool:
        return candidate(token) and self.probability(token) >= self.threshold


@lru_cache(maxsize=2)
def load_detector(path: Path = MODEL) -> Detector | None:
    """The shipped detector; None when its model file is absent."""
    if not Path(path).exists():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Detector(weights=data["weights"], vector=tuple(data["vector"]), intercept=data["intercept"],
                    threshold=data["threshold"])


def happenings(doc, start: int = 0, end: int | None = None, detector: Detector | None = None) -> list:
    """The words of `doc` (between characters `start` and `end`) that head an event mention of any kind."""
    detector = detector or load_detector()
    if detector is None:
        return []
    end = len(doc.text) if end is None else end
    return [t for t in doc if start <= t.idx < end and detector.is_mention(t)]


class Happenings:
    """spaCy component: `doc._.happenings`, the words that head an event mention of any kind."""

    def __init__(self, threshold: float | None = None):
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        detector = load_detector()
        if detector is not None and self.threshold is not None:
            detector = Detector(detector.weights, detector.vector, detector.intercept, self.threshold)
        doc._.happenings = happenings(doc, detector=detector) if detector is not None else []
        return doc


if not Doc.has_extension("happenings"):
    Doc.set_extension("happenings", default=None)


@Language.factory("dossier_happenings", default_config={"threshold": None})
def make_happenings(nlp: Language, name: str, threshold: float | None) -> Happenings:
    return Happenings(threshold)
