"""The one a refused plea, appeal or motion is against ("rejected a plea against a Central Bank decision") is not
the one the refusal is done to: neither the rules (reading.py) nor the role model (model.py
`against_what_is_refused`) takes it for the target of a REJECT. The plea's author stays the target ("Uganda's appeal
against the tariff", "an appeal by two exporters"), and "protested against X" on the trigger itself keeps X.
Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, against", [
    ("The Supreme Court rejected a plea against a Central Bank decision to freeze the accounts of two importers.",
     "Central Bank"),
    ("The High Court dismissed an appeal against the Trade Ministry's decision to revoke the licences of three "
     "exporters.", "Trade Ministry"),
    ("The senate rejected a motion against the Finance Ministry's budget plan.", "Finance Ministry"),
])
def test_the_one_a_refused_plea_is_against_is_no_target(code, text, against):
    events, actors = code(text)
    refusal = next(e for e in events if e.type == "REJECT")
    assert against not in names(refusal.target, actors)


@pytest.mark.parametrize("text, type_, target", [
    ("Kenya rejected Uganda's appeal against the tariff.", "REJECT", "Uganda"),
    ("The court rejected an appeal by two exporters against a Finance Ministry ruling.", "REJECT",
     "business (country unknown)"),
    ("Kenya protested against the Ugandan decision to close the border.", "ACCUSE", "Uganda"),
])
def test_the_plea_s_author_and_a_protest_s_object_stay(code, text, type_, target):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert names(event.target, actors) == {target}
