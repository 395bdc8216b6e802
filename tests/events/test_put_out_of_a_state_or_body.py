"""One expelled, deported, suspended or excluded from a state or a body, told in the passive with no agent, is put
out by that state or body, which is no target (events/sides.py `excluded_by`, data/lexicon.yaml `exclusion_acts`),
not by the police of no country. Sentences written here."""

from __future__ import annotations

from tests.events.conftest import names, only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def test_diplomats_expelled_from_a_state_are_expelled_by_it(code):
    events, actors = code("Two Dutch diplomats were expelled from Russia on Monday.")
    event = only(events, "SANCTION")
    assert _countries(event.source, actors) == {"RUS"}
    assert _countries(event.target, actors) == {"NLD"}


def test_journalists_deported_from_a_state_are_deported_by_it(code):
    events, actors = code("Two Kenyan journalists were deported from Ethiopia last week.")
    event = only(events, "COERCE")
    assert _countries(event.source, actors) == {"ETH"}


def test_a_state_excluded_from_a_bodys_meeting_is_excluded_by_the_body(code):
    events, actors = code("Canada was excluded from the energy talks of the Group of Seven on Friday.")
    event = only(events, "SANCTION")
    assert names(event.source, actors) == {"Group of Seven"}
    assert names(event.target, actors) == {"Canada"}


def test_a_member_expelled_from_a_party_leaves_the_party_no_target(code):
    events, actors = code("The senator was expelled from the Republican Party.")
    event = only(events, "SANCTION")
    assert "Republican Party" not in names(event.target, actors)


def test_must_not_a_town_be_the_one_who_expels(code):
    # a town is where, not who: the state is not guessed from it here
    events, actors = code("Two Dutch diplomats were expelled from Moscow on Monday.")
    event = only(events, "SANCTION")
    assert "Moscow" not in names(event.source, actors)


def test_must_not_an_agent_named_be_replaced_by_the_body(code):
    events, actors = code("The Dutch envoy was excluded by Russia from the meeting of the Arctic Council.")
    event = only(events, "SANCTION")
    assert _countries(event.source, actors) == {"RUS"}
    assert "Arctic Council" not in names(event.target, actors)
