"""The officer of a body of no state ("X, president of the steel workers' union") in a sentence that names a known
leader and another state is no counterpart of the leader's: the story's state, by its dateline, not the other state
the sentence names. Sentences written for these tests."""


def test_a_union_s_president_urging_a_leader_keeps_the_dateline_s_state(story, country_of):
    found = story("Gerald Hobbs, president of the Federated Steel Workers Union, asked President Reagan on "
                  "Monday to punish Korea over its cheap steel.", dateline="WASHINGTON")
    assert country_of(found, "Gerald Hobbs") == "USA"


def test_the_union_president_s_request_is_within_one_state(story):
    found = story("Gerald Hobbs, president of the Federated Steel Workers Union, asked President Reagan on "
                  "Monday to punish Korea over its cheap steel.", dateline="WASHINGTON")
    countries = {e.id: e.country for e in found.entities}
    requests = [e for e in found.events if e.type == "REQUEST"]
    assert requests and {countries.get(i) for i in requests[0].source} == {"USA"}


def test_a_minister_beside_a_foreign_counterpart_is_still_of_the_other_state(story, country_of):
    found = story("The two sides signed the accord on Friday, after talks between Secretary of State George Shultz "
                  "and Foreign Minister Tomas Arrieta of Mexico.", dateline="WASHINGTON")
    assert country_of(found, "Tomas Arrieta") == "MEX"
