"""A buyer's tender, a firm's own works closed, a halt of trading told by its noun and a central bank's step into
its markets are trade or monetary policy, no act on a party (events/data/non_events.yaml "a tender called", "one's
own works closed", "trading in a stock held up", "a central bank steps in"). A call for talks, a factory closed by
the police, a border closed and a suspension of aid keep their acts."""

import pytest


def _types(events) -> set[str]:
    return {e.type for e in events}


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Normally Pakistan calls wheat buying tenders for forward delivery, traders said.",
    "Egypt called for tenders to supply 200,000 tonnes of rice.",
    "Jordan issued a tender for 100,000 tonnes of barley on Monday.",
])
def test_a_tender_is_no_request(code, text):
    events, _ = code(text)
    assert not _types(events), _found(events)


def test_a_call_for_talks_stays_a_request(code):
    events, _ = code("Jordan called for talks with Syria on the water dispute.")
    assert "REQUEST" in _types(events), _found(events)


@pytest.mark.parametrize("text", [
    "The retailer will close its main Denver distribution center in June as part of the restructuring.",
    "The Japanese carmaker shut its assembly plant in Ohio after sales fell.",
])
def test_ones_own_works_closed_coerce_nobody(code, text):
    events, _ = code(text)
    assert not {"COERCE", "SANCTION"} & _types(events), _found(events)


@pytest.mark.parametrize("text, kind", [
    ("Thai police closed the factory in Bangkok after the riot.", "COERCE"),
    ("Iran closed its border with Iraq on Friday.", "SANCTION"),
])
def test_works_or_a_border_closed_keep_their_act(code, text, kind):
    events, _ = code(text)
    assert kind in _types(events), _found(events)


@pytest.mark.parametrize("text", [
    "The Kenyan bankers' association extended its suspension of trading in the shilling for two more days.",
    "The Philippine brokers' association extended its halt of trading in the peso.",
])
def test_a_halt_of_trading_told_by_its_noun_is_no_sanction(code, text):
    events, _ = code(text)
    assert "SANCTION" not in _types(events), _found(events)


def test_a_suspension_of_aid_stays_a_sanction(code):
    events, _ = code("Washington extended its suspension of aid to Chad for six months.")
    assert "SANCTION" in _types(events), _found(events)


@pytest.mark.parametrize("text", [
    "The Fed will certainly have to intervene.",
    "The Bundesbank will have to step in.",
    "The Fed will have to step in with an easier money policy.",
])
def test_a_central_bank_stepping_in_is_no_aid(code, text):
    events, _ = code(text)
    assert "AID" not in _types(events), _found(events)
