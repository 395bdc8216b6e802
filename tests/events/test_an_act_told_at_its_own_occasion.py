"""One act told twice in one sentence: a verb and the noun of the occasion it is set at ("met at talks", "discussed
the border during the second round of talks") name one meeting, coded once (events/acts_told_twice.py). Two acts
stay two: another act, other parties. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _parties(events, actors, type_):
    return [names(e.source, actors) | names(e.target, actors) for e in events if e.type == type_]


@pytest.mark.parametrize("text, pair", [
    ("Peru and Chile met at talks in Lima on Tuesday.", {"Peru", "Chile"}),
    ("During the second session of talks, Kenya and Uganda discussed the border.", {"Kenya", "Uganda"}),
    ("Norway and Sweden negotiated over fishing quotas during talks in Oslo.", {"Norway", "Sweden"}),
    ("In a meeting in Accra on Friday, Ghana and Togo discussed trade.", {"Ghana", "Togo"}),
])
def test_a_meeting_set_at_its_talks_is_one_act(code, text, pair):
    events, actors = code(text)
    assert _parties(events, actors, "CONSULT") == [pair]


def test_the_verb_keeps_a_date_and_its_own_trigger(code):
    events, actors = code("Peru and Chile met at talks in Lima on Tuesday.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert event.trigger == "met" and event.date is not None and event.date.start


def test_another_act_of_the_same_parties_stays(code):
    events, actors = code("Peru and Chile met at talks in Lima and signed an accord.")
    assert {e.type for e in events} >= {"CONSULT", "AGREE"}


def test_talks_with_another_party_stay_apart(code):
    events, actors = code("Peru met Chile at talks with Bolivia in Lima.")
    parties = _parties(events, actors, "CONSULT")
    assert len(parties) == 2 and any("Bolivia" in p for p in parties)


def test_each_clause_keeps_its_own_meeting(code):
    events, actors = code("Ghana met Togo at the talks in Accra, and Togo met Benin at a meeting in Lome.")
    assert sorted(map(sorted, _parties(events, actors, "CONSULT"))) == [["Benin", "Togo"], ["Ghana", "Togo"]]


def test_a_visit_during_which_they_meet_is_an_act_of_its_own(code):
    events, actors = code("The Kenyan trade minister will meet Uganda's president during his official visit next week.")
    assert sorted(e.cameo for e in events if e.type == "CONSULT") == ["040", "042"]


def test_states_gathering_for_a_meeting_hold_one_meeting_of_both_sides(code):
    events, actors = code("Senegal and Mali will gather in Dakar next month for a three-day meeting on river dams.")
    consults = [e for e in events if e.type == "CONSULT"]
    assert len(consults) == 1 and consults[0].trigger == "gather"
    assert {frozenset(names(consults[0].source, actors)), frozenset(names(consults[0].target, actors))} \
        == {frozenset({"Senegal"}), frozenset({"Mali"})}


def test_a_trip_for_talks_stays_two_acts(code):
    """With partners of another state than the city's (with the city's own people the trip is one visit to them:
    roles/trips.meeting_on_trip)."""
    events, actors = code("The Malian minister flew to Dakar for talks with Gambian officials.")
    assert len([e for e in events if e.type == "CONSULT"]) == 2
