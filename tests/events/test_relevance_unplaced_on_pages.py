"""An event with no placed side on a page (events/relevance.py `placed_on_a_page`, called by `on_topic_events`;
data/relevance.yaml): on a text of the page-topic bar's sentences or more it is left out whatever the page's
topic; a side known to a dictionary, with a country or named as a group keeps it, and a shorter text keeps every
event. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import placed_on_a_page, topic_bar
from dossier.model import Document, Entity, Event
from dossier.nlp import loader
from dossier.pipeline import process

UNPLACED = {"chip": Entity(id="chip", name="Zephyr X2", type="PRODUCT", kind="organisation"),
            "rival": Entity(id="rival", name="Corvel 20", type="PRODUCT", kind="organisation"),
            "hero": Entity(id="hero", name="Tavi", type="PERSON", kind="person")}
PAGE = [Event(id="t:e1", type="ASSAULT", source=["chip"], target=["rival"]),
        Event(id="t:e2", type="ACCUSE", source=[], target=["hero"]),
        Event(id="t:e3", type="AGREE", source=[], target=[])]


def test_a_page_leaves_out_events_with_no_placed_side():
    assert placed_on_a_page(PAGE, UNPLACED, topic_bar().min_sentences) == []


def test_a_shorter_text_keeps_them():
    assert [e.id for e in placed_on_a_page(PAGE, UNPLACED, topic_bar().min_sentences - 1)] == ["t:e1", "t:e2", "t:e3"]


@pytest.mark.parametrize("actor", [
    Entity(id="x", name="police", type="ORG", kind="organisation", known=True),  # a generic agent of a dictionary
    Entity(id="x", name="mill workers", type="NORP", kind="group"),  # a group's name
    Entity(id="x", name="Tarsk Mining", type="ORG", kind="company", country="CAN"),  # a firm with its country
    Entity(id="x", name="Vell Party", type="ORG", kind="party"),  # of a political kind
    Entity(id="x", name="Supreme Court", type="ORG", kind="organisation"),  # a public body's name, no country yet
])
def test_a_placed_side_keeps_the_event(actor):
    page = [Event(id="t:e1", type="ASSAULT", source=["x"], target=["hero"]),
            Event(id="t:e2", type="ACCUSE", source=["chip"], target=["x"])]
    assert [e.id for e in placed_on_a_page(page, {**UNPLACED, "x": actor}, 40)] == ["t:e1", "t:e2"]


REVIEW = ("The Zephyr X2 laptop ships with a brighter screen and a quieter fan. In our graphics test the Zephyr X2 "
          "beat the Corvel 20 by a wide margin. Its battery lasted nine hours of video playback. The keyboard feels "
          "firm and the trackpad is large. The speakers are loud but thin. We liked the webcam's colours. The "
          "charger is small enough for a coat pocket.")
TALKS = ("Canada and Mexico signed a water-sharing accord on Tuesday. The foreign ministers of both countries met in "
         "Ottawa for two days. Mexico's president praised the accord in a speech. Farmers on both sides of the "
         "border welcomed it. Critics said the accord came late. ")


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str, keep: bool = False):
    with coding_with(nlp, keep_off_topic=keep):
        result = next(process([Document(id="t-unplaced", source="t", text=text, published="2021-03-04")], nlp=nlp))
    names = {e.id: e.name for e in result.entities}
    return [(e.type, [names.get(a) for a in e.source], [names.get(a) for a in e.target]) for e in result.events]


def test_a_review_keeps_no_act_between_its_products(nlp):
    assert any(t in ("ASSAULT", "COERCE") for t, _, _ in _events(nlp, REVIEW, keep=True))  # "beat" read as force
    assert not any(t in ("ASSAULT", "COERCE") for t, _, _ in _events(nlp, REVIEW))


def test_a_page_about_states_keeps_their_acts_and_loses_the_unplaced(nlp):
    text = TALKS + "Later the coach Arlo Penn accused Dreko Vals of cheating at the card table."
    kept = _events(nlp, text, keep=True)
    assert any(e[1] == ["Arlo Penn"] for e in kept)
    events = _events(nlp, text)
    assert not any(e[1] == ["Arlo Penn"] for e in events)
    assert any(e[0] == "AGREE" and "Canada" in e[1] + e[2] for e in events)


def test_a_single_sentence_keeps_its_unplaced_act(nlp):
    assert any(e[1] == ["Arlo Penn"] for e in _events(nlp, "The coach Arlo Penn accused Dreko Vals of cheating."))
