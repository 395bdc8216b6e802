""""The two countries", "both sides" as the ones an act is done to stand for the two states named before, never
for the doer of that act ("X criticised both sides": X is not one of them), and troops or a government of no state
told are no side of their own (events/actors.py `Resolver.pair`, `_acting_on`, `_two_states`). Sentences written
here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, kind, doer, pair", [
    ("India and Pakistan traded artillery fire across the frontier on Sunday. The United States criticized the two "
     "governments for the escalation.", "ACCUSE", "USA", {"IND", "PAK"}),
    ("India and Pakistan traded artillery fire across the frontier on Sunday. The United States criticized both "
     "sides for the escalation.", "ACCUSE", "USA", {"IND", "PAK"}),
    ("Chad and Sudan exchanged accusations over the raids. France urged both governments to exercise restraint.",
     "REQUEST", "FRA", {"TCD", "SDN"}),
])
def test_the_pair_acted_on_is_the_two_states_before_not_the_doer(rules_only, code, text, kind, doer, pair):
    events, actors = code(text)
    event = next(e for e in events if e.type == kind and doer in _countries(e.source, actors))
    assert _countries(event.target, actors) == pair, (event.source, event.target)


def test_troops_of_no_state_told_are_no_side(rules_only, code):
    events, actors = code("Ethiopia accused Eritrea of massing troops on the border. The African Union urged the "
                          "two countries to resume talks.")
    event = only(events, "REQUEST")
    assert _countries(event.target, actors) == {"ETH", "ERI"}, (event.source, event.target)


def test_must_not_the_pair_as_doers_lose_a_state(rules_only, code):
    events, actors = code("Kenya's president met his Ugandan counterpart in Nairobi on Monday. The two countries "
                          "agreed to reopen the border.")
    event = next(e for e in events if e.type == "AGREE")
    assert _countries(event.source, actors) | _countries(event.target, actors) == {"KEN", "UGA"}, \
        (event.source, event.target)


def test_must_not_a_pair_without_two_states_be_filled(rules_only, code):
    events, actors = code("Officials accused Eritrea of massing troops on the border. The African Union urged "
                          "both countries to resume talks.")
    event = only(events, "REQUEST")
    assert _countries(event.target, actors) <= {"ERI"}, (event.source, event.target)


@pytest.mark.parametrize("text", [
    "President Ruto hosted Ugandan officials in Nairobi on Monday. The two countries agreed to reopen the border.",
    "Kenya's president held talks with a Ugandan delegation on Monday. Both countries agreed to reopen the border.",
])
def test_a_head_of_state_named_stands_for_his_state_in_the_pair(rules_only, code, text):
    events, actors = code(text)
    event = next(e for e in events if e.type == "AGREE")
    assert _countries(event.source, actors) | _countries(event.target, actors) == {"KEN", "UGA"}, \
        (event.source, event.target)


def test_a_state_named_beside_its_head_stands_for_itself_in_the_pair(rules_only, code):
    events, actors = code("President Ruto of Kenya met President Museveni of Uganda in Nairobi on Monday. The two "
                          "countries agreed to reopen the border.")
    event = next(e for e in events if e.type == "AGREE")
    assert {actors[i].name for i in event.source + event.target} == {"Kenya", "Uganda"}, (event.source, event.target)
