"""A doer no one places (an organisation of no country, no code, no body's word in its name) that signs a deal with a
known firm is a firm the dictionaries lack (a consortium, a maker): the deal is firms' own trade and is left out
(events/relevance.py `firms_own_trade`, `_a_firms_unplaced_partner`). A state's deal with the firm stays, and so does
a body's whose name says it is one ("Commission"). Texts written here."""

import pytest

from tests.events.conftest import found_acts


def test_an_unplaced_consortium_s_deal_with_a_firm_is_their_own_trade(code):
    events, _ = code("The Veltrane Aerospace consortium signed an agreement with General Electric Co on Tuesday "
                     "for a new engine.")
    assert not [e for e in events if e.type == "AGREE"], found_acts(events)


@pytest.mark.parametrize("text, doer", [
    ("Colombia signed an agreement with General Electric Co on Tuesday for a new power plant.", "Colombia"),
    ("The Ruritanian Power Commission signed an agreement with General Electric Co on Tuesday for a new power "
     "plant.", "Ruritanian Power Commission"),
])
def test_a_state_s_or_a_body_s_deal_with_a_firm_stays(code, text, doer):
    events, actors = code(text)
    assert [e for e in events if e.type == "AGREE" and {actors[i].name for i in e.source} == {doer}], \
        found_acts(events)
