"""A story datelined in a city that is no capital ("NEW YORK") and that names its dateline's state nowhere but names
another state most: a state body or an official introduced by function alone is that state's, not the dateline's.
Sentences written for these tests."""


def _country(found, name):
    return {e.country for e in found.entities if e.name == name}


def test_a_ministry_of_the_state_a_new_york_story_tells_of(story):
    found = story("Argentina will ask its creditor banks for fresh loans, bankers said. The Economy Ministry said it "
                  "wanted a lower margin.", dateline="NEW YORK")
    assert _country(found, "Economy Ministry") == {"ARG"}


def test_a_ministry_of_a_story_naming_its_dateline_s_state_stays_the_dateline_s(story):
    found = story("American and Chilean officials met on trade. The Commerce Ministry said talks went well.",
                  dateline="CHICAGO")
    assert _country(found, "Commerce Ministry") != {"CHL"}


def test_a_ministry_of_a_story_where_two_states_tie_is_not_given_either(story):
    found = story("Chile and Peru will ask their creditor banks for new loans. The Finance Ministry said talks would "
                  "resume.", dateline="NEW YORK")
    assert not _country(found, "Finance Ministry") & {"CHL", "PER"}


def test_a_capital_dateline_still_gives_its_state_body(story):
    found = story("Argentina will ask its creditor banks for fresh loans. The Treasury said it would watch the "
                  "talks.", dateline="WASHINGTON")
    assert {e.country for e in found.entities if "Treasury" in e.name} == {"USA"}
