""""They" and "their" after a coordinated subject stand for every actor of it (events/actors.py), in sentences
written for these tests."""

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
