"""Run sentences through the full pipeline with an article date."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.nlp import loader


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


