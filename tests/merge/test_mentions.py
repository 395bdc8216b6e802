"""The mention detector: words that name a happening of any kind (merge/mentions.py)."""

from __future__ import annotations

import pytest

from dossier.merge import mentions
from dossier.nlp import loader


@pytest.fixture(scope="module")
def nlp():
    return loader.load()


def test_the_shipped_detector_loads_and_is_small():
    detector = mentions.load_detector()
    assert detector is not None and 0.0 < detector.threshold < 1.0
    assert mentions.MODEL.stat().st_size < 2_000_000


def test_happenings_of_any_kind_are_found_and_names_dates_and_numbers_are_not(nlp):
    doc = nlp("A fire destroyed a warehouse in Leeds on Sunday, and police arrested two men a day later.")
    found = {t.text for t in mentions.happenings(doc)}
    assert {"fire", "destroyed", "arrested"} <= found
    assert not found & {"Leeds", "Sunday", "two", "police", "a", "men"}


def test_happenings_read_a_character_range_only(nlp):
    text = "The striker scored twice. The bridge collapsed at noon."
    doc = nlp(text)
    start = text.index("The bridge")
    assert {t.text for t in mentions.happenings(doc, start)} <= {"collapsed", "noon"}
    assert "scored" in {t.text for t in mentions.happenings(doc, 0, start)}



def test_the_component_is_an_option_outside_the_default_pipeline():
    import spacy

    assert "dossier_happenings" not in loader.load().pipe_names
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("dossier_happenings")
    doc = nlp("Rebels seized the airport after a week of shelling.")
    assert "seized" in {t.text for t in doc._.happenings}
