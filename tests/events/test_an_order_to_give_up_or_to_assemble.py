"""An order to another to give up a person or arms is a demand of the one ordered (REQUEST 100), not the surrender
coded as a retreat by the one who orders; an order to foreigners to assemble somewhere or to leave the country
restricts them (COERCE 172), no meeting (patterns/request.yaml, coerce.yaml `to_verb`)."""

import pytest

from tests.events.conftest import countries, names


@pytest.mark.parametrize("text, target", [
    ("Attorney General Maria Santos ordered the Lisbon cousins to surrender the girl to her father.", None),
    ("The Kenyan president ordered the rebels to surrender their weapons by Friday.", "rebels"),
])
def test_an_order_to_give_up_is_a_demand(code, text, target):
    events, actors = code(text)
    assert [(e.type, e.cameo, e.trigger) for e in events] == [("REQUEST", "100", "ordered")]
    if target:
        assert any(target in n for n in names(events[0].target, actors))


@pytest.mark.parametrize("text, country", [
    ("Iraqi troops ordered all Britons in the city to assemble at an airport hotel.", "GBR"),
    ("The minister ordered the Sudanese envoys to leave the country.", "SDN"),
])
def test_an_order_to_assemble_or_leave_restricts(code, text, country):
    events, actors = code(text)
    assert [(e.type, e.trigger) for e in events] == [("COERCE", "ordered")]
    assert country in countries(events[0].target, actors)
