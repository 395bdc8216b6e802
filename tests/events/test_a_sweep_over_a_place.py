"""Forces, a crowd or a fire that sweep in, across, into, around or over a place move over it, and a revolution or a
wave of strikes that sweeps a land spreads over it: no inquiry into anyone (patterns/none_word_senses.yaml, the
converted dictionary's bare "sweep", ACCUSE 090). A sweep of a district by the police keeps that reading. Sentences
written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Loyalist gunmen swept in after the artillery barrage, Ruritanian monitors said.",
    "Allied armour would use its speed to sweep around the Ruritanian lines.",
    "The revolution that swept across the continent in 1848 toppled three kings.",
    "A wave of strikes swept the coastal provinces of Ruritania last spring.",
])
def test_a_sweep_over_a_place_is_no_probe(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


def test_a_police_sweep_of_a_district_stays_a_search(code):
    events, _ = code("Turkish police swept the harbour district for the two fugitives on Monday.")
    assert [e for e in events if e.type == "ACCUSE" and e.trigger == "swept"], found_acts(events)
