"""Parties a sentence names beside an act but not in it.

- A name joined to a list by "not" is no party of what the list does: "France, but not Britain, will attend the
  meeting" (Britain was read as the one France meets).
- Two clauses joined by "and" or "but" that tell two views of one thing ("X supported the idea, and Y showed
  hostility to it", "X backed the plan, but Y rejected it"): neither subject is the other's target. One who made the
  thing stays the target of a view of it ("X proposed the plan, and Y rejected it"), and so does one who did an act
  condemned ("X seized a ship, and Y condemned it").
- One who joins a call ("X praised Y's calls for reform") is not the one asked; one who rejects a demand may be."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, word):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger.endswith(word)]


def test_but_not_leaves_the_name_out(code):
    events, actors = code("Peru, but not Chile, will attend the meeting in Quito.")
    sides = _sides(events, actors, "meeting")
    assert sides and all("Chile" not in s | t for s, t in sides), sides


def test_a_list_without_not_keeps_both(code):
    events, actors = code("Peru and Chile signed the accord with Bolivia.")
    assert _sides(events, actors, "signed") == [({"Peru", "Chile"}, {"Bolivia"})], _sides(events, actors, "signed")


def test_two_views_of_one_idea(code):
    events, actors = code("Portugal supported the idea, and Greece showed hostility to it.")
    sides = _sides(events, actors, "supported")
    assert sides and all("Greece" not in t for s, t in sides), sides


def test_backed_and_rejected_one_plan(code):
    events, actors = code("Peru backed the plan, but Chile rejected it.")
    sides = _sides(events, actors, "rejected")
    assert sides and all("Peru" not in t for s, t in sides), sides


def test_the_maker_of_the_plan_stays_the_target(code):
    events, actors = code("Peru proposed the plan, and Chile rejected it.")
    assert _sides(events, actors, "rejected") == [({"Chile"}, {"Peru"})], _sides(events, actors, "rejected")


def test_the_doer_of_an_act_condemned_stays_the_target(code):
    events, actors = code("Peru seized a Chilean trawler, and Chile condemned it.")
    assert _sides(events, actors, "condemned") == [({"Chile"}, {"Peru"})], _sides(events, actors, "condemned")


def test_one_who_praises_a_call_is_not_asked(code):
    events, actors = code("The Peruvian president praised Chile's calls for reform of the fund.")
    sides = _sides(events, actors, "calls")
    assert all("Peru" not in t for s, t in sides), sides
