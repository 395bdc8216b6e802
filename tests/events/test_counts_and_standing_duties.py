"""A count, a toll or a tally does nothing to anyone, and a body's standing duty told in the simple present is a
description, not an act of the story (events/data/non_events.yaml "a count or a toll as the doer", "a body's standing
duty"). What the one pushed by a count does is still coded on its own verb."""

import pytest

from tests.events.conftest import found_acts


def _triggers(events) -> set[str]:
    return {e.trigger for e in events}


@pytest.mark.parametrize("text, verb", [
    ("The mounting death toll prompted Israel to suspend the strikes.", "prompted"),
    ("The rising death toll pushed the Ukrainian army to withdraw from Bakhmut.", "pushed"),
    ("The growing number of migrants forced Poland to close its border with Belarus.", "forced"),
    ("The number of refugees crossing into Turkey has forced Ankara to close the border.", "forced"),
])
def test_a_count_or_a_toll_coerces_or_asks_nobody(code, text, verb):
    events, _ = code(text)
    assert verb not in _triggers(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The rising number of measles infections in Ohio is fueling demands for the Senate to help fund school "
    "clinics.",
    "The rising death toll is fuelling calls for the European Union to help finance the rescue.",
])
def test_the_act_a_count_fuels_calls_for_is_not_done(code, text):
    events, _ = code(text)
    assert not {"AID", "REQUEST"} & {e.type for e in events}, found_acts(events, status=True)


def test_the_act_of_the_one_pushed_is_still_coded(code):
    events, _ = code("The growing number of migrants forced Poland to close its border with Belarus.")
    assert "SANCTION" in {e.type for e in events}, found_acts(events, status=True)


@pytest.mark.parametrize("text, verb", [
    ("A number of European governments criticized Hungary on Monday.", "criticized"),
    ("A growing number of countries have condemned the coup in Niger.", "condemned"),
    ("Dozens of protesters attacked the Serbian embassy.", "attacked"),
])
def test_a_number_of_actors_still_acts(code, text, verb):
    events, _ = code(text)
    assert verb in _triggers(events), found_acts(events, status=True)


def test_a_count_that_grows_is_no_act(code):
    events, _ = code("The number of protesters outside the Georgian parliament grew through the night.")
    assert "grew" not in _triggers(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The Nigerian army provides security for the oil fields of the delta.",
    "Swiss police provide protection for the embassies in Bern.",
    "The Federal Election Commission regulates these donations, and groups must disclose gifts over $250 a year.",
    "The Securities Commission oversees the country's stock exchanges and supervises its brokers.",
])
def test_a_standing_duty_in_the_present_is_no_event(code, text):
    events, _ = code(text)
    assert not events, found_acts(events, status=True)


@pytest.mark.parametrize("text, status", [
    ("Italian police provided security for the Pope during his visit to Kenya on Friday.", "occurred"),
    ("The French army provided security for the Malian president last week.", "occurred"),
    ("The Swiss police will provide security for the Ukrainian delegation at the talks.", "planned"),
])
def test_security_provided_once_stays_aid(code, text, status):
    events, _ = code(text)
    assert ("AID", status) in {(e.type, e.status) for e in events}, found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Cases rose fast and strains put on the hospitals pushed the Danish government to ban late-night alcohol sales.",
    "The strain on its clinics forced Peru to shut its schools.",
])
def test_a_strain_on_services_asks_or_forces_nobody(code, text):
    events, _ = code(text)
    assert not {"pushed", "forced"} & _triggers(events), found_acts(events, status=True)
