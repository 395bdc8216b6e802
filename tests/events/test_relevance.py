"""Events with no placed side are left out (events/relevance.py): an event none of whose sides is known to an actor
dictionary, has a country or is of a political kind (a government body, a party, an international organisation)
tells nothing of relations between states, their people or their firms ("a startup offers bakeries its tools", "one
songwriter accused another"). One placed side keeps the event, whoever the other is. The bar is a setting
(`unplaced_events` "drop"); by default every event is kept."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import group_labels, is_placed, placed, political_kinds
from dossier.model import Entity, Event


def _event(source: list[str], target: list[str]) -> Event:
    return Event(id="t:e1", type="ACCUSE", source=source, target=target)


ACTORS = {
    "unk:a": Entity(id="unk:a", name="Zorblio", type="PERSON", kind="person"),
    "unk:b": Entity(id="unk:b", name="Lydia Farnsworth", type="ORG", kind="organisation"),
    "unk:c": Entity(id="unk:c", name="Brendan Okoro", type="PERSON", kind="person",
                    country="KEN"),
    "ken": Entity(id="ken", name="Kenya", type="GPE", kind="government", country="KEN", known=True),
    "eu": Entity(id="eu", name="European Union", type="ORG", kind="igo", known=True),
    "unk:p": Entity(id="unk:p", name="Tallinn Party of Labour", type="ORG", kind="party"),
    "unk:n": Entity(id="unk:n", name="African", type="NORP", kind="group"),
    "police": Entity(id="police", name="police (country unknown)", type="ORG", kind="government", known=True),
}


def test_the_political_kinds_are_data():
    assert {"government", "party", "igo"} <= political_kinds()
    assert "norp" in group_labels()


@pytest.mark.parametrize("source, target", [
    (["ken"], ["unk:a"]),      # a state and an unknown firm
    (["unk:a"], ["eu"]),       # an international body, no country of its own
    (["unk:c"], ["unk:b"]),    # an unknown person whose nationality the text gave
    (["unk:p"], []),           # a party the dictionaries lack
    ([], ["police"]),          # a generic agent of the dictionaries
    (["unk:n"], []),           # a group of people named by the tagger ("African countries will meet")
])
def test_one_placed_side_keeps_the_event(source, target):
    assert is_placed(_event(source, target), ACTORS)


@pytest.mark.parametrize("source, target", [
    (["unk:a"], ["unk:b"]),    # two names of no country and no dictionary
    (["unk:a"], []),
    ([], []),                  # no side at all
    (["unk:missing"], []),     # an id with no entity
])
def test_no_placed_side_is_no_political_event(source, target):
    assert not is_placed(_event(source, target), ACTORS)
    assert not placed(ACTORS.get(source[0]) if source else None)


def test_an_event_between_unplaced_names_is_dropped_by_the_setting_and_kept_by_default(nlp, code):
    text = "Zorblio offers small bakeries the best of its planning tools."
    with coding_with(nlp, keep_unplaced=False):
        events, _ = code(text)
    assert events == []
    kept, actors = code(text)
    assert [e.type for e in kept] == ["AGREE"]
    assert not any(actors[a].country or actors[a].known for e in kept for a in e.source + e.target)


@pytest.mark.parametrize("text, kind", [
    ("Kenya accused Zorblio of dumping cheap phones.", "ACCUSE"),
    ("The European Union criticised Zorblio for its hiring practices.", "ACCUSE"),
    ("Brendan Okoro, a Kenyan activist, accused Lydia Farnsworth of lying.", "ACCUSE"),
    ("The police arrested Brendan Okoro on Tuesday.", "COERCE"),
])
def test_events_with_a_placed_side_stay(nlp, code, text, kind):
    with coding_with(nlp, keep_unplaced=False):
        events, _ = code(text)
    assert kind in [e.type for e in events]


def test_the_setting_reads_the_environment(monkeypatch):
    monkeypatch.delenv("DOSSIER_UNPLACED_EVENTS", raising=False)
    assert Settings.from_env().unplaced_events == "keep"
    monkeypatch.setenv("DOSSIER_UNPLACED_EVENTS", "drop")
    assert Settings.from_env().unplaced_events == "drop"


def test_the_loader_passes_the_setting_to_the_component():
    from dossier.nlp import loader
    assert loader.load(Settings(unplaced_events="drop")).get_pipe("dossier_events").keep_unplaced is False
    assert loader.load(Settings()).get_pipe("dossier_events").keep_unplaced is True
