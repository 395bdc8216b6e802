"""A party named at the doer's side ("along with X", "together with X", "alongside X") does the act with the doer:
a source, never the target (roles/co_doers.py, read by the rules and by the role model's `excluded`)."""

import pytest

from tests.events.conftest import names, only


@pytest.mark.parametrize("text, type_, doer, co", [
    ("France, along with Germany, condemned the coup in Mali.", "ACCUSE", "France", "Germany"),
    ("The Dutch police, along with Belgian officers, arrested three men in Antwerp.", "COERCE", "Dutch", "Belgi"),
    ("The Kenyan foreign minister, together with his Ugandan counterpart, visited Juba on Monday.", "CONSULT",
     "Mudavadi", "Uganda"),  # Kenya's foreign minister on the fixture's date, by the curated roles
])
def test_a_party_at_the_doers_side_is_a_source(code, text, type_, doer, co):
    events, actors = code(text)
    event = only(events, type_)
    sources, targets = names(event.source, actors), names(event.target, actors)
    assert any(doer in n for n in sources) and any(co in n for n in sources), sources
    assert not any(co in n for n in targets), targets


@pytest.mark.parametrize("text, type_, target", [
    ("Kenya signed a trade accord with Uganda.", "AGREE", "Uganda"),
    ("The Kenyan president met the Tanzanian president together with his deputy.", "CONSULT", "Tanzania"),
])
def test_the_party_acted_with_stays_the_target(code, text, type_, target):
    events, actors = code(text)
    event = only(events, type_)
    assert any(target in n for n in names(event.target, actors))
