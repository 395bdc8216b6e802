"""In a story whose first sentence names one country alone, a later backing, request, aid or accusation by another
state or a known international body that names no one it is addressed to is addressed to that country
(events/roles/context.py `_lede_state`, data/story_context.yaml `lede_state`). The side is listed as inferred.
Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, kind, doer, state", [
    ("Hungary plans to cut subsidies to state firms sharply this year, a finance ministry official said. He said "
     "the cuts would reduce the budget deficit. The International Monetary Fund has welcomed the cuts.",
     "SUPPORT", None, "HUN"),
    ("Canada will build a new icebreaker to patrol its Arctic waters, the transport minister said. The plan follows "
     "a voyage by an American tanker through the passage last summer. Washington never asked for clearance before "
     "that voyage.", "REQUEST", "USA", "CAN"),
    ("Kenya will raise fuel taxes next month, the finance minister said. The World Bank has urged further cuts in "
     "spending.", "REQUEST", None, "KEN"),
])
def test_an_outsiders_act_with_no_addressee_is_towards_the_storys_state(code, text, kind, doer, state):
    events, actors = code(text)
    event = only(events, kind)
    assert _countries(event.target, actors) == {state}, (event.source, event.target)
    assert _countries(event.source, actors) == {doer}
    assert event.inferred == ["target"]


def test_must_not_the_storys_own_bodies_address_their_state(code):
    events, actors = code("Kenya will raise fuel taxes next month, the finance minister said. The Kenyan central "
                          "bank has urged further cuts in spending.")
    assert not only(events, "REQUEST").target


def test_must_not_a_call_on_many_be_addressed_to_the_storys_state(code):
    events, actors = code("Saudi Arabia will keep to its oil quota, the oil minister said. OPEC called for "
                          "restraint by all producers.")
    assert "SAU" not in _countries(only(events, "REQUEST").target, actors)


def test_must_not_a_bodys_agreement_be_made_with_the_storys_state(code):
    events, actors = code("Hungary plans to cut subsidies to state firms, an official said. The International "
                          "Monetary Fund has agreed to cut its lending rate.")
    assert not any("HUN" in _countries(e.target, actors) for e in events)


def test_must_not_an_act_told_with_another_party_go_to_the_storys_state(code):
    events, actors = code("Hungary plans to cut subsidies to state firms, an official said. Japan has backed "
                          "Poland's request for new credits.")
    assert _countries(only(events, "SUPPORT").target, actors) == {"POL"}


def test_must_not_an_act_go_to_the_storys_state_once_a_third_country_was_named(code):
    events, actors = code("Cuba has told sugar buyers that its March shipments will be late, dealers said. Brazil "
                          "also has little sugar to sell. Syria has asked for more sugar.")
    assert not only(events, "REQUEST").target
