"""The time stage's own pipelines for its tests: spaCy's small English model and the dossier_time component, with
or without the dateline-dash component right after the recogniser."""

import pytest
import spacy

from dossier.time import component  # noqa: F401  (registers the factory)
from dossier.time import dashes  # noqa: F401  (registers dossier_dash_dates)


@pytest.fixture(scope="module")
def nlp():
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        pytest.skip("en_core_web_sm is not installed")
    nlp.add_pipe("dossier_time")
    return nlp


@pytest.fixture(scope="module")
def dash_nlp():
    """The pipeline with dossier_dash_dates right after the recogniser, as the project's loader places it."""
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        pytest.skip("en_core_web_sm is not installed")
    nlp.add_pipe("dossier_dash_dates", after="ner")
    nlp.add_pipe("dossier_time")
    return nlp
