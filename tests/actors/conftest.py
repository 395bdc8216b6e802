"""Run sentences through the full pipeline with an article date (and, as a whole story, its dateline)."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import process


@pytest.fixture(scope="session")
def nlp():
    return loader.load(Settings())


@pytest.fixture
def analyse(nlp):
    def run(text: str, published: str | None = "2024-06-24"):
        doc = nlp.make_doc(text)
        doc._.doc_id, doc._.published = "t", published
        return nlp(doc)
    return run


@pytest.fixture
def story():
    """A text analysed as one whole article (with its dateline and headline, if given): its entities, mentions and
    events (`DocResult`)."""
    def run(text: str, dateline: str | None = None, published: str = "1987-03-04", title: str | None = None):
        return next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline,
                                      title=title)]))
    return run


@pytest.fixture
def country_of():
    """The country of the one entity of an analysed article with that name."""
    def of(result, name: str) -> str | None:
        found = [e for e in result.entities if e.name == name]
        assert len(found) == 1, [(e.id, e.name) for e in result.entities]
        return found[0].country
    return of


@pytest.fixture
def by_name():
    """The entities of an analysed article by their name."""
    def named(result) -> dict:
        return {e.name: e for e in result.entities}
    return named


def mention_countries(found, text: str) -> set[str | None]:
    """The countries of the actors a story's mentions written `text` (any case) stand for."""
    named = {m.entity for m in found.mentions if m.text.lower() == text}
    return {e.country for e in found.entities if e.id in named}


def people(doc):
    """(mention text, entity name, country, CAMEO code) of the people an analysed article names."""
    out = []
    for m in doc._.mentions:
        actor = doc._.actors[m.entity]
        if actor.type == "PERSON":
            out.append((m.text, actor.name, actor.country, actor.cameo))
    return out


def names(doc):
    """The names of the people an analysed article names, in the order of their mentions."""
    return [name for _, name, _, _ in people(doc)]
