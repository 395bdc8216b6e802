"""A firm that leaves a market ("quit the London metals market", "may have to withdraw from the American
market") stops trading there: no retreat from any party (events/data/non_events.yaml "a market left"). Troops
pulled out, talks left, and a state that would leave the Common Market keep their act. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Dale Corp, a Chicago trading house, said it pulled out of the London metals market after heavy losses.",
    "Analysts said some small Japanese carmakers may have to withdraw from the American market.",
    "The Swiss chemicals group said it would exit the Brazilian fertiliser market by the end of the year.",
])
def test_a_market_left_is_no_retreat(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("RETREAT", "CONCEDE")], found_acts(events)


@pytest.mark.parametrize("text", [
    "Syria pulled its troops out of the border area.",
    "Britain would withdraw from the Common Market if the terms were not changed, the opposition leader said.",
])
def test_a_retreat_from_a_place_or_a_community_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)
