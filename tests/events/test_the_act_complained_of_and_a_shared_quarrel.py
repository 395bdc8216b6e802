"""Who a complaint or a protest is against, and doers who are each other's party.

A complaint or protest "over", "about" or "against" an act done "by" X is against X, not against whoever hears it
("protested to the UN over intrusions into its airspace by a neighbour's air force": that neighbour, not the UN). Two doers who
blame "one another" (the parser's "one" with "another" as its determiner), or settle "their" dispute, are each
other's party, as with "each other". A complaint naming no doer of what it is over keeps its addressee; a joint plan
of two states ("discussed their trade plans") is no quarrel."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, word):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == word]


def test_a_protest_to_a_body_over_raids_by_a_state(code):
    events, actors = code("Malta lodged a protest with the world body and protested to the United Nations over "
                          "repeated intrusions by the Libyan air force, its foreign ministry said.")
    sides = _sides(events, actors, "protested")
    assert sides and {actors[i].country for e in events if e.trigger == "protested" for i in e.target} == {"LBY"}, \
        sides


def test_a_complaint_about_shelling_by_troops(code):
    events, actors = code("Zambia complained to the United Nations about the shelling of its border posts by "
                          "Angolan troops.")
    targets = {actors[i].country for e in events if e.trigger == "complained" for i in e.target}
    assert targets == {"AGO"}, _sides(events, actors, "complained")


def test_a_complaint_with_no_doer_keeps_its_addressee(code):
    events, actors = code("Zambia protested to the United Nations over the raids.")
    assert _sides(events, actors, "protested") == [({"Zambia"}, {"United Nations"})], \
        _sides(events, actors, "protested")


def test_blamed_one_another(code):
    events, actors = code("When the talks broke down, Chile and Peru blamed one another for sabotaging them.")
    assert _sides(events, actors, "blamed") == [({"Chile"}, {"Peru"})], _sides(events, actors, "blamed")


def test_settle_their_dispute(code):
    events, actors = code("Chile and Peru will soon settle their fishing dispute, the Chilean minister said.")
    sides = _sides(events, actors, "settle")
    assert sides == [({"Chile"}, {"Peru"})], sides


def test_their_plans_are_no_quarrel(code):
    events, actors = code("Chile and Peru will soon settle their fishing plans, the Chilean minister said.")
    assert all(len(s) != 1 or t != {"Peru"} for s, t in _sides(events, actors, "settle")), \
        _sides(events, actors, "settle")
