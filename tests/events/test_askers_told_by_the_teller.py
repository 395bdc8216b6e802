"""A request or a warning told in the passive with no agent is made by the one who tells of it, a state, its body or
official, or an international body (events/roles/tellers.py `asker`, data/story_context.yaml `asker`); the side is
listed in `inferred`. Sentences written here."""

from __future__ import annotations

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def test_an_invitation_told_by_a_minister_is_his_states(code):
    events, actors = code("Ghana's trade minister said on Tuesday that Togo had been invited to join the regional "
                          "power pool.")
    event = only(events, "REQUEST")
    assert _countries(event.source, actors) == {"GHA"} and event.inferred == ["source"]
    assert _countries(event.target, actors) == {"TGO"}


def test_a_request_told_after_the_clause_is_the_tellers(code):
    events, actors = code("Sudan has been urged to hand over the suspects, the U.S. State Department said.")
    event = only(events, "REQUEST")
    assert _countries(event.source, actors) == {"USA"}
    assert _countries(event.target, actors) == {"SDN"}


def test_a_body_of_the_tellers_own_state_is_asked_by_him(code):
    events, actors = code("The Norwegian Fisheries Directorate has been asked to propose new cod quotas by June, "
                          "Norwegian Fisheries Minister Per Sandberg said.")
    event = only(events, "REQUEST")
    assert any(actors[i].name == "Per Sandberg" for i in event.source)


def test_a_warning_given_in_the_passive_is_the_tellers(code):
    events, actors = code("A Philippine coast guard spokesman said Chinese fishermen on the reef had been given a "
                          "warning to depart within an hour.")
    event = only(events, "THREATEN")
    assert _countries(event.source, actors) == {"PHL"}
    assert _countries(event.target, actors) == {"CHN"}


def test_must_not_a_state_telling_what_was_asked_of_it_asks_itself(code):
    events, _ = code("Kenyan officials said Kenya had been invited to join the regional power pool.")
    assert all(not e.source for e in events if e.type == "REQUEST")


def test_must_not_a_teller_of_no_state_is_made_the_asker(code):
    events, _ = code("Kenyan police were asked to leave the building, a witness said.")
    assert all(not e.source for e in events if e.type == "REQUEST")


def test_must_not_an_agent_named_is_replaced_by_the_teller(code):
    events, actors = code("Sudan has been urged by Egypt to hand over the suspects, the U.S. State Department said.")
    event = only(events, "REQUEST")
    assert "USA" not in _countries(event.source, actors)
