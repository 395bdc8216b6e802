"""The time stage's own pipeline for its tests: spaCy's small English model and the dossier_time component."""

import pytest
import spacy

from dossier.time import component  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        pytest.skip("en_core_web_sm is not installed")
    nlp.add_pipe("dossier_time")
    return nlp
