"""Shared fixtures: the pipeline loaded once, and a helper that codes one text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import process

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return loader.load()


@pytest.fixture(scope="session")
def code(nlp):
    """code(text, published=None) -> (events, actors {id: Entity})."""
    def run(text: str, published: str | None = "2024-06-24"):
        result = next(process([Document(id="t", source="t", text=text, published=published)], nlp=nlp))
        return result.events, {e.id: e for e in result.entities}
    return run


@pytest.fixture(scope="session")
def story(nlp):
    """story(text, dateline=None) -> (events, actors {id: Entity}) of a 1995 article with that dateline."""
    def run(text: str, dateline: str | None = None):
        document = Document(id="t", source="t", text=text, published="1995-06-01", dateline=dateline)
        result = next(process([document], nlp=nlp))
        return result.events, {e.id: e for e in result.entities}
    return run


@pytest.fixture(scope="session")
def typed(nlp):
    """typed(text) -> {trigger word: (type, CAMEO code)} of the dictionaries' matches."""
    matcher = nlp.get_pipe("dossier_events").coder.matcher
    return lambda text: {tok.text: (e.type, e.cameo) for tok, e in matcher(nlp(text))}


@pytest.fixture
def rules_only(nlp):
    """The pipeline's events coded by the rules alone while a test runs (no type model, no role model)."""
    with coding_with(nlp, types=None, roles=None):
        yield


def names(ids, actors) -> set[str]:
    return {actors[i].name if i in actors else i for i in ids}


def countries(ids, actors) -> set[str | None]:
    """The countries of the actors among `ids` (None for an actor of none)."""
    return {actors[i].country for i in ids if i in actors}


def found_acts(events, status: bool = False) -> list[tuple[str, ...]]:
    """(type, trigger) of each event, with its status where `status`: what a test compares, or shows when it fails."""
    return [(e.type, e.trigger, e.status) if status else (e.type, e.trigger) for e in events]


def trigger_words(events) -> set[str]:
    """The words of the events' triggers, each part of a trigger of several (" … ") on its own."""
    return {w for e in events for w in (e.trigger or "").split(" … ")}


def first_sentence_dates(code, text, ptype, published="2024-06-27"):
    """The start dates of the acts of that type the text's first sentence tells (a story coded whole)."""
    first = text.split(". ")[0]
    events, _ = code(text, published)
    return [e.date.start if e.date else None for e in events
            if e.type == ptype and e.evidence[0].text.strip().startswith(first)]


def only(events, type_=None):
    found = [e for e in events if type_ is None or e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def resolver_of(actors):
    """A stand-in for the role model's resolver: only its Doc's actors ({id: Entity}) are read."""
    class Doc:
        pass
    doc = Doc()
    doc._ = type("X", (), {"actors": actors})()
    return type("R", (), {"doc": doc})()


class SureOf:
    """A type model sure, for every sentence, that it tells an act of `label` (and of no attack, accusation or
    consultation, nor of no event)."""

    def __init__(self, label: str):
        self.label = label

    def scores_many(self, batch):
        return [{"ASSAULT": -0.9, "ACCUSE": -0.9, "CONSULT": -0.9, NONE: -1.0, self.label: 0.6} for _ in batch]
