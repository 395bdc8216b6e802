"""A meeting whose parties the sentence names only as a counted group ("delegates from 14 nations are meeting", "six tea
growing nations will gather") is a CONSULT with the group as its one side, of no country, and no place of the
meeting as its target (events/roles/gatherings.py `counted_group`). Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import countries, names


def _consults(events):
    return [e for e in events if e.type == "CONSULT"]


def test_envoys_of_counted_states_meet_among_themselves(code):
    events, actors = code("Delegates from 14 nations are meeting in Bergen to weigh changes to the herring quotas set "
                          "in Iceland last autumn.")
    found = _consults(events)
    assert found, [(e.type, e.trigger) for e in events]
    assert names(found[0].source, actors) == {"Delegates from 14 nations"}
    assert countries(found[0].source, actors) == {None}
    assert not found[0].target


def test_counted_states_that_will_gather_plan_a_meeting(code):
    events, actors = code("Six tea growing nations will gather in Kampala in May to talk about falling prices.")
    found = _consults(events)
    assert found and found[0].status == "planned"
    assert countries(found[0].source, actors) == {None} and not found[0].target


def test_delegates_attending_talks_have_no_place_as_a_party(code):
    events, actors = code("Delegates of 30 countries attended the talks of the grain council in the Dutch port "
                          "of Rotterdam on Monday.")
    found = _consults(events)
    assert found and countries(found[0].source, actors) == {None}
    assert not any(actors[i].country == "NLD" for e in found for i in e.target)


def test_a_named_party_met_with_stays_the_target(code):
    events, actors = code("Envoys from 14 nations met with Norway's fisheries minister in Bergen on Monday.")
    found = _consults(events)
    assert found and "NOR" in countries(found[0].target, actors) | countries(found[0].source, actors)


def test_an_uncounted_plural_is_left_to_the_story(code):
    events, actors = code("Kenya and Tanzania held border talks on Monday. Officials said the ministers will meet "
                          "again in Arusha next month.")
    assert not any(a.startswith("unk:NORP:") for e in events for a in e.source)


def test_they_of_a_clause_of_time_is_the_counted_group_above_it(code):
    events, actors = code("The five producing nations plan to revise their quotas when they meet next in Vienna.")
    found = [e for e in _consults(events) if e.trigger == "meet"]
    assert found and found[0].status == "planned"
    assert names(found[0].source, actors) == {"The five producing nations"} and not found[0].target


def test_they_after_two_named_states_stays_those_states(code):
    events, actors = code("Kenya and Uganda signed a fishing pact on Lake Victoria. They will meet again in May.")
    found = [e for e in _consults(events) if e.trigger == "meet"]
    assert found and countries(found[0].source, actors) | countries(found[0].target, actors) == {"KEN", "UGA"}


def test_a_group_gathering_for_a_body_s_meeting_is_that_meeting(code):
    events, actors = code("Delegates of 31 nations gather in Manila on Friday for the yearly meeting of the "
                          "African Development Bank.")
    found = _consults(events)
    assert len(found) == 1 and names(found[0].source, actors) == {"African Development Bank"}, \
        [(e.type, e.trigger, names(e.source, actors)) for e in found]
