"""The state across a border on which an act takes place ("rallied on the border with Afghanistan", "blocked roads
near the frontier with Guatemala") tells where it happens, not who takes part, for acts other than force
(events/roles/no_party.py `across_border`, data/no_party.yaml `borders`, `border_party_types`). Sentences written
here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, across", [
    ("Thousands of protesters rallied in Peshawar, near the border with Afghanistan, on Sunday.", "AFG"),
    ("Farmers blocked roads in Chiapas, on the frontier with Guatemala, for a third day.", "GTM"),
    ("Peruvian teachers held a rally on Friday along the border with Bolivia.", "BOL"),
])
def test_the_state_across_the_border_is_not_protested_against(code, text, across):
    events, actors = code(text)
    event = only(events, "PROTEST")
    assert across not in _countries(event.target, actors) | _countries(event.source, actors), event.target


def test_must_not_a_clash_on_the_border_lose_its_party(code):
    events, actors = code("Pakistani troops clashed with Afghan soldiers on the border with Afghanistan.")
    event = only(events, "ASSAULT")
    assert "AFG" in _countries(event.target, actors)


def test_must_not_a_protest_addressed_across_the_border_lose_it(code):
    events, actors = code("Villagers on the border with Burundi protested to Burundi over the shooting.")
    assert "BDI" in _countries(only(events, "PROTEST").target, actors)
