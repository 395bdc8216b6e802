"""`unplaced_events` "place": an event with no placed side is kept when its sentence names a place or a
nationality (events/relevance.py `placed_events`, data/relevance.yaml `place_labels`). Sentences written here."""

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with


@pytest.mark.parametrize("text, kind", [
    ("About 900 contract drivers in Guatemala stopped work in a strike for higher pay on Monday.", "PROTEST"),
    ("The Varnholt Institute ordered Quentor Vallis to appear for questioning in Oslo on May 2.", "REQUEST"),
])
def test_an_unplaced_event_in_a_named_place_is_kept(nlp, code, text, kind):
    with coding_with(nlp, keep_unplaced=False, by_place=False):
        dropped, _ = code(text)
    with coding_with(nlp, keep_unplaced=False, by_place=True):
        kept, _ = code(text)
    assert kind not in [e.type for e in dropped]
    assert kind in [e.type for e in kept]


def test_must_not_an_unplaced_event_whose_sentence_names_no_place_stays_dropped(nlp, code):
    text = "Zorblio offers small bakeries the best of its planning tools."
    with coding_with(nlp, keep_unplaced=False, by_place=True):
        events, _ = code(text)
    assert events == []


def test_must_not_a_place_in_another_sentence_places_nothing(nlp, code):
    text = "Rain fell on Marseille all week. Zorblio offers small bakeries the best of its planning tools."
    with coding_with(nlp, keep_unplaced=False, by_place=True):
        events, _ = code(text)
    assert events == []


def test_the_loader_passes_place_to_the_component():
    from dossier.nlp import loader
    component = loader.load(Settings(unplaced_events="place")).get_pipe("dossier_events")
    assert (component.keep_unplaced, component.by_place) == (False, True)
