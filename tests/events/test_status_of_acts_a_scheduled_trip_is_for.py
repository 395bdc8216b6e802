"""Status: the acts a trip told with a plain "would" for a later day is made for (an infinitive of purpose, a
"for" phrase on a verb of travel) are planned with the trip, not hypothetical; a promise told inside a condition
is only supposed."""

import pytest


@pytest.mark.parametrize("text", [
    "Aides said Ruiz would leave for Lima on Friday to attend a summit of Andean leaders and for talks with "
    "Peruvian officials.",
    "Aides said Ruiz would leave for Lima on Friday to attend the summit and to hold talks with Peruvian officials.",
])
def test_purposes_of_a_scheduled_leaving_are_planned(code, text):
    events, _ = code(text)
    consults = [e for e in events if e.type == "CONSULT"]
    assert len(consults) >= 2 and all(e.status == "planned" for e in consults), \
        [(e.trigger, e.status) for e in events]


def test_talks_a_scheduled_flight_is_for_are_planned(code):
    events, _ = code("Aides said the Chilean premier would fly to Lima on Friday for talks with Bolivian leaders.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["planned", "planned"]
    # talks with the city's own state are the visit told again (acts_told_twice): one act, planned
    events, _ = code("Aides said the Chilean premier would fly to Lima on Friday for talks with Peruvian leaders.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["planned"]


@pytest.mark.parametrize("text", [
    "Aides said the Chilean premier would fly to Lima for talks with Peruvian leaders.",  # no day: a forecast
    "Aides said the Chilean premier flew to Lima on Friday for talks with Peruvian leaders.",
])
def test_trips_not_scheduled_keep_their_status(code, text):
    events, _ = code(text)
    statuses = {e.status for e in events if e.type == "CONSULT"}
    assert statuses == ({"hypothetical"} if "would" in text else {"occurred"})


def test_a_promise_inside_a_condition_is_neither_planned_nor_done(code):
    # the condition's act is withheld (non_events.yaml, "the act inside a condition") or, where no context reads
    # it, hypothetical (status._conditional); never told as promised or done
    events, _ = code("Chile is ready to lift its quotas on Peruvian fish if Peru shows it will abide by the fishing "
                     "accord.")
    assert all(e.status == "hypothetical" for e in events if e.trigger == "abide"), \
        [(e.trigger, e.status) for e in events]
