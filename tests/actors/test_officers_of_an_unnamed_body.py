"""A person set beside a title "of" a public body the story names by its common noun alone ("X, vice-chairman of the
council for economic planning") is an officer of a body of the country the story is about, as an unknown
organisation is; not where no country stands out, not where a name says whose body it is ("the ICO council"), not
where the noun stands back for a body the story names, not for a tie between two people ("a friend of the
minister"). Sentences written for these tests."""

LEDE = "Taiwan plans deeper tariff cuts this year. Lin Wei-ping, {title}, said Taiwan would cut tariffs on 900 products."
US = " The United States has called the cuts too small."


def test_the_officer_of_an_unnamed_council_takes_the_story_s_country(story, country_of):
    found = story(LEDE.format(title="vice-chairman of the council for economic planning") + US)
    assert country_of(found, "Lin Wei-ping") == "TWN"


def test_a_director_of_the_agency_too(story, country_of):
    found = story(LEDE.format(title="a director of the agency that sets tariffs") + US)
    assert country_of(found, "Lin Wei-ping") == "TWN"


def test_no_country_standing_out_gives_none(story, country_of):
    text = ("Coffee producers met in London this week. Pedro Alvarez, chairman of the council, said Brazil and "
            "Colombia disagreed.")
    assert country_of(story(text), "Pedro Alvarez") is None


def test_a_body_a_name_describes_is_that_name_s(story, country_of):
    found = story(LEDE.format(title="vice-chairman of the ICO council") + US)
    assert country_of(found, "Lin Wei-ping") is None


def test_a_possessive_says_whose_body_it_is(story, country_of):
    found = story(LEDE.format(title="vice-chairman of the coffee body's council") + US)
    assert country_of(found, "Lin Wei-ping") is None


def test_a_noun_standing_back_for_a_named_body_is_that_body_s(story, country_of):
    text = ("The Organization of Petroleum Exporting Countries will meet in June. Rilwanu Adamu, secretary of the "
            "organization, said Nigeria would attend.")
    assert country_of(story(text), "Rilwanu Adamu") is None


def test_a_tie_between_two_people_is_no_office(story, country_of):
    found = story(LEDE.format(title="a friend of the minister") + US)
    assert country_of(found, "Lin Wei-ping") is None
