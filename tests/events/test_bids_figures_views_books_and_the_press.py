"""A bid for a firm's shares made or dropped by its bidder, a figure of the economy held down, a view agreed with, a
sum charged in the accounts and a meeting with the press are no acts between parties (events/data/non_events.yaml "a
bid for a firm", "a figure of the economy held down", "a view agreed with", "a sum charged in the accounts", "the
press met"). Their near neighbours with a party's act keep it; a bid fended off stays a refusal
(test_bids_warded_off.py)."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("The Dallas bank withdrew its takeover bid for the Ohio lender on Monday.", "CONCEDE"),
    ("The Texas oil group sweetened its tender offer for the Utah refiner on Friday.", "AGREE"),
    ("The Kenyan cabinet moved to curb public spending after the loan talks.", "COERCE"),
    ("Both Kenyan ministers said they agreed with that, as long as wages stayed low.", "AGREE"),
    ("The Thai minister agreed with the assessment that the economy will slow this year.", "AGREE"),
    ("A loss of 3 mln dlrs was charged to the fourth quarter's results.", "ACCUSE"),
    ("The costs were charged against reserves set aside last year, the company said.", "ACCUSE"),
    ("The Brazilian president has not met the press since March.", "CONSULT"),
])
def test_no_act_between_parties(code, text, kind):
    events, _ = code(text)
    assert kind not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text, kind", [
    ("Egypt rejected the peace proposal from Israel.", "REJECT"),
    ("The German government rejected the takeover bid by the Chinese firm.", "REJECT"),
    ("Police contained the crowd outside the Kenyan parliament.", "COERCE"),
    ("Egypt agreed with Israel on a truce.", "AGREE"),
    ("Japan agreed with Washington's view that the dollar had fallen far enough.", "AGREE"),
    ("Prosecutors charged the Peruvian minister with fraud.", "ACCUSE"),
    ("The Kenyan foreign minister met the Egyptian envoy on Monday.", "CONSULT"),
])
def test_a_partys_act_stays(code, text, kind):
    events, _ = code(text)
    assert kind in {e.type for e in events}, _found(events)
