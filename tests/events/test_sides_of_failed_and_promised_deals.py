"""Sides of a deal that failed or was promised: two parties that fail to make a deal together are one side each
(reject.yaml's `reciprocal` entries), and the other party of a deal may be named only inside what the deal is to do
(roles/reading.py `_complement_parties`). Sentences of our own."""

import pytest

from tests.events.conftest import names


def _sides(events, actors, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(names(e.source, actors)), sorted(names(e.target, actors))) for e in events if e.type == kind]


@pytest.mark.parametrize("text", ["Chilean and Bolivian trade envoys failed to conclude a gas accord in La Paz.",
                                  "Kenya and Uganda failed to reach a deal on the railway last week.",
                                  "Chile and Bolivia could not agree on a ceasefire."])
def test_two_parties_failing_to_make_a_deal_are_one_side_each(code, text):
    events, actors = code(text)
    sides = _sides(events, actors, "REJECT")
    assert len(sides) == 1 and len(sides[0][0]) == 1 and len(sides[0][1]) == 1, sides


def test_a_deal_refused_by_two_parties_keeps_both_as_its_source(code):
    events, actors = code("Chile and Bolivia did not agree to the American plan.")
    sides = _sides(events, actors, "REJECT")
    assert len(sides) == 1 and len(sides[0][0]) == 2, sides


def test_one_party_failing_alone_has_no_target_made_up(code):
    events, actors = code("Brazil did not agree on the quota proposal.")
    sides = _sides(events, actors, "REJECT")
    assert len(sides) == 1 and sides[0][1] == [], sides


@pytest.mark.parametrize("text, party", [
    ("India today signed an agreement to sell 300 tractors to Poland.", "Poland"),
    ("Argentina agreed to make payments of interest to Brazil.", "Brazil"),
])
def test_the_other_party_named_inside_what_the_deal_is_to_do(code, text, party):
    events, actors = code(text)
    sides = _sides(events, actors, "AGREE")
    assert len(sides) == 1 and any(party in n for n in sides[0][1]), sides
