"""A party named only as what the act's object is measured against ("a quota equal to that of Uganda", "the same
quota as Nigeria", "tariffs similar to those imposed by Tanzania") is not the target the role model fills
(roles.no_party.compared_with, data/no_party.yaml `comparisons`). A party the act is done to keeps it, next to a
comparison or not. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, compared", [
    ("Kenya has been demanding an export quota equal to that of Uganda.", "Uganda"),
    ("Ghana insisted on the same production quota as Nigeria.", "Nigeria"),
    ("Kenya demanded tariffs similar to those imposed by Tanzania.", "Tanzania"),
])
def test_what_a_demand_is_measured_against_is_no_target(code, text, compared):
    events, actors = code(text)
    demand = next(e for e in events if e.type == "REQUEST")
    assert compared not in names(demand.target, actors)


@pytest.mark.parametrize("text, type_, target", [
    ("Kenya demanded that Uganda lift the tariffs.", "REQUEST", "Uganda"),
    ("Kenya signed an accord with Uganda similar to the one it signed last year.", "AGREE", "Uganda"),
])
def test_the_party_acted_on_stays(code, text, type_, target):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert names(event.target, actors) == {target}
