"""A state of emergency declared over a natural disaster restricts nobody's political freedom: the PLOVER manual
leaves such emergencies out of COERCE's restrictions unless they are shown to serve repression (patterns/none.yaml;
a civil defence emergency is one of a disaster by its name, data/non_events.yaml). An emergency declared over
unrest, a coup or fighting stays COERCE 172. Sentences written for these tests."""

import pytest


def coercions(events):
    return [(e.type, e.trigger) for e in events if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "The Ruritanian government declared a state of emergency in the northern province after the earthquake.",
    "Fredonia's president declared a state of emergency in four regions hit by floods and landslides.",
    "The Ruritanian cabinet extended the state of emergency in the coastal districts struck by the cyclone.",
    "A civil defence emergency was declared in the Ruritanian port town, which has about 20,000 people.",
])
def test_an_emergency_over_a_disaster_is_no_coercion(code, text):
    events, _ = code(text)
    assert coercions(events) == [], text


@pytest.mark.parametrize("text", [
    "The Ruritanian government declared a state of emergency in the capital after the coup attempt.",
    "The Ruritanian government declared a state of emergency after riots in the flooded capital.",
    "Fredonia's president declared a state of emergency in the province after rebel attacks on army posts.",
    "The Ruritanian government declared a state of emergency on its southern border as a flood of migrants arrived "
    "from Fredonia.",
])
def test_an_emergency_over_unrest_stays_a_coercion(code, text):
    events, _ = code(text)
    assert [t for t, _ in coercions(events)] == ["COERCE"], (text, [(e.type, e.trigger) for e in events])


def test_a_curfew_after_a_storm_stays_a_coercion(code):
    events, _ = code("After the storm the Ruritanian army imposed a curfew on the capital to stop looting.")
    assert coercions(events), [(e.type, e.trigger) for e in events]
