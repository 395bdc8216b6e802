"""A named group of a nation, or a group of its own people, that asks "the government" for something asks its own
state's government; "the government" named again after it is that same government (not the state a later clause of
the lede names: "… to ban copra sales to Japan"), and its answer to "the request" is done to the group that asked,
though both are of one country. Not where the answer is the asker's own ("Kenya asked Britain for aid. Kenya later
withdrew the request": no target of its own)."""

from tests.events.conftest import names


def _answer(events, type_):
    return [e for e in events if e.type == type_]


def test_a_named_group_s_request_turned_down(code):
    events, actors = code("The Ceylon Spice Growers Association asked the government to ban exports of pepper to "
                          "Japan. The government rejected the request on Monday.", published="1987-03-04")
    rejected = _answer(events, "REJECT")
    assert rejected
    assert {actors[i].country for i in rejected[0].source} == {"LKA"}
    assert names(rejected[0].target, actors) == {"Ceylon Spice Growers Association"}


def test_a_people_s_demand_turned_down(code):
    events, actors = code("Farmers in Kenya urged the government to stop tea sales. The government turned down the "
                          "demand.", published="1987-03-04")
    rejected = _answer(events, "REJECT")
    assert rejected
    assert {actors[i].country for i in rejected[0].source} == {"KEN"}
    assert {actors[i].country for i in rejected[0].target} == {"KEN"}
    assert rejected[0].target != rejected[0].source


def test_the_same_government_named_again_without_the_lede_s_other_state(code):
    events, actors = code("The Philippine Sugar Planters Federation asked the government to cut sugar exports. The "
                          "government rejected the request.", published="1987-03-04")
    rejected = _answer(events, "REJECT")
    assert rejected
    assert {actors[i].country for i in rejected[0].source} == {"PHL"}


def test_a_state_s_own_request_withdrawn_has_no_target_of_its_own(code):
    events, actors = code("Kenya asked Britain for more food aid in May. Kenya later dropped the request, officials "
                          "said.", published="1987-03-04")
    for event in events:
        if event.type != "REQUEST":
            assert not set(event.source) & set(event.target)
            assert "KEN" not in {actors[i].country for i in event.target if i in actors}
