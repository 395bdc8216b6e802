""""The Senate" written alone is a chamber many states have (lexicon `chambers_of_several_states`; the converted
dictionaries give the name to the US Congress alone): the chamber of the dateline's state, else of the state the story
is about, else the US Congress, the one a wire means; counted for no state while the story's country is weighed, so
that a page of another state keeps its police, lawmakers and bodies. Sentences written for these tests."""

from __future__ import annotations

from tests.actors.conftest import mention_countries

NIGERIAN_PAGE = ("Senator Tolu Adeyemi told the Senate on Wednesday that the police had detained two of his aides "
                 "in Abuja. The Senate then asked the police to free them, and the lawmakers walked out of the "
                 "chamber in protest against Nigeria's police chief.")


def test_the_senate_of_a_page_about_another_state_is_that_state_s(story):
    result = story(NIGERIAN_PAGE, published="2018-10-10")
    assert mention_countries(result, "senate") == {"NGA"}
    assert mention_countries(result, "police") == {"NGA"}
    assert mention_countries(result, "lawmakers") == {"NGA"}
    assert mention_countries(result, "tolu adeyemi") == {"NGA"}


def test_a_request_by_that_senate_has_that_state_s_sides(story):
    result = story(NIGERIAN_PAGE, published="2018-10-10")
    ents = {e.id: e for e in result.entities}
    asks = [e for e in result.events if e.type == "REQUEST"]
    assert asks and {ents[i].country for i in asks[0].source} == {"NGA"}


def test_the_senate_of_a_story_of_no_state_is_still_the_us_congress(story):
    result = story("The Senate voted 61 to 38 on the dairy quota bill late on Thursday.", published="1987-03-06")
    assert {m.entity for m in result.mentions if m.text == "Senate"} == {"usa:united-states-congress"}


def test_the_senate_of_a_dateline_s_state(story):
    result = story("The Senate approved the rice import bill on Monday after a long debate.", dateline="MANILA",
                   published="2019-10-07")
    assert mention_countries(result, "senate") == {"PHL"}
    result = story("The Senate approved the farm credit bill on Monday after a long debate.", dateline="WASHINGTON",
                   published="1987-03-06")
    assert {m.entity for m in result.mentions if m.text == "Senate"} == {"usa:united-states-congress"}


def test_the_us_senate_written_so_stays_the_us_congress(story):
    result = story("Nigeria's envoy said the U.S. Senate would debate the arms sale to Abuja in May.",
                   published="2018-10-10")
    assert mention_countries(result, "u.s. senate") == {"USA"}


def test_the_senate_counts_for_the_state_the_story_names_most_that_has_one(story):
    # two bare chambers and the US named twice against the Soviet Union three times: the story stays a US one
    text = ("U.S. Senate Democratic whip Alan Crane said Congress should weigh a new grain credit plan. Crane told "
            "the Kansas Wheat Growers Council the Senate would debate it in April. He said sales to the Soviet "
            "Union could help, that Moscow wanted credits and that Soviet buyers had asked twice. Crane said the "
            "Senate would vote soon.")
    result = story(text, published="1987-03-11")
    assert mention_countries(result, "senate") == {"USA"}
    assert mention_countries(result, "kansas wheat growers council") == {"USA"}
