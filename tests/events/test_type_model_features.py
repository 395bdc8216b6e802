"""The event-type model's features of a sentence (classifier.sentence_features): besides each candidate's type, code
and trigger, the type and trigger of the rules' most confident candidate, the one whose type the coder keeps or
changes (two sentences with the same candidates but another main one read apart)."""

from __future__ import annotations

from dossier.events.classifier import sentence_features
from dossier.events.component import coding_with


def _coded(nlp, text: str):
    with coding_with(nlp, types=None, roles=None):
        doc = nlp(text)
    return doc, list(doc._.events or [])


def _mains(feats: list[str]) -> list[str]:
    return [f for f in feats if f.startswith("r:main:")]


def test_the_main_candidate_is_the_most_confident_one(nlp):
    doc, events = _coded(nlp, "Ecuador's foreign minister met his Colombian counterpart in Quito and criticised the "
                              "border closure.")
    assert len({e.type for e in events}) >= 2, [(e.type, e.trigger) for e in events]
    main = max(events, key=lambda e: e.confidence or 0)
    feats = sentence_features(doc[:], events)
    assert _mains(feats) == [f"r:main:{main.type}", f"r:main:{main.trigger.split()[-1].lower()}"]
    assert {f"r:type:{e.type}" for e in events} <= set(feats)  # every candidate keeps its own features


def test_the_same_candidates_with_another_main_read_apart(nlp):
    doc, events = _coded(nlp, "Ecuador's foreign minister met his Colombian counterpart in Quito and criticised the "
                              "border closure.")
    ranked = sorted(events, key=lambda e: -(e.confidence or 0))
    first, second = ranked[0], next(e for e in ranked if e.type != ranked[0].type)
    before = sentence_features(doc[:], events)
    held = first.confidence, second.confidence
    try:
        first.confidence, second.confidence = held[1], held[0] + 0.01
        after = sentence_features(doc[:], events)
    finally:
        first.confidence, second.confidence = held
    assert _mains(after)[0] == f"r:main:{second.type}" != _mains(before)[0]
    assert sorted(f for f in before if not f.startswith("r:main:")) == \
        sorted(f for f in after if not f.startswith("r:main:"))


def test_a_sentence_without_a_candidate_has_no_rules_features(nlp):
    doc, events = _coded(nlp, "The quarterly report was printed on recycled paper.")
    assert not events
    assert not [f for f in sentence_features(doc[:], events) if f.startswith("r:")]
