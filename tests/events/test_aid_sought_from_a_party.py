"""A loan, a credit or aid sought by a state from a party is an appeal for economic aid (request.yaml, CAMEO 0231);
a firm seeking a loan from its banks asks no party for aid."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, seeker, asked, status", [
    ("Peru will seek new loans from the World Bank.", "Peru", "World Bank", "planned"),
    ("Chile sought a loan from the World Bank.", "Chile", "World Bank", "occurred"),
    ("Bolivia requested credits from Japan in May.", "Bolivia", "Japan", "occurred"),
])
def test_aid_sought_by_a_state_is_an_appeal(code, text, seeker, asked, status):
    events, actors = code(text)
    appeals = [e for e in events if e.type == "REQUEST" and e.cameo == "0231"]
    assert len(appeals) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert seeker in names(appeals[0].source, actors) and asked in names(appeals[0].target, actors)
    assert appeals[0].status == status


@pytest.mark.parametrize("text", [
    "The company sought a loan from its banks.",
    "The firm sought a loan from Citibank.",
    "Chile sought a seat on the council.",
])
def test_no_appeal_for_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "0231"], [(e.type, e.cameo, e.trigger) for e in events]
