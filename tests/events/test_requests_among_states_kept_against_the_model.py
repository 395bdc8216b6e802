"""A request a state's actor makes of another state's actor, or of a body of its own state, stays a request where the
type model, reading what is asked for (a takeover, imports), takes the sentence for no event (coder._asked_of_a_state):
a secretary asking the White House, the EC insisting that Tokyo act. A firm's request stays the model's to drop."""

from __future__ import annotations

from tests.events.conftest import countries, found_acts, names


def _requests(events):
    return [e for e in events if e.type == "REQUEST"]


def test_a_secretary_asks_a_body_of_her_own_state(code):
    events, actors = code("U.S. Trade Secretary Helen Marsh has urged the White House to think about stopping the "
                          "takeover of <Norcom Microchip Inc> by Japan's Hitara Ltd, officials in Washington said.")
    asked = _requests(events)
    assert asked and names(asked[0].source, actors) == {"Helen Marsh"} \
        and names(asked[0].target, actors) == {"White House"} and asked[0].status == "occurred", \
        found_acts(events, status=True)


def test_a_secretary_asks_the_defence_department(code):
    events, actors = code("U.S. Trade Secretary Helen Marsh has asked the Pentagon to weigh barring the purchase of "
                          "<Norcom Microchip Inc> by Japan's Hitara Ltd <HIT.T>, officials said on Friday.")
    asked = _requests(events)
    assert asked and countries(asked[0].source, actors) == {"USA"} \
        and countries(asked[0].target, actors) == {"USA"}, found_acts(events, status=True)


def test_a_bloc_insists_that_a_state_act(code):
    events, actors = code("The text said the EC would keep on insisting that Tokyo raise its purchases of foreign "
                          "goods and spur demand at home.")
    asked = _requests(events)
    assert asked and countries(asked[0].target, actors) == {"JPN"}, found_acts(events, status=True)


def test_a_firm_asking_a_court_is_not_kept_so(code):
    events, _ = code("The toy maker said it asked the appeals court to overturn a 1985 ruling on its patent suit.")
    assert not _requests(events), found_acts(events, status=True)


def test_a_capital_asked_is_its_state_and_a_request_not_made_stays_negated(code):
    events, actors = code("U.S. Trade Secretary Helen Marsh said she will not ask Tokyo to weigh barring the purchase "
                          "of <Norcom Microchip Inc> by Hitara Ltd <HIT.T>.")
    asked = _requests(events)
    assert asked and countries(asked[0].target, actors) == {"JPN"} and asked[0].status == "negated", \
        found_acts(events, status=True)


def test_a_loan_a_state_asked_for_names_nobody_asked(code):
    events, actors = code("Ecuador first requested the 150 mln dlr credit in January, to help it develop its oil "
                          "fields and pipelines.")
    asked = _requests(events)
    assert asked and countries(asked[0].source, actors) == {"ECU"} and not asked[0].target, \
        found_acts(events, status=True)


def test_a_firm_asking_for_a_loan_is_not_kept_so(code):
    events, _ = code("The power utility asked for a 250 mln dlr loan in the autumn, hoping to widen its network "
                     "of plants.")
    assert not _requests(events), found_acts(events, status=True)
