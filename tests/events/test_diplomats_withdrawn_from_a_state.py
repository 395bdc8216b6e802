"""One's own diplomats withdrawn or pulled out from a state, its capital or a mission there are relations cut
(sanction.yaml, CAMEO 161, as a recall): SANCTION from the state that withdraws them to the one they leave, the
diplomats themselves no party. Troops pulled back stay a retreat (087), and charges or a bid withdrawn cut no ties."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, doer, left", [
    ("Britain has withdrawn three of its five remaining diplomats in Damascus, the Foreign Office said.",
     "United Kingdom", "SYR"),
    ("Britain withdrew three more diplomats from its embassy in Damascus, leaving one official there.",
     "United Kingdom", "SYR"),
    ("Canada pulled out its ambassador from Venezuela.", "Canada", "VEN"),
    ("Spain withdrew two diplomats from Libya on Tuesday.", "Spain", "LBY"),
])
def test_diplomats_withdrawn_cut_relations(code, text, doer, left):
    events, actors = code(text, "1987-06-18")
    cut = [e for e in events if e.type == "SANCTION" and e.cameo == "161"]
    assert len(cut) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert doer in names(cut[0].source, actors)
    assert {actors[i].country for i in cut[0].target} == {left}, names(cut[0].target, actors)


@pytest.mark.parametrize("text", [
    "Canada withdrew its troops from Cyprus.",
    "The prosecutor withdrew the charges against the two diplomats.",
    "The firm withdrew its bid for the Dutch unit.",
])
def test_troops_charges_and_bids_withdrawn_cut_no_ties(code, text):
    events, _ = code(text, "1987-06-18")
    assert not [e for e in events if e.type == "SANCTION" and e.cameo == "161"], \
        [(e.type, e.cameo, e.trigger) for e in events]
