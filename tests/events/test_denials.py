"""Denied and failed cooperative acts, complaints lodged, fire opened, territory taken, vowed fighting, carrier nouns
and alerts: sentences written for these tests (CAMEO 12, 114, 190, 192, 138, 045, 152)."""

from tests.events.conftest import names, only


def types(events):
    return {e.type for e in events}


def test_refusing_to_take_in_people_is_a_rejection(code):
    events, actors = code("Kenya will not accept any more migrants from Somalia.")
    event = only(events, "REJECT")
    assert names(event.source, actors) == {"Kenya"} and event.status == "occurred"


def test_failing_to_reach_a_deal_is_a_rejection_not_an_agreement(code):
    events, _ = code("Chad and Sudan failed to reach a deal on Sunday.")
    assert types(events) == {"REJECT"}


def test_an_agreement_reached_is_still_an_agreement(code):
    events, _ = code("Chad and Sudan reached a deal on Sunday.")
    assert "REJECT" not in types(events) and "AGREE" in types(events)


def test_lodging_a_protest_with_a_government_is_a_complaint(code):
    events, actors = code("Peru lodged a formal protest with Chile on Monday.")
    event = only(events)
    assert (event.type, event.cameo) == ("ACCUSE", "114") and names(event.target, actors) == {"Chile"}


def test_opening_fire_is_an_assault(code):
    events, _ = code("Police in Lagos opened fire on the crowd on Friday.")
    assert only(events, "ASSAULT").cameo == "190" and "COERCE" not in types(events)


def test_retaking_a_town_is_an_assault(code):
    events, _ = code("Rebels recaptured the town of Bunia on Tuesday.")
    assert only(events, "ASSAULT").cameo == "192"


def test_sworn_to_fight_is_a_threat(code):
    events, _ = code("Rebels in Kivu have sworn to fight until they capture the town.")
    assert only(events, "THREATEN").cameo == "138" and "ASSAULT" not in types(events)


def test_mediation_named_on_an_effort_is_mediation(code):
    events, actors = code("Qatar launched a mediation effort between Chad and Sudan.")
    event = only(events, "CONSULT")
    assert event.cameo == "045" and names(event.source, actors) == {"Qatar"}


def test_putting_an_army_on_alert_is_a_mobilisation(code):
    events, _ = code("Bolivia put its army on alert on Monday.")
    assert only(events, "MOBILIZE").cameo == "152"


def test_workers_stopping_work_is_a_strike(code):
    events, _ = code("Dock workers in Chile stopped work on Monday.")
    assert only(events, "PROTEST").cameo == "143"
