""""Their" after a coordinated subject stands for every actor of it, "they" for one, and "his government" for the
state of the one "his" stands for (events/actors.py), in sentences written for these tests."""

from tests.events.conftest import names


def sides(events, actors, trigger: str):
    found = [e for e in events if e.trigger and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors), names(found[0].target, actors)


def test_they_after_two_states_stays_one_actor_without_a_target(code):
    # read as both, the roles stage would make the second the target of a joint act; the story's lede (the two
    # states) may still give the other state as a target, marked inferred (events/roles/context.py)
    events, actors = code("Ghana and Togo signed a border accord on Monday. They also promised to build a new "
                          "customs post.")
    found = [e for e in events if e.trigger and "promised" in e.trigger]
    assert found and all(len(e.source) <= 1 and (not e.target or e.inferred == ["target"]) for e in found)


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


def test_it_passes_over_a_plural_noun_to_the_one_that_reported(code):
    # "it" opening the next sentence stands for no plural common noun ("the exporters"), but for the body that said it
    events, actors = code("The Chilean Trade Ministry said that Peruvian exporters had paid the new levy. It spoke "
                          "after talks with Bolivian officials.")
    found = [e for e in events if e.type == "CONSULT"]
    assert found, [(e.type, e.trigger) for e in events]
    assert {actors[i].country for i in found[0].source if i in actors} == {"CHL"}
    assert {actors[i].country for i in found[0].target if i in actors} == {"BOL"}


def test_it_still_stands_for_a_plural_name(code):
    events, actors = code("The Philippines said its central bank would pay the loan early. It asked Japan for a "
                          "new credit on Tuesday.")
    found = [e for e in events if e.type == "REQUEST"]
    assert found, [(e.type, e.trigger) for e in events]
    assert {actors[i].country for i in found[0].source if i in actors} == {"PHL"}
    assert {actors[i].country for i in found[0].target if i in actors} == {"JPN"}
