"""A curb on trade a state proposes is a sanction it plans (SANCTION 163, planned; with a condition on the
proposing verb, a threat of sanctions, CAMEO 131), not a request; a proposal to talk stays what it was. Coming back
from a place, with no object, ends a trip there (CAMEO 042), not a concession."""

from tests.events.conftest import names, only


def test_tariffs_proposed_are_a_sanction_planned(code, rules_only):
    events, actors = code("Ruritania proposed steep tariffs on Fredonian textiles.")
    event = only(events)
    assert (event.type, event.cameo, event.status) == ("SANCTION", "163", "planned")
    assert names(event.source, actors) == {"Ruritania"}


def test_a_ban_proposed_under_a_condition_is_a_threat(code, rules_only):
    events, _ = code("Ruritania has proposed a ban on Fredonian steel unless Fredonia opens its market.")
    event = only(events)
    assert (event.type, event.cameo) == ("THREATEN", "131")


def test_talks_proposed_stay_a_proposal_to_meet(typed):
    assert typed("Ruritania proposed talks with Fredonia on the border.")["proposed"][0] != "SANCTION"


def test_back_from_a_capital_ends_a_trip(code):
    events, _ = code("The trade minister, who has just returned from Washington, said the dispute was serious.")
    event = only(events)
    assert (event.type, event.cameo) == ("CONSULT", "042")
