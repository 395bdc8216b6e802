""""They" and "their" after a coordinated subject stand for every actor of it, and "his government" for the state
of the one "his" stands for (events/actors.py), in sentences written for these tests."""

from tests.events.conftest import names


def sides(events, actors, trigger: str):
    found = [e for e in events if e.trigger and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_they_after_two_states_stands_for_both(code):
    events, actors = code("Ghana and Togo signed a border accord on Monday. They also condemned Benin over the "
                          "smuggling raids.")
    source, target = sides(events, actors, "condemned")
    assert {actors[i].country for i in actors if actors[i].name in source} == {"GHA", "TGO"}
    assert {actors[i].country for i in actors if actors[i].name in target} == {"BEN"}


def test_they_after_officials_of_two_states_stands_for_the_officials_of_each(code):
    events, actors = code("Tanzanian and Zambian negotiators met in Lusaka on Friday. They agreed to reopen the "
                          "railway to Malawi.")
    source, _ = sides(events, actors, "agreed")
    assert {actors[i].country for i in actors if actors[i].name in source} == {"TZA", "ZMB"}


def test_their_government_after_two_states_is_each_ones_government(code):
    events, actors = code("Ghana and Togo signed a border accord on Monday. Their governments also condemned Benin "
                          "over the smuggling raids.")
    source, _ = sides(events, actors, "condemned")
    countries = {actors[i].country for i in actors if actors[i].name in source}
    assert countries == {"GHA", "TGO"}


def test_it_after_two_states_stands_for_neither(code):
    events, actors = code("Ghana and Togo signed a border accord on Monday. It also condemned Benin over the "
                          "smuggling raids.")
    found = [e for e in events if e.trigger and "condemned" in e.trigger]
    assert all(actors[i].country not in ("GHA", "TGO") for e in found for i in e.source if i in actors)


def test_his_government_is_the_state_of_the_premier_not_of_the_city_he_visited(code):
    events, actors = code("Danish Prime Minister Lars Holm met Polish officials in Warsaw. Later, his government "
                          "protested to Norway over the fishing quotas.")
    source, target = sides(events, actors, "protested")
    assert {actors[i].country for i in actors if actors[i].name in source} == {"DNK"}
    assert {actors[i].country for i in actors if actors[i].name in target} == {"NOR"}


def test_his_government_after_two_men_of_one_family_name_is_the_last_ones(code):
    events, actors = code("Danish envoy Erik Holm met Polish officials in Warsaw on Monday. Later, Swedish Prime "
                          "Minister Lars Holm arrived, and his government protested to Norway over the fishing quotas.")
    source, _ = sides(events, actors, "protested")
    assert {actors[i].country for i in actors if actors[i].name in source} == {"SWE"}
