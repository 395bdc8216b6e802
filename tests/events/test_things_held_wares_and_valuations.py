"""Contexts of no event (data/non_events.yaml): what a thing holds inside, told by "containing" or "that contains"
("leases containing gold deposits", "a container containing rifles"), restrains nobody; a market's valuations
"supported by" hopes or yields are a market helped, nobody's support (the markets' list of "a market helped or
hurt"); a broadcaster "offering programming" offers its wares to anyone, no party (in "a thing that offers"). Police
who contained a crowd still coerce, a state supported by allies is supported, and an offer of a ceasefire stays.
Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("The firm's tenements lie next to the Kenyan company's leases containing rich gold deposits.", "containing"),
    ("Ugandan customs officers opened a container containing 300 rifles bound for South Sudan.", "containing"),
    ("Kenya's stock market valuations are being supported by low interest rates, analysts in Nairobi said.",
     "supported"),
    ("Analysts said Brazilian share valuations were supported by hopes of lower interest rates.", "supported"),
    ("Whether it is a fine documentary or a look at a late senator's life, the Kenyan broadcaster KBC is offering "
     "programming as good as anything on Netflix.", "offering"),
    ("The Nigerian broadcaster is offering programming for children this summer, the Nigerian government said.",
     "offering"),
])
def test_a_thing_held_inside_or_a_valuation_supported_is_no_act(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger]


def test_police_who_contained_a_crowd_still_coerce(code):
    events, _ = code("Kenyan police contained the crowd outside the Ugandan embassy.")
    assert [e for e in events if e.trigger == "contained" and e.type == "COERCE"]


def test_a_state_supported_by_its_allies_is_still_supported(code):
    events, _ = code("Kenya was supported by Uganda and Tanzania in the vote on the resolution.")
    assert [e for e in events if e.trigger == "supported" and e.type == "SUPPORT"]


def test_an_offer_to_a_party_stays(code):
    events, _ = code("Kenya offered Uganda a ceasefire at the talks in Nairobi.")
    assert [e for e in events if e.trigger == "offered" and e.type == "AGREE"]
