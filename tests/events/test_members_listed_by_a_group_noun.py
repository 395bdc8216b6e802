"""A noun of a group that lists its members ("five nations - A, B, C and D -") and a plural noun of people of
states with a list after "of" or "from" ("the foreign ministers of A and B") stand for every member listed
(events/actors.py `Resolver.members`, roles/data/members.yaml); a state whose own officials are among several states'
officials on one side is not the other side of their meeting (roles/model.py `own_state`). Sentences written here."""

from __future__ import annotations


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _parties(event, actors) -> set[str | None]:
    return _countries(event.source, actors) | _countries(event.target, actors)


def test_every_state_a_dash_list_names_does_the_act(code):
    events, actors = code("Five northern nations - Denmark, Finland, Iceland, Norway and Sweden - signed a customs "
                          "pact on Monday.")
    event = next(e for e in events if e.type == "AGREE")
    assert _parties(event, actors) == {"DNK", "FIN", "ISL", "NOR", "SWE"}


def test_a_list_set_off_by_commas_gives_each_state_as_the_source(code):
    events, actors = code("Three Gulf states, Kuwait, Qatar and Bahrain, condemned the Iranian attack on the "
                          "tanker.")
    event = next(e for e in events if e.type == "ACCUSE")
    assert _countries(event.source, actors) == {"KWT", "QAT", "BHR"}
    assert _countries(event.target, actors) == {"IRN"}


def test_the_ministers_of_listed_states_are_each_state_s(code):
    events, actors = code("Wilson and the Trade Ministers of Chile, Peru and Bolivia signed the pact on Monday.")
    event = next(e for e in events if e.type == "AGREE")
    assert {"CHL", "PER", "BOL"} <= _parties(event, actors)


def test_two_states_foreign_ministers_meet_each_other(code):
    events, actors = code("The Foreign Ministers of Chile and Peru met in Lima on Monday.")
    event = next(e for e in events if e.type == "CONSULT")
    assert _countries(event.source, actors) | _countries(event.target, actors) == {"CHL", "PER"}
    assert not _countries(event.source, actors) & _countries(event.target, actors)


def test_ministers_of_several_states_attending_do_not_meet_their_own_states(code):
    events, actors = code("Ministers from member states Nigeria, Gabon, Algeria and Libya are attending the two "
                          "day conference in Vienna.")
    event = next(e for e in events if e.type == "CONSULT")
    assert _countries(event.source, actors) == {"NGA", "GAB", "DZA", "LBY"}
    assert not _countries(event.target, actors) & _countries(event.source, actors)


def test_must_not_a_firm_named_with_and_is_read_as_a_list(code):
    events, actors = code("The carrier, Smith and Jones Shipping, agreed to buy two tankers from Norway.")
    assert all(len(e.source) <= 1 for e in events if e.type == "AGREE")


def test_must_not_the_heads_of_firms_become_states(code):
    events, actors = code("The heads of the banks of Chile and Peru met in Lima on Monday.")
    event = next((e for e in events if e.type == "CONSULT"), None)
    assert event is None or not any(actors[i].id.startswith("agent:") and actors[i].country
                                    and actors[i].cameo.endswith("GOV") for i in event.source + event.target)


def test_a_list_hung_as_appositions_names_every_member(code):
    events, actors = code("Delegates from member states Ghana, Togo, Benin and Niger are attending the two day "
                          "meeting in Geneva.")
    event = next(e for e in events if e.type == "CONSULT")
    assert {"GHA", "TGO", "BEN", "NER"} <= _parties(event, actors)
