"""Credit guarantees a state's export-credit agency authorizes or moves to a state's purchases are economic aid to
that state (patterns/aid.yaml, AID 071); guarantees a bank gives a firm are none. Sentences written for these
tests."""


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


def test_credit_guarantees_reallocated_to_a_state_are_aid(code):
    events, actors = code("Late on Friday the Commodity Credit Corporation reallocated 7.5 mln dlrs of its credit "
                          "guarantees to Bolivia, whose millers buy American cotton.")
    aid = [e for e in events if e.type == "AID"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert aid[0].cameo == "071" and aid[0].status == "occurred"
    assert _countries(aid[0].source, actors) == {"USA"}
    assert "BOL" in _countries(aid[0].target, actors)
    assert not [e for e in events if e.type == "CONCEDE"]  # no longer an authorization conceded


def test_a_banks_guarantees_to_a_firm_are_no_aid(code):
    events, _ = code("The bank extended credit guarantees to the airline for its new jets.")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
