"""The one a participle of leading names as leading the doers ("a coalition of states, led by France, condemned…",
"rebels led by X attacked…") does the act with them: a source beside the group, never the target, by the rules or
the role model; and where the parser hangs the main verb on the leader or on the group after a "led by" phrase set
off by commas ("A group of farmers, led by X, protested…"), the group is the verb's subject, not what it is done to
(events/roles/co_doers.py `leaders`, `leads_the_doers`, `misread_after_leader`; data/no_party.yaml `leading`).
A leader of the group an act is done to stays on that side. Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names, only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, kind, leader", [
    ("A coalition of Western states, led by France, condemned the coup in Mali on Monday.", "ACCUSE", "FRA"),
    ("Several African nations, led by Nigeria, criticized the sanctions imposed on Zimbabwe.", "ACCUSE", "NGA"),
    ("A bloc of Latin American states headed by Brazil rejected the proposal from Chile on Friday.", "REJECT",
     "BRA"),
])
def test_the_leading_state_is_a_source_never_the_target(code, text, kind, leader):
    events, actors = code(text)
    event = only(events, kind)
    assert leader in _countries(event.source, actors), (event.source, event.target)
    assert leader not in _countries(event.target, actors), (event.source, event.target)


def test_a_named_leader_of_rebels_attacks_with_them(code):
    events, actors = code("Rebels led by Colonel Tom Dunbar attacked an army base in Liberia.")
    event = only(events, "ASSAULT")
    assert "Tom Dunbar" in names(event.source, actors) and "Tom Dunbar" not in names(event.target, actors)


def test_a_main_verb_hung_on_the_leader_is_the_groups(rules_only, code):
    events, actors = code("A group of farmers, led by union leader Jose Bove, protested outside the American "
                          "embassy in Paris.")
    event = only(events, "PROTEST")
    assert "Jose Bove" in names(event.source, actors) and "Jose Bove" not in names(event.target, actors)
    assert "USA" in _countries(event.target, actors)


def test_a_main_verb_hung_on_the_leader_has_the_group_for_its_doer(rules_only, code):
    events, actors = code("A group of prominent citizens, led by former judge Amos Wako, charged at a hearing on "
                          "Monday that Ugandan troops were in Kenya.")
    event = only(events, "ACCUSE")
    assert event.source and "Amos Wako" not in names(event.target, actors), (event.source, event.target)


def test_must_not_the_leader_of_those_attacked_become_a_doer(code):
    events, actors = code("Liberian troops attacked rebels led by Colonel Tom Dunbar near the border on Sunday.")
    event = only(events, "ASSAULT")
    assert "Tom Dunbar" not in names(event.source, actors), (event.source, event.target)
    assert _countries(event.source, actors) == {"LBR"}


def test_must_not_a_doer_named_by_its_own_subject_take_the_leader_of_its_object(rules_only, code):
    events, actors = code("Kenya condemned the rebels, led by Joseph Kony, who attacked a village in Uganda.")
    event = next(e for e in events if e.type == "ACCUSE")
    assert _countries(event.source, actors) == {"KEN"}, (event.source, event.target)
    assert "Joseph Kony" not in names(event.source, actors)
