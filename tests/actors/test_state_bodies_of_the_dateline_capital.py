"""A state body named without a state's word ("the Treasury", "the Finance Ministry") in a story datelined in a
capital: the state of that capital, even where the story is mostly about another state, unless its sentences name
another state. Sentences written for these tests."""

ABOUT_CHILE = ("Chile's talks with its creditor banks made progress this week. Chile hopes to reschedule "
               "four billion dlrs of debt, and Chile's central bank said reserves were rising.")


def test_a_body_in_a_capital_datelined_story_about_another_state_is_the_capital_s(story, country_of):
    found = story(ABOUT_CHILE + " The Treasury said it welcomed the progress.", dateline="WASHINGTON")
    assert country_of(found, "United States Department of the Treasury") == "USA"  # the known body (round 37)
    found = story(ABOUT_CHILE + " The Finance Ministry said it had no comment.", dateline="TOKYO")
    assert country_of(found, "Finance Ministry") == "JPN"


def test_one_mention_alone_in_its_sentence_is_enough(story, country_of):
    text = ABOUT_CHILE + " The Treasury praised Chile's plan. Later the Treasury said more talks were due."
    assert country_of(story(text, dateline="WASHINGTON"), "United States Department of the Treasury") == "USA"


def test_a_body_whose_every_sentence_names_another_state_keeps_the_story_s_state(story, country_of):
    text = ABOUT_CHILE + " The Finance Ministry said Chile would pay its interest on time."
    assert country_of(story(text, dateline="WASHINGTON"), "Finance Ministry") == "CHL"


def test_a_dateline_that_is_no_capital_gives_the_story_s_state(story, country_of):
    text = ABOUT_CHILE + " The Finance Ministry said it had no comment."
    assert country_of(story(text, dateline="NEW YORK"), "Finance Ministry") == "CHL"


def test_a_body_the_sentence_ties_to_a_state_keeps_it(story, country_of):
    text = ABOUT_CHILE + " Chile's Finance Ministry said it had no comment."
    assert country_of(story(text, dateline="LONDON"), "Finance Ministry") == "CHL"


def test_a_firm_takes_no_country_from_the_capital(story):
    found = story(ABOUT_CHILE + " Harwell Copper Inc said it would bid for the mine.", dateline="WASHINGTON")
    assert {e.country for e in found.entities if e.name == "Harwell Copper Inc"} <= {None, "CHL"}
